"""A small pure-Python XLSX (Office Open XML SpreadsheetML) writer: zipfile + XML, nothing else.

QGIS installers ship GDAL (which reads XLSX) but not openpyxl or XlsxWriter, so Corridor writes
its partner templates itself. Only what the templates need is supported: several sheets (one may
be hidden), shared or inline strings, numbers, booleans, dates, formulas, a few cell styles (bold,
italic, wrapped text, fill colour, number formats), column widths, frozen header panes, data
validation, defined names and custom document properties (``docProps/custom.xml``).

The part layout follows ECMA-376 Part 1 (SpreadsheetML); element order inside ``<worksheet>`` is the
order the schema prescribes, which Excel enforces (LibreOffice is lenient), so it is kept exactly.
"""
import datetime as _dt
import numbers
import re
import zipfile
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple
from xml.sax.saxutils import escape, quoteattr

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id every custom property carries (FMTID_UserDefinedProperties).
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

EXCEL_EPOCH = _dt.datetime(1899, 12, 30)  # serial 0 in the 1900 date system (after the 1900 leap bug)
MAX_ROWS = 1048576
MAX_COLS = 16384
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class XlsxError(ValueError):
    """Invalid input to the writer (bad sheet name, cell out of range...)."""


def column_letter(index: int) -> str:
    """0-based column index -> ``A``, ``Z``, ``AA``..."""
    if not 0 <= index < MAX_COLS:
        raise XlsxError(f"column index out of range: {index}")
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_ref(row: int, col: int, absolute: bool = False) -> str:
    """0-based (row, col) -> ``A1`` (or ``$A$1``)."""
    if not 0 <= row < MAX_ROWS:
        raise XlsxError(f"row index out of range: {row}")
    dollar = "$" if absolute else ""
    return f"{dollar}{column_letter(col)}{dollar}{row + 1}"


def range_ref(first_row: int, first_col: int, last_row: int, last_col: int, absolute: bool = False) -> str:
    return f"{cell_ref(first_row, first_col, absolute)}:{cell_ref(last_row, last_col, absolute)}"


def quote_sheet_name(name: str) -> str:
    """A sheet name as it appears in a formula: quoted unless it is a plain identifier."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name) and not re.fullmatch(r"[A-Za-z]{1,3}[0-9]+", name):
        return name
    return "'" + name.replace("'", "''") + "'"


def excel_serial(value) -> float:
    """Date or datetime -> Excel serial day number (1900 date system)."""
    if isinstance(value, _dt.datetime):
        delta = value.replace(tzinfo=None) - EXCEL_EPOCH
    else:
        delta = _dt.datetime(value.year, value.month, value.day) - EXCEL_EPOCH
    return delta.days + delta.seconds / 86400.0 + delta.microseconds / 86400e6


def _text(value: str) -> str:
    return escape(_ILLEGAL_XML.sub("", value))


def _attr(value: str) -> str:
    return quoteattr(_ILLEGAL_XML.sub("", str(value)))


@dataclass(frozen=True)
class Style:
    """A cell style. ``num_format`` is an Excel format code such as ``yyyy-mm-dd`` or ``0.000000``."""

    bold: bool = False
    italic: bool = False
    wrap: bool = False
    color: Optional[str] = None      # font colour, RRGGBB
    fill: Optional[str] = None       # solid background, RRGGBB
    num_format: Optional[str] = None
    size: Optional[float] = None     # font size in points (default 11)
    vertical_top: bool = False


DEFAULT_STYLE = Style()
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


@dataclass(frozen=True)
class Formula:
    """A cell formula, without the leading ``=``."""

    text: str


@dataclass
class DataValidation:
    """One ``<dataValidation>`` entry.

    ``kind``: ``list``, ``whole``, ``decimal``, ``date``, ``textLength`` or ``custom``; ``operator``:
    ``between``, ``notBetween``, ``equal``, ``notEqual``, ``greaterThan``, ``lessThan``,
    ``greaterThanOrEqual``, ``lessThanOrEqual`` (ignored for list and custom). Formulas are written
    without ``=``; a list may also be given inline as ``'"a,b,c"'``.
    ``error_style``: ``stop`` (refuse the value), ``warning`` or ``information``.
    """

    sqref: str
    kind: str
    formula1: str
    formula2: Optional[str] = None
    operator: Optional[str] = None
    allow_blank: bool = True
    error_title: str = ""
    error: str = ""
    prompt_title: str = ""
    prompt: str = ""
    error_style: str = "stop"

    KINDS = ("list", "whole", "decimal", "date", "time", "textLength", "custom")
    OPERATORS = ("between", "notBetween", "equal", "notEqual", "greaterThan", "lessThan",
                 "greaterThanOrEqual", "lessThanOrEqual")

    def xml(self) -> str:
        if self.kind not in self.KINDS:
            raise XlsxError(f"unknown validation type: {self.kind}")
        attrs = [f'type="{self.kind}"']
        if self.error_style != "stop":
            attrs.append(f"errorStyle={_attr(self.error_style)}")
        if self.kind not in ("list", "custom"):
            operator = self.operator or "between"
            if operator not in self.OPERATORS:
                raise XlsxError(f"unknown validation operator: {operator}")
            if operator != "between":
                attrs.append(f'operator="{operator}"')
            if operator in ("between", "notBetween") and self.formula2 is None:
                raise XlsxError("a between validation needs formula2")
        if self.allow_blank:
            attrs.append('allowBlank="1"')
        attrs.append('showInputMessage="1"')
        attrs.append('showErrorMessage="1"')
        # Excel limits titles to 32 and messages to 255 characters and refuses longer ones.
        if self.error_title:
            attrs.append(f"errorTitle={_attr(self.error_title[:32])}")
        if self.error:
            attrs.append(f"error={_attr(self.error[:255])}")
        if self.prompt_title:
            attrs.append(f"promptTitle={_attr(self.prompt_title[:32])}")
        if self.prompt:
            attrs.append(f"prompt={_attr(self.prompt[:255])}")
        attrs.append(f"sqref={_attr(self.sqref)}")
        body = f"<formula1>{_text(self.formula1)}</formula1>"
        if self.formula2 is not None:
            body += f"<formula2>{_text(self.formula2)}</formula2>"
        return f"<dataValidation {' '.join(attrs)}>{body}</dataValidation>"


@dataclass
class Worksheet:
    name: str
    hidden: bool = False
    cells: Dict[Tuple[int, int], Tuple[object, Optional[Style]]] = field(default_factory=dict)
    column_widths: Dict[int, float] = field(default_factory=dict)
    column_styles: Dict[int, Style] = field(default_factory=dict)
    row_heights: Dict[int, float] = field(default_factory=dict)
    frozen_rows: int = 0
    frozen_cols: int = 0
    validations: List[DataValidation] = field(default_factory=list)
    merged: List[str] = field(default_factory=list)
    landscape: bool = False
    fit_to_width: bool = False   # print all columns on one page width

    def write(self, row: int, col: int, value, style: Optional[Style] = None):
        """Put ``value`` (str, int, float, bool, date, datetime, Formula or None) at 0-based (row, col)."""
        cell_ref(row, col)  # range check
        if value is None and style is None:
            self.cells.pop((row, col), None)
            return
        self.cells[(row, col)] = (value, style)

    def write_row(self, row: int, values, style: Optional[Style] = None, first_col: int = 0):
        for offset, value in enumerate(values):
            self.write(row, first_col + offset, value, style)

    def set_column_width(self, col: int, width: float, style: Optional[Style] = None):
        """Width in characters of the default font (Excel's unit); ``style`` is the column's default
        style, taken by cells typed into it later (e.g. a date format)."""
        column_letter(col)
        self.column_widths[col] = float(width)
        if style is not None:
            self.column_styles[col] = style

    def set_row_height(self, row: int, height: float):
        self.row_heights[row] = float(height)

    def freeze(self, rows: int = 0, cols: int = 0):
        """Keep the first ``rows`` rows and ``cols`` columns in view while scrolling."""
        self.frozen_rows, self.frozen_cols = int(rows), int(cols)

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int):
        """Merge a block of cells; the value and style of the top-left cell are shown."""
        if last_row < first_row or last_col < first_col or (last_row, last_col) == (first_row, first_col):
            raise XlsxError("a merged range needs at least two cells")
        self.merged.append(range_ref(first_row, first_col, last_row, last_col))

    def add_validation(self, validation: DataValidation):
        self.validations.append(validation)
        return validation


class Workbook:
    """Collects sheets and properties, then ``save(path)`` writes the .xlsx package."""

    def __init__(self, shared_strings: bool = True):
        self.sheets: List[Worksheet] = []
        self.shared_strings = shared_strings
        self.defined_names: Dict[str, str] = {}
        self.custom_properties: Dict[str, object] = {}
        self.title = ""
        self.creator = ""
        self.subject = ""
        self.language = ""

    # -- building -------------------------------------------------------------------------
    def add_sheet(self, name: str, hidden: bool = False) -> Worksheet:
        if not name or len(name) > 31 or _SHEET_NAME_FORBIDDEN.search(name) or name.startswith("'"):
            raise XlsxError(f"invalid sheet name: {name!r}")
        if any(sheet.name.lower() == name.lower() for sheet in self.sheets):
            raise XlsxError(f"duplicate sheet name: {name!r}")
        sheet = Worksheet(name, hidden=hidden)
        self.sheets.append(sheet)
        return sheet

    def define_name(self, name: str, reference: str):
        """A workbook-level defined name, e.g. ``species`` -> ``lists!$A$2:$A$50``."""
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name):
            raise XlsxError(f"invalid defined name: {name!r}")
        self.defined_names[name] = reference

    def set_custom_property(self, name: str, value):
        """A custom document property (str, int, float or bool), shown under File > Properties."""
        if not isinstance(value, (str, int, float, bool)):
            raise XlsxError(f"unsupported property type for {name}: {type(value).__name__}")
        self.custom_properties[name] = value

    # -- writing --------------------------------------------------------------------------
    def save(self, path):
        if not self.sheets:
            raise XlsxError("a workbook needs at least one sheet")
        if all(sheet.hidden for sheet in self.sheets):
            raise XlsxError("at least one sheet must be visible")
        styles = _StyleTable()
        strings = _StringTable() if self.shared_strings else None
        sheet_parts = [self._sheet_xml(sheet, index, styles, strings) for index, sheet in enumerate(self.sheets)]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", self._content_types(strings is not None))
            archive.writestr("_rels/.rels", self._root_rels())
            archive.writestr("docProps/app.xml", self._app_xml())
            archive.writestr("docProps/core.xml", self._core_xml())
            if self.custom_properties:
                archive.writestr("docProps/custom.xml", self._custom_xml())
            archive.writestr("xl/workbook.xml", self._workbook_xml())
            archive.writestr("xl/_rels/workbook.xml.rels", self._workbook_rels(strings is not None))
            archive.writestr("xl/styles.xml", styles.xml())
            if strings is not None:
                archive.writestr("xl/sharedStrings.xml", strings.xml())
            for index, part in enumerate(sheet_parts, start=1):
                archive.writestr(f"xl/worksheets/sheet{index}.xml", part)
        return path

    def _first_visible(self) -> int:
        return next(i for i, sheet in enumerate(self.sheets) if not sheet.hidden)

    def _content_types(self, with_strings: bool) -> str:
        overrides = [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ]
        if with_strings:
            overrides.append(("/xl/sharedStrings.xml",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"))
        if self.custom_properties:
            overrides.append(("/docProps/custom.xml",
                              "application/vnd.openxmlformats-officedocument.custom-properties+xml"))
        for index in range(1, len(self.sheets) + 1):
            overrides.append((f"/xl/worksheets/sheet{index}.xml",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
        body = "".join(f'<Override PartName="{part}" ContentType="{kind}"/>' for part, kind in overrides)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                f"{body}</Types>")

    def _root_rels(self) -> str:
        rels = [
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
             "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
             "docProps/app.xml"),
        ]
        if self.custom_properties:
            rels.append(("rId4", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                         "docProps/custom.xml"))
        return _relationships(rels)

    def _app_xml(self) -> str:
        visible = list(self.sheets)
        titles = "".join(f"<vt:lpstr>{_text(sheet.name)}</vt:lpstr>" for sheet in visible)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                f'xmlns:vt="{NS_VT}"><Application>Corridor</Application>'
                '<HeadingPairs><vt:vector size="2" baseType="variant">'
                '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>'
                f'<vt:variant><vt:i4>{len(visible)}</vt:i4></vt:variant></vt:vector></HeadingPairs>'
                f'<TitlesOfParts><vt:vector size="{len(visible)}" baseType="lpstr">{titles}</vt:vector>'
                "</TitlesOfParts></Properties>")

    def _core_xml(self) -> str:
        now = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        language = f"<dc:language>{_text(self.language)}</dc:language>" if self.language else ""
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties '
                'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{_text(self.title)}</dc:title><dc:subject>{_text(self.subject)}</dc:subject>"
                f"<dc:creator>{_text(self.creator)}</dc:creator>{language}"
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
                "</cp:coreProperties>")

    def _custom_xml(self) -> str:
        parts = []
        for pid, (name, value) in enumerate(self.custom_properties.items(), start=2):  # pids start at 2
            if isinstance(value, bool):
                typed = f"<vt:bool>{'true' if value else 'false'}</vt:bool>"
            elif isinstance(value, int):
                typed = f"<vt:i4>{value}</vt:i4>"
            elif isinstance(value, float):
                typed = f"<vt:r8>{float(value)!r}</vt:r8>"
            else:
                typed = f"<vt:lpwstr>{_text(value)}</vt:lpwstr>"
            parts.append(f'<property fmtid="{CUSTOM_FMTID}" pid="{pid}" name={_attr(name)}>{typed}</property>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Properties xmlns="{NS_CUSTOM}" xmlns:vt="{NS_VT}">{"".join(parts)}</Properties>')

    def _workbook_xml(self) -> str:
        sheets = []
        for index, sheet in enumerate(self.sheets, start=1):
            state = ' state="hidden"' if sheet.hidden else ""
            sheets.append(f'<sheet name={_attr(sheet.name)} sheetId="{index}"{state} r:id="rId{index}"/>')
        names = ""
        if self.defined_names:
            names = "<definedNames>" + "".join(
                f"<definedName name={_attr(name)}>{_text(ref)}</definedName>"
                for name, ref in sorted(self.defined_names.items(), key=lambda item: item[0].lower())
            ) + "</definedNames>"
        active = self._first_visible()
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
                f'<bookViews><workbookView activeTab="{active}" firstSheet="{active}"/></bookViews>'
                f"<sheets>{''.join(sheets)}</sheets>{names}"
                '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>')

    def _workbook_rels(self, with_strings: bool) -> str:
        rels = [(f"rId{i}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                 f"worksheets/sheet{i}.xml") for i in range(1, len(self.sheets) + 1)]
        n = len(self.sheets)
        rels.append((f"rId{n + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
                     "styles.xml"))
        if with_strings:
            rels.append((f"rId{n + 2}",
                         "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
                         "sharedStrings.xml"))
        return _relationships(rels)

    def _sheet_xml(self, sheet: Worksheet, index: int, styles: "_StyleTable", strings) -> str:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
               f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">']
        if sheet.fit_to_width:
            out.append('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
        if sheet.cells:
            rows = [r for r, _ in sheet.cells]
            cols = [c for _, c in sheet.cells]
            out.append(f'<dimension ref="{range_ref(min(rows), min(cols), max(rows), max(cols))}"/>')
        selected = ' tabSelected="1"' if index == self._first_visible() else ""
        view = f'<sheetView workbookViewId="0"{selected}>'
        if sheet.frozen_rows or sheet.frozen_cols:
            top_left = cell_ref(sheet.frozen_rows, sheet.frozen_cols)
            if sheet.frozen_rows and sheet.frozen_cols:
                pane = "bottomRight"
            elif sheet.frozen_rows:
                pane = "bottomLeft"
            else:
                pane = "topRight"
            split = ""
            if sheet.frozen_cols:
                split += f' xSplit="{sheet.frozen_cols}"'
            if sheet.frozen_rows:
                split += f' ySplit="{sheet.frozen_rows}"'
            view += (f'<pane{split} topLeftCell="{top_left}" activePane="{pane}" state="frozen"/>'
                     f'<selection pane="{pane}" activeCell="{top_left}" sqref="{top_left}"/>')
        view += "</sheetView>"
        out.append(f"<sheetViews>{view}</sheetViews>")
        out.append('<sheetFormatPr defaultRowHeight="15"/>')
        if sheet.column_widths:
            cols = []
            for c, w in sorted(sheet.column_widths.items()):
                style = sheet.column_styles.get(c)
                style_attr = f' style="{styles.index(style)}"' if style is not None else ""
                cols.append(f'<col min="{c + 1}" max="{c + 1}" width="{w:.2f}"{style_attr} customWidth="1"/>')
            out.append("<cols>" + "".join(cols) + "</cols>")
        out.append("<sheetData>")
        by_row: Dict[int, List[Tuple[int, object, Optional[Style]]]] = {}
        for (r, c), (value, style) in sheet.cells.items():
            by_row.setdefault(r, []).append((c, value, style))
        for r in sorted(set(by_row) | set(sheet.row_heights)):
            height = sheet.row_heights.get(r)
            row_attr = f' ht="{height:.2f}" customHeight="1"' if height else ""
            cells = "".join(self._cell_xml(r, c, value, style, styles, strings)
                            for c, value, style in sorted(by_row.get(r, []), key=lambda item: item[0]))
            out.append(f'<row r="{r + 1}"{row_attr}>{cells}</row>')
        out.append("</sheetData>")
        if sheet.merged:
            out.append(f'<mergeCells count="{len(sheet.merged)}">'
                       + "".join(f'<mergeCell ref="{ref}"/>' for ref in sheet.merged) + "</mergeCells>")
        if sheet.validations:
            out.append(f'<dataValidations count="{len(sheet.validations)}">')
            out.extend(v.xml() for v in sheet.validations)
            out.append("</dataValidations>")
        out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        if sheet.landscape or sheet.fit_to_width:
            setup = ' paperSize="9"' + (' orientation="landscape"' if sheet.landscape else "")
            if sheet.fit_to_width:
                setup += ' fitToWidth="1" fitToHeight="0"'
            out.append(f"<pageSetup{setup}/>")
        out.append("</worksheet>")
        return "".join(out)

    @staticmethod
    def _cell_xml(r, c, value, style, styles, strings) -> str:
        ref = cell_ref(r, c)
        if isinstance(value, (_dt.date, _dt.datetime)) and (style is None or style.num_format is None):
            fmt = DATETIME_FORMAT if isinstance(value, _dt.datetime) else DATE_FORMAT
            style = Style(**{**(style or DEFAULT_STYLE).__dict__, "num_format": fmt})
        s = styles.index(style)
        s_attr = f' s="{s}"' if s else ""
        if value is None or value == "":
            return f'<c r="{ref}"{s_attr}/>'
        if isinstance(value, Formula):
            return f'<c r="{ref}"{s_attr}><f>{_text(value.text)}</f></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}"{s_attr} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, numbers.Integral):  # numpy's integers too
            return f'<c r="{ref}"{s_attr}><v>{int(value)}</v></c>'
        if isinstance(value, numbers.Real):
            value = float(value)  # numpy 2's repr of its floats is "np.float64(…)"
            if value != value or value in (float("inf"), float("-inf")):
                raise XlsxError(f"cannot store {value} in cell {ref}")
            return f'<c r="{ref}"{s_attr}><v>{_number(value)}</v></c>'
        if isinstance(value, (_dt.date, _dt.datetime)):
            return f'<c r="{ref}"{s_attr}><v>{_number(excel_serial(value))}</v></c>'
        text = str(value)
        if strings is not None:
            return f'<c r="{ref}"{s_attr} t="s"><v>{strings.index(text)}</v></c>'
        return f'<c r="{ref}"{s_attr} t="inlineStr"><is>{_string_item(text)}</is></c>'


def _number(value: float) -> str:
    """Shortest text that reads back as the same double; integral values without ``.0``, as Excel writes them."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def _string_item(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f"<t{space}>{_text(text)}</t>"


def _relationships(rels) -> str:
    body = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in rels)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{NS_PKG_REL}">{body}</Relationships>')


class _StringTable:
    def __init__(self):
        self.strings: Dict[str, int] = {}
        self.count = 0

    def index(self, text: str) -> int:
        self.count += 1
        return self.strings.setdefault(text, len(self.strings))

    def xml(self) -> str:
        items = "".join(f"<si>{_string_item(text)}</si>" for text in self.strings)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<sst xmlns="{NS_MAIN}" count="{self.count}" uniqueCount="{len(self.strings)}">{items}</sst>')


class _StyleTable:
    """Turns Style objects into the fonts/fills/numFmts/cellXfs tables of styles.xml."""

    BUILTIN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "@": 49}

    def __init__(self):
        self.xfs: Dict[Style, int] = {DEFAULT_STYLE: 0}
        self.fonts: Dict[tuple, int] = {(False, False, None, None): 0}
        self.fills: Dict[Optional[str], int] = {None: 0, "gray125": 1}
        self.formats: Dict[str, int] = {}
        self.xf_rows: List[tuple] = [(0, 0, 0, False, False)]

    def index(self, style: Optional[Style]) -> int:
        style = style or DEFAULT_STYLE
        if style in self.xfs:
            return self.xfs[style]
        font_key = (style.bold, style.italic, style.color, style.size)
        font = self.fonts.setdefault(font_key, len(self.fonts))
        fill = self.fills.setdefault(style.fill, len(self.fills)) if style.fill else 0
        num = 0
        if style.num_format:
            num = self.BUILTIN_FORMATS.get(style.num_format)
            if num is None:
                num = self.formats.setdefault(style.num_format, 164 + len(self.formats))
        self.xf_rows.append((num, font, fill, style.wrap, style.vertical_top))
        self.xfs[style] = len(self.xf_rows) - 1
        return self.xfs[style]

    def xml(self) -> str:
        num_fmts = ""
        if self.formats:
            num_fmts = f'<numFmts count="{len(self.formats)}">' + "".join(
                f'<numFmt numFmtId="{i}" formatCode={_attr(code)}/>' for code, i in self.formats.items()) + "</numFmts>"
        fonts = []
        for bold, italic, color, size in self.fonts:
            fonts.append("<font>" + ("<b/>" if bold else "") + ("<i/>" if italic else "")
                         + f'<sz val="{size or 11}"/>' + (f'<color rgb="FF{color}"/>' if color else "")
                         + '<name val="Calibri"/><family val="2"/></font>')
        fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']
        for colour in list(self.fills)[2:]:
            fills.append(f'<fill><patternFill patternType="solid"><fgColor rgb="FF{colour}"/>'
                         '<bgColor indexed="64"/></patternFill></fill>')
        xfs = []
        for num, font, fill, wrap, top in self.xf_rows:
            attrs = f'numFmtId="{num}" fontId="{font}" fillId="{fill}" borderId="0" xfId="0"'
            if num:
                attrs += ' applyNumberFormat="1"'
            if font:
                attrs += ' applyFont="1"'
            if fill:
                attrs += ' applyFill="1"'
            if wrap or top:
                align = (' wrapText="1"' if wrap else "") + (' vertical="top"' if top else "")
                xfs.append(f'<xf {attrs} applyAlignment="1"><alignment{align}/></xf>')
            else:
                xfs.append(f"<xf {attrs}/>")
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<styleSheet xmlns="{NS_MAIN}">{num_fmts}'
                f'<fonts count="{len(fonts)}">{"".join(fonts)}</fonts>'
                f'<fills count="{len(fills)}">{"".join(fills)}</fills>'
                '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
                '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                "</styleSheet>")


def read_custom_properties(path) -> Dict[str, object]:
    """The custom document properties of an .xlsx (``docProps/custom.xml``); {} when there are none.

    Raises ``zipfile.BadZipFile`` for files that are not zip packages."""
    import xml.etree.ElementTree as ET

    with zipfile.ZipFile(path) as archive:
        try:
            data = archive.read("docProps/custom.xml")
        except KeyError:
            return {}
    root = ET.fromstring(data)
    result = {}
    for prop in root.findall(f"{{{NS_CUSTOM}}}property"):
        name = prop.get("name")
        if not name or not len(prop):
            continue
        typed = prop[0]
        kind = typed.tag.rsplit("}", 1)[-1]
        text = typed.text or ""
        if kind in ("i1", "i2", "i4", "i8", "int", "ui1", "ui2", "ui4", "ui8", "uint"):
            result[name] = int(text)
        elif kind in ("r4", "r8", "decimal"):
            result[name] = float(text)
        elif kind == "bool":
            result[name] = text.strip().lower() in ("true", "1")
        else:
            result[name] = text
    return result
