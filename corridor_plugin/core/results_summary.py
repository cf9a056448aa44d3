"""Headline figures of the workflow's results (records, species, gap species, protected areas, ProtConn per
country, the areas that matter most for connectivity), read from the result layers. The dock's results step
shows them; no widget here."""
import re
from typing import Iterable, Set

from ..toolbelt.i18n import tr
from .report import as_number, find_field, read_rows

_ISO_CODE = re.compile(r"[A-Za-z]{3}")


def country_codes(values: Iterable) -> Set[str]:
    """The ISO alpha-3 codes in country cells such as ``MNG``, ``MNG;RUS`` or ``RUS, CHN``: a transboundary
    area counts for each of its countries, and ``MNG;RUS`` is not a country of its own."""
    codes = set()
    for value in values:
        if value is None:
            continue
        codes.update(code.upper() for code in _ISO_CODE.findall(str(value)))
    return codes


def results_figures(layers):
    """Headline figures from the result layers (report input keys → layers)."""
    figures = {"records": "–", "records_detail": "", "species": "–", "gap_species": "–", "gap_detail": "",
               "areas": "–", "areas_detail": "",
               "protconn_d50_km": None, "protconn": {}, "gap_by_category": {}, "dpc": []}
    occurrences = layers.get("OCCURRENCES")
    if occurrences is not None:
        figures["records"] = f"{occurrences.featureCount():,}"
        name = find_field(occurrences, "species")
        partner = find_field(occurrences, "partner")
        if name:
            figures["species"] = str(len({v for v in occurrences.uniqueValues(occurrences.fields().indexOf(name))
                                          if v}))
        if partner:
            partners = {v for v in occurrences.uniqueValues(occurrences.fields().indexOf(partner)) if v}
            figures["records_detail"] = tr("from {count} partners").format(count=len(partners))
    areas = layers.get("PROTECTED_AREAS")
    if areas is not None:
        figures["areas"] = f"{areas.featureCount():,}"
        country = find_field(areas, "country")
        if country:
            countries = country_codes(areas.uniqueValues(areas.fields().indexOf(country)))
            figures["areas_detail"] = tr("in {count} countries").format(count=len(countries))
    gap = layers.get("GAP_SPECIES")
    if gap is not None:
        rows = read_rows(gap, ("species", "status", "iucn"))
        # "covered (records only)" counts as covered: the suffix is a caveat, not another status
        statuses = [str(r["status"] or "").lower().split(" (")[0].strip() for r in rows]
        figures["gap_species"] = str(statuses.count("gap"))
        figures["gap_detail"] = tr("{partial} partial · {covered} covered of {total}").format(
            partial=statuses.count("partial"), covered=statuses.count("covered"), total=len(rows))
        if figures["species"] == "–":
            figures["species"] = str(len(rows))
        for row, status in zip(rows, statuses):
            category = str(row["iucn"] or "NE").split()[0].upper()
            figures["gap_by_category"].setdefault(category, {}).setdefault(status, 0)
            figures["gap_by_category"][category][status] += 1
    summary = layers.get("CONNECTIVITY_SUMMARY")
    if summary is not None:
        rows = read_rows(summary, ("region_id", "d50_m", "prot", "protconn", "protconn_trans"))
        distances = sorted({as_number(r["d50_m"]) for r in rows if r["d50_m"] is not None})
        shown = distances[0] if distances else None
        for row in rows:
            if shown is not None and as_number(row["d50_m"]) != shown:
                continue
            protconn = as_number(row["protconn"]) or 0.0
            trans = as_number(row["protconn_trans"]) or 0.0
            figures["protconn"][str(row["region_id"])] = {
                "protconn": protconn, "prot": as_number(row["prot"]) or 0.0, "trans": trans,
                # ProtConn[Trans] is a percentage of ProtConn: in points of the country's area.
                "trans_points": protconn * trans / 100.0}
        if shown is not None:
            figures["protconn_d50_km"] = shown / 1000.0
    nodes = layers.get("CONNECTIVITY_NODES")
    if nodes is not None:
        rows = read_rows(nodes, ("name", "dpc", "d50_m", "in_region", "region_id"))
        distances = sorted({as_number(r["d50_m"]) for r in rows if r["d50_m"] is not None})
        if distances:
            rows = [r for r in rows if as_number(r["d50_m"]) == distances[0]]
        # Areas abroad are stepping stones of another region's graph (dPC 0 there): rank each in its own.
        rows = [r for r in rows if r["in_region"] is None or str(r["in_region"]).lower() in ("1", "true")]
        if len({r["region_id"] for r in rows}) > 1:
            for r in rows:
                r["name"] = f"{r['name'] or '–'} ({r['region_id']})"
        rows = [r for r in rows if as_number(r["dpc"]) is not None]
        rows.sort(key=lambda r: -as_number(r["dpc"]))
        figures["dpc"] = [(str(r["name"] or "–"), as_number(r["dpc"])) for r in rows[:8]]
    return figures


