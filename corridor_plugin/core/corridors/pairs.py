"""Which pairs of areas get a corridor: from a links table, from a typed list, or all pairs."""
import math
import re
from dataclasses import dataclass

PAIR_SEPARATOR = re.compile(r"[;,\n]+")
PAIR_JOIN = re.compile(r"\s*(?:-|:|>|\s)\s*")


def _key(value) -> str:
    """Id as matched against the areas: 7, 7.0 and "7" are the same."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass(frozen=True)
class Pair:
    from_id: str
    to_id: str
    probability: float = math.nan
    transboundary: bool = False


def parse_pairs(text: str):
    """``"1-2; 3-4"`` (also ``1:2``, ``1>2``, ``1 2``; pairs separated by ``;``, ``,`` or new lines)
    → [("1", "2"), ("3", "4")]. Raises ValueError naming the part it cannot read."""
    pairs = []
    for part in PAIR_SEPARATOR.split(text or ""):
        part = part.strip()
        if not part:
            continue
        ids = [p for p in PAIR_JOIN.split(part) if p]
        if len(ids) != 2:
            raise ValueError(part)
        pairs.append((ids[0], ids[1]))
    return pairs


def unique_pairs(pairs):
    """Drop repeats and reversed repeats (A–B equals B–A), keeping the first order seen."""
    seen, out = set(), []
    for pair in pairs:
        key = frozenset((pair.from_id, pair.to_id))
        if key in seen:
            continue
        seen.add(key)
        out.append(pair)
    return out


def select_links(rows, min_probability: float = 0.0, transboundary_only: bool = False):
    """Links rows (dicts with from_id, to_id, probability, transboundary) kept by the filters."""
    kept = []
    for row in rows:
        probability = row.get("probability")
        probability = math.nan if probability is None else float(probability)
        if min_probability > 0 and not (probability >= min_probability):
            continue
        transboundary = bool(row.get("transboundary"))
        if transboundary_only and not transboundary:
            continue
        kept.append(Pair(_key(row["from_id"]), _key(row["to_id"]), probability, transboundary))
    return unique_pairs(kept)
