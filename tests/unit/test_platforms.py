"""What differs between the Debian/QGIS versions Corridor runs on, checked without them installed."""
import contextlib
import os
import subprocess
import sys

from tests.builders.postgis_server import postgresql_bin
from tests.conftest import REPO


def _install(root, share, major, postgis):
    (root / major / "bin").mkdir(parents=True)
    (root / major / "bin" / "initdb").touch()
    if postgis:
        (share / major / "extension").mkdir(parents=True)
        (share / major / "extension" / "postgis.control").touch()


def test_postgis_server_takes_the_newest_postgresql_with_postgis(tmp_path):
    root, share = tmp_path / "lib", tmp_path / "share"
    root.mkdir()
    assert postgresql_bin(root, share) == root / "15" / "bin"  # none: the error names a version
    _install(root, share, "9", postgis=False)
    assert postgresql_bin(root, share) == root / "9" / "bin"
    _install(root, share, "17", postgis=True)
    _install(root, share, "18", postgis=False)  # a newer server without PostGIS cannot serve the tests
    assert postgresql_bin(root, share) == root / "17" / "bin"
    _install(root, share, "110", postgis=True)  # numeric order, not text order
    assert postgresql_bin(root, share) == root / "110" / "bin"


def _setup_major(tmp_path, installed=(), depends=""):
    """scripts/setup.sh's postgresql_major() with a fake /usr/share/postgresql and apt-cache."""
    share = tmp_path / "usr" / "share" / "postgresql"
    for major in installed:
        (share / major / "extension").mkdir(parents=True)
        (share / major / "extension" / "postgis.control").touch()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "apt-cache").write_text(f"#!/bin/sh\nprintf '{depends}'\n")
    (bin_dir / "apt-cache").chmod(0o755)
    script = (REPO / "scripts" / "setup.sh").read_text()
    start = script.index("postgresql_major() {")
    function = script[start:script.index("\n}\n", start) + 3].replace("/usr/share/postgresql", str(share))
    completed = subprocess.run(["bash", "-c", function + "postgresql_major"], capture_output=True, text=True,
                               env=dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}"), check=True)
    return completed.stdout.strip()


def test_setup_installs_the_postgresql_its_debian_ships(tmp_path):
    depends = "postgresql\\n  Depends: postgresql-17\\n  Depends: postgresql-common\\n"
    assert _setup_major(tmp_path / "a", depends=depends) == "17"  # Debian 13
    assert _setup_major(tmp_path / "b", installed=["15"], depends=depends) == "15"  # installed wins
    assert _setup_major(tmp_path / "c", installed=["15", "18"]) == "18"
    assert _setup_major(tmp_path / "d") == ""  # no package lists yet: setup.sh updates them first
    assert "postgresql-15" not in (REPO / "scripts" / "setup.sh").read_text()


def test_importing_the_plugin_leaves_gdal_exceptions_as_they_were():
    """gdal.UseExceptions() is process-wide: the plugin switches exceptions on only around its own calls."""
    code = """
import pkgutil, importlib, corridor_plugin
from osgeo import gdal, ogr, osr
before = [m.GetUseExceptions() for m in (gdal, ogr, osr)]
for module in pkgutil.walk_packages(corridor_plugin.__path__, "corridor_plugin."):
    importlib.import_module(module.name)
from corridor_plugin.core.corridors.raster import polygonize, Window
import numpy as np
polygonize(np.ones((2, 2), bool), Window(0, 0, 2, 2), (0, 1, 0, 2, 0, -1))
after = [m.GetUseExceptions() for m in (gdal, ogr, osr)]
print(before, after)
assert before == after == [0, 0, 0], (before, after)
"""
    completed = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert completed.returncode == 0, completed.stderr[-2000:]


def test_gdal_exceptions_are_put_back_even_after_an_error():
    from osgeo import gdal, ogr, osr

    from corridor_plugin.core.gdal_compat import gdal_exceptions

    before = [m.GetUseExceptions() for m in (gdal, ogr, osr)]
    try:
        with gdal_exceptions():
            assert [m.GetUseExceptions() for m in (gdal, ogr, osr)] == [1, 1, 1]
            gdal.Open("/nonexistent/corridor.tif")
    except RuntimeError as exc:
        assert "nonexistent" in str(exc)
    else:
        raise AssertionError("GDAL did not raise inside gdal_exceptions()")
    assert [m.GetUseExceptions() for m in (gdal, ogr, osr)] == before


def test_a_bad_source_crs_is_a_translated_message_with_gdal_exceptions_on(qgis_app, seeds):
    """Another plugin (or QGIS) may have switched GDAL exceptions on: osr then raises (GDAL >= 3.7)."""
    import pytest

    from corridor_plugin.core.gdal_compat import gdal_exceptions
    from corridor_plugin.core.sheets import SheetError, import_sheets

    for exceptions in (False, True):
        with gdal_exceptions() if exceptions else contextlib.nullcontext(), \
                pytest.raises(SheetError, match="Unknown coordinate reference system: EPSG:999999"):
            import_sheets([seeds / "sheets" / "rus_daursky_cp1251.csv"], "RUS", source_crs="EPSG:999999")


def test_gdal_exceptions_from_several_threads_at_once():
    """QgsTasks run the plugin's GDAL code in worker threads: each block switches on and back in its own thread."""
    import threading

    from osgeo import gdal, ogr, osr

    from corridor_plugin.core.gdal_compat import gdal_exceptions

    before = [m.GetUseExceptions() for m in (gdal, ogr, osr)]
    raised = []

    def work():
        for _ in range(200):
            with gdal_exceptions():
                try:
                    gdal.Open("/nonexistent/corridor.tif")
                except RuntimeError:
                    raised.append(1)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(raised) == 800
    assert [m.GetUseExceptions() for m in (gdal, ogr, osr)] == before
