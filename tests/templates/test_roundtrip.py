"""Round trip: a template filled in (written with Corridor's own XLSX writer, as a spreadsheet program
stores it) imports through corridor:importsheets with zero rejections and every value preserved, in every
language; invalid values are rejected row by row with the right reason codes; the importer recognises the
template by its workbook property also after LibreOffice re-saves it as .xlsx or .ods."""
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

from corridor_plugin.core import templates
from corridor_plugin.core.schema import ISO3_TO_ISO2
from tests.builders.templates import fill_template, invalid_rows, template_spec, valid_rows

LANGUAGE_COUNTRY = {"en": "MNG", "zh": "CHN", "ru": "RUS", "mn": "MNG", "kk": "KAZ"}


def _import(path, **extra):
    import processing

    params = {"INPUT": [str(path)], "SOURCE_CRS": "EPSG:4326", "OUTPUT": "memory:", "REJECTED": "memory:"}
    result = processing.run("corridor:importsheets", {**params, **extra})
    occurrences = {f["sourceRow"]: f for f in result["OUTPUT"].getFeatures()}
    rejected = {f["sourceRow"]: f for f in result["REJECTED"].getFeatures()}
    return occurrences, rejected


def _expected_quantity(count):
    """(organismQuantity, individualCount, abundanceMin, abundanceMax, occurrenceStatus) as the importer
    documents them for what a partner writes in the count column."""
    if isinstance(count, int):
        return str(count), count, float(count), float(count), "absent" if count == 0 else "present"
    return {"10-15": ("10-15", None, 10.0, 15.0, "present"), "~20": ("~20", None, 20.0, 20.0, "present"),
            ">100": (">100", None, 100.0, None, "present"), "+": ("present", None, 1.0, None, "present")}[count]


def _null(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def _check_preserved(feature, row, spec, partner):
    names = {entry.label: entry.scientific_name for entry in spec.species}
    assert feature["verbatimIdentification"] == row["species"]
    assert feature["scientificName"] == names[row["species"]]
    quantity, individuals, low, high, status = _expected_quantity(row["count"])
    assert feature["organismQuantity"] == quantity
    assert _null(feature["individualCount"]) == individuals
    assert _null(feature["abundanceMin"]) == low and _null(feature["abundanceMax"]) == high
    assert feature["occurrenceStatus"] == status
    assert feature["eventDate"] == row["date"].isoformat()
    assert feature["locality"] == row["site"]
    assert feature["recordedBy"] == row["recorded_by"]
    assert feature["countryCode"] == ISO3_TO_ISO2[spec.country]
    assert feature["institutionCode"] == partner  # taken from the template's properties


@pytest.mark.parametrize("language", list(LANGUAGE_COUNTRY))
def test_valid_template_imports_with_zero_rejections_and_every_value_preserved(
        corridor_plugin, checklist, tmp_path, language):
    country = LANGUAGE_COUNTRY[language]
    partner = f"Academy of {country}"
    spec = template_spec(checklist, country, language, partner=partner)
    rows = valid_rows(spec, n=18, seed=len(language) + ord(language[0]))
    path = fill_template(tmp_path / f"filled_{language}.xlsx", spec, rows)
    occurrences, rejected = _import(path)  # no PARTNER, COUNTRY or mapping given: the template says it all
    assert rejected == {}
    assert sorted(occurrences) == list(range(3, 3 + len(rows)))  # sheet rows 3.. (two header rows)
    for number, row in enumerate(rows, start=3):
        feature = occurrences[number]
        _check_preserved(feature, row, spec, partner)
        assert feature["decimalLatitude"] == row["latitude"] and feature["decimalLongitude"] == row["longitude"]
        point = feature.geometry().asPoint()
        assert (point.x(), point.y()) == (row["longitude"], row["latitude"])
        assert feature["sourceSheet"] == templates.texts_for(language)["sheet_data"]
        assert feature["issues"] in (None, "") or "COUNTRY_COORDINATE_MISMATCH" not in feature["issues"]


# Kazakhstan is left out on purpose: its longitudes are below 90, so latitude 95 with longitude 84 reads as
# swapped coordinates (GBIF's rule), which the importer keeps and flags PRESUMED_SWAPPED_COORDINATE instead.
@pytest.mark.parametrize("language", ["en", "zh", "ru", "mn"])
def test_invalid_values_are_rejected_row_by_row_with_the_right_reason(corridor_plugin, checklist, tmp_path, language):
    country = LANGUAGE_COUNTRY[language]
    spec = template_spec(checklist, country, language)
    good = valid_rows(spec, n=4)
    bad = invalid_rows(spec)
    path = fill_template(tmp_path / "invalid.xlsx", spec, good[:2] + [r for r, _ in bad] + good[2:])
    occurrences, rejected = _import(path)
    assert sorted(occurrences) == [3, 4, 8, 9]
    assert {row: rejected[row]["reasonCode"] for row in rejected} == {5: "DATE_FUTURE", 6: "ABUNDANCE_INVALID",
                                                                      7: "COORDINATE_OUT_OF_RANGE"}
    import json

    cells = json.loads(rejected[7]["cells"])
    assert cells["decimalLatitude"] == "95" and cells["scientificName"] == bad[2][0]["species"]


def test_projected_template_is_imported_in_its_own_crs(corridor_plugin, checklist, tmp_path):
    crs = QgsCoordinateReferenceSystem("EPSG:28420")
    spec = template_spec(checklist, "RUS", "ru", partner="Daursky", crs=crs)
    rows = valid_rows(spec, n=6)
    to_gk = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
    for row in rows:
        point = to_gk.transform(QgsPointXY(row.pop("longitude"), row.pop("latitude")))
        row["easting"], row["northing"] = round(point.x(), 2), round(point.y(), 2)
    path = fill_template(tmp_path / "gk.xlsx", spec, rows)
    occurrences, rejected = _import(path, SOURCE_CRS="EPSG:4326")  # the template's CRS wins over the default
    assert rejected == {}
    back = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    for number, row in enumerate(rows, start=3):
        feature = occurrences[number]
        _check_preserved(feature, row, spec, "Daursky")
        expected = back.transform(QgsPointXY(row["easting"], row["northing"]))
        assert feature["decimalLongitude"] == pytest.approx(expected.x(), abs=2e-6)
        assert feature["decimalLatitude"] == pytest.approx(expected.y(), abs=2e-6)


def test_one_sheet_of_a_template_named_in_the_input_still_resolves_the_drop_down_labels(
        corridor_plugin, checklist, tmp_path):
    spec = template_spec(checklist, "KAZ", "kk", partner="Institute of Zoology")
    rows = valid_rows(spec, n=6)
    path = fill_template(tmp_path / "kaz.xlsx", spec, rows)
    occurrences, rejected = _import(f"{path}|layername=Деректер")
    assert rejected == {}
    for number, row in enumerate(rows, start=3):
        _check_preserved(occurrences[number], row, spec, "Institute of Zoology")


def test_template_layout_reads_terms_not_headers():
    marker = {"term_row": 2, "template_version": "1"}
    rows = [["?", "??", "???"], ["eventDate", "scientificName", "organismQuantity"], ["2020-06-12", "Otis tarda", "3"]]
    layout = templates.template_layout(rows, marker)
    assert layout.roles == {"date": 0, "species": 1, "count": 2} and layout.first_data_row == 2
    assert templates.template_layout([["Вид"], ["Species"]], marker) is None  # terms edited away: detect instead


def test_libreoffice_resaved_template_keeps_the_marker_and_imports_the_same(
        corridor_plugin, checklist, tmp_path, libreoffice):
    spec = template_spec(checklist, "MNG", "mn", partner="Mongolian Academy")
    rows = valid_rows(spec, n=8)
    path = fill_template(tmp_path / "partner.xlsx", spec, rows)
    resaved = tmp_path / "resaved"
    libreoffice([path], "xlsx", resaved)
    libreoffice([path], "ods", resaved)
    for name in ("partner.xlsx", "partner.ods"):
        marker = templates.read_template_marker(resaved / name)
        assert marker is not None and marker["partner"] == "Mongolian Academy", name
        assert marker["data_sheet"] == "Өгөгдөл" and marker["country"] == "MNG"
        occurrences, rejected = _import(resaved / name)
        assert rejected == {}, name
        for number, row in enumerate(rows, start=3):
            _check_preserved(occurrences[number], row, spec, "Mongolian Academy")
            assert occurrences[number]["decimalLatitude"] == row["latitude"]


def test_not_a_template_gives_no_marker(tmp_path):
    from corridor_plugin.core.xlsx_writer import Workbook

    plain = Workbook()
    plain.add_sheet("s").write(0, 0, "x")
    plain.save(str(tmp_path / "plain.xlsx"))
    (tmp_path / "garbage.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "sheet.csv").write_text("species\nOtis tarda\n", encoding="utf-8")
    for name in ("plain.xlsx", "garbage.xlsx", "sheet.csv", "missing.xlsx"):
        assert templates.read_template_marker(tmp_path / name) is None
