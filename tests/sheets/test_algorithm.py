"""corridor:importsheets through Processing: parameters, outputs, counts that add up."""
import pytest
from qgis.core import QgsApplication, QgsVectorLayer, QgsWkbTypes

from corridor_plugin.core.schema import OCCURRENCE_FIELD_NAMES, REJECTED_FIELD_NAMES

PARAMETERS = ("INPUT", "COUNTRY", "PARTNER", "SOURCE_CRS", "SITES", "CHECKLIST", "MAPPING", "DATABASE", "OUTPUT",
              "REJECTED")


def test_algorithm_has_the_public_parameter_names(corridor_plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById("corridor:importsheets")
    assert algorithm is not None
    assert [p.name() for p in algorithm.parameterDefinitions()] == list(PARAMETERS)
    assert algorithm.group() and algorithm.shortHelpString()


def test_all_seed_sheets_in_one_run_to_geopackage(corridor_plugin, seed_sheets, tmp_path):
    import processing

    files = [str(seed_sheets / n) for n in ("mng_dauria_survey.xlsx", "rus_daursky_cp1251.csv",
                                            "chn_hulun_gb18030.csv", "kaz_altai_pulkovo_gk.txt")]
    mapping = tmp_path / "resolved.csv"
    mapping.write_text("verbatim,scientificName\nкот домашний,Felis catus\n", encoding="utf-8")
    messages = []

    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            messages.append(text)
            super().pushInfo(text)

    result = processing.run("corridor:importsheets", {
        "INPUT": files, "COUNTRY": "", "PARTNER": "Corridor test", "SOURCE_CRS": "EPSG:4326",
        "SITES": str(seed_sheets / "sites_altai.geojson"), "CHECKLIST": str(mapping),
        "OUTPUT": str(tmp_path / "occ.gpkg"), "REJECTED": str(tmp_path / "rejected.gpkg")}, feedback=Recorder())
    occ = QgsVectorLayer(result["OUTPUT"], "occ", "ogr")
    rej = QgsVectorLayer(result["REJECTED"], "rej", "ogr")
    assert occ.isValid() and rej.isValid()
    # seeds: 7+9+7+8 accepted (with the gazetteer) and 3+4+3+3 rejected; the mapping rescues "кот домашний"
    assert (occ.featureCount(), rej.featureCount()) == (32, 12)
    assert any("44 rows read = 32 accepted + 12 rejected" in m for m in messages)
    names = [f.name() for f in occ.fields()]
    assert all(name in names for name in OCCURRENCE_FIELD_NAMES)
    assert all(name in [f.name() for f in rej.fields()] for name in REJECTED_FIELD_NAMES)
    assert occ.crs().authid() == "EPSG:4326"
    assert QgsWkbTypes.geometryType(occ.wkbType()) == QgsWkbTypes.PointGeometry
    assert rej.wkbType() == QgsWkbTypes.NoGeometry
    for feature in occ.getFeatures():
        point = feature.geometry().asPoint()
        assert point.x() == pytest.approx(feature["decimalLongitude"])
        assert point.y() == pytest.approx(feature["decimalLatitude"])
    cat = [f for f in occ.getFeatures() if f["verbatimIdentification"] == "кот домашний"]
    assert len(cat) == 1 and cat[0]["scientificName"] == "Felis catus"
    # country derived from the points where COUNTRY is empty
    countries = {f["sourceFile"]: f["countryCode"] for f in occ.getFeatures() if f["sourceRow"] == 2}
    assert countries["rus_daursky_cp1251.csv"] == "RU" and countries["chn_hulun_gb18030.csv"] == "CN"


def test_country_taken_from_a_column(corridor_plugin, write_sheet):
    import processing

    path = write_sheet([["species", "lat", "lon", "date", "Страна"],
                        ["Panthera uncia", "49.167", "85.6", "2020-06-01", "Казахстан"],
                        ["Panthera uncia", "49.633", "86.1", "2020-06-01", "Россия"],
                        ["Panthera uncia", "49.633", "86.1", "2020-06-01", "Казахстан"]])
    result = processing.run("corridor:importsheets", {"INPUT": [str(path)], "COUNTRY": "Страна",
                                                      "OUTPUT": "memory:", "REJECTED": "memory:"})
    features = list(result["OUTPUT"].getFeatures())
    assert [f["country_iso3"] for f in features] == ["KAZ", "RUS", "KAZ"]
    assert ["COUNTRY_COORDINATE_MISMATCH" in (f["issues"] or "") for f in features] == [False, False, True]
