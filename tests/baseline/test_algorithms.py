"""The Processing shells: corridor:loadbaseline, corridor:exportdwca, corridor:baselinesummary, and a
PostGIS baseline reached through a connection saved in QGIS with an authentication configuration."""
import hashlib
import zipfile

import pandas as pd
import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProcessingException, QgsSettings, QgsVectorLayer

from corridor_plugin.core.baseline import open_store
from corridor_plugin.core.schema import OCCURRENCE_FIELD_NAMES
from tests.builders.baseline import make_occurrences, make_rejected, occurrence_layer, rejected_layer

MAS = "Mongolian Academy of Sciences"


def _plain(frame):
    out = frame.reindex(columns=list(OCCURRENCE_FIELD_NAMES)).astype(object)
    return sorted(tuple(None if pd.isna(v) else v for v in row) for row in out.itertuples(index=False, name=None))


def test_loadbaseline_loads_reloads_and_replaces(corridor_plugin, database, tmp_path):
    import processing

    occurrences = make_occurrences(120, partner=MAS, file_name="mas.xlsx", seed=41)
    layer, rejected = occurrence_layer(occurrences), rejected_layer(make_rejected(3, "mas.xlsx"))
    source = tmp_path / "mas.xlsx"
    source.write_bytes(b"partner workbook bytes")
    params = {"DATABASE": database, "INPUT": layer, "REJECTED": rejected, "SOURCE_FILES": [str(source)],
              "TOLERANCE": 100}
    first = processing.run("corridor:loadbaseline", params)
    assert (first["LOADED"], first["REJECTED_LOADED"], first["SUBMISSIONS_LOADED"]) == (120, 3, 1)
    store = open_store(database)
    assert _plain(store.occurrences()) == _plain(occurrences)
    assert store.submissions()["file_sha256"].tolist() == [hashlib.sha256(b"partner workbook bytes").hexdigest()]
    store.close()

    again = processing.run("corridor:loadbaseline", params)
    assert (again["LOADED"], again["SUBMISSIONS_UNCHANGED"]) == (0, 1)

    source.write_bytes(b"corrected partner workbook")
    corrected = occurrences.iloc[10:]
    params.update(INPUT=occurrence_layer(corrected))
    third = processing.run("corridor:loadbaseline", params)
    assert (third["LOADED"], third["SUBMISSIONS_REPLACED"]) == (110, 1)
    store = open_store(database)
    assert _plain(store.occurrences()) == _plain(corrected)
    assert store.submissions()["status"].tolist() == ["superseded", "current"]
    store.close()


def test_loadbaseline_without_source_files_uses_a_content_checksum(corridor_plugin, tmp_path):
    import processing

    database = str(tmp_path / "b.gpkg")
    layer = occurrence_layer(make_occurrences(30, partner=MAS, file_name="mas.xlsx", seed=42))
    assert processing.run("corridor:loadbaseline", {"DATABASE": database, "INPUT": layer})["LOADED"] == 30
    assert processing.run("corridor:loadbaseline", {"DATABASE": database, "INPUT": layer})[
        "SUBMISSIONS_UNCHANGED"] == 1


def test_loadbaseline_bad_database_is_a_clear_message(corridor_plugin, tmp_path):
    import processing

    layer = occurrence_layer(make_occurrences(3, seed=43))
    with pytest.raises(QgsProcessingException, match="neither a GeoPackage"):
        processing.run("corridor:loadbaseline", {"DATABASE": str(tmp_path / "x.txt"), "INPUT": layer})
    with pytest.raises(QgsProcessingException, match="No saved PostgreSQL connection|neither a GeoPackage"):
        processing.run("corridor:loadbaseline", {"DATABASE": "no such connection", "INPUT": layer})


def test_exportdwca_and_summary_algorithms(corridor_plugin, tmp_path):
    import processing

    database = str(tmp_path / "b.gpkg")
    frame = make_occurrences(200, partner=MAS, file_name="mas.xlsx", seed=44)
    processing.run("corridor:loadbaseline", {"DATABASE": database, "INPUT": occurrence_layer(frame)})
    out = processing.run("corridor:exportdwca", {
        "DATABASE": database, "TAXA": "Otis tarda", "DATE_FROM": "2020-01-01", "PUBLISHER": "MAS",
        "CONTACT_NAME": "B. Batbayar", "CONTACT_EMAIL": "b@example.org", "LICENCE": 1,
        "OUTPUT": str(tmp_path / "dwca.zip")})
    expected = frame[(frame["scientificName"] == "Otis tarda") & (frame["year"] >= 2020)]
    assert out["RECORDS"] == len(expected) > 0
    with zipfile.ZipFile(out["OUTPUT"]) as archive:
        lines = archive.read("occurrence.txt").decode("utf-8").splitlines()
        assert "publicdomain/zero/1.0" in archive.read("eml.xml").decode("utf-8")
    assert len(lines) == len(expected) + 1
    # without PUBLISHER (as in make demo) the exporting partners are named as publisher
    bare = processing.run("corridor:exportdwca", {"DATABASE": database, "OUTPUT": str(tmp_path / "bare.zip")})
    assert bare["RECORDS"] == 200
    with zipfile.ZipFile(bare["OUTPUT"]) as archive:
        eml = archive.read("eml.xml").decode("utf-8")
    assert f"<publisher><organizationName>{MAS}</organizationName></publisher>" in eml
    with pytest.raises(QgsProcessingException, match="YYYY-MM-DD"):
        processing.run("corridor:exportdwca", {"DATABASE": database, "DATE_FROM": "12.06.2020", "PUBLISHER": "MAS",
                                               "OUTPUT": str(tmp_path / "x.zip")})

    summary = processing.run("corridor:baselinesummary", {
        "DATABASE": database, "OUTPUT": str(tmp_path / "summary.csv"), "OUTPUT_HTML": str(tmp_path / "summary.html")})
    table = QgsVectorLayer(summary["OUTPUT"], "summary", "ogr")
    assert table.isValid()
    assert sum(int(f["records"]) for f in table.getFeatures()) == 200
    groups = frame.groupby(["taxonGroup", "year"]).size()
    assert table.featureCount() == len(groups)
    page = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert "<svg" in page and MAS in page


def test_saved_qgis_connection_with_authcfg(postgis_server, qgis_app, tmp_path):
    """A PostgreSQL connection saved in QGIS whose user comes from the authentication database: the store
    connects with it and nothing is stored in plain text in the settings."""
    database = postgis_server.create_database("saved_connection_db")
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("corridor-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("corridor test")
    config.setConfig("username", postgis_server.user)
    config.setConfig("password", "not-needed-with-trust")
    assert manager.storeAuthenticationConfig(config)[0]
    settings = QgsSettings()
    prefix = "PostgreSQL/connections/corridor_test_saved/"
    for key, value in (("host", "127.0.0.1"), ("port", str(postgis_server.port)), ("database", "saved_connection_db"),
                       ("authcfg", config.id()), ("sslmode", "SslDisable")):
        settings.setValue(prefix + key, value)
    try:
        store = open_store("corridor_test_saved")
        assert store.kind == "postgis" and store.params["user"] == postgis_server.user
        store.load(__import__("tests.builders.baseline", fromlist=["x"]).make_import_result(20, seed=45))
        layer = store.occurrences_layer()
        assert layer.isValid() and layer.featureCount() == 20
        assert "authcfg=" + config.id() in layer.source() and "password" not in layer.source()
        store.close()
        assert settings.value(prefix + "password", "") == ""
        assert open_store(database).count("occurrences") == 20
    finally:
        settings.remove("PostgreSQL/connections/corridor_test_saved")
        manager.removeAuthenticationConfig(config.id())
        postgis_server.drop_database("saved_connection_db")
