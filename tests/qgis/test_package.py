"""`make package` produces a zip the QGIS plugin repository accepts, and it loads headless."""
import configparser
import os
import subprocess
import zipfile

import pytest

from tests.conftest import REPO

HEADLESS = dict(os.environ, QT_QPA_PLATFORM="offscreen")


@pytest.fixture(scope="module")
def package_zip():
    subprocess.run(["make", "-s", "package"], cwd=REPO, check=True, capture_output=True)
    zips = sorted((REPO / "build").glob("corridor_plugin-*.zip"))
    assert zips, "make package wrote no zip"
    return zips[-1]


def test_zip_follows_the_plugin_repository_rules(package_zip, tmp_path):
    assert package_zip.stat().st_size < 25 * 1024 * 1024
    with zipfile.ZipFile(package_zip) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path)
    assert {name.split("/")[0] for name in names} == {"corridor_plugin"}
    for required in ("corridor_plugin/__init__.py", "corridor_plugin/metadata.txt", "corridor_plugin/LICENSE",
                     "corridor_plugin/resources/icons/corridor.svg"):
        assert required in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
    meta = configparser.ConfigParser()
    meta.read(tmp_path / "corridor_plugin" / "metadata.txt", encoding="utf-8")
    assert (tmp_path / "corridor_plugin" / meta["general"]["icon"]).exists()


def test_unzipped_plugin_loads_and_registers_its_provider(package_zip, tmp_path):
    with zipfile.ZipFile(package_zip) as archive:
        archive.extractall(tmp_path)
    script = (
        "import sys; from qgis.core import QgsApplication; app = QgsApplication([], False); app.initQgis();\n"
        f"sys.path.insert(0, {str(tmp_path)!r}); import corridor_plugin;\n"
        f"assert corridor_plugin.__file__.startswith({str(tmp_path)!r}), corridor_plugin.__file__;\n"
        "p = corridor_plugin.classFactory(None); p.initProcessing();\n"
        "prov = QgsApplication.processingRegistry().providerById('corridor');\n"
        "print(sorted(a.id() for a in prov.algorithms())); p.unload()\n"
    )
    run = subprocess.run(["/usr/bin/python3", "-c", script], capture_output=True, text=True, env=HEADLESS,
                         cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "corridor:countryborders" in run.stdout


def test_qgis_process_lists_and_runs_corridor_on_the_staged_plugin(package_zip, tmp_path):
    """The documented headless path: QGIS_PLUGINPATH + throwaway profile + `plugins enable`."""
    env = dict(HEADLESS, QGIS_PLUGINPATH=str(REPO / "build"), QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               XDG_RUNTIME_DIR=str(tmp_path))
    os.chmod(tmp_path, 0o700)
    enable = subprocess.run(["qgis_process.bin", "plugins", "enable", "corridor_plugin"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert enable.returncode == 0, enable.stdout + enable.stderr
    listing = subprocess.run(["qgis_process.bin", "list"], env=env, capture_output=True, text=True, timeout=300)
    assert "corridor:countryborders" in listing.stdout, listing.stdout[-2000:]
    out = tmp_path / "borders.gpkg"
    run = subprocess.run(["qgis_process.bin", "run", "corridor:countryborders", "--", "COUNTRIES=RUS,CHN",
                          f"OUTPUT={out}"], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(out), "b", "ogr")
    assert sorted(f["adm0_a3"] for f in layer.getFeatures()) == ["CHN", "RUS"]


def test_qgis_process_runs_overlay_with_its_primary_output_only(package_zip, tmp_path, seeds):
    """`qgis_process run corridor:overlay -- OCCURRENCES=… PROTECTED_AREAS=… OUTPUT_AREAS=…`: the secondary
    outputs are optional, as in QGIS's native multi-output algorithms."""
    env = dict(HEADLESS, QGIS_PLUGINPATH=str(REPO / "build"), QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               XDG_RUNTIME_DIR=str(tmp_path))
    os.chmod(tmp_path, 0o700)
    subprocess.run(["qgis_process.bin", "plugins", "enable", "corridor_plugin"], env=env, capture_output=True,
                   timeout=300, check=True)
    occurrences, areas = tmp_path / "occurrences.gpkg", tmp_path / "areas.gpkg"
    imported = subprocess.run([
        "qgis_process.bin", "run", "corridor:importsheets", "--",
        f"INPUT={seeds / 'sheets' / 'rus_daursky_cp1251.csv'}", "COUNTRY=RUS", "SOURCE_CRS=EPSG:4326",
        f"OUTPUT={occurrences}", f"REJECTED={tmp_path / 'rejected.gpkg'}"],
        env=env, capture_output=True, text=True, timeout=300)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    run = subprocess.run([
        "qgis_process.bin", "run", "corridor:overlay", "--", f"OCCURRENCES={occurrences}",
        f"PROTECTED_AREAS={seeds / 'protected_areas' / 'wdpa_sample_legacy.gpkg'}", f"OUTPUT_AREAS={areas}"],
        env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    import sqlite3  # read with SQLite: this test makes no QGIS layer in the shared test process

    with sqlite3.connect(areas) as connection:
        count, records = connection.execute('SELECT COUNT(*), SUM(records) FROM "areas"').fetchone()
    assert count > 0 and records > 0
    assert sorted(p.name for p in tmp_path.glob("*.gpkg")) == ["areas.gpkg", "occurrences.gpkg", "rejected.gpkg"]
