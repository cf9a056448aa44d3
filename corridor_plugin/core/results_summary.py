"""Headline figures of the workflow's results (records, species, gap species, protected areas, ProtConn per
country, the areas that matter most for connectivity), read from the result layers by the fields of their
schemas, as the report reads them (``core.report.inputs``). The dock's results step shows them; no widget here."""
import re
from typing import Iterable, Set

from ..toolbelt.i18n import tr
from .report.formatting import as_number, is_true
from .report.inputs import MissingFieldError, contract_field, read_rows, unique_values

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


def _occurrence_figures(figures, layer):
    figures["records"] = f"{layer.featureCount():,}"
    names = unique_values(layer, contract_field("OCCURRENCES", layer, "scientificName"))
    figures["species"] = str(len({v for v in names if v}))
    partners = {v for v in unique_values(layer, contract_field("OCCURRENCES", layer, "institutionCode")) if v}
    figures["records_detail"] = tr("from {count} partners").format(count=len(partners))


def _area_figures(figures, layer):
    figures["areas"] = f"{layer.featureCount():,}"
    countries = country_codes(unique_values(layer, contract_field("PROTECTED_AREAS", layer, "iso3")))
    figures["areas_detail"] = tr("in {count} countries").format(count=len(countries))


def _gap_figures(figures, layer):
    rows = read_rows("GAP_SPECIES", layer, ("scientificName", "status", "iucnCategory"))
    # "covered (records only)" counts as covered: the suffix is a caveat, not another status
    statuses = [str(r["status"] or "").lower().split(" (")[0].strip() for r in rows]
    figures["gap_species"] = str(statuses.count("gap"))
    figures["gap_detail"] = tr("{partial} partial · {covered} covered of {total}").format(
        partial=statuses.count("partial"), covered=statuses.count("covered"), total=len(rows))
    if figures["species"] == "–":
        figures["species"] = str(len(rows))
    for row, status in zip(rows, statuses):
        category = str(row["iucnCategory"] or "NE").split()[0].upper()
        figures["gap_by_category"].setdefault(category, {}).setdefault(status, 0)
        figures["gap_by_category"][category][status] += 1


def _protconn_figures(figures, layer):
    rows = read_rows("CONNECTIVITY_SUMMARY", layer, ("region_id", "d50_m", "prot", "protconn", "protconn_trans"))
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


def _dpc_figures(figures, layer):
    rows = read_rows("CONNECTIVITY_NODES", layer, ("name", "dpc", "d50_m", "in_region", "region_id"))
    distances = sorted({as_number(r["d50_m"]) for r in rows if r["d50_m"] is not None})
    if distances:
        rows = [r for r in rows if as_number(r["d50_m"]) == distances[0]]
    # Areas abroad are stepping stones of another region's graph (dPC 0 there): rank each in its own.
    rows = [r for r in rows if r["in_region"] is None or is_true(r["in_region"])]
    if len({r["region_id"] for r in rows}) > 1:
        for r in rows:
            r["name"] = f"{r['name'] or '–'} ({r['region_id']})"
    rows = [r for r in rows if as_number(r["dpc"]) is not None]
    rows.sort(key=lambda r: -as_number(r["dpc"]))
    figures["dpc"] = [(str(r["name"] or "–"), as_number(r["dpc"])) for r in rows[:8]]


FIGURES = (("OCCURRENCES", _occurrence_figures), ("PROTECTED_AREAS", _area_figures), ("GAP_SPECIES", _gap_figures),
           ("CONNECTIVITY_SUMMARY", _protconn_figures), ("CONNECTIVITY_NODES", _dpc_figures))


def results_figures(layers):
    """Headline figures from the result layers (report input keys → layers). A layer that lacks a field of
    its output's schema gives no figures and its message in ``errors``."""
    figures = {"records": "–", "records_detail": "", "species": "–", "gap_species": "–", "gap_detail": "",
               "areas": "–", "areas_detail": "",
               "protconn_d50_km": None, "protconn": {}, "gap_by_category": {}, "dpc": [], "errors": []}
    for key, add in FIGURES:
        layer = layers.get(key)
        if layer is None:
            continue
        try:
            add(figures, layer)
        except MissingFieldError as error:
            figures["errors"].append(str(error))
    return figures
