"""Processing shells given what a careless or hostile user gives them: a messages, never a traceback;
a file that is not a baseline left untouched; credentials never echoed; spreadsheet formulas defused."""
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from corridor_plugin.core.baseline import mask_credentials
from tests.builders.baseline import make_occurrences, occurrence_layer
from tests.conftest import REPO

READ_ONLY = ("corridor:exportdwca", "corridor:baselinesummary", "corridor:submissionstatus")


def _params(alg, database, tmp_path):
    outputs = {"corridor:exportdwca": {"OUTPUT": str(tmp_path / "out.zip")},
               "corridor:baselinesummary": {"OUTPUT": "memory:"},
               "corridor:submissionstatus": {"OUTPUT": "memory:"},
               "corridor:loadbaseline": {"INPUT": occurrence_layer(make_occurrences(3, seed=7))}}
    return {"DATABASE": database, **outputs[alg]}


def _tables(path):
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))


def test_a_gpkg_that_is_not_sqlite_is_a_message(corridor_plugin, tmp_path):
    import processing

    fake = tmp_path / "notes.gpkg"
    fake.write_text("these are my notes, not a database\n" * 20, encoding="utf-8")
    before = fake.read_bytes()
    for alg in READ_ONLY + ("corridor:loadbaseline",):
        with pytest.raises(QgsProcessingException) as caught:
            processing.run(alg, _params(alg, str(fake), tmp_path))
        assert "notes.gpkg" in str(caught.value) and "SQLite" in str(caught.value), (alg, str(caught.value))
    assert fake.read_bytes() == before


def test_read_only_algorithms_refuse_a_file_that_is_not_a_baseline(corridor_plugin, tmp_path):
    import processing

    ordinary = tmp_path / "borders.gpkg"
    shutil.copy(REPO / "seeds" / "borders" / "countries_naturalearth.gpkg", ordinary)
    tables = _tables(ordinary)
    for alg in READ_ONLY:
        with pytest.raises(QgsProcessingException, match="not a Corridor baseline"):
            processing.run(alg, _params(alg, str(ordinary), tmp_path))
    assert _tables(ordinary) == tables
    typo = tmp_path / "baselin.gpkg"
    for alg in READ_ONLY:
        with pytest.raises(QgsProcessingException, match="does not exist"):
            processing.run(alg, _params(alg, str(typo), tmp_path))
    assert not typo.exists()


@pytest.mark.parametrize("database, secret", [
    ("postgresql://corridor:s3cr3t-pw@127.0.0.1:1/baseline", "s3cr3t-pw"),
    ("postgres://corridor:s3cr3t-pw@127.0.0.1:1/baseline?sslmode=disable", "s3cr3t-pw"),
    ("postgresql://127.0.0.1:1/baseline?user=corridor&password=s3cr3t-pw", "s3cr3t-pw"),
    ("host=127.0.0.1 port=1 dbname=baseline user=corridor password=s3cr3t-pw", "s3cr3t-pw"),
    ("host=127.0.0.1 port=1 dbname=baseline password = 's3cr3t pw' user=corridor", "s3cr3t pw"),
])
def test_credentials_are_masked_in_every_form(corridor_plugin, seed_sheet, tmp_path, database, secret):
    import processing

    assert secret not in mask_credentials(database)
    assert "corridor" in mask_credentials(database)  # the user name stays: it helps to find the connection
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("corridor:importsheets", {
            "INPUT": [str(seed_sheet)], "COUNTRY": "RUS", "DATABASE": database,
            "OUTPUT": str(tmp_path / "occ.gpkg"), "REJECTED": str(tmp_path / "rej.gpkg")})
    assert secret not in str(caught.value)
    assert "***" in str(caught.value)


@pytest.fixture
def seed_sheet():
    return REPO / "seeds" / "sheets" / "rus_daursky_cp1251.csv"


def test_output_path_with_a_double_quote(corridor_plugin, seed_sheet, tmp_path):
    import processing

    folder = tmp_path / 'survey "final"'
    folder.mkdir()
    result = processing.run("corridor:importsheets", {
        "INPUT": [str(seed_sheet)], "COUNTRY": "RUS", "OUTPUT": str(folder / 'occ "v2".gpkg'),
        "REJECTED": str(folder / 'rej "v2".gpkg')})
    from qgis.core import QgsVectorLayer

    plain = processing.run("corridor:importsheets", {
        "INPUT": [str(seed_sheet)], "COUNTRY": "RUS", "OUTPUT": str(tmp_path / "occ.gpkg"),
        "REJECTED": str(tmp_path / "rej.gpkg")})
    occ = QgsVectorLayer(result["OUTPUT"], "occ", "ogr")
    expected = QgsVectorLayer(plain["OUTPUT"], "plain", "ogr").featureCount()
    assert occ.isValid() and occ.featureCount() == expected > 0
    assert [f["occurrenceID"] for f in occ.getFeatures()] == [
        f["occurrenceID"] for f in QgsVectorLayer(plain["OUTPUT"], "plain", "ogr").getFeatures()]


def test_csv_outputs_neutralise_formulas(corridor_plugin, tmp_path):
    import processing

    sheet = tmp_path / "evil.csv"
    sheet.write_text("species,date,lat,lon,site\n"
                     "Procapra gutturosa,2020-06-01,47.512,107.034,=cmd|' /C calc'!A0\n"
                     "=HYPERLINK(\"http://x\"),2020-06-01,47.512,107.034,@SUM(1)\n", encoding="utf-8")
    result = processing.run("corridor:importsheets", {
        "INPUT": [str(sheet)], "COUNTRY": "MNG", "PARTNER": "=1+1",
        "OUTPUT": str(tmp_path / "occ.csv"), "REJECTED": str(tmp_path / "rej.csv")})
    occ_text = Path(result["OUTPUT"]).read_text(encoding="utf-8")
    rej_text = Path(result["REJECTED"]).read_text(encoding="utf-8")
    assert "'=cmd|' /C calc'!A0" in occ_text and ",=cmd" not in occ_text
    assert ",=1+1" not in occ_text and "'=1+1" in occ_text
    assert ",=HYPERLINK" not in rej_text and ',"=HYPERLINK' not in rej_text
    database = str(tmp_path / "b.gpkg")
    processing.run("corridor:loadbaseline", {"DATABASE": database, "INPUT": occurrence_layer(
        make_occurrences(5, partner="=2+3", seed=3))})
    summary = processing.run("corridor:baselinesummary", {"DATABASE": database,
                                                          "OUTPUT": str(tmp_path / "summary.csv")})
    text = Path(summary["OUTPUT"]).read_text(encoding="utf-8")
    assert "'=2+3" in text and ",=2+3" not in text and not text.startswith("=")


def _mount_small_tmpfs(path):
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(path)], capture_output=True)
    return done.returncode == 0


def test_disk_full_while_writing_output_is_a_message(corridor_plugin, tmp_path):
    import processing

    from tests.builders.sheets import write_messy_csv

    full = tmp_path / "full"
    if not _mount_small_tmpfs(full):
        pytest.skip("mounting a small tmpfs needs root: the disk-full case cannot be built here")
    try:
        sheet = tmp_path / "big.csv"
        write_messy_csv(sheet, 3000)
        with pytest.raises(QgsProcessingException) as caught:
            processing.run("corridor:importsheets", {
                "INPUT": [str(sheet)], "COUNTRY": "MNG", "OUTPUT": str(full / "occ.gpkg"),
                "REJECTED": "memory:"})
        message = str(caught.value)
        assert "full" in message.lower() and "rollback" not in message.lower(), message
    finally:
        subprocess.run(["umount", str(full)], check=False)


def test_dwca_of_a_non_baseline_is_not_written(corridor_plugin, tmp_path):
    import processing

    ordinary = tmp_path / "plain.gpkg"
    shutil.copy(REPO / "seeds" / "borders" / "countries_naturalearth.gpkg", ordinary)
    with pytest.raises(QgsProcessingException):
        processing.run("corridor:exportdwca", {"DATABASE": str(ordinary), "OUTPUT": str(tmp_path / "o.zip")})
    assert not (tmp_path / "o.zip").exists() or not zipfile.is_zipfile(tmp_path / "o.zip")
