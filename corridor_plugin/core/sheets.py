"""Partner species sheets → validated Darwin Core occurrences and rejected rows, nothing lost.

``import_sheets`` reads every sheet of every file (:mod:`.readers`), finds the header
(:mod:`.headers`), and cleans each column once per distinct value (names through :mod:`.taxonomy`,
dates, coordinates and abundance through :mod:`.parsing`), so a 200,000-row sheet with a few
thousand distinct values costs a few thousand parses. Every non-blank data row ends up in exactly one
of ``occurrences`` or ``rejected``; ``Submission`` rows give the counts per sheet.
"""
import datetime as _dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Dict, Optional

import numpy as np
import pandas as pd

from ..toolbelt.i18n import tr
from .georef import crs_info, inside_area_of_use, inside_geographic_area, to_wgs84
from .headers import detect_header, parse_mapping
from .parsing.abundance import parse_abundance
from .parsing.coordinates import looks_like_gk_pair, parse_coordinate, split_pair
from .parsing.dates import infer_day_first, parse_date
from .quality import QUALITY_FLAGS, duplicates_within, point_flags, quality_reference, species_outliers
from .readers import (
    MARK_ENCODING_MIXED,
    MARK_NUL_REMOVED,
    MARK_UNDECODABLE,
    MAX_CELL_CHARS,
    RawSheet,
    SheetError,
    file_sha256,
    read_tables,
)
from .schema import (
    ISO2_TO_ISO3,
    ISO3_TO_ISO2,
    OCCURRENCE_FIELD_NAMES,
    OCCURRENCE_FIELDS,
    REJECTED_FIELD_NAMES,
    ImportResult,
    Submission,
)
from .taxonomy import Checklist, load_checklist, normalise
from .templates import read_template_marker, select_template_tables, template_layout

BASIS_OF_RECORD = "HumanObservation"
# GBIF rounds coordinates to 6 decimals (about 0.1 m) and flags when that changed the value.
COORDINATE_DECIMALS = 6
COARSE_PRECISION_DEG = 0.01

# Stable reason codes of rejected rows, in the order they are checked; messages are translated.
REASON_CODES = ("TEXT_UNDECODABLE", "CELL_TOO_LONG", "NOT_A_RECORD", "NAME_MISSING", "NAME_UNRESOLVED",
                "NAME_AMBIGUOUS", "DATE_MISSING", "DATE_INVALID", "DATE_FUTURE", "DATE_TOO_OLD",
                "COORDINATE_INVALID", "COORDINATE_OUT_OF_RANGE", "COORDINATE_OUTSIDE_CRS_AREA",
                "COORDINATE_MISSING", "SITE_UNKNOWN", "ABUNDANCE_INVALID")


def reason_message(code: str) -> str:
    messages = {
        "TEXT_UNDECODABLE": tr("The row holds bytes that no known text encoding reads (UTF-8, Windows-1251, "
                               "GB18030): save the sheet again as UTF-8."),
        "CELL_TOO_LONG": tr("A cell is longer than 32,767 characters (the spreadsheet limit); the cell is shortened "
                            "in this report."),
        "COORDINATE_OUTSIDE_CRS_AREA": tr("Projected coordinates far outside the area where the coordinate reference "
                                          "system is used (wrong CRS, swapped columns or a typing error)."),
        "NOT_A_RECORD": tr("Not a record (a total, a repeated header or a note row)."),
        "NAME_MISSING": tr("No species name."),
        "NAME_UNRESOLVED": tr("Species name not found in the checklist; add it to a mapping file to import it."),
        "NAME_AMBIGUOUS": tr("Species name matches several taxa of the checklist; map it explicitly."),
        "DATE_MISSING": tr("No date."),
        "DATE_INVALID": tr("Date not understood or impossible."),
        "DATE_FUTURE": tr("Date in the future."),
        "DATE_TOO_OLD": tr("Date before 1800."),
        "COORDINATE_INVALID": tr("Coordinates not understood (or only one of latitude/longitude)."),
        "COORDINATE_OUT_OF_RANGE": tr("Impossible coordinates (latitude beyond ±90° or longitude beyond ±180°, "
                                      "also after trying them swapped)."),
        "COORDINATE_MISSING": tr("No coordinates and no site to locate the record."),
        "SITE_UNKNOWN": tr("No coordinates, and the site is not in the site gazetteer."),
        "ABUNDANCE_INVALID": tr("Abundance not understood, negative or implausibly large."),
    }
    return messages.get(code, code)


# Quality flags of accepted rows (GBIF occurrence issue names where one fits).
FLAGS = ("COUNTRY_COORDINATE_MISMATCH", "COUNTRY_DERIVED_FROM_COORDINATES", "PRESUMED_SWAPPED_COORDINATE",
         "PRESUMED_NEGATED_LATITUDE", "PRESUMED_NEGATED_LONGITUDE", "COORDINATE_ROUNDED", "COORDINATE_REPROJECTED",
         "COORDINATE_PRECISION_COARSE", "DATUM_SHIFT_UNAVAILABLE", "ZERO_COORDINATE", "TAXON_MATCH_FUZZY",
         "TAXON_MATCH_SYNONYM", "TAXON_MATCH_VERNACULAR", "GEOREFERENCED_FROM_SITE", "CRS_FROM_GK_ZONE_PREFIX",
         "RECORDED_DATE_RANGE", MARK_NUL_REMOVED, MARK_ENCODING_MIXED) + tuple(
             f for f in QUALITY_FLAGS if f not in ("SPECIES_OUTLIER", "DUPLICATE_WITHIN_PARTNER",
                                                   "DUPLICATE_ACROSS_PARTNERS"))
# Set once all sheets of an import are read (SPECIES_OUTLIER, DUPLICATE_WITHIN_PARTNER) or by the baseline
# (DUPLICATE_ACROSS_PARTNERS, in exports).
IMPORT_FLAGS = ("SPECIES_OUTLIER", "DUPLICATE_WITHIN_PARTNER")


def flag_message(flag: str) -> str:
    """What a quality flag means, translated."""
    messages = {
        "COUNTRY_COORDINATE_MISMATCH": tr("The point lies outside the country given for the record."),
        "COUNTRY_DERIVED_FROM_COORDINATES": tr("No country given: taken from where the point lies."),
        "PRESUMED_SWAPPED_COORDINATE": tr("Latitude and longitude were presumed swapped and exchanged."),
        "PRESUMED_NEGATED_LATITUDE": tr("The latitude's sign was presumed wrong and changed."),
        "PRESUMED_NEGATED_LONGITUDE": tr("The longitude's sign was presumed wrong and changed."),
        "COORDINATE_ROUNDED": tr("Coordinates rounded to 6 decimals."),
        "COORDINATE_REPROJECTED": tr("Coordinates transformed to WGS 84."),
        "COORDINATE_PRECISION_COARSE": tr("Coordinates written to 0.01° (about 1 km) or coarser."),
        "DATUM_SHIFT_UNAVAILABLE": tr("No datum shift to WGS 84 was available; the position may be off by about "
                                      "100 m."),
        "ZERO_COORDINATE": tr("Latitude or longitude is zero."),
        "TAXON_MATCH_FUZZY": tr("The species name matched the checklist only approximately."),
        "TAXON_MATCH_SYNONYM": tr("The species name is a synonym of the checklist's accepted name."),
        "TAXON_MATCH_VERNACULAR": tr("The species was identified by its vernacular name."),
        "GEOREFERENCED_FROM_SITE": tr("Position taken from the site gazetteer."),
        "CRS_FROM_GK_ZONE_PREFIX": tr("Gauss–Krüger zone read from the easting's prefix."),
        "RECORDED_DATE_RANGE": tr("The date is a range, not a day."),
        MARK_NUL_REMOVED: tr("NUL characters were removed from the row's text."),
        MARK_ENCODING_MIXED: tr("The row was in another text encoding than the rest of the file; check its text."),
        "COORDINATE_AT_CAPITAL": tr("Within 10 km of a country capital (often a default position)."),
        "COORDINATE_AT_COUNTRY_CENTROID": tr("Within 1 km of a country's centroid (often a default position)."),
        "COORDINATE_AT_PROVINCE_CENTROID": tr("Within 1 km of a province's centroid (often a default position)."),
        "COORDINATE_AT_INSTITUTION": tr("At a museum, zoo, herbarium or academy (a specimen's place of keeping?)."),
        "COORDINATE_AT_GBIF_HQ": tr("At GBIF's headquarters in Copenhagen (a known default position)."),
        "EQUAL_COORDINATES": tr("Latitude equals longitude (a typing error?)."),
        "COORDINATE_IN_SEA": tr("In the sea, for a species that lives on land or in fresh water."),
        "COORDINATE_ROUNDED_TO_DEGREE": tr("Coordinates are whole degrees (precision about 100 km)."),
        "COORDINATE_ROUNDED_TO_MINUTE": tr("Coordinates are whole minutes (precision about 2 km)."),
        "SPECIES_OUTLIER": tr("Far from the species' other records (more than Q75 + 5 × IQR of their mean distances "
                              "and more than 100 km)."),
        "DUPLICATE_WITHIN_PARTNER": tr("The same species, date and position as an earlier record of the same partner."),
        "DUPLICATE_ACROSS_PARTNERS": tr("The same species and date within the duplicate distance of another "
                                        "partner's record."),
    }
    return messages.get(flag, flag)

_NOT_A_RECORD = {"итого", "всего", "total", "totals", "sum", "合计", "总计", "小计", "барлығы", "барлыгы", "нийт",
                 "дүн", "бүгд"}
_COUNTRY_WORDS = {
    "CHN": ["chn", "cn", "china", "китай", "кнр", "хятад", "中国", "中华人民共和国", "қытай"],
    "MNG": ["mng", "mn", "mongolia", "монголия", "монгол", "монгол улс", "蒙古", "蒙古国", "моңғолия"],
    "RUS": ["rus", "ru", "russia", "russian federation", "россия", "рф", "оросын холбооны улс", "орос", "俄罗斯",
            "ресей"],
    "KAZ": ["kaz", "kz", "kazakhstan", "казахстан", "казахстан республика", "казахстан", "казах", "哈萨克斯坦",
            "қазақстан", "казахстан"],
}
_COUNTRY_LOOKUP = {word: iso3 for iso3, words in _COUNTRY_WORDS.items() for word in words}


def country_iso3_of(text) -> str:
    return _COUNTRY_LOOKUP.get(normalise(text), "")


@dataclass
class Gazetteer:
    """Site name → (lon, lat, uncertainty in metres or None), names normalised."""

    sites: Dict[str, tuple] = field(default_factory=dict)

    def lookup(self, name):
        return self.sites.get(normalise(name))

    @classmethod
    def from_layer(cls, layer, name_field: Optional[str] = None):
        from qgis.core import (
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
            QgsDistanceArea,
            QgsProject,
            QgsVectorLayer,
            QgsWkbTypes,
        )

        if isinstance(layer, (str, Path)):
            layer = QgsVectorLayer(str(layer), "sites", "ogr")
        if layer is None or not layer.isValid():
            raise ValueError(tr("The site gazetteer layer cannot be opened."))
        fields = [f.name() for f in layer.fields()
                  if f.type() == 10 or f.typeName().lower().startswith(("str", "text"))]
        if name_field:
            name_fields = [name_field]
        else:
            hints = ("name", "site", "locality", "назв", "нэр", "名", "атау", "place", "место")
            name_fields = [f for f in fields if any(h in f.lower() for h in hints)] or fields[:1]
        if not name_fields:
            raise ValueError(tr("The site gazetteer has no text field with site names."))
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        transform = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())
        distance = QgsDistanceArea()
        distance.setSourceCrs(wgs84, QgsProject.instance().transformContext())
        distance.setEllipsoid("WGS84")
        sites = {}
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            if geometry.type() == QgsWkbTypes.GeometryType.PointGeometry:
                point = geometry.centroid().asPoint()
                uncertainty = None
            else:
                point = geometry.pointOnSurface().asPoint()
                uncertainty = max((distance.measureLine(point, vertex_point(v)) for v in geometry.vertices()),
                                  default=None)
            for field_name in name_fields:
                value = feature[field_name]
                if value not in (None, "") and str(value) != "NULL":
                    sites.setdefault(normalise(value), (point.x(), point.y(), uncertainty))
        return cls(sites)


def vertex_point(vertex):
    from qgis.core import QgsPointXY

    return QgsPointXY(vertex.x(), vertex.y())


class _Distinct:
    """``function`` applied once per distinct value of ``series``; ``take`` spreads a field of the
    results back over the rows with numpy indexing (no per-row Python)."""

    def __init__(self, series, function, n=None):
        if series is None:
            self.codes = np.zeros(n or 0, dtype=np.intp)
            self.results = [function("")]
        else:
            self.codes, uniques = pd.factorize(series, sort=False)
            self.results = [function(value) for value in uniques]

    def take(self, getter, dtype=object):
        if not self.results:
            return np.empty(0, dtype=dtype)
        values = np.empty(len(self.results), dtype=dtype)
        values[:] = [getter(result) for result in self.results]
        return values[self.codes]


def _distinct_map(series: pd.Series, function):
    """Apply ``function`` once per distinct value; returns a list aligned with ``series``."""
    codes, uniques = pd.factorize(series, sort=False)
    results = [function(value) for value in uniques]
    return [results[c] for c in codes] if len(results) else [None] * len(series), codes, results


class _Feedback:
    def __init__(self, feedback):
        self.feedback = feedback

    def info(self, text):
        if self.feedback is not None:
            self.feedback.pushInfo(text)

    def warn(self, text):
        if self.feedback is not None:
            try:
                self.feedback.pushWarning(text)
            except AttributeError:
                self.feedback.reportError(text, False)

    def progress(self, value):
        if self.feedback is not None:
            self.feedback.setProgress(value)

    def canceled(self):
        return self.feedback is not None and self.feedback.isCanceled()


def _column(frame: pd.DataFrame, roles: Dict[str, int], role: str) -> Optional[pd.Series]:
    index = roles.get(role)
    if index is None or index >= frame.shape[1]:
        return None
    return frame.iloc[:, index]


def _occurrence_id(partner: str, sheet: str, labels, frame: pd.DataFrame, rows=None) -> np.ndarray:
    """Stable id: sha256 of partner, sheet and the row's cells keyed by normalised header (column order
    does not matter), plus the rank among identical rows of the sheet. ``rows``: positions to give ids
    to (all by default); the rank always counts every row of the sheet."""
    order = sorted(range(len(labels)), key=lambda i: normalise(labels[i]))
    signature = "\x1e".join(normalise(labels[i]) for i in order)
    prefix = f"{normalise(partner)}\x1d{sheet}\x1d{signature}\x1d"
    values = frame.iloc[:, order] if len(order) else frame
    keys = list(map("\x1f".join, zip(*(values.iloc[:, k].to_numpy(dtype=object) for k in range(values.shape[1])))))
    if not keys:
        keys = ["" for _ in range(len(frame))]
    codes, _ = pd.factorize(pd.Series(keys, dtype=object), sort=False)
    rank = pd.Series(codes).groupby(codes, sort=False).cumcount().to_numpy()
    positions = range(len(keys)) if rows is None else rows
    sha256 = hashlib.sha256
    return np.array(["crd:" + sha256(f"{prefix}{keys[i]}\x1d{rank[i]}".encode()).hexdigest()[:32]
                     for i in positions], dtype=object)


@dataclass
class _Context:
    checklist: Checklist
    partner: str
    country_iso3: str
    country_column: Optional[str]
    source_crs: str
    gazetteer: Optional[Gazetteer]
    mapping: object
    locator: object = None
    log: _Feedback = None
    today: _dt.date = None
    template: Optional[dict] = None  # properties of a Corridor template (core.templates), else None


def _empty_occurrences():
    return pd.DataFrame({name: pd.Series(dtype=object) for name in OCCURRENCE_FIELD_NAMES})


def _empty_rejected():
    return pd.DataFrame({name: pd.Series(dtype=object) for name in REJECTED_FIELD_NAMES})


_LOCATORS = {}


def _reference(ctx):
    return quality_reference()


def country_locator():
    """The country locator, built once per session (the shipped borders do not change)."""
    from .quality import CountryLocator

    if "50m" not in _LOCATORS:
        _LOCATORS["50m"] = CountryLocator()
    return _LOCATORS["50m"]


def _locator(ctx):
    if ctx.locator is None:
        ctx.locator = country_locator()
    return ctx.locator


HEADER_SCAN_ROWS = 25


def _detect_header_below_blanks(grid: pd.DataFrame, mapping):
    """The header among the first non-blank rows, however many blank rows come first (a sheet pasted
    lower down); row indices in the layout are the sheet's own."""
    for limit in (200, 20000):  # the first rows almost always hold the header: look further only if not
        top = grid.iloc[:limit]
        filled = np.flatnonzero((top.apply(lambda c: c.str.strip()) != "").to_numpy().any(axis=1))[:HEADER_SCAN_ROWS]
        if len(filled) >= HEADER_SCAN_ROWS or limit >= len(grid):
            break
    if len(filled) == 0:
        raise ValueError(tr("The sheet is empty."))
    layout = detect_header(grid.iloc[filled].values.tolist(), mapping, scan_rows=HEADER_SCAN_ROWS,
                           width=grid.shape[1])
    layout.header_rows = [int(filled[r]) for r in layout.header_rows]
    layout.first_data_row = layout.header_rows[-1] + 1
    return layout


def _process_sheet(table: RawSheet, ctx: _Context):
    file_name = table.path.name
    sheet = table.sheet
    where = f"{file_name}" + (f" [{sheet}]" if sheet else "")
    grid = table.as_frame()
    if grid.shape[1] == 0:
        raise SheetError("EMPTY_SHEET", tr("{where}: the sheet is empty.").format(where=where))
    try:
        # Corridor's own templates name their columns by Darwin Core term: no header guessing for them
        layout = template_layout(table.head(), ctx.template, ctx.mapping) if ctx.template else None
        layout = layout or _detect_header_below_blanks(grid, ctx.mapping)
    except ValueError as exc:
        raise SheetError("NO_SPECIES_COLUMN", f"{where}: {exc}") from exc
    width = len(layout.labels)
    cells = grid.iloc[layout.first_data_row:, :width]
    blank = np.ones(len(cells), dtype=bool)
    too_long = np.zeros(len(cells), dtype=bool)
    columns = {}
    for column in range(cells.shape[1]):  # strip each distinct value once; blank rows from the same codes
        codes, uniques = pd.factorize(cells.iloc[:, column], sort=False)
        stripped = np.array([str(u).strip() for u in uniques] + [""], dtype=object)
        long_values = np.array([len(u) > MAX_CELL_CHARS for u in stripped], dtype=bool)
        if long_values.any():  # rejected below; the report keeps the beginning only
            too_long |= long_values[codes]
            stripped[long_values] = [u[:1000] + "…" for u in stripped[long_values]]
        columns[column] = stripped[codes]
        blank &= (stripped == "")[codes]
    row_numbers = np.arange(layout.first_data_row + 1, layout.first_data_row + 1 + len(cells))
    # a new frame from the stripped arrays: assigning column by column into a copy costs more
    frame = pd.DataFrame(columns, index=row_numbers, columns=range(cells.shape[1]))
    blank_count = int(blank.sum())
    if blank_count:
        frame = frame[~blank]
        too_long = too_long[~blank]
    n = len(frame)
    roles = layout.roles
    described = ", ".join(f"{role}={layout.labels[i]}" for role, i in sorted(roles.items(), key=lambda kv: kv[1]))
    ctx.log.info(tr("{where}: header on row {rows}; columns: {columns}").format(
        where=where, rows="+".join(str(r + 1) for r in layout.header_rows), columns=described))
    if blank_count:
        ctx.log.info(tr("{where}: {n} blank rows skipped.").format(where=where, n=blank_count))
    reasons = np.full(n, "", dtype=object)
    suggestions = np.full(n, "", dtype=object)
    flags = {flag: np.zeros(n, dtype=bool) for flag in FLAGS}

    def reject(mask, code):
        mask = np.asarray(mask, dtype=bool) & (reasons == "")
        reasons[mask] = code

    def col(role):
        return _column(frame, roles, role)

    # -- what the reader had to do to a row's text; cells too long ------------------------------
    if table.row_marks:
        position = {row: k for k, row in enumerate(frame.index.to_numpy())}
        for row_index, marks in table.row_marks.items():
            k = position.get(row_index + 1)
            if k is None:
                continue
            if MARK_UNDECODABLE in marks:
                reasons[k] = reasons[k] or "TEXT_UNDECODABLE"
            for mark in (MARK_NUL_REMOVED, MARK_ENCODING_MIXED):
                if mark in marks:
                    flags[mark][k] = True
        if flags[MARK_ENCODING_MIXED].any():
            ctx.log.warn(tr("{where}: {n} rows are in another text encoding than the rest of the file; they were "
                            "read as such and flagged {flag}.").format(
                where=where, n=int(flags[MARK_ENCODING_MIXED].sum()), flag=MARK_ENCODING_MIXED))
    reject(too_long, "CELL_TOO_LONG")

    # -- names ---------------------------------------------------------------------------------
    species = col("species")
    vernacular = col("vernacular")
    if species is None:
        species, vernacular = vernacular, None
    # pairs as tuples: a separator character inside one string would be cut by pandas' C string hashing
    pair = species if vernacular is None else pd.Series(list(zip(species, vernacular)), index=species.index,
                                                        dtype=object)

    def resolve(value):
        first, second = value if isinstance(value, tuple) else (value, "")
        match = ctx.checklist.resolve(first) if first else None
        if (match is None or not match.resolved) and second:
            alt = ctx.checklist.resolve(second)
            if alt.resolved or match is None:
                return alt, second, alt.resolved
        return match, first, False

    names = _Distinct(pair, resolve)
    verbatim_name = names.take(lambda r: r[1])
    accepted_name = names.take(lambda r: r[0].scientific_name if r[0] is not None and r[0].resolved else "")
    kinds = names.take(lambda r: r[0].kind if r[0] is not None else "")
    reject(names.take(lambda r: bool(r[1]) and normalise(r[1]).split(" ")[0] in _NOT_A_RECORD, bool),
           "NOT_A_RECORD")
    reject(verbatim_name == "", "NAME_MISSING")
    unresolved = accepted_name == ""
    ambiguous = names.take(lambda r: r[0] is not None and not r[0].resolved and len(r[0].suggestions) > 1
                           and _is_ambiguous(ctx.checklist, r[0].verbatim), bool)
    reject(unresolved & ambiguous, "NAME_AMBIGUOUS")
    reject(unresolved, "NAME_UNRESOLVED")
    suggestions[:] = names.take(lambda r: "; ".join(r[0].suggestions) if r[0] is not None and not r[0].resolved
                                else "")
    flags["TAXON_MATCH_FUZZY"] = kinds == "fuzzy"
    flags["TAXON_MATCH_SYNONYM"] = kinds == "synonym"
    # a name found through the vernacular column is flagged as such, whatever kind of match it was
    flags["TAXON_MATCH_VERNACULAR"] = (kinds == "vernacular") | names.take(lambda r: r[2], bool)

    # -- dates ---------------------------------------------------------------------------------
    dates = col("date")
    if dates is None:
        reject(np.ones(n, dtype=bool), "DATE_MISSING")
        iso_dates = np.full(n, "", dtype=object)
        years = np.full(n, None, dtype=object)
        verbatim_dates = np.full(n, "", dtype=object)
    else:
        day_first = infer_day_first(pd.unique(dates))
        if not day_first:
            ctx.log.info(tr("{where}: dates read month-first (a value like 06/13/2020 was found).").format(where=where))
        parsed = _Distinct(dates, lambda v: parse_date(v, day_first=day_first, today=ctx.today))
        errors = parsed.take(lambda p: p.error)
        for code in ("DATE_MISSING", "DATE_INVALID", "DATE_FUTURE", "DATE_TOO_OLD"):
            reject(errors == code, code)
        iso_dates = parsed.take(lambda p: p.iso if not p.error else "")
        years = parsed.take(lambda p: p.year if not p.error else None)
        flags["RECORDED_DATE_RANGE"] = parsed.take(lambda p: not p.error and "/" in p.iso, bool)
        verbatim_dates = dates.to_numpy(dtype=object)

    # -- coordinates ---------------------------------------------------------------------------
    lon, lat, precision, verbatim_coords, srs, shift_ok = _coordinates(frame, roles, col, ctx, where, flags,
                                                                       reject, n)
    has_coords = np.isfinite(lon) & np.isfinite(lat)
    uncertainty = np.full(n, np.nan)
    site = col("site")
    # rows without coordinates: the site gazetteer
    no_coords = ~has_coords & (verbatim_coords == "") & (reasons == "")
    if no_coords.any():
        if site is None or ctx.gazetteer is None:
            reject(no_coords, "COORDINATE_MISSING")
        else:
            site_values = site.to_numpy(dtype=object)
            for i in np.flatnonzero(no_coords):
                hit = ctx.gazetteer.lookup(site_values[i]) if site_values[i] else None
                if hit is None:
                    reasons[i] = "SITE_UNKNOWN" if site_values[i] else "COORDINATE_MISSING"
                    if site_values[i]:
                        close = _close_sites(ctx.gazetteer, site_values[i])
                        suggestions[i] = "; ".join(close)
                    continue
                lon[i], lat[i] = hit[0], hit[1]
                uncertainty[i] = hit[2] if hit[2] is not None else np.nan
                flags["GEOREFERENCED_FROM_SITE"][i] = True
                srs[i] = "EPSG:4326"
            has_coords = np.isfinite(lon) & np.isfinite(lat)
    stated = col("uncertainty")
    if stated is not None:  # an uncertainty column of the sheet (metres) wins where it has a number
        metres = pd.to_numeric(stated.str.replace(",", ".", regex=False), errors="coerce").to_numpy(dtype=float)
        usable = has_coords & np.isfinite(metres) & (metres >= 0) & np.isnan(uncertainty)
        uncertainty[usable] = metres[usable]
    coarse = np.isfinite(precision) & (precision >= COARSE_PRECISION_DEG - 1e-12) & has_coords
    flags["COORDINATE_PRECISION_COARSE"] = coarse
    if coarse.any():
        from .quality import rounding_uncertainty_m

        uncertainty = np.where(coarse & np.isnan(uncertainty), rounding_uncertainty_m(precision, lat), uncertainty)
    rounded_lon = np.round(lon, COORDINATE_DECIMALS)
    rounded_lat = np.round(lat, COORDINATE_DECIMALS)
    flags["COORDINATE_ROUNDED"] |= has_coords & ((np.abs(rounded_lon - lon) > 1e-12) |
                                                 (np.abs(rounded_lat - lat) > 1e-12))
    lon, lat = rounded_lon, rounded_lat
    flags["ZERO_COORDINATE"] = has_coords & ((lon == 0) | (lat == 0))
    if not shift_ok.all():
        flags["DATUM_SHIFT_UNAVAILABLE"] = ~shift_ok & has_coords

    # -- countries -----------------------------------------------------------------------------
    partner_country = np.full(n, ctx.country_iso3 or "", dtype=object)
    country_series = None
    if ctx.country_column:
        index = next((i for i, label in enumerate(layout.labels) if normalise(label) == normalise(ctx.country_column)),
                     None)
        if index is None:
            raise SheetError("NO_COUNTRY_COLUMN", tr("{where}: no column '{column}' for the country.").format(
                where=where, column=ctx.country_column))
        country_series = frame.iloc[:, index]
    elif "country" in roles and not ctx.country_iso3:
        country_series = col("country")
    if country_series is not None:
        partner_country = _Distinct(country_series, country_iso3_of).take(lambda m: m or (ctx.country_iso3 or ""))
    check = has_coords & (reasons == "")
    point_country = np.full(n, "", dtype=object)
    if check.any():
        locator = _locator(ctx)
        point_country[check] = locator.countries(lon[check], lat[check])
        _fix_swaps(lon, lat, point_country, partner_country, check, flags, locator)
        mismatch = check & (partner_country != "") & (point_country != partner_country)
        for code in pd.unique(partner_country[mismatch]):
            rows = np.flatnonzero(mismatch & (partner_country == code))
            mismatch[rows[locator.near_many(lon[rows], lat[rows], code)]] = False
        flags["COUNTRY_COORDINATE_MISMATCH"] = mismatch
        derived = check & (partner_country == "") & (point_country != "")
        flags["COUNTRY_DERIVED_FROM_COORDINATES"] = derived
        partner_country = np.where(derived, point_country, partner_country)
        # CoordinateCleaner's checks (capitals, centroids, institutions, GBIF, sea, rounding): flagged, kept
        rows = np.flatnonzero(check)
        groups_by_name = {name: (ctx.checklist.get(name).group if ctx.checklist.get(name) else "")
                          for name in pd.unique(accepted_name[rows])}
        groups = np.array([groups_by_name[name] for name in accepted_name[rows]], dtype=object)
        for flag, hit in point_flags(lon[rows], lat[rows], groups, point_country[rows], _reference(ctx)).items():
            flags[flag][rows] = hit

    # -- abundance -----------------------------------------------------------------------------
    abundance = _Distinct(col("count"), parse_abundance, n)
    reject(abundance.take(lambda x: x.error == "ABUNDANCE_INVALID", bool), "ABUNDANCE_INVALID")

    # -- assemble ------------------------------------------------------------------------------
    accepted = reasons == ""
    occ = {}
    a = np.flatnonzero(accepted)
    ids = _occurrence_id(ctx.partner, sheet, layout.labels, frame, a) if n else np.empty(0, dtype=object)
    taxa = [ctx.checklist.get(name) for name in accepted_name[a]]  # dict lookups, cheap
    occ["occurrenceID"] = ids if n else []
    occ["basisOfRecord"] = _basis(col("basis"), a)
    occ["occurrenceStatus"] = abundance.take(lambda x: x.status)[a]
    occ["scientificName"] = accepted_name[a]
    occ["verbatimIdentification"] = verbatim_name[a]
    vernacular_cache = {}
    occ["vernacularName"] = [
        vernacular_cache[(t.scientific_name if t else "", v)] if (t.scientific_name if t else "", v) in vernacular_cache
        else vernacular_cache.setdefault((t.scientific_name if t else "", v), _vernacular(t, v))
        for t, v in zip(taxa, verbatim_name[a])]
    names_series = pd.Series(accepted_name[a], dtype=object)
    per_taxon = {name: ctx.checklist.get(name) for name in pd.unique(names_series)}
    for column, attribute in (("taxonRank", "rank"), ("taxonGroup", "group"), ("iucnCategory", "iucn_category"),
                              ("citesAppendix", "cites_appendix")):
        lookup = {name: getattr(t, attribute) if t else "" for name, t in per_taxon.items()}
        occ[column] = names_series.map(lookup).to_numpy(dtype=object)
    occ["individualCount"] = abundance.take(lambda x: x.individual_count)[a]
    occ["organismQuantity"] = abundance.take(lambda x: x.quantity)[a]
    occ["organismQuantityType"] = abundance.take(lambda x: x.quantity_type)[a]
    occ["abundanceMin"] = abundance.take(lambda x: np.nan if x.minimum is None else x.minimum, float)[a]
    occ["abundanceMax"] = abundance.take(lambda x: np.nan if x.maximum is None else x.maximum, float)[a]
    occ["eventDate"] = iso_dates[a]
    occ["verbatimEventDate"] = verbatim_dates[a]
    occ["year"] = years[a]
    occ["locality"] = site.to_numpy(dtype=object)[a] if site is not None else [""] * len(a)
    occ["verbatimLocality"] = occ["locality"]
    occ["decimalLatitude"] = lat[a]
    occ["decimalLongitude"] = lon[a]
    occ["verbatimCoordinates"] = verbatim_coords[a]
    occ["verbatimSRS"] = srs[a]
    occ["geodeticDatum"] = ["EPSG:4326"] * len(a)
    occ["coordinateUncertaintyInMeters"] = np.round(uncertainty[a], 1)
    # countryCode is where the record lies; country_iso3 the partner's (stated) country
    # (within the border tolerance of the stated country, the stated one: Natural Earth is not that exact)
    near_stated = check & (partner_country != "") & ~np.asarray(flags["COUNTRY_COORDINATE_MISMATCH"], dtype=bool)
    location = np.where(near_stated, partner_country, point_country)
    location = np.where(check, location, partner_country)  # no position checked: the stated country
    occ["countryCode"] = [ISO3_TO_ISO2.get(c, "") for c in location[a]]
    occ["country_iso3"] = partner_country[a]
    occ["institutionCode"] = [ctx.partner] * len(a)
    observer = col("observer")
    occ["recordedBy"] = observer.to_numpy(dtype=object)[a] if observer is not None else [""] * len(a)
    occ["sourceFile"] = [file_name] * len(a)
    occ["sourceSheet"] = [sheet] * len(a)
    occ["sourceRow"] = frame.index.to_numpy()[a]
    # flags as a bit mask per row, written out once per distinct combination
    bits = np.zeros(n, dtype=np.int64)
    for k, flag in enumerate(FLAGS):
        bits |= np.asarray(flags[flag], dtype=np.int64) << k
    combos, which = np.unique(bits[a], return_inverse=True)
    texts = np.array([";".join(f for k, f in enumerate(FLAGS) if int(c) >> k & 1) for c in combos] + [""],
                     dtype=object)
    occ["issues"] = texts[which.ravel()] if len(a) else np.empty(0, dtype=object)
    occurrences = pd.DataFrame(occ, columns=list(OCCURRENCE_FIELD_NAMES))
    for name, kind in OCCURRENCE_FIELDS:
        if kind == "string" and occurrences[name].dtype != object:  # empty sheets: keep text columns text
            occurrences[name] = occurrences[name].astype(object)
    for name in ("individualCount", "year", "sourceRow"):
        occurrences[name] = pd.array(occurrences[name].tolist(), dtype="Int64")
    for name in ("abundanceMin", "abundanceMax", "decimalLatitude", "decimalLongitude",
                 "coordinateUncertaintyInMeters"):
        occurrences[name] = pd.to_numeric(occurrences[name], errors="coerce").astype(float)

    r = np.flatnonzero(~accepted)
    labels = layout.labels
    rejected_rows = frame.iloc[r] if len(r) else frame.iloc[0:0]
    rejected = pd.DataFrame({
        "sourceFile": [file_name] * len(r),
        "sourceSheet": [sheet] * len(r),
        "sourceRow": frame.index.to_numpy()[r],
        "reasonCode": reasons[r],
        "reason": pd.Series(reasons[r], dtype=object).map(
            {code: reason_message(code) for code in pd.unique(reasons[r])}).to_numpy(dtype=object),
        "suggestions": suggestions[r],
        "cells": [json.dumps(dict(zip(labels, row)), ensure_ascii=False)
                  for row in rejected_rows.itertuples(index=False, name=None)],
    }, columns=list(REJECTED_FIELD_NAMES))
    rejected["sourceRow"] = pd.array(rejected["sourceRow"].tolist(), dtype="Int64")
    return occurrences, rejected, n, blank_count


def _is_ambiguous(checklist, verbatim):
    key = normalise(verbatim)
    found = set()
    for kind in ("exact", "synonym", "vernacular"):
        found |= checklist._keys[kind].get(key, set())  # noqa: SLF001 - same package
    return len(found) > 1


def _close_sites(gazetteer, name, limit=3):
    import difflib

    return difflib.get_close_matches(normalise(name), list(gazetteer.sites), n=limit, cutoff=0.6)


def _vernacular(taxon, verbatim):
    if taxon is None:
        return ""
    if verbatim and normalise(verbatim) != normalise(taxon.scientific_name):
        for names in taxon.names.values():
            if any(normalise(n) == normalise(verbatim) for n in names):
                return verbatim
    return (taxon.names.get("en") or [""])[0]


def _basis(series, index):
    if series is None:
        return [BASIS_OF_RECORD] * len(index)
    values = series.to_numpy(dtype=object)[index]
    return [v if v else BASIS_OF_RECORD for v in values]


def _parse_column(series: Optional[pd.Series], axis):
    """(values, axes, precisions, ok, present) for a coordinate column, parsing distinct strings once;
    plain decimals take a vectorised path."""
    n = len(series)
    values = np.full(n, np.nan)
    axes = np.full(n, None, dtype=object)
    precision = np.full(n, np.nan)
    present = (series != "").to_numpy()
    ok = np.zeros(n, dtype=bool)
    texts = series.to_numpy(dtype=object)
    replaced = any("," in t for t in texts[:1000])
    if replaced:  # a comma-decimal column: convert before parsing numbers
        texts = np.array([t.replace(",", ".") for t in texts], dtype=object)
    numbers = pd.to_numeric(pd.Series(texts, dtype=object), errors="coerce").to_numpy(dtype=float)
    # after the replacement no text holds a comma: nothing to retry
    retry = np.zeros(n, dtype=bool) if replaced else (
        present & ~np.isfinite(numbers) & np.array(["," in t for t in texts], dtype=bool))
    if retry.any():  # comma decimals
        comma = pd.Series(texts[retry], dtype=object).str.replace(",", ".", regex=False)
        numbers[retry] = pd.to_numeric(comma, errors="coerce").to_numpy(dtype=float)
        texts = texts.copy()
        texts[retry] = comma.to_numpy(dtype=object)
    plain = np.isfinite(numbers)
    if plain.any():
        values[plain] = numbers[plain]
        decimals = [len(t) - t.find(".") - 1 if "." in t else 0 for t in texts[plain]]
        precision[plain] = 10.0 ** -np.asarray(decimals, dtype=float)
        ok[plain] = True
    rest = present & ~plain
    if rest.any():
        parsed = _Distinct(series[rest], lambda v: parse_coordinate(v, axis))
        values[rest] = parsed.take(lambda p: p.value if p.ok else np.nan, float)
        axes[rest] = parsed.take(lambda p: p.axis if p.ok else None)
        precision[rest] = parsed.take(lambda p: p.precision_deg if p.ok and p.precision_deg else np.nan, float)
        ok[rest] = parsed.take(lambda p: p.ok, bool)
    return values, axes, precision, ok, present


def _coordinates(frame, roles, col, ctx, where, flags, reject, n):
    """Coordinates of every row in EPSG:4326 (NaN where none), their precision in degrees, the verbatim
    text, the verbatim SRS per row and whether a datum shift was available."""
    lon = np.full(n, np.nan)
    lat = np.full(n, np.nan)
    precision = np.full(n, np.nan)
    srs = np.full(n, ctx.source_crs, dtype=object)
    shift_ok = np.ones(n, dtype=bool)
    if n == 0:
        return lon, lat, precision, np.full(0, "", dtype=object), srs, shift_ok
    first = col("lat") if col("lat") is not None else col("y")
    second = col("lon") if col("lon") is not None else col("x")
    pair = col("coordinates")
    if first is None and second is None and pair is not None:
        halves, _, _ = _distinct_map(pair, split_pair)
        first = pd.Series([h[0] if h else ("" if not p else "\x00") for h, p in zip(halves, pair)], index=frame.index)
        second = pd.Series([h[1] if h else ("" if not p else "\x00") for h, p in zip(halves, pair)], index=frame.index)
        verbatim = pair.to_numpy(dtype=object)
    elif first is not None and second is not None:
        # verbatim text in the sheet's column order
        first_index = roles.get("lat", roles.get("y"))
        second_index = roles.get("lon", roles.get("x"))
        left, right = (first, second) if first_index < second_index else (second, first)
        verbatim = (left + ", " + right).to_numpy(dtype=object)
        verbatim = np.where((first == "") & (second == ""), "", verbatim)
    else:
        return lon, lat, precision, np.full(n, "", dtype=object), srs, shift_ok
    a_val, a_axis, a_prec, a_ok, a_present = _parse_column(first, "lat")
    b_val, b_axis, b_prec, b_ok, b_present = _parse_column(second, "lon")
    any_present = a_present | b_present
    good = a_ok & b_ok
    reject(any_present & ~good, "COORDINATE_INVALID")
    info = crs_info(ctx.source_crs)
    big = good & ((np.abs(a_val) > 180) | (np.abs(b_val) > 180))
    if info.geographic and not big.any():
        # labelled hemispheres win over column order
        swapped_labels = good & (a_axis == "lon") & (b_axis == "lat")
        lat_v = np.where(swapped_labels, b_val, a_val)
        lon_v = np.where(swapped_labels, a_val, b_val)
        # latitude beyond 90 but longitude within: the columns are swapped (GBIF's rule)
        swap = good & (np.abs(lat_v) > 90) & (np.abs(lon_v) <= 90)
        lat_v, lon_v = np.where(swap, lon_v, lat_v), np.where(swap, lat_v, lon_v)
        flags["PRESUMED_SWAPPED_COORDINATE"] |= swap
        out = good & ((np.abs(lat_v) > 90) | (np.abs(lon_v) > 180))
        reject(out, "COORDINATE_OUT_OF_RANGE")
        keep = good & ~out
        prec = np.fmax(a_prec, b_prec)
        if info.is_wgs84:
            lon[keep], lat[keep] = lon_v[keep], lat_v[keep]
        else:
            tlon, tlat, shift = to_wgs84(lon_v[keep], lat_v[keep], ctx.source_crs)
            lon[keep], lat[keep] = tlon, tlat
            shift_ok[keep] = shift
            flags["COORDINATE_REPROJECTED"] |= keep
            if not shift:
                ctx.log.warn(tr("{where}: PROJ has no datum shift from {crs} to WGS 84 for this area; positions may "
                                "be off by about 100 m (flag DATUM_SHIFT_UNAVAILABLE).").format(
                                    where=where, crs=ctx.source_crs))
        precision[keep] = prec[keep]
        return lon, lat, precision, verbatim, srs, shift_ok
    # projected: Gauss–Krüger with zone prefix (either column order), or plain easting/northing
    east = np.full(n, np.nan)
    north = np.full(n, np.nan)
    crs_per_row = np.full(n, "", dtype=object)
    zone_inferred = np.zeros(n, dtype=bool)
    for i in np.flatnonzero(good):
        gk = looks_like_gk_pair(a_val[i], b_val[i])
        if gk:
            east[i], north[i], zone = gk
            crs_per_row[i] = f"EPSG:{28400 + zone}"
            zone_inferred[i] = info.gk_zone != zone
        elif not info.geographic:
            if info.gk_zone and max(a_val[i], b_val[i]) > 1_000_000 > min(a_val[i], b_val[i]):
                # GK easting written without its zone prefix
                small, large = min(a_val[i], b_val[i]), max(a_val[i], b_val[i])
                east[i], north[i] = small + info.gk_zone * 1_000_000, large
            else:
                x_first = roles.get("x") is not None and roles.get("x") == roles.get("lat")
                east[i], north[i] = (a_val[i], b_val[i]) if x_first else (b_val[i], a_val[i])
            crs_per_row[i] = info.authid
    todo = good & (crs_per_row != "")
    reject(good & ~todo, "COORDINATE_OUT_OF_RANGE")
    if zone_inferred.any():
        flags["CRS_FROM_GK_ZONE_PREFIX"] |= zone_inferred
        ctx.log.warn(tr("{where}: {n} rows hold Pulkovo 1942 Gauss–Krüger coordinates; the zone was read from the "
                        "easting prefix.").format(where=where, n=int(zone_inferred.sum())))
    for crs_text in pd.unique(crs_per_row[todo]):
        rows = todo & (crs_per_row == crs_text)
        # checked before PROJ sees them: PROJ may never return on values like 1e20
        outside = np.zeros(n, dtype=bool)
        outside[rows] = ~inside_area_of_use(east[rows], north[rows], crs_text)
        reject(outside, "COORDINATE_OUTSIDE_CRS_AREA")
        todo &= ~outside
        rows &= ~outside
        if not rows.any():
            continue
        tlon, tlat, shift = to_wgs84(east[rows], north[rows], crs_text)
        beyond = np.zeros(n, dtype=bool)
        beyond[rows] = ~inside_geographic_area(tlon, tlat, crs_text)
        if beyond.any():  # inside the projected box, outside the area once unprojected
            reject(beyond, "COORDINATE_OUTSIDE_CRS_AREA")
            todo &= ~beyond
            tlon = np.where(beyond[rows], np.nan, tlon)
            tlat = np.where(beyond[rows], np.nan, tlat)
        lon[rows], lat[rows] = tlon, tlat
        shift_ok[rows] = shift
        srs[rows] = crs_text
    flags["COORDINATE_REPROJECTED"] |= todo
    out = todo & ~(np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180))
    reject(out, "COORDINATE_OUT_OF_RANGE")
    lon[out] = np.nan
    lat[out] = np.nan
    # metres written as whole numbers: 1 m precision, far finer than 0.01°
    precision[todo & ~out] = 1e-5
    return lon, lat, precision, verbatim, srs, shift_ok


def _fix_swaps(lon, lat, point_country, partner_country, check, flags, locator):
    """GBIF's rule: when a point is outside the stated country but inside it once swapped or negated,
    take the corrected point and flag it."""
    candidates = np.flatnonzero(check & (partner_country != "") & (point_country != partner_country))
    for i in candidates:
        target = partner_country[i]
        options = (
            ("PRESUMED_SWAPPED_COORDINATE", lat[i], lon[i]),
            ("PRESUMED_NEGATED_LONGITUDE", -lon[i], lat[i]),
            ("PRESUMED_NEGATED_LATITUDE", lon[i], -lat[i]),
        )
        for flag, x, y in options:
            if abs(y) <= 90 and abs(x) <= 180 and locator.country_of(x, y) == target:
                lon[i], lat[i] = x, y
                point_country[i] = target
                flags[flag][i] = True
                break


def _template_context(ctx: _Context, path, tables):
    """For a Corridor template (workbook property, see core.templates): only its data sheet, its
    drop-down labels as name mappings, and its CRS; partner and country from the template when not given."""
    marker = read_template_marker(path) if path.suffix.lower() in (".xlsx", ".ods") else None
    if not marker:
        return ctx, tables
    tables, labels = select_template_tables(tables, marker, path)
    for label, name in labels:
        if label != name:
            ctx.checklist.add_mapping(label, name)
    crs = marker.get("source_crs") or ctx.source_crs
    if crs != ctx.source_crs:
        ctx.log.info(tr("{file}: Corridor template with coordinates in {crs}.").format(file=path.name, crs=crs))
    return replace(ctx, template=marker, source_crs=crs, partner=ctx.partner or marker.get("partner", ""),
                   country_iso3=ctx.country_iso3 or marker.get("country", "")), tables


def import_sheets(paths, country_iso3=None, country_column=None, partner="", source_crs="EPSG:4326",
                  sites_layer=None, checklist=None, mapping=None, feedback=None, today=None) -> ImportResult:
    """Import partner sheets. ``paths``: files (``file.xlsx|layername=Sheet`` picks one sheet).
    ``checklist``: a :class:`Checklist`, a path, or None for the shipped one. ``sites_layer``: a
    QgsVectorLayer or path of the site gazetteer. ``mapping``: role → column (dict, ``a=b; c=d`` or JSON).
    Raises :class:`SheetError` (translated message) when a file cannot be imported at all."""
    log = _Feedback(feedback)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not isinstance(checklist, Checklist):
        checklist = load_checklist(checklist) if checklist else load_checklist()
    country = (country_iso3 or "").strip().upper()
    if country and len(country) == 2:
        country = ISO2_TO_ISO3.get(country, country)
    if country and country not in ISO3_TO_ISO2:
        found = country_iso3_of(country_iso3)
        if not found:
            raise SheetError("UNKNOWN_COUNTRY", tr("Unknown country '{country}': use CHN, MNG, RUS or KAZ.").format(
                country=country_iso3))
        country = found
    try:
        parse_mapping(mapping)
    except ValueError as exc:
        raise SheetError("BAD_MAPPING", str(exc)) from exc
    try:
        crs_info(source_crs or "EPSG:4326")
    except ValueError as exc:
        raise SheetError("UNKNOWN_CRS", tr("Unknown coordinate reference system: {crs}").format(
            crs=source_crs)) from exc
    gazetteer = None
    if sites_layer is not None and sites_layer != "":
        gazetteer = sites_layer if isinstance(sites_layer, Gazetteer) else Gazetteer.from_layer(sites_layer)
    ctx = _Context(checklist=checklist, partner=partner or "", country_iso3=country, country_column=country_column,
                   source_crs=source_crs or "EPSG:4326", gazetteer=gazetteer, mapping=mapping, log=log,
                   today=today or _dt.date.today())
    occurrences, rejected, submissions, messages = [], [], [], []
    received = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    from ..toolbelt.paths import plugin_version

    version = plugin_version()
    for number, spec in enumerate(paths):
        if log.canceled():
            break
        tables = read_tables(spec)
        path = tables[0].path
        digest = file_sha256(path)
        file_ctx, tables = _template_context(ctx, path, tables)
        for table in tables:
            try:
                occ, rej, total, blank = _process_sheet(table, file_ctx)
            except SheetError as exc:
                if table.sheet and len(tables) > 1 and exc.code in ("EMPTY_SHEET", "NO_SPECIES_COLUMN"):
                    # a workbook's other sheets (notes, legends) are reported, not fatal
                    log.warn(str(exc))
                    messages.append(str(exc))
                    continue
                raise
            occurrences.append(occ)
            rejected.append(rej)
            submissions.append(Submission(
                partner=file_ctx.partner, country_iso3=file_ctx.country_iso3, file_name=path.name,
                file_sha256=digest, sheet=table.sheet, institution=file_ctx.partner, rows_total=total,
                rows_accepted=len(occ),
                rows_rejected=len(rej), received=received, plugin_version=version))
            text = tr("{file}{sheet}: {total} rows, {accepted} accepted, {rejected} rejected").format(
                file=path.name, sheet=f" [{table.sheet}]" if table.sheet else "", total=total,
                accepted=len(occ), rejected=len(rej))
            log.info(text)
            messages.append(text)
        log.progress(100.0 * (number + 1) / max(len(paths), 1))
    if not submissions:
        raise SheetError("NO_SPECIES_COLUMN", "\n".join(messages) or tr("No sheet could be imported."))
    occ_frame = pd.concat(occurrences, ignore_index=True) if occurrences else _empty_occurrences()
    _flag_across_sheets(occ_frame)
    rej_frame = pd.concat(rejected, ignore_index=True) if rejected else _empty_rejected()
    return ImportResult(occurrences=occ_frame, rejected=rej_frame, submissions=submissions, messages=messages)


def _flag_across_sheets(occurrences: pd.DataFrame):
    """Checks that need every record of the import: species outliers and repeated records."""
    if occurrences.empty:
        return
    lon = occurrences["decimalLongitude"].to_numpy(dtype=float)
    lat = occurrences["decimalLatitude"].to_numpy(dtype=float)
    found = {"SPECIES_OUTLIER": species_outliers(occurrences["scientificName"].to_numpy(dtype=object), lon, lat)}
    keys = pd.DataFrame({"partner": occurrences["institutionCode"], "name": occurrences["scientificName"],
                         "date": occurrences["eventDate"], "lon": np.round(lon, 5), "lat": np.round(lat, 5)})
    found["DUPLICATE_WITHIN_PARTNER"] = duplicates_within(keys) & np.isfinite(lon) & np.isfinite(lat)
    issues = occurrences["issues"].to_numpy(dtype=object).copy()
    for flag in IMPORT_FLAGS:
        for i in np.flatnonzero(found[flag]):
            issues[i] = f"{issues[i]};{flag}" if issues[i] else flag
    occurrences["issues"] = issues


def reason_counts(rejected: pd.DataFrame) -> Dict[str, int]:
    if rejected is None or rejected.empty:
        return {}
    return {str(k): int(v) for k, v in rejected["reasonCode"].value_counts().items()}


def flag_counts(occurrences: pd.DataFrame) -> Dict[str, int]:
    counts = {}
    if occurrences is None or occurrences.empty:
        return counts
    # once per distinct combination of flags, weighted by how many rows carry it
    for text, rows in occurrences["issues"].astype(str).value_counts(sort=False).items():
        for flag in filter(None, text.split(";")):
            counts[flag] = counts.get(flag, 0) + int(rows)
    return counts
