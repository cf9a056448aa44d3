"""The pure-Python XLSX writer, checked against independent readers: the XML parser, GDAL's XLSX driver
and LibreOffice Calc (which also evaluates the count-validation formula)."""
import csv
import datetime as dt
import xml.etree.ElementTree as ET
import zipfile

import pytest

from corridor_plugin.core.templates import abundance_formula
from corridor_plugin.core.xlsx_writer import (
    DataValidation,
    Formula,
    Style,
    Workbook,
    XlsxError,
    cell_ref,
    column_letter,
    excel_serial,
    quote_sheet_name,
    read_custom_properties,
)

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def test_column_letters_and_references_follow_excel_numbering():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702, 16383)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]
    assert cell_ref(0, 0) == "A1" and cell_ref(2, 3, absolute=True) == "$D$3"
    with pytest.raises(XlsxError):
        column_letter(16384)
    assert quote_sheet_name("lists") == "lists"
    assert quote_sheet_name("Данные") == "'Данные'"
    assert quote_sheet_name("it's") == "'it''s'"


def test_excel_serial_numbers_match_known_values():
    # Excel shows 1900-03-01 as 61 (after its fictitious 1900-02-29) and 2020-06-12 as 43994
    assert excel_serial(dt.date(1900, 3, 1)) == 61
    assert excel_serial(dt.date(2020, 1, 1)) == 43831
    assert excel_serial(dt.date(2020, 6, 12)) == 43994
    assert excel_serial(dt.datetime(2020, 6, 12, 18, 0)) == 43994.75


def test_invalid_sheet_names_and_duplicates_are_refused():
    workbook = Workbook()
    workbook.add_sheet("Data")
    for bad in ("", "a" * 32, "x/y", "x[1]", "data"):
        with pytest.raises(XlsxError):
            workbook.add_sheet(bad)


def _sample_workbook(path, shared_strings=True):
    workbook = Workbook(shared_strings=shared_strings)
    data = workbook.add_sheet("Данные")
    data.write_row(0, ["text", "integer", "real", "date", "flag"], Style(bold=True))
    data.write_row(1, ["  Ақбөкен & <сайга> \"x\"", 42, 49.123456789012, dt.date(2020, 6, 12), True])
    data.write_row(2, ["黄羊", -7, -0.000001, dt.date(1999, 12, 31), False])
    data.freeze(1, 0)
    data.set_column_width(0, 30)
    hidden = workbook.add_sheet("lists", hidden=True)
    hidden.write(0, 0, "only in the hidden sheet")
    workbook.define_name("things", "lists!$A$1:$A$1")
    data.add_validation(DataValidation("A2:A100", "list", "things", error_style="warning", error="pick"))
    data.add_validation(DataValidation("B2:B100", "whole", "0", operator="greaterThanOrEqual", error="n>=0"))
    data.add_validation(DataValidation("D2:D100", "date", "DATE(1800,1,1)", "TODAY()"))
    workbook.set_custom_property("CorridorTemplate", "1")
    workbook.set_custom_property("Partner", "Институт & <Co>")
    workbook.set_custom_property("Rows", 3)
    workbook.set_custom_property("Ratio", 0.25)
    workbook.set_custom_property("Flag", True)
    workbook.save(path)
    return path


@pytest.mark.parametrize("shared", [True, False])
def test_every_part_is_well_formed_and_declared(tmp_path, shared):
    path = _sample_workbook(tmp_path / "sample.xlsx", shared)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for name in names:
            ET.fromstring(archive.read(name))  # raises on malformed XML
        types = ET.fromstring(archive.read("[Content_Types].xml"))
        overrides = {o.get("PartName").lstrip("/") for o in types if o.tag.endswith("Override")}
        assert overrides == {n for n in names if not n.endswith(".rels") and n != "[Content_Types].xml"}
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        sheets = workbook.findall("m:sheets/m:sheet", NS)
        assert [(s.get("name"), s.get("state")) for s in sheets] == [("Данные", None), ("lists", "hidden")]
        assert workbook.find("m:definedNames/m:definedName", NS).text == "lists!$A$1:$A$1"
        sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
        pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
        assert (pane.get("ySplit"), pane.get("topLeftCell"), pane.get("state")) == ("1", "A2", "frozen")
        validations = sheet.findall("m:dataValidations/m:dataValidation", NS)
        assert [(v.get("type"), v.get("sqref"), v.get("operator")) for v in validations] == [
            ("list", "A2:A100", None), ("whole", "B2:B100", "greaterThanOrEqual"), ("date", "D2:D100", None)]
        assert validations[0].get("errorStyle") == "warning"
        assert validations[2].find("m:formula2", NS).text == "TODAY()"
        # element order prescribed by the schema (Excel refuses files that break it)
        order = [child.tag.split("}")[1] for child in sheet]
        assert order == ["dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "dataValidations",
                         "pageMargins"]
        assert ("xl/sharedStrings.xml" in names) == shared
    assert read_custom_properties(path) == {"CorridorTemplate": "1", "Partner": "Институт & <Co>", "Rows": 3,
                                            "Ratio": 0.25, "Flag": True}


def test_gdal_reads_back_every_value_exactly(tmp_path):
    from osgeo import gdal

    path = _sample_workbook(tmp_path / "sample.xlsx")
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=["HEADERS=FORCE", "FIELD_TYPES=AUTO"])
    assert dataset is not None
    assert [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())] == ["Данные", "lists"]
    layer = dataset.GetLayer(0)
    types = {f.GetName(): f.GetTypeName() for f in layer.schema}
    assert types == {"text": "String", "integer": "Integer", "real": "Real", "date": "Date", "flag": "Integer"}
    rows = [feature.items() for feature in layer]
    assert rows[0] == {"text": "  Ақбөкен & <сайга> \"x\"", "integer": 42, "real": 49.123456789012,
                       "date": "2020/06/12", "flag": 1}
    assert rows[1] == {"text": "黄羊", "integer": -7, "real": -0.000001, "date": "1999/12/31", "flag": 0}


def test_libreoffice_opens_the_workbook_and_evaluates_the_count_rule(tmp_path, libreoffice):
    """LibreOffice converts a sample workbook (no repair), keeps the hidden sheet out of the PDF, and
    computes the count-validation formula on typical entries as a cell formula."""
    cases = [(0, True), (5, True), (120, True), (-1, False), (2.5, False), ("few", True), ("many", True),
             ("много", True), ("+", True), ("10-15", True), ("~20", True), (">100", True), ("abc", False),
             ("-5", False), ("~x", False), ("about 20", False), ("12 ind.", False)]
    workbook = Workbook()
    sheet = workbook.add_sheet("check")
    lists = workbook.add_sheet("lists", hidden=True)
    for i, word in enumerate(["+", "few", "many", "много"]):
        lists.write(i, 0, word)
    workbook.define_name("corridor_abundance_words", "lists!$A$1:$A$4")
    for row, (value, _) in enumerate(cases):
        sheet.write(row, 0, value)
        sheet.write(row, 1, Formula(abundance_formula(cell_ref(row, 0))))
    formula_path = workbook.save(str(tmp_path / "formula.xlsx"))
    sample = _sample_workbook(tmp_path / "sample.xlsx")
    out = tmp_path / "out"
    libreoffice([formula_path], "csv", out)
    libreoffice([sample], "pdf", out)
    with open(out / "formula.csv", encoding="utf-8") as handle:
        computed = [row[1] for row in csv.reader(handle)]
    assert computed == ["TRUE" if ok else "FALSE" for _, ok in cases]
    import subprocess

    text = subprocess.run(["pdftotext", str(out / "sample.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Ақбөкен & <сайга>" in text and "黄羊" in text
    assert "only in the hidden sheet" not in text


def test_numpy_numbers_are_written_as_numbers(tmp_path):
    """numpy 2 prints its scalars as ``np.float64(0.1)``: cells must hold the number, typed as one."""
    import numpy as np

    workbook = Workbook(shared_strings=False)
    sheet = workbook.add_sheet("n")
    sheet.write_row(0, [np.float64(0.1), np.int64(7), np.float32(0.5), np.float64(3.0), 2.5])
    workbook.set_custom_property("Ratio", np.float64(0.25))
    path = workbook.save(tmp_path / "numpy.xlsx") or tmp_path / "numpy.xlsx"
    with zipfile.ZipFile(path) as archive:
        cells = ET.fromstring(archive.read("xl/worksheets/sheet1.xml")).findall(".//m:c", NS)
    assert [(c.get("t"), c.find("m:v", NS).text) for c in cells] == [
        (None, "0.1"), (None, "7"), (None, "0.5"), (None, "3"), (None, "2.5")]
    assert read_custom_properties(path)["Ratio"] == 0.25
