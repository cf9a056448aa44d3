"""QGIS 4 (Qt6) readiness, checked on the QGIS that runs the tests: no unscoped Qt or QGIS enum left
(scripts/scope_enums.py, the check of QGIS's pyqt5_to_pyqt6 script made by introspection), QAction taken
from QtGui, and metadata.txt declaring Qt6 support."""
import ast

from tests.conftest import REPO, read_metadata


def test_no_unscoped_enum_is_left_in_the_plugin(qgis_app):
    import sys

    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import scope_enums
    finally:
        sys.path.pop(0)
    names = scope_enums.namespace()
    left = [f"{path.relative_to(REPO)}:{line}: {owner}.{value} -> {owner}.{scope}.{value}"
            for path in sorted((REPO / "corridor_plugin").rglob("*.py"))
            for line, _column, owner, scope, value in scope_enums.find(path, names)]
    assert left == [], "run `make scope-enums`:\n" + "\n".join(left)


def test_the_enum_check_finds_and_fixes_unscoped_values(qgis_app, tmp_path):
    import sys

    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import scope_enums
    finally:
        sys.path.pop(0)
    source = tmp_path / "sample.py"
    source.write_text("from qgis.core import Qgis, QgsProcessing, QgsWkbTypes\nfrom qgis.PyQt.QtCore import Qt\n"
                      "x = [QgsProcessing.TypeVectorPoint, Qt.AlignLeft | Qt.AlignmentFlag.AlignTop]\n"
                      "y = (Qgis.Critical, QgsWkbTypes.Point, QgsWkbTypes.Type.Point,\n"
                      "     QgsProcessing.TEMPORARY_OUTPUT)\n")
    names = scope_enums.namespace()
    assert [(owner, scope, value) for _l, _c, owner, scope, value in scope_enums.find(source, names)] == [
        ("QgsProcessing", "SourceType", "TypeVectorPoint"), ("Qt", "AlignmentFlag", "AlignLeft"),
        ("Qgis", "MessageLevel", "Critical"), ("QgsWkbTypes", "Type", "Point")]
    assert scope_enums.main(["--fix", str(source)]) == 0
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
