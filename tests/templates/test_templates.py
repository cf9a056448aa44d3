"""corridor:sheettemplate: one workbook per language and country, with the validation rules in the XML,
instructions that LibreOffice renders, a hidden lists sheet, the marker properties, and GDAL read-back."""
import csv
import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsVectorLayer

from corridor_plugin.core import templates
from corridor_plugin.core.template_texts import TEXTS

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
LANGUAGES = ("en", "zh", "ru", "mn", "kk")
COUNTRIES = ("CHN", "MNG", "RUS", "KAZ")
SEED_CHECKLIST = "seeds/checklist/corridor_checklist.csv"


def _parts(path):
    with zipfile.ZipFile(path) as archive:
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        sheets = [ET.fromstring(archive.read(f"xl/worksheets/sheet{i}.xml")) for i in (1, 2, 3)]
        strings = [si.find("m:t", NS).text or "" for si in ET.fromstring(archive.read("xl/sharedStrings.xml"))]
    return workbook, sheets, strings


def _cell_values(sheet, strings):
    values = {}
    for cell in sheet.iter(f"{{{NS['m']}}}c"):
        v = cell.find("m:v", NS)
        if v is not None:
            values[cell.get("r")] = strings[int(v.text)] if cell.get("t") == "s" else v.text
    return values


def _country_box(country):
    layer = QgsVectorLayer("seeds/borders/countries_naturalearth.gpkg|layername=ne_50m_admin0", "b", "ogr")
    for feature in layer.getFeatures():
        if feature["adm0_a3"] == country:
            return feature.geometry().boundingBox()
    raise AssertionError(country)


@pytest.fixture(scope="module")
def generated(tmp_path_factory, corridor_plugin):
    """corridor:sheettemplate for every language x country (20 workbooks)."""
    import processing

    out = tmp_path_factory.mktemp("templates")
    paths = {}
    for language in LANGUAGES:
        for country in COUNTRIES:
            result = processing.run("corridor:sheettemplate", {
                "COUNTRY": country, "PARTNER": f"Academy {country}", "LANGUAGE": language,
                "OUTPUT": str(out / f"{language}_{country}.xlsx")})
            paths[(language, country)] = result["OUTPUT"]
    return paths


def test_texts_have_the_same_structure_and_placeholders_in_every_language():
    def shape(value):
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [shape(v) for v in value]
        return sorted(set(re.findall(r"{(\w+)}", value)))

    english = shape(TEXTS["en"])
    for language in LANGUAGES:
        assert shape(TEXTS[language]) == english, language
        assert len(TEXTS[language]["sections"]) == len(templates.SECTION_KEYS)
        for title, _ in TEXTS[language]["rules"].values():
            assert len(title) <= 32  # Excel's limit for validation titles


def test_every_language_and_country_has_headers_terms_and_validations(generated, checklist):
    n_species = len(checklist.taxa)
    for (language, country), path in generated.items():
        texts = TEXTS[language]
        workbook, (data, instructions, lists), strings = _parts(path)
        sheets = workbook.findall("m:sheets/m:sheet", NS)
        assert [(s.get("name"), s.get("state")) for s in sheets] == [
            (texts["sheet_data"], None), (texts["sheet_instructions"], None), ("lists", "hidden")]
        values = _cell_values(data, strings)
        keys = [key for key, _ in templates.GEOGRAPHIC_COLUMNS]
        letters = [chr(65 + i) for i in range(len(keys))]
        assert [values[f"{c}1"] for c in letters] == [texts["headers"][k] for k in keys]
        assert [values[f"{c}2"] for c in letters] == [
            "scientificName", "organismQuantity", "eventDate", "locality", "decimalLatitude", "decimalLongitude",
            "recordedBy"]
        pane = data.find("m:sheetViews/m:sheetView/m:pane", NS)
        assert (pane.get("ySplit"), pane.get("state")) == ("2", "frozen")

        rules = {v.get("sqref"): v for v in data.findall("m:dataValidations/m:dataValidation", NS)}
        last = 2 + templates.DEFAULT_DATA_ROWS
        species = rules[f"A3:A{last}"]
        assert (species.get("type"), species.find("m:formula1", NS).text) == ("list", "corridor_species")
        count = rules[f"B3:B{last}"]
        assert count.get("type") == "custom" and count.find("m:formula1", NS).text == templates.abundance_formula("B3")
        date = rules[f"C3:C{last}"]
        assert (date.get("type"), date.find("m:formula1", NS).text, date.find("m:formula2", NS).text) == (
            "date", "DATE(1800,1,1)", "TODAY()")
        # coordinates: the country's Natural Earth box grown by 1 degree, rounded outwards to 0.1 degree
        box = _country_box(country)
        lat, lon = rules[f"E3:E{last}"], rules[f"F3:F{last}"]
        assert lat.get("type") == lon.get("type") == "decimal"
        lat_min, lat_max = float(lat.find("m:formula1", NS).text), float(lat.find("m:formula2", NS).text)
        lon_min, lon_max = float(lon.find("m:formula1", NS).text), float(lon.find("m:formula2", NS).text)
        assert box.yMinimum() - 1.1 < lat_min <= box.yMinimum() - 1 and box.yMaximum() + 1 <= lat_max
        assert lat_max <= min(90, box.yMaximum() + 1.1)
        assert max(-180, box.xMinimum() - 1.1) <= lon_min <= max(-180, box.xMinimum() - 1)
        assert min(180, box.xMaximum() + 1) <= lon_max <= min(180, box.xMaximum() + 1.1)
        assert all(rule.get("errorTitle") and rule.get("error") for rule in rules.values())
        assert species.get("errorStyle") == "warning" and date.get("errorStyle") is None  # stop

        names = {d.get("name"): d.text for d in workbook.findall("m:definedNames/m:definedName", NS)}
        assert names["corridor_species"] == f"lists!$A$2:$A${n_species + 1}"
        list_values = _cell_values(lists, strings)
        assert sorted(list_values[f"B{r}"] for r in range(2, n_species + 2)) == sorted(
            t.scientific_name for t in checklist.taxa)
        assert {list_values.get(f"E{r}") for r in range(2, 7)} - {None} == {
            "+", "few", "many", texts["words"]["few"], texts["words"]["many"]}
        text = " ".join(_cell_values(instructions, strings).values())
        assert texts["title"] in text and "{" not in text  # every placeholder filled

        marker = templates.read_template_marker(path)
        assert marker["partner"] == f"Academy {country}" and marker["country"] == country
        assert marker["language"] == language and marker["data_sheet"] == texts["sheet_data"]
        assert marker["template_version"] == templates.TEMPLATE_VERSION
        assert marker["checklist_version"] == checklist.version and marker["source_crs"] == "EPSG:4326"


def test_drop_down_labels_show_only_checked_vernacular_names(generated, checklist):
    _, (_, _, lists), strings = _parts(generated[("kk", "KAZ")])
    values = _cell_values(lists, strings)
    labels = {values[f"B{r}"]: values[f"A{r}"] for r in range(2, len(checklist.taxa) + 2)}
    with open(SEED_CHECKLIST, encoding="utf-8") as handle:
        rows = {re.sub(r"\s*\(.*|\s+[A-Z][a-zü.]+.*\d{4}.*", "", r["scientific_name_accepted"]).strip(): r
                for r in csv.DictReader(handle)}
    assert labels["Equus hemionus"] == "Equus hemionus — Құлан"
    assert labels["Falco cherrug"] == "Falco cherrug — Ителгі"
    # "(unverified)" in the Kazakh cell: the name is not offered as checked
    assert "unverified" in rows["Procapra gutturosa"]["kazakh_name"]
    assert labels["Procapra gutturosa"] == "Procapra gutturosa"
    assert "unverified" in rows["Vulpes corsac"]["kazakh_name"] and labels["Vulpes corsac"] == "Vulpes corsac"


def test_taxon_groups_and_country_lists_restrict_the_species(corridor_plugin, tmp_path, checklist):
    import processing

    with open(SEED_CHECKLIST, encoding="utf-8") as handle:
        birds = sum(1 for r in csv.DictReader(handle) if r["group"] == "bird")
        handle.seek(0)
        small = sum(1 for r in csv.DictReader(handle) if r["group"].startswith("small mammal"))
    out = processing.run("corridor:sheettemplate", {"COUNTRY": "MNG", "PARTNER": "P", "LANGUAGE": "mn",
                                                      "TAXON_GROUPS": "bird, small mammal",
                                                      "OUTPUT": str(tmp_path / "g.xlsx")})["OUTPUT"]
    workbook, _, _ = _parts(out)
    names = {d.get("name"): d.text for d in workbook.findall("m:definedNames/m:definedName", NS)}
    assert names["corridor_species"] == f"lists!$A$2:$A${birds + small + 1}"

    extra = tmp_path / "extra.csv"
    extra.write_text("scientific_name_accepted,group,countries\nOtis tarda,bird,MNG;CHN;RUS;KAZ\n"
                     "Ciconia boyciana,bird,CHN;RUS\nPelecanus crispus,bird,KAZ;MNG\n", encoding="utf-8")
    out = processing.run("corridor:sheettemplate", {"COUNTRY": "MNG", "PARTNER": "P", "LANGUAGE": "en",
                                                      "CHECKLIST": str(extra), "COUNTRY_SPECIES_ONLY": True,
                                                      "OUTPUT": str(tmp_path / "c.xlsx")})["OUTPUT"]
    _, (_, _, lists), strings = _parts(out)
    values = _cell_values(lists, strings)
    assert sorted(v for k, v in values.items() if k.startswith("B") and k != "B1") == ["Otis tarda",
                                                                                       "Pelecanus crispus"]


def test_projected_crs_gives_easting_northing_within_the_zone(corridor_plugin, tmp_path):
    import processing

    out = processing.run("corridor:sheettemplate", {"COUNTRY": "RUS", "PARTNER": "Daursky", "LANGUAGE": "ru",
                                                      "SOURCE_CRS": "EPSG:28420", "OUTPUT": str(tmp_path / "gk.xlsx")})
    workbook, (data, _, _), strings = _parts(out["OUTPUT"])
    values = _cell_values(data, strings)
    assert [values[f"{c}2"] for c in "EF"] == ["easting", "northing"]
    rules = {v.get("sqref")[0]: v for v in data.findall("m:dataValidations/m:dataValidation", NS)}
    x_min, x_max = (float(rules["E"].find(f"m:formula{i}", NS).text) for i in (1, 2))
    y_min, y_max = (float(rules["F"].find(f"m:formula{i}", NS).text) for i in (1, 2))
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:28420"), QgsProject.instance())
    inside = transform.transform(QgsPointXY(117.0, 50.0))  # Daursky zapovednik, zone 20 (114-120 E)
    assert 20_000_000 < x_min < inside.x() < x_max < 21_000_000 and y_min < inside.y() < y_max
    west = transform.transform(QgsPointXY(105.0, 50.0))  # outside the zone's area of use
    assert not x_min <= west.x() <= x_max
    marker = templates.read_template_marker(out["OUTPUT"])
    assert marker["source_crs"] == "EPSG:28420"


def test_site_gazetteer_gives_a_site_drop_down(corridor_plugin, tmp_path):
    import processing

    sites = QgsVectorLayer("Point?crs=EPSG:4326&field=site_name:string&field=code:integer", "sites", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    for i, name in enumerate(["Torey lakes", "Adon-Chelon", "Torey lakes", "Kharanor"]):
        feature = QgsFeature(sites.fields())
        feature.setAttributes([name, i])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(116 + i * 0.1, 50)))
        sites.dataProvider().addFeature(feature)
    out = processing.run("corridor:sheettemplate", {"COUNTRY": "RUS", "PARTNER": "P", "LANGUAGE": "ru",
                                                      "SITES": sites, "OUTPUT": str(tmp_path / "s.xlsx")})["OUTPUT"]
    workbook, (data, _, lists), strings = _parts(out)
    names = {d.get("name"): d.text for d in workbook.findall("m:definedNames/m:definedName", NS)}
    assert names["corridor_sites"] == "lists!$D$2:$D$4"
    values = _cell_values(lists, strings)
    assert [values[f"D{r}"] for r in (2, 3, 4)] == ["Adon-Chelon", "Kharanor", "Torey lakes"]
    rules = {v.get("sqref")[0]: v for v in data.findall("m:dataValidations/m:dataValidation", NS)}
    assert rules["D"].get("type") == "list" and rules["D"].find("m:formula1", NS).text == "corridor_sites"


@pytest.mark.parametrize("params, message", [
    ({"COUNTRY": "FRA"}, "Unknown country"),
    ({"LANGUAGE": "de"}, "Unknown language"),
    ({"TAXON_GROUPS": "reptile"}, "Unknown taxon group"),
    ({"PARTNER": "  "}, "Name the partner"),
    ({"COUNTRY_SPECIES_ONLY": True}, "countries"),
])
def test_bad_parameters_give_a_clear_message(corridor_plugin, tmp_path, params, message):
    import processing
    from qgis.core import QgsProcessingException

    base = {"COUNTRY": "MNG", "PARTNER": "P", "LANGUAGE": "en", "OUTPUT": str(tmp_path / "x.xlsx")}
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("corridor:sheettemplate", {**base, **params})


def test_libreoffice_renders_the_instructions_of_every_language_and_gdal_reads_the_sheets(
        generated, libreoffice, tmp_path):
    from osgeo import gdal

    chosen = {language: generated[(language, country)] for language, country in
              (("en", "MNG"), ("zh", "CHN"), ("ru", "RUS"), ("mn", "MNG"), ("kk", "KAZ"))}
    libreoffice(list(chosen.values()), "pdf", tmp_path)
    for language, path in chosen.items():
        texts = TEXTS[language]
        pdf = tmp_path / (path.rsplit("/", 1)[-1][:-5] + ".pdf")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        flat = re.sub(r"\s+", "", text)
        assert re.sub(r"\s+", "", texts["title"]) in flat, language
        for heading, _ in texts["sections"][:3]:
            assert re.sub(r"\s+", "", heading) in flat, (language, heading)
        assert texts["headers"]["species"] in text and "scientificName" in text
        assert "corridor_species" not in text and "abundance" not in text  # hidden lists sheet not printed

        dataset = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=["HEADERS=DISABLE"])
        names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
        assert names == [texts["sheet_data"], texts["sheet_instructions"], "lists"]
        rows = [feature.items() for feature in dataset.GetLayer(0)]
        assert list(rows[0].values())[0] == texts["headers"]["species"]
        assert list(rows[1].values())[:3] == ["scientificName", "organismQuantity", "eventDate"]
