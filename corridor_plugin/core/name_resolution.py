"""Resolving names that an import rejected: which cell held the name as written, what to offer the user
(the checklist's ranked suggestions first, then every accepted name), and the user's decisions kept as a
two-column mapping file (``verbatim,scientificName``) that the importer reads as an extra checklist.

Used by the dock's sheets step; the importer reads the same mapping through ``taxonomy.load_checklist``."""
import csv
import difflib
import json
from pathlib import Path
from typing import Dict, Iterable, List

from ..toolbelt.i18n import tr

MAPPING_HEADER = ("verbatim", "scientificName")


def is_name_problem(reason_code: str) -> bool:
    code = (reason_code or "").upper()
    return "NAME" in code or "TAXON" in code


def _text_cells(cells: dict) -> List[str]:
    return [str(v) for v in cells.values() if isinstance(v, str) and v.strip()
            and not v.replace(".", "").replace(",", "").strip().isdigit()]


def rejected_name_rows(records: Iterable[dict]) -> List[dict]:
    """Rows of a REJECTED table (``core.schema.REJECTED_FIELDS``, one dict per row) with the name as written
    guessed from the original cells: the cell closest to the suggestions, else the first text cell."""
    rows = []
    for record in records:
        try:
            cells = json.loads(record.get("cells") or "{}")
        except (TypeError, ValueError):
            cells = {}
        if not isinstance(cells, dict):
            cells = {}
        suggestions = [s.strip() for s in str(record.get("suggestions") or "").split(";") if s.strip()]
        code = str(record.get("reasonCode") or "")
        is_name = is_name_problem(code)
        texts = _text_cells(cells)
        verbatim = ""
        if suggestions and texts:
            verbatim = max(texts, key=lambda t: max(difflib.SequenceMatcher(None, t.lower(), s.lower()).ratio()
                                                    for s in suggestions))
        elif is_name and texts:
            verbatim = texts[0]
        rows.append({"row": record.get("sourceRow"), "reason": str(record.get("reason") or code), "code": code,
                     "cells": cells, "suggestions": suggestions, "verbatim": verbatim,
                     "is_name": is_name or bool(suggestions)})
    return rows


def resolution_choices(suggestions: List[str], accepted_names: Iterable[str]) -> List[str]:
    """What "Resolve as" offers: the ranked suggestions first, then every other accepted name, sorted."""
    first = [s for s in suggestions if s]
    rest = sorted({n for n in accepted_names if n and n not in first}, key=str.casefold)
    return first + rest


def is_known_name(name: str, checklist) -> bool:
    """True when ``name`` is an accepted name or a synonym of the checklist (authors ignored): choosing it
    adds no new taxon. Anything else would become a new species and must be confirmed by the user."""
    match = checklist.resolve(name)
    return match.scientific_name is not None and match.kind in ("exact", "synonym")


def read_mapping(path) -> Dict[str, str]:
    """The user mapping file: CSV ``verbatim,scientificName``."""
    mapping = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("verbatim") and row.get("scientificName"):
                mapping[row["verbatim"]] = row["scientificName"]
    return mapping


def write_mapping(path, chosen: Dict[str, str]) -> int:
    """Add ``chosen`` to the mapping file (earlier choices kept, a name chosen again replaced);
    returns how many names the file maps."""
    mapping = read_mapping(path) if Path(path).exists() else {}
    mapping.update(chosen)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(MAPPING_HEADER)
        for verbatim, name in sorted(mapping.items()):
            writer.writerow([verbatim, name])
    return len(mapping)


def combine_checklist(checklist, mapping: Dict[str, str], target):
    """The checklist plus one row per chosen name (accepted name, the name as written as a synonym):
    the importer merges such rows into the taxon of the same accepted name."""
    with open(checklist, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    name_column = next((c for c in ("scientific_name_accepted", "scientificName") if c in fields), None)
    if name_column is None:
        raise ValueError(tr("{path} is not a checklist (no scientific_name_accepted column).").format(path=checklist))
    if "synonyms" not in fields:
        fields.append("synonyms")
    for verbatim, name in sorted(mapping.items()):
        rows.append({name_column: name, "synonyms": verbatim})
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return target
