"""Session set-up shared by every test: headless Qt, the plugin loaded like QGIS loads it.

pytest-qgis starts QgsApplication (offscreen) and Processing; the ``corridor_plugin`` fixture
reads ``metadata.txt``, checks the QGIS version range, then calls ``classFactory(iface)``,
``initProcessing()`` and ``initGui()`` exactly as QGIS does.
"""
import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = REPO / "tests" / "data"
# Pictures the tests take of the dock and the report: build/screenshots by default, so `make test` leaves tracked
# files alone; `make screenshots` points this at docs/screenshots to refresh the README's.
SCREENSHOTS = Path(os.environ.get("CORRIDOR_SCREENSHOTS", REPO / "build" / "screenshots"))
SCREENSHOTS.mkdir(parents=True, exist_ok=True)
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def read_metadata(path: Path = REPO / "metadata.txt"):
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    return dict(parser["general"])


def version_tuple(text: str):
    return tuple(int(part) for part in text.split("-")[0].split(".")[:3])


@pytest.fixture(scope="session")
def metadata():
    return read_metadata()


@pytest.fixture(autouse=True, scope="session")
def qgis_session(qgis_app, qgis_iface):
    """What pytest-qgis 5 leaves out on newer QGIS: a real layer tree view (QGIS 3.44's addResultLayers
    refuses the mock one) and, since the session ends without exitQgis (qgis_disable_exit), an empty
    coordinate transform cache, or its static destructor crashes the process at exit (3.44)."""
    from qgis import gui
    from qgis.core import QgsCoordinateTransform, QgsLayerTreeModel, QgsProject

    view = None
    # Only where Processing hands the view to C++ (QgsProcessingGuiUtils.addResultLayers, QGIS 3.44): on 3.22
    # Postprocessing.py takes the mock, and a real view there only adds work to every event loop turn.
    if hasattr(getattr(gui, "QgsProcessingGuiUtils", None), "addResultLayers"):
        view = gui.QgsLayerTreeView()
        view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
        qgis_iface.layerTreeView = lambda: view
    yield
    try:
        QgsCoordinateTransform.invalidateCache(True)  # and keep it off (QGIS >= 3.32)
    except TypeError:
        QgsCoordinateTransform.invalidateCache()
    if view is not None:
        view.deleteLater()


@pytest.fixture(scope="session")
def corridor_plugin(qgis_app, qgis_iface, qgis_processing, metadata):
    from qgis.core import Qgis

    running = version_tuple(Qgis.QGIS_VERSION)
    assert version_tuple(metadata["qgisminimumversion"]) <= running <= version_tuple(
        metadata.get("qgismaximumversion", "3.99")), "QGIS version outside the plugin's range"
    from corridor_plugin import classFactory

    plugin = classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    yield plugin
    plugin.unload()


@pytest.fixture(scope="session")
def shared_data():
    """``tests/data``: reference data read by tests, never shipped (sources and licences in its README)."""
    return TEST_DATA


@pytest.fixture(scope="session")
def seeds():
    return REPO / "seeds"


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory):
    """``convert(files, target, outdir)``: LibreOffice ``--convert-to`` in one process for several files.
    Fails (not skips) when LibreOffice is missing: templates and XLS sheets are checked against it."""
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if binary is None:
        pytest.fail("LibreOffice (Debian libreoffice-calc) is needed by the template and XLS tests")
    home = tmp_path_factory.mktemp("lo-home")
    profile = home / "profile"

    def convert(files, target, outdir):
        env = dict(os.environ, HOME=str(home))
        command = [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                   "--convert-to", target, "--outdir", str(outdir)] + [str(f) for f in files]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
        assert done.returncode == 0, done.stderr
        return done

    return convert


# -- deprecations raised by the plugin's own code ----------------------------------------------------------
# QGIS 3.3x deprecates (and QGIS 4 removes) API the plugin may still call; sip attributes each warning to the
# calling line. Every one raised from corridor_plugin/ during the session is listed and fails the run.
PLUGIN_DIR = REPO / "corridor_plugin"
PLUGIN_DEPRECATIONS = {}


def is_plugin_deprecation(category, filename) -> bool:
    return issubclass(category, (DeprecationWarning, PendingDeprecationWarning)) and \
        Path(filename).resolve().is_relative_to(PLUGIN_DIR)


def pytest_warning_recorded(warning_message, when, nodeid, location):
    if is_plugin_deprecation(warning_message.category, warning_message.filename):
        key = (str(Path(warning_message.filename).resolve().relative_to(REPO)), warning_message.lineno,
               str(warning_message.message))
        PLUGIN_DEPRECATIONS.setdefault(key, nodeid)


def pytest_sessionfinish(session, exitstatus):
    if PLUGIN_DEPRECATIONS:
        lines = [f"{path}:{line}: {message}  (first in {nodeid})"
                 for (path, line, message), nodeid in sorted(PLUGIN_DEPRECATIONS.items())]
        session.config.pluginmanager.get_plugin("terminalreporter").write_sep(
            "=", f"{len(lines)} deprecated QGIS/Qt/GDAL calls in corridor_plugin", red=True)
        session.config.pluginmanager.get_plugin("terminalreporter").write_line("\n".join(lines))
        if session.exitstatus == 0:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
