"""QGIS 4 (Qt6) readiness, checked on the QGIS that runs the tests: no unscoped Qt or QGIS enum left
(scripts/scope_enums.py, the check of QGIS's pyqt5_to_pyqt6 script made by introspection), QAction taken
from QtGui, and metadata.txt declaring Qt6 support."""
import ast

from tests.conftest import REPO, read_metadata


def _scope_enums(*args):
    """scripts/scope_enums.py in its own process: its introspection walks every QGIS class, which is best kept
    away from the QGIS application the other tests share."""
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, str(REPO / "scripts" / "scope_enums.py"), *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_no_unscoped_enum_is_left_in_the_plugin():
    done = _scope_enums("corridor_plugin")
    assert (done.returncode, done.stdout) == (0, ""), "run `make scope-enums`:\n" + done.stdout + done.stderr


def test_the_enum_check_finds_and_fixes_unscoped_values(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text("from qgis.core import Qgis, QgsProcessing, QgsWkbTypes\nfrom qgis.PyQt.QtCore import Qt\n"
                      "x = [QgsProcessing.TypeVectorPoint, Qt.AlignLeft | Qt.AlignmentFlag.AlignTop]\n"
                      "y = (Qgis.Critical, QgsWkbTypes.Point, QgsWkbTypes.Type.Point,\n"
                      "     QgsProcessing.TEMPORARY_OUTPUT)\n")
    listed = _scope_enums(source)
    assert listed.returncode == 1
    assert [line.split(": ", 1)[1] for line in listed.stdout.splitlines()] == [
        "QgsProcessing.TypeVectorPoint -> QgsProcessing.SourceType.TypeVectorPoint",
        "Qt.AlignLeft -> Qt.AlignmentFlag.AlignLeft",
        "Qgis.Critical -> Qgis.MessageLevel.Critical",
        "QgsWkbTypes.Point -> QgsWkbTypes.Type.Point"]
    assert _scope_enums("--fix", source).returncode == 0
    text = source.read_text()
    assert "x = [QgsProcessing.SourceType.TypeVectorPoint, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop]" \
        in text and "Qgis.MessageLevel.Critical, QgsWkbTypes.Type.Point, QgsWkbTypes.Type.Point" in text
    namespace = {}
    exec(compile(text, str(source), "exec"), namespace)  # the scoped names resolve on this QGIS
    assert int(namespace["x"][0]) == 0 and int(namespace["y"][0]) == 2  # TypeVectorPoint, Critical


def test_qaction_comes_from_qtgui():
    """Qt6 moved QAction to QtGui; QGIS 3.22's qgis.PyQt.QtGui lacks it, so QtWidgets only as the fallback."""
    for path in sorted((REPO / "corridor_plugin").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        fallbacks = {id(node) for handler in ast.walk(tree) if isinstance(handler, ast.ExceptHandler)
                     for node in ast.walk(handler)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "qgis.PyQt.QtWidgets" \
                    and any(alias.name in ("QAction", "QActionGroup", "QShortcut") for alias in node.names):
                assert id(node) in fallbacks, f"{path.relative_to(REPO)}:{node.lineno}: QAction from QtWidgets"


def test_metadata_declares_qgis_4():
    metadata = read_metadata()
    assert metadata["supportsqt6"] == "True" and metadata["qgismaximumversion"] == "4.99"
