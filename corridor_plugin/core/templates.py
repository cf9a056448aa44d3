"""Partner data-sheet templates: an XLSX workbook that is hard to fill in wrongly.

One workbook per partner: a data sheet (headers in the partner's language, the Darwin Core term
beneath, drop-downs and range checks on every column), an instructions sheet in the partner's
language, and a hidden ``lists`` sheet holding the drop-down lists. Custom document properties
(``docProps/custom.xml``) carry the ``CorridorTemplate`` marker, partner, country, language,
template and checklist versions, the data sheet name and the CRS, so that the importer recognises
its own templates and reads their columns by Darwin Core term instead of guessing headers.

Written with ``core.xlsx_writer`` (pure Python): QGIS installers do not ship openpyxl.
"""
import csv
import datetime as _dt
import math
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .template_texts import ENGLISH, texts_for
from .xlsx_writer import DataValidation, Style, Workbook, cell_ref, column_letter, read_custom_properties

TEMPLATE_VERSION = "1"
MARKER = "CorridorTemplate"
LISTS_SHEET = "lists"
LABEL_SEPARATOR = " — "
HEADER_ROWS = 2            # row 1: partner language, row 2: Darwin Core term
# The validation rules cover the whole column below the headers: besides having no row limit, this keeps
# a sheet re-saved as .ods by LibreOffice readable by GDAL, whose ODS reader refuses the huge repeated-row
# block LibreOffice writes after a validated range that stops short of the last row.
DEFAULT_DATA_ROWS = 1048576 - HEADER_ROWS
MIN_DATE = _dt.date(1800, 1, 1)  # the importer rejects dates before 1800
# Names of the custom properties (public: the importer and other tools read them).
PROP_PARTNER = "Partner"
PROP_COUNTRY = "Country"
PROP_LANGUAGE = "Language"
PROP_TEMPLATE_VERSION = "TemplateVersion"
PROP_CHECKLIST_VERSION = "ChecklistVersion"
PROP_DATA_SHEET = "DataSheet"
PROP_SOURCE_CRS = "SourceCRS"
PROP_HEADER_ROWS = "HeaderRows"

SECTION_KEYS = ("absence", "counts", "dates", "coordinates", "projected", "species_missing", "sending")
# (key, term on the second header row). Projected coordinates have no Darwin Core term of their
# own (DwC keeps them verbatim): the template names them easting/northing in SourceCRS.
GEOGRAPHIC_COLUMNS = (
    ("species", "scientificName"), ("count", "organismQuantity"), ("date", "eventDate"), ("site", "locality"),
    ("latitude", "decimalLatitude"), ("longitude", "decimalLongitude"), ("recorded_by", "recordedBy"),
)
PROJECTED_COLUMNS = (
    ("species", "scientificName"), ("count", "organismQuantity"), ("date", "eventDate"), ("site", "locality"),
    ("easting", "easting"), ("northing", "northing"), ("recorded_by", "recordedBy"),
)
# The texts also describe an "uncertainty" column (coordinateUncertaintyInMeters, decimal >= 0): it joins
# the columns once the importer carries that column into its output; until then its values would be lost.
COLUMN_WIDTHS = {"species": 42, "count": 16, "date": 13, "site": 28, "latitude": 14, "longitude": 14,
                 "easting": 16, "northing": 16, "uncertainty": 16, "recorded_by": 24}

HEADER_STYLE = Style(bold=True, fill="D9E2F3", wrap=True, vertical_top=True)
TERM_STYLE = Style(italic=True, color="595959", fill="EDEDED")
TITLE_STYLE = Style(bold=True, size=14)
BOLD = Style(bold=True)
WRAP = Style(wrap=True, vertical_top=True)
BOLD_WRAP = Style(bold=True, wrap=True, vertical_top=True)
DATE_STYLE = Style(num_format="yyyy-mm-dd")


@dataclass
class SpeciesEntry:
    label: str               # what the drop-down shows: "Latin name — vernacular"
    scientific_name: str
    group: str = ""


@dataclass
class TemplateSpec:
    """Everything a template depends on; ``build_workbook`` turns it into a workbook."""

    country: str                       # ISO 3166-1 alpha-3
    partner: str
    language: str = "en"
    species: List[SpeciesEntry] = field(default_factory=list)
    sites: List[str] = field(default_factory=list)
    crs_authid: str = "EPSG:4326"
    crs_description: str = "WGS 84 (EPSG:4326)"
    geographic: bool = True
    x_range: Tuple[float, float] = (-180.0, 180.0)   # longitude or easting
    y_range: Tuple[float, float] = (-90.0, 90.0)     # latitude or northing
    checklist_version: str = ""
    data_rows: int = DEFAULT_DATA_ROWS
    created: Optional[_dt.date] = None

    @property
    def columns(self) -> Tuple[Tuple[str, str], ...]:
        return GEOGRAPHIC_COLUMNS if self.geographic else PROJECTED_COLUMNS


# -- species and sites ----------------------------------------------------------------------------
def species_label(taxon, language: str) -> str:
    """``Latin name — first vernacular name of the language``. Vernacular names whose checklist cell is
    marked unverified are left out: the template must not present them as checked."""
    from .taxonomy import NAME_COLUMNS

    names = taxon.names.get(language) or []
    if not names or NAME_COLUMNS.get(language) in taxon.unverified:
        return taxon.scientific_name
    return f"{taxon.scientific_name}{LABEL_SEPARATOR}{names[0]}"


def scientific_name_from_label(text) -> str:
    """The Latin part of a drop-down label (the text itself when it has no separator)."""
    value = "" if text is None else str(text)
    return value.split(LABEL_SEPARATOR, 1)[0].strip()


def _group_matches(group: str, wanted: Sequence[str]) -> bool:
    key = group.strip().lower()
    return any(key == w or key.startswith((w + " ", w + "/")) for w in wanted)


def split_groups(text: str) -> List[str]:
    return [part.strip().lower() for part in re.split(r"[,;]", text or "") if part.strip()]


def species_entries(checklist, language: str, groups: Iterable[str] = (),
                    only: Optional[set] = None) -> List[SpeciesEntry]:
    """Drop-down entries of the checklist, optionally limited to taxon groups (a group matches itself
    and its sub-groups: ``small mammal`` takes ``small mammal / plague host``) and to a set of names.
    Raises ValueError naming the available groups when a group matches nothing."""
    wanted = [g.strip().lower() for g in groups if g and g.strip()]
    available = sorted({t.group for t in checklist.taxa if t.group})
    for group in wanted:
        if not any(_group_matches(a, [group]) for a in available):
            raise ValueError(f"unknown taxon group '{group}'; the checklist has: {', '.join(available)}")
    entries = []
    for taxon in checklist.taxa:
        if wanted and not _group_matches(taxon.group, wanted):
            continue
        if only is not None and taxon.scientific_name not in only:
            continue
        entries.append(SpeciesEntry(species_label(taxon, language), taxon.scientific_name, taxon.group))
    entries.sort(key=lambda e: e.scientific_name.lower())
    return entries


def expected_species(checklist_paths: Iterable, country: str) -> Optional[set]:
    """Names the checklist files list as occurring in ``country`` (ISO alpha-3), read from a column
    ``countries`` (codes separated by ``;`` or ``,``). None when no file has such a column."""
    from .taxonomy import strip_authority

    found = None
    code = country.strip().upper()
    for path in checklist_paths:
        if not path:
            continue
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = {(name or "").strip().lower(): name for name in (reader.fieldnames or [])}
            column = fields.get("countries") or fields.get("country_iso3") or fields.get("range_countries")
            name_column = fields.get("scientific_name_accepted") or fields.get("scientific_name")
            if not column or not name_column:
                continue
            found = found if found is not None else set()
            for row in reader:
                codes = {c.strip().upper() for c in re.split(r"[;,\s]+", row.get(column) or "") if c.strip()}
                if code in codes:
                    found.add(strip_authority((row.get(name_column) or "").strip()))
    return found


def site_names(layer, field_name: str = "") -> List[str]:
    """Distinct, sorted site names of a gazetteer layer (QgsVectorLayer). The field is ``field_name``
    or the first text field called like a name (name, site, locality...)."""
    fields = [f.name() for f in layer.fields()]
    if not field_name:
        field_name = guess_site_field(layer)
    if field_name not in fields:
        raise ValueError(f"the site layer has no field '{field_name}'")
    names = set()
    for feature in layer.getFeatures():
        value = feature[field_name]
        if value is not None and str(value).strip() and str(value) != "NULL":
            names.add(str(value).strip())
    return sorted(names, key=str.lower)


def guess_site_field(layer) -> str:
    from qgis.PyQt.QtCore import QVariant

    text_fields = [f.name() for f in layer.fields() if f.type() == QVariant.String]
    for candidate in ("site", "site_name", "name", "locality", "name_en", "title"):
        for name in text_fields:
            if name.lower() == candidate:
                return name
    for name in text_fields:
        if "name" in name.lower() or "site" in name.lower():
            return name
    if text_fields:
        return text_fields[0]
    raise ValueError("the site layer has no text field to take site names from")


# -- coordinate bounds ----------------------------------------------------------------------------
def _round_out(low: float, high: float, step: float) -> Tuple[float, float]:
    return math.floor(low / step) * step, math.ceil(high / step) * step


def coordinate_ranges(country: str, crs=None, margin_deg: float = 1.0):
    """(x_range, y_range) accepted for ``country`` in ``crs`` (QgsCoordinateReferenceSystem; WGS 84
    when None): the country's Natural Earth bounding box grown by ``margin_deg`` (records just across
    a border are kept and flagged by the importer, not refused here), clipped to ±90/±180; for a
    projected CRS, that box clipped to the CRS's area of use and transformed, rounded out to 1 km."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

    from .borders import country_features

    _, features = country_features([country])
    box = QgsRectangle(features[0].geometry().boundingBox())
    box = QgsRectangle(max(-180.0, box.xMinimum() - margin_deg), max(-90.0, box.yMinimum() - margin_deg),
                       min(180.0, box.xMaximum() + margin_deg), min(90.0, box.yMaximum() + margin_deg))
    if crs is None or not crs.isValid() or crs.isGeographic():
        x = _round_out(box.xMinimum(), box.xMaximum(), 0.1)
        y = _round_out(box.yMinimum(), box.yMaximum(), 0.1)
        return (round(x[0], 1), round(x[1], 1)), (round(y[0], 1), round(y[1], 1))
    area = crs.bounds()  # area of use, WGS 84
    if area.isEmpty() is False and area.width() > 0:
        clipped = box.intersect(area)
        if not clipped.isEmpty():
            box = clipped
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
    projected = transform.transformBoundingBox(box)
    x = _round_out(projected.xMinimum(), projected.xMaximum(), 1000.0)
    y = _round_out(projected.yMinimum(), projected.yMaximum(), 1000.0)
    return (x, y)


# -- validation formulas --------------------------------------------------------------------------
def abundance_formula(cell: str, words_name: str = "corridor_abundance_words") -> str:
    """Custom validation for the count column: a whole number >= 0; or one of the allowed words;
    or a range ``a-b``; or ``~n`` / ``>n``. Excel caps validation formulas at 255 characters, so the
    text cases are checked loosely (the importer parses them exactly). Each text test is wrapped in
    IFERROR because FIND/VALUE raise errors, and an error makes the whole validation fail."""
    c = cell
    formula = (
        f'IF(ISNUMBER({c}),AND({c}>=0,INT({c})={c}),OR(ISNUMBER(MATCH(TRIM({c}),{words_name},0)),'
        f'IFERROR(AND(FIND("-",{c})>1,-SUBSTITUTE({c},"-","")<=0),FALSE),'
        f'IFERROR(AND(OR(LEFT({c})="~",LEFT({c})=">"),-MID({c},2,99)<=0),FALSE)))'
    )
    if len(formula) > 255:
        raise ValueError("abundance validation formula longer than Excel's 255 characters")
    return formula


def _fmt_number(value: float) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


# -- the workbook ---------------------------------------------------------------------------------
def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _lines(text: str, width_chars: float) -> int:
    usable = max(10.0, width_chars * 0.95)
    return sum(max(1, math.ceil(_display_width(part) / usable)) for part in text.split("\n"))


def _placeholders(spec: TemplateSpec, texts: dict, key: str = "") -> dict:
    x, y = spec.x_range, spec.y_range
    low, high = {"latitude": y, "northing": y}.get(key, x)
    return {
        "country": texts["countries"].get(spec.country, spec.country), "crs": spec.crs_description,
        "min": _fmt_number(low), "max": _fmt_number(high), "few": texts["words"]["few"],
        "many": texts["words"]["many"], "data_sheet": texts["sheet_data"],
        "checklist_version": spec.checklist_version or "-",
    }


def build_workbook(spec: TemplateSpec) -> Tuple[Workbook, Dict[str, int]]:
    """The template workbook and the 0-based column index of each column key on the data sheet."""
    texts = texts_for(spec.language)
    workbook = Workbook()
    workbook.title = texts["title"].split(":")[0]
    workbook.subject = f"{spec.partner} ({spec.country})"
    workbook.creator = "Corridor"
    workbook.language = spec.language
    data = workbook.add_sheet(texts["sheet_data"])
    instructions = workbook.add_sheet(texts["sheet_instructions"])
    lists = workbook.add_sheet(LISTS_SHEET, hidden=True)
    columns = {key: i for i, (key, _) in enumerate(spec.columns)}

    # lists sheet: A species label, B accepted name, C group, D sites, E abundance words
    lists.write_row(0, ["species", "scientificName", "group", "site", "abundance"], BOLD)
    for i, entry in enumerate(spec.species, start=1):
        lists.write_row(i, [entry.label, entry.scientific_name, entry.group])
    for i, site in enumerate(spec.sites, start=1):
        lists.write(i, 3, site)
    words = list(dict.fromkeys(["+", texts["words"]["few"], texts["words"]["many"],
                                ENGLISH["words"]["few"], ENGLISH["words"]["many"]]))
    for i, word in enumerate(words, start=1):
        lists.write(i, 4, word)
    for col, width in enumerate((48, 28, 24, 28, 12)):
        lists.set_column_width(col, width)
    if spec.species:
        workbook.define_name("corridor_species", f"{LISTS_SHEET}!$A$2:$A${len(spec.species) + 1}")
    if spec.sites:
        workbook.define_name("corridor_sites", f"{LISTS_SHEET}!$D$2:$D${len(spec.sites) + 1}")
    workbook.define_name("corridor_abundance_words", f"{LISTS_SHEET}!$E$2:$E${len(words) + 1}")

    # data sheet
    for key, col in columns.items():
        data.write(0, col, texts["headers"][key], HEADER_STYLE)
        data.write(1, col, spec.columns[col][1], TERM_STYLE)
        data.set_column_width(col, max(COLUMN_WIDTHS[key], len(spec.columns[col][1]) + 2))
    data.freeze(HEADER_ROWS, 0)
    data.landscape = data.fit_to_width = True
    first, last = HEADER_ROWS, HEADER_ROWS + spec.data_rows - 1

    def rule(key):
        title, message = texts["rules"][key]
        return dict(error_title=title, prompt_title=title,
                    error=message.format(**_placeholders(spec, texts, key)),
                    prompt=message.format(**_placeholders(spec, texts, key)))

    def sqref(key):
        col = columns[key]
        return f"{cell_ref(first, col)}:{cell_ref(last, col)}"

    if spec.species:
        # warning, not stop: a species missing from the checklist may still be typed in (Latin name)
        data.add_validation(DataValidation(sqref("species"), "list", "corridor_species", error_style="warning",
                                           **rule("species")))
    data.add_validation(DataValidation(sqref("count"), "custom", abundance_formula(cell_ref(first, columns["count"])),
                                       **rule("count")))
    data.add_validation(DataValidation(sqref("date"), "date", f"DATE({MIN_DATE.year},{MIN_DATE.month},{MIN_DATE.day})",
                                       "TODAY()", operator="between", **rule("date")))
    if spec.sites:
        data.add_validation(DataValidation(sqref("site"), "list", "corridor_sites", error_style="warning",
                                           **rule("site")))
    x_key, y_key = ("longitude", "latitude") if spec.geographic else ("easting", "northing")
    data.add_validation(DataValidation(sqref(y_key), "decimal", _fmt_number(spec.y_range[0]),
                                       _fmt_number(spec.y_range[1]), operator="between", **rule(y_key)))
    data.add_validation(DataValidation(sqref(x_key), "decimal", _fmt_number(spec.x_range[0]),
                                       _fmt_number(spec.x_range[1]), operator="between", **rule(x_key)))
    if "uncertainty" in columns:
        data.add_validation(DataValidation(sqref("uncertainty"), "decimal", "0", operator="greaterThanOrEqual",
                                           **rule("uncertainty")))
    # the date column's default style shows typed dates as YYYY-MM-DD whatever the partner's locale
    data.set_column_width(columns["date"], max(COLUMN_WIDTHS["date"], len("eventDate") + 2), DATE_STYLE)

    _write_instructions(instructions, spec, texts)

    props = {
        MARKER: TEMPLATE_VERSION, PROP_TEMPLATE_VERSION: TEMPLATE_VERSION, PROP_PARTNER: spec.partner,
        PROP_COUNTRY: spec.country, PROP_LANGUAGE: spec.language, PROP_CHECKLIST_VERSION: spec.checklist_version,
        PROP_DATA_SHEET: texts["sheet_data"], PROP_SOURCE_CRS: spec.crs_authid, PROP_HEADER_ROWS: HEADER_ROWS,
    }
    for name, value in props.items():
        workbook.set_custom_property(name, value)
    return workbook, columns


def _write_instructions(sheet, spec: TemplateSpec, texts: dict):
    widths = (28, 30, 80)
    sheet.fit_to_width = True
    for col, width in enumerate(widths):
        sheet.set_column_width(col, width)
    total = sum(widths)
    row = 0

    def block(text, style=WRAP, width=total):
        nonlocal row
        sheet.write(row, 0, text, style)
        sheet.merge(row, 0, row, 2)
        sheet.set_row_height(row, 15.0 * _lines(text, width) + 3)
        row += 1

    sheet.write(row, 0, texts["title"], TITLE_STYLE)
    sheet.set_row_height(row, 22)
    row += 1
    block(texts["intro"].format(**_placeholders(spec, texts)))
    row += 1
    meta = texts["meta"]
    created = (spec.created or _dt.date.today()).isoformat()
    for key, value in (("partner", spec.partner),
                       ("country", f"{texts['countries'].get(spec.country, spec.country)} ({spec.country})"),
                       ("language", spec.language), ("template_version", TEMPLATE_VERSION),
                       ("checklist_version", spec.checklist_version or "-"),
                       ("crs", spec.crs_description), ("created", created)):
        sheet.write(row, 0, meta[key], BOLD)
        sheet.write(row, 1, value)
        row += 1
    row += 1
    table = texts["table"]
    sheet.write_row(row, [table["column"], table["term"], table["meaning"]], HEADER_STYLE)
    row += 1
    for key, term in spec.columns:
        help_text = texts["help"][key].format(**_placeholders(spec, texts, key))
        sheet.write(row, 0, texts["headers"][key], BOLD_WRAP)
        sheet.write(row, 1, term, Style(italic=True, vertical_top=True))
        sheet.write(row, 2, help_text, WRAP)
        lines = max(_lines(help_text, widths[2]), _lines(texts["headers"][key], widths[0]))
        sheet.set_row_height(row, 15.0 * lines + 3)
        row += 1
    row += 1
    for key, (heading, text) in zip(SECTION_KEYS, texts["sections"]):
        if key == "projected" and spec.geographic:
            continue
        sheet.write(row, 0, heading, BOLD)
        row += 1
        block(text.format(**_placeholders(spec, texts)))
        row += 1


def write_template(path, spec: TemplateSpec) -> Dict[str, int]:
    workbook, columns = build_workbook(spec)
    workbook.save(str(path))
    return columns


# -- recognising a template ---------------------------------------------------------------------
def read_template_marker(path) -> Optional[dict]:
    """The Corridor template properties of a workbook, or None when it is not a Corridor template (or
    not a readable zip package). Reads ``docProps/custom.xml`` (.xlsx, also after Excel or LibreOffice
    re-saves it) and ``meta.xml`` user-defined properties (.ods, when a partner saves it in LibreOffice's
    own format). Keys: template_version, partner, country, language, checklist_version, data_sheet,
    source_crs, header_rows, term_row (1-based row of the Darwin Core terms), first_data_row."""
    path = Path(path)
    try:
        if not zipfile.is_zipfile(path):
            return None
        props = read_custom_properties(path)
        if not props:
            props = _read_ods_user_properties(path)
    except (OSError, zipfile.BadZipFile, ValueError, KeyError, RuntimeError):
        return None
    except Exception:  # noqa: BLE001 - a broken XML part means "not our template", never a crash
        return None
    if MARKER not in props:
        return None
    try:
        header_rows = int(props.get(PROP_HEADER_ROWS, HEADER_ROWS))
    except (TypeError, ValueError):
        header_rows = HEADER_ROWS
    return {
        "template_version": str(props.get(MARKER, "")),
        "partner": str(props.get(PROP_PARTNER, "")),
        "country": str(props.get(PROP_COUNTRY, "")),
        "language": str(props.get(PROP_LANGUAGE, "")),
        "checklist_version": str(props.get(PROP_CHECKLIST_VERSION, "")),
        "data_sheet": str(props.get(PROP_DATA_SHEET, "")),
        "source_crs": str(props.get(PROP_SOURCE_CRS, "")) or "EPSG:4326",
        "header_rows": header_rows,
        "term_row": header_rows,
        "first_data_row": header_rows + 1,
    }


def _read_ods_user_properties(path: Path) -> dict:
    import xml.etree.ElementTree as ET

    meta_ns = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    with zipfile.ZipFile(path) as archive:
        if "meta.xml" not in archive.namelist():
            return {}
        root = ET.fromstring(archive.read("meta.xml"))
    props = {}
    for element in root.iter(f"{{{meta_ns}}}user-defined"):
        name = element.get(f"{{{meta_ns}}}name")
        if name:
            props[name] = element.text or ""
    return props


def column_letters(columns: Dict[str, int]) -> Dict[str, str]:
    return {key: column_letter(col) for key, col in columns.items()}


# -- reading a filled template (used by the sheet importer) ---------------------------------------------
# Darwin Core term on the template's second header row -> importer role (core.headers.ROLES)
TERM_ROLES = {
    "scientificName": "species", "organismQuantity": "count", "individualCount": "count", "eventDate": "date",
    "locality": "site", "decimalLatitude": "lat", "decimalLongitude": "lon", "easting": "x", "northing": "y",
    "coordinateUncertaintyInMeters": "uncertainty", "recordedBy": "observer", "vernacularName": "vernacular",
    "basisOfRecord": "basis", "countryCode": "country",
}


def select_template_tables(tables, marker: dict, path=None):
    """The data sheet of a template workbook (its other sheets are instructions and drop-down lists) and
    the drop-down labels of its lists sheet as (label, scientific name) pairs. When the data sheet named
    in the properties is missing (renamed), every sheet except the lists sheet is kept. When only one
    sheet was asked for (``file|layername=...``), the lists sheet is read from ``path``."""
    data_sheet = marker.get("data_sheet") or ""
    lists = [t for t in tables if t.sheet == LISTS_SHEET]
    if not lists and path is not None:
        from .readers import SheetError, read_tables

        try:
            lists = read_tables(f"{path}|layername={LISTS_SHEET}")
        except SheetError:
            lists = []
    labels = []
    for table in lists:
        rows = table.as_frame().values.tolist() if hasattr(table, "as_frame") else table.rows
        for row in rows[1:]:
            if len(row) >= 2 and str(row[0]).strip() and str(row[1]).strip():
                labels.append((str(row[0]).strip(), str(row[1]).strip()))
    chosen = [t for t in tables if t.sheet == data_sheet]
    if not chosen:
        chosen = [t for t in tables if t.sheet != LISTS_SHEET]
    return chosen, labels


def template_layout(rows, marker: dict, mapping=None):
    """Header layout of a template's data sheet from the Darwin Core terms on its term row, with no
    guessing; None when the term row no longer names the species column (headers edited), so that the
    importer falls back to its header detection. A user ``mapping`` still overrides single roles."""
    from .headers import HeaderLayout, _column_index, _unique, parse_mapping

    term_index = int(marker.get("term_row", HEADER_ROWS)) - 1
    if term_index < 0 or len(rows) <= term_index:
        return None
    terms = [str(cell).strip() for cell in rows[term_index]]
    roles = {}
    for index, term in enumerate(terms):
        role = TERM_ROLES.get(term)
        if role and role not in roles:
            roles[role] = index
    if "species" not in roles:
        return None
    width = max((len(r) for r in rows), default=0)
    labels = _unique(terms + [""] * (width - len(terms)))
    for role, spec in parse_mapping(mapping).items():
        index = _column_index(spec, labels)
        if index is not None:
            roles = {k: v for k, v in roles.items() if v != index}
            roles[role] = index
    return HeaderLayout(header_rows=list(range(term_index + 1)), labels=labels, roles=roles,
                        first_data_row=term_index + 1,
                        messages=[f"Corridor template {marker.get('template_version', '')}"])
