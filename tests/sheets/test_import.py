"""import_sheets end to end on the seed sheets and on small hand-made sheets: exact accepted/rejected
counts, counts that add up, stable ids, encodings, headers, coordinates and flags."""
import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corridor_plugin.core.schema import OCCURRENCE_FIELD_NAMES, REJECTED_FIELD_NAMES
from corridor_plugin.core.sheets import import_sheets

# (file, country, accepted, rejected) as designed in scripts/make_seed_sheets.py
SEEDS = [
    ("mng_dauria_survey.xlsx", "MNG", 7, 3),
    ("rus_daursky_cp1251.csv", "RUS", 9, 4),
    ("chn_hulun_gb18030.csv", "CHN", 7, 3),
    ("kaz_altai_pulkovo_gk.txt", "KAZ", 7, 4),
]


def _reasons(result):
    return sorted(result.rejected["reasonCode"])


def _issues(result, row):
    values = result.occurrences.loc[result.occurrences["sourceRow"] == row, "issues"]
    assert len(values) == 1, f"row {row} not accepted"
    return set(values.iloc[0].split(";"))


@pytest.mark.parametrize("name, country, accepted, rejected", SEEDS)
def test_each_seed_sheet_imports_with_the_designed_counts(seed_sheets, checklist, name, country, accepted, rejected):
    result = import_sheets([seed_sheets / name], country_iso3=country, partner="Test partner", checklist=checklist)
    assert list(result.occurrences.columns) == list(OCCURRENCE_FIELD_NAMES)
    assert list(result.rejected.columns) == list(REJECTED_FIELD_NAMES)
    assert (len(result.occurrences), len(result.rejected)) == (accepted, rejected)
    [submission] = result.submissions
    assert submission.rows_total == submission.rows_accepted + submission.rows_rejected == accepted + rejected
    assert len(submission.file_sha256) == 64
    rows = sorted(result.occurrences["sourceRow"].tolist() + result.rejected["sourceRow"].tolist())
    assert len(rows) == len(set(rows))  # each row in exactly one output
    assert result.occurrences["occurrenceID"].is_unique
    assert result.occurrences["decimalLatitude"].between(-90, 90).all()
    for cells in result.rejected["cells"]:
        assert json.loads(cells)  # every original cell kept


def test_seed_rejections_have_the_designed_reasons(seed_sheets, checklist):
    def run(name, country):
        return import_sheets([seed_sheets / name], country_iso3=country, checklist=checklist)

    assert _reasons(run("mng_dauria_survey.xlsx", "MNG")) == ["COORDINATE_OUT_OF_RANGE", "DATE_FUTURE",
                                                              "NAME_UNRESOLVED"]
    assert _reasons(run("rus_daursky_cp1251.csv", "RUS")) == ["COORDINATE_OUT_OF_RANGE", "DATE_FUTURE",
                                                              "NAME_UNRESOLVED", "NOT_A_RECORD"]
    assert _reasons(run("chn_hulun_gb18030.csv", "CHN")) == ["COORDINATE_OUT_OF_RANGE", "DATE_FUTURE",
                                                             "NAME_UNRESOLVED"]
    assert _reasons(run("kaz_altai_pulkovo_gk.txt", "KAZ")) == ["COORDINATE_MISSING", "COORDINATE_OUT_OF_RANGE",
                                                                "DATE_MISSING", "NAME_UNRESOLVED"]


def test_mongolian_workbook_title_block_two_header_rows_dms_and_excel_serials(seed_sheets, checklist):
    result = import_sheets([seed_sheets / "mng_dauria_survey.xlsx"], country_iso3="MNG", checklist=checklist)
    occ = result.occurrences.set_index("sourceRow")
    # header on sheet rows 4-5, first record on row 6: 49°42'00" N 115°06'00" E, Excel serial 44359
    assert occ.loc[6, "scientificName"] == "Procapra gutturosa"
    assert occ.loc[6, "decimalLatitude"] == pytest.approx(49.70, abs=1e-6)
    assert occ.loc[6, "decimalLongitude"] == pytest.approx(115.10, abs=1e-6)
    assert occ.loc[6, "eventDate"] == "2021-06-12"
    assert occ.loc[8, "eventDate"] == "2021-06" and occ.loc[8, "organismQuantity"] == "many"
    assert occ.loc[9, "eventDate"] == "2021-06-14"  # a real date cell (number format 14)
    assert occ.loc[11, "occurrenceStatus"] == "absent" and occ.loc[11, "individualCount"] == 0
    assert "TAXON_MATCH_FUZZY" in _issues(result, 10)
    assert "PRESUMED_SWAPPED_COORDINATE" in _issues(result, 12)
    assert occ.loc[12, "decimalLatitude"] == pytest.approx(49.80)
    assert set(result.occurrences["sourceSheet"]) == {"Бүртгэл"}
    assert any("Тайлбар" in message for message in result.messages)  # the notes sheet is reported


def test_russian_cp1251_semicolons_comma_decimals_and_border_flag(seed_sheets, checklist):
    result = import_sheets([seed_sheets / "rus_daursky_cp1251.csv"], country_iso3="RUS", partner="Daursky",
                           checklist=checklist)
    occ = result.occurrences.set_index("sourceRow")
    assert occ.loc[2, "decimalLatitude"] == pytest.approx(50.0603)
    assert occ.loc[2, "decimalLongitude"] == pytest.approx(115.6517)
    assert occ.loc[2, "countryCode"] == "RU" and occ.loc[2, "country_iso3"] == "RUS"
    assert occ.loc[2, "institutionCode"] == "Daursky"
    assert occ.loc[4, "eventDate"] == "2020-06-12/2020-06-15"
    assert (occ.loc[4, "abundanceMin"], occ.loc[4, "abundanceMax"]) == (10, 15)
    assert pd.isna(occ.loc[4, "individualCount"])
    assert occ.loc[5, "scientificName"] == "Ichthyaetus relictus" and occ.loc[5, "iucnCategory"] == "VU"
    assert occ.loc[5, "citesAppendix"] == "I"
    assert "COUNTRY_COORDINATE_MISMATCH" in _issues(result, 9)   # 49.5N 115.2E lies in Mongolia
    assert "COUNTRY_COORDINATE_MISMATCH" not in _issues(result, 2)
    assert occ.loc[10, "decimalLatitude"] == pytest.approx(50 + 4 / 60 + 12 / 3600, abs=1e-6)
    assert occ.loc[2, "recordedBy"] == "Кирилюк О.К."
    unresolved = result.rejected.set_index("sourceRow").loc[11]
    assert json.loads(unresolved["cells"])["Вид"] == "кот домашний"


def test_chinese_gb18030_headers_dates_and_hemisphere_words(seed_sheets, checklist):
    result = import_sheets([seed_sheets / "chn_hulun_gb18030.csv"], country_iso3="CHN", checklist=checklist)
    occ = result.occurrences.set_index("sourceRow")
    assert occ.loc[2, "scientificName"] == "Procapra gutturosa" and occ.loc[2, "organismQuantity"] == "~20"
    assert occ.loc[3, "eventDate"] == "2020-06"
    assert occ.loc[4, "decimalLatitude"] == pytest.approx(48.45)
    assert occ.loc[8, "decimalLatitude"] == pytest.approx(48.55)   # written swapped (117.5, 48.55)
    assert "PRESUMED_SWAPPED_COORDINATE" in _issues(result, 8)
    assert set(occ["countryCode"]) == {"CN"}


def test_kazakh_utf16_pulkovo_gauss_kruger_against_gdal(seed_sheets, checklist):
    from osgeo import osr

    result = import_sheets([seed_sheets / "kaz_altai_pulkovo_gk.txt"], country_iso3="KAZ", checklist=checklist)
    occ = result.occurrences.set_index("sourceRow")
    row = occ.loc[2]
    assert row["verbatimSRS"] == "EPSG:28415"
    assert {"COORDINATE_REPROJECTED", "CRS_FROM_GK_ZONE_PREFIX"} <= _issues(result, 2)
    # second method: GDAL's own inverse of the written X (north) / Y (east with zone prefix 15)
    north, east = (float(v) for v in row["verbatimCoordinates"].split(", "))
    gk, wgs = osr.SpatialReference(), osr.SpatialReference()
    gk.ImportFromEPSG(28415)
    wgs.ImportFromEPSG(4326)
    for srs in (gk, wgs):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(gk, wgs).TransformPoint(east, north)
    assert row["decimalLongitude"] == pytest.approx(lon, abs=2e-5)
    assert row["decimalLatitude"] == pytest.approx(lat, abs=2e-5)
    # and the place: the Katon-Karagay centre 49.167N 85.600E, to within a few metres
    assert row["decimalLatitude"] == pytest.approx(49.167, abs=1e-4)
    assert row["decimalLongitude"] == pytest.approx(85.600, abs=1e-4)
    assert "COUNTRY_COORDINATE_MISMATCH" in _issues(result, 8)     # Katunsky reserve is in Russia


def test_site_gazetteer_locates_rows_without_coordinates(seed_sheets, checklist):
    result = import_sheets([seed_sheets / "kaz_altai_pulkovo_gk.txt"], country_iso3="KAZ", checklist=checklist,
                           sites_layer=str(seed_sheets / "sites_altai.geojson"))
    assert (len(result.occurrences), len(result.rejected)) == (8, 3)
    row = result.occurrences.set_index("sourceRow").loc[9]
    assert (row["decimalLatitude"], row["decimalLongitude"]) == (48.75, 85.75)
    assert "GEOREFERENCED_FROM_SITE" in row["issues"]


def test_occurrence_ids_are_stable_across_imports_and_column_order(write_sheet, checklist):
    rows = [["species", "date", "lat", "lon", "count"],
            ["Panthera uncia", "2020-06-01", "49.1", "85.6", "1"],
            ["Panthera uncia", "2020-06-01", "49.1", "85.6", "1"],   # a true duplicate keeps its own id
            ["Canis lupus", "2020-06-02", "49.2", "85.7", "2"]]
    first = import_sheets([write_sheet(rows, "a.csv")], "KAZ", partner="P", checklist=checklist)
    again = import_sheets([write_sheet(rows, "b.csv")], "KAZ", partner="P", checklist=checklist)
    reordered = [[r[4], r[0], r[3], r[2], r[1]] for r in rows]
    moved = import_sheets([write_sheet(reordered, "c.csv")], "KAZ", partner="P", checklist=checklist)
    other_partner = import_sheets([write_sheet(rows, "d.csv")], "KAZ", partner="Q", checklist=checklist)
    ids = first.occurrences["occurrenceID"].tolist()
    assert len(set(ids)) == 3
    assert again.occurrences["occurrenceID"].tolist() == ids
    assert moved.occurrences["occurrenceID"].tolist() == ids
    assert not set(other_partner.occurrences["occurrenceID"]) & set(ids)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "gb18030"])
def test_encodings_are_detected(write_sheet, checklist, encoding):
    rows = [["Вид", "Широта", "Долгота", "Дата", "Место"],
            ["дзерен", "50.06", "115.65", "12.06.2020", "Кулусутай"],
            ["журавль-красавка", "50.07", "115.66", "июнь 2020", "Торейские озёра"]]
    if encoding in ("utf-8", "gb18030", "utf-16", "utf-8-sig"):
        rows.append(["黄羊", "50.08", "115.67", "2020年6月12日", "达赉湖"])
    result = import_sheets([write_sheet(rows, encoding=encoding)], "RUS", checklist=checklist)
    assert len(result.occurrences) == len(rows) - 1 and result.rejected.empty
    assert result.occurrences["locality"].iloc[1] == "Торейские озёра"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(write_sheet, checklist, delimiter):
    decimal = "," if delimiter != "," else "."
    rows = [["species", "lat", "lon", "date"],
            ["Panthera uncia", f"49{decimal}1", f"85{decimal}6", "2020-06-01"],
            ["Canis lupus", f"49{decimal}2", f"85{decimal}7", "2020-06-02"]]
    result = import_sheets([write_sheet(rows, delimiter=delimiter)], "KAZ", checklist=checklist)
    assert result.occurrences["decimalLongitude"].tolist() == [85.6, 85.7]


def test_user_mapping_overrides_detection_and_coordinates_in_one_cell(write_sheet, checklist):
    rows = [["Наблюдение", "Когда", "Где", "GPS"],
            ["Grus vipio", "12.06.2020", "Торей", "50°03'37\"N 115°39'06\"E"],
            ["Grus vipio", "13.06.2020", "Торей", "50.07, 115.66"]]
    result = import_sheets([write_sheet(rows, delimiter=";")], "RUS", checklist=checklist,
                           mapping="species=Наблюдение; date=B; site=3")
    occ = result.occurrences
    assert len(occ) == 2
    assert occ["decimalLatitude"].iloc[0] == pytest.approx(50.060278, abs=1e-6)
    assert occ["decimalLongitude"].iloc[0] == pytest.approx(115.651667, abs=1e-6)
    assert occ["locality"].tolist() == ["Торей", "Торей"]
    assert "COORDINATE_ROUNDED" in occ["issues"].iloc[0]


def test_swapped_and_negated_coordinates_found_by_the_country_check(write_sheet, checklist):
    rows = [["species", "lat", "lon", "date"],
            ["Panthera uncia", "85.6", "49.167", "2020-06-01"],    # both in range, swapped: GBIF's country rule
            ["Panthera uncia", "49.167", "-85.6", "2020-06-01"],   # negated longitude
            ["Panthera uncia", "49.167", "85.6", "2020-06-01"]]
    result = import_sheets([write_sheet(rows)], "KAZ", checklist=checklist)
    occ = result.occurrences.set_index("sourceRow")
    assert (occ.loc[2, "decimalLatitude"], occ.loc[2, "decimalLongitude"]) == (49.167, 85.6)
    assert "PRESUMED_SWAPPED_COORDINATE" in occ.loc[2, "issues"]
    assert occ.loc[3, "decimalLongitude"] == 85.6 and "PRESUMED_NEGATED_LONGITUDE" in occ.loc[3, "issues"]
    assert "COUNTRY_COORDINATE_MISMATCH" not in occ.loc[4, "issues"]


def test_beijing_1954_warns_where_proj_has_no_datum_shift(write_sheet, checklist):
    rows = [["species", "lat", "lon", "date"], ["黄羊", "48.55", "117.50", "2020-06-12"]]

    class Feedback:
        warnings = []

        def pushInfo(self, text):  # noqa: N802
            pass

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

        def setProgress(self, value):  # noqa: N802
            pass

        def isCanceled(self):  # noqa: N802
            return False

    feedback = Feedback()
    result = import_sheets([write_sheet(rows)], "CHN", source_crs="EPSG:4214", checklist=checklist, feedback=feedback)
    issues = result.occurrences["issues"].iloc[0]
    assert "DATUM_SHIFT_UNAVAILABLE" in issues and "COORDINATE_REPROJECTED" in issues
    assert any("datum shift" in w for w in feedback.warnings)
    cgcs = import_sheets([write_sheet(rows, "b.csv")], "CHN", source_crs="EPSG:4490", checklist=checklist)
    assert "DATUM_SHIFT_UNAVAILABLE" not in cgcs.occurrences["issues"].iloc[0]
    assert cgcs.occurrences["decimalLatitude"].iloc[0] == pytest.approx(48.55, abs=1e-5)


def test_workbook_sheets_one_by_one_and_ods(tmp_path, checklist):
    from osgeo import ogr

    path = tmp_path / "survey.ods"
    driver = ogr.GetDriverByName("ODS")
    dataset = driver.CreateDataSource(str(path))
    layer = dataset.CreateLayer("Dauria")
    for name in ("species", "lat", "lon", "date", "count"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for values in (("Grus vipio", "50.06", "115.65", "2020-06-12", "4"), ("Уасс", "50.06", "115.65", "2020", "1")):
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            feature.SetField(i, value)
        layer.CreateFeature(feature)
    dataset = None
    result = import_sheets([f"{path}|layername=Dauria"], "RUS", checklist=checklist)
    assert (len(result.occurrences), len(result.rejected)) == (1, 1)
    assert result.rejected["sourceRow"].tolist() == [3]
    assert result.submissions[0].sheet == "Dauria"


_cell = st.one_of(
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.sampled_from(["дзерен", "Grus vipio", "50,1", "115.6", "12.06.2020", "~20", "0", "+", "2035-01-01",
                     "北纬48.5°", ""]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(_cell, min_size=5, max_size=5), min_size=1, max_size=6))
def test_any_cells_import_without_raising_and_counts_add_up(tmp_path, checklist, body):
    import csv as _csv

    path = tmp_path / "random.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = _csv.writer(handle, delimiter=";")
        writer.writerow(["species", "lat", "lon", "date", "count"])
        writer.writerows(body)
    result = import_sheets([path], "RUS", checklist=checklist)
    total = result.submissions[0].rows_total
    assert total == len(result.occurrences) + len(result.rejected)
    non_blank = sum(1 for row in body if any(cell.strip() for cell in row))
    assert total == non_blank


def test_uncertainty_from_the_sheet_or_from_the_written_precision(write_sheet, checklist):
    rows = [["species", "lat", "lon", "date", "точность, м"],
            ["Grus vipio", "50.1", "115.6", "2020-06-01", "250"],
            ["Grus vipio", "50.1", "115.6", "2020-06-01", ""],
            ["Grus vipio", "50.12345", "115.61234", "2020-06-01", ""]]
    occ = import_sheets([write_sheet(rows)], "RUS", checklist=checklist).occurrences.set_index("sourceRow")
    assert occ.loc[2, "coordinateUncertaintyInMeters"] == 250
    # written to 0.1°: half-diagonal of a 0.1° cell at 50.1°N = 5566 m * sqrt(1 + cos²(50.1°)) = 5566 * 1.188
    assert occ.loc[3, "coordinateUncertaintyInMeters"] == pytest.approx(6613, abs=2)
    assert "COORDINATE_PRECISION_COARSE" in occ.loc[3, "issues"]
    assert pd.isna(occ.loc[4, "coordinateUncertaintyInMeters"])


def test_upper_case_windows_1251_is_not_taken_for_chinese(write_sheet, checklist):
    from corridor_plugin.core.readers import detect_encoding

    # every Cyrillic run has an even length: these bytes are valid GB18030 too (氯嫩;LAT;LON;睦依 ...)
    rows = [["ВИДЫ", "LAT", "LON", "ДАТА"],
            ["ДЗЕРЕН", "50.06", "115.65", "12.06.2020"],
            ["КОРСАК", "50.07", "115.66", "13.06.2020"]]
    path = write_sheet(rows, encoding="cp1251", delimiter=";")
    path.read_bytes().decode("gb18030")  # no error: only the letter statistics can tell them apart
    assert detect_encoding(path.read_bytes()) == "cp1251"
    assert detect_encoding("物种,数量,日期,地点\n黄羊,约20,2020年6月12日,达赉湖\n".encode("gb18030")) == "gb18030"
    result = import_sheets([path], "RUS", checklist=checklist)
    assert result.occurrences["scientificName"].tolist() == ["Procapra gutturosa", "Vulpes corsac"]
