"""A tiny XLSX writer (zipfile + XML, no openpyxl): strings as inline strings, numbers as numbers,
dates with Excel's built-in format 14, optional merged cells. Enough to build partner-like workbooks for
seeds, tests and benchmarks. Kept apart from ``corridor_plugin.core.xlsx_writer`` on purpose: the sheet
reader is then tested on workbooks that Corridor's own writer did not make (other exporters write inline
strings and built-in date formats), so a shared misreading of the format cannot hide in both."""
import datetime
import zipfile
from xml.sax.saxutils import escape

EXCEL_EPOCH = datetime.date(1899, 12, 30)
# Style 1 = built-in number format 14 (a date as the user's locale shows it)
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts>
<fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"""

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
{sheets}
</Types>"""
_SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="xl/workbook.xml"/>
</Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"""
_WORKSHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData>{merges}
</worksheet>"""


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _cell(ref, value):
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, datetime.date):  # a real date cell: serial number with a date format
        return f'<c r="{ref}" s="1"><v>{(value - EXCEL_EPOCH).days}</v></c>'

    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'


def write_xlsx(path, sheets, merges=None):
    """``sheets``: {sheet name: list of rows (lists of str/int/float/None)}; ``merges``: {sheet name:
    ["A1:C1", ...]}."""
    merges = merges or {}
    names = list(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(
            sheets="\n".join(_SHEET_TYPE.format(n=i + 1) for i in range(len(names)))))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(sheets="".join(
            f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, name in enumerate(names))))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(rels="".join(
            f'<Relationship Id="rId{i + 1}" '
            f'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names)))
            + f'<Relationship Id="rId{len(names) + 1}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/>'))
        archive.writestr("xl/styles.xml", _STYLES)
        for i, name in enumerate(names):
            xml_rows = []
            for r, row in enumerate(sheets[name]):
                cells = "".join(_cell(f"{column_letter(c)}{r + 1}", v) for c, v in enumerate(row))
                xml_rows.append(f'<row r="{r + 1}">{cells}</row>')
            merge_xml = ""
            if merges.get(name):
                merge_xml = f'<mergeCells count="{len(merges[name])}">' + "".join(
                    f'<mergeCell ref="{ref}"/>' for ref in merges[name]) + "</mergeCells>"
            archive.writestr(f"xl/worksheets/sheet{i + 1}.xml",
                             _WORKSHEET.format(rows="".join(xml_rows), merges=merge_xml))
