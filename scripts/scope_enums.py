"""Find (and with --fix, rewrite) unscoped Qt and QGIS enum values in Python sources.

PyQt6 (QGIS 4) only knows scoped enums: ``Qt.AlignLeft`` must be written ``Qt.AlignmentFlag.AlignLeft`` and
``QgsProcessing.TypeVectorPoint`` ``QgsProcessing.SourceType.TypeVectorPoint``; the scoped spelling works on
QGIS 3.22 too. The enums are found by introspecting the running QGIS and PyQt, as QGIS's own
``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` does (which also needs PyQt6 and finds the Qt ones only, unless
QGIS itself is built with Qt6). Rewrites are made only where the scoped name resolves here.

    python3 scripts/scope_enums.py corridor_plugin          # list what is left (exit 1 if anything)
    python3 scripts/scope_enums.py --fix corridor_plugin    # rewrite in place
"""
import argparse
import ast
import enum
import sys
from pathlib import Path

# QVariant.Int … stay: QGIS 4 still accepts them, and QGIS's script leaves them alone in its QGIS-3 mode
SKIP = {"QVariant"}
MODULES = ("qgis.PyQt.QtCore", "qgis.PyQt.QtGui", "qgis.PyQt.QtWidgets", "qgis.PyQt.QtXml", "qgis.core",
           "qgis.gui", "qgis.analysis")


def namespace():
    import importlib

    names = {}
    for module_name in MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for key, value in vars(module).items():
            if isinstance(value, type) and not key.startswith("_") and key not in SKIP:
                names.setdefault(key, value)
    return names


def _is_enum_member(value) -> bool:
    if isinstance(value, enum.Enum):
        return True
    kind = type(value)
    return type(kind).__name__ in ("enumtype", "EnumType") and kind is not int  # sip enums (PyQt5)


def scoped_name(owner, attribute):
    """``Enum`` such that ``owner.Enum.attribute`` is the same value, when ``owner.attribute`` is an unscoped
    enum value; None otherwise."""
    try:
        value = getattr(owner, attribute)
    except AttributeError:
        return None
    if isinstance(value, type) or not _is_enum_member(value):
        return None
    kind = type(value)
    candidates = [kind.__name__] + [name for name in dir(owner) if not name.startswith("_")]
    for name in candidates:
        holder = getattr(owner, name, None)
        if holder is kind or (isinstance(holder, type) and holder is not owner and getattr(holder, attribute, None)
                              is not None and _same(getattr(holder, attribute), value) and _is_enum_type(holder)):
            if name == attribute:
                return None
            return name
    return None


def _is_enum_type(kind) -> bool:
    return isinstance(kind, enum.EnumMeta) or type(kind).__name__ == "enumtype"


def _same(a, b) -> bool:
    try:
        return a is b or (type(a) is type(b) and int(a) == int(b))
    except TypeError:
        return False


def find(path: Path, names):
    """(line, column, owner, enum, value) of every unscoped enum value in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for parent in ast.walk(tree):
        for node in ast.iter_child_nodes(parent):
            if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in names):
                continue
            if isinstance(parent, ast.Attribute) and parent.value is node:
                continue  # Owner.Enum.value: already scoped (or a method of the value)
            scope = scoped_name(names[node.value.id], node.attr)
            if scope:
                found.append((node.lineno, node.col_offset, node.value.id, scope, node.attr))
    return sorted(set(found))


def fix(path: Path, found) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for line, column, owner, scope, attribute in sorted(found, reverse=True):
        text = lines[line - 1]
        # column is in UTF-8 bytes
        raw = text.encode("utf-8")
        head = f"{owner}.{attribute}".encode()
        assert raw[column:column + len(head)] == head, (path, line, raw[column:column + len(head)])
        raw = raw[:column] + f"{owner}.{scope}.{attribute}".encode() + raw[column + len(head):]
        lines[line - 1] = raw.decode("utf-8")
    path.write_text("".join(lines), encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--fix", action="store_true")
    args = parser.parse_args(argv)
    names = namespace()
    left = 0
    for root in map(Path, args.paths):
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            found = find(path, names)
            if args.fix and found:
                fix(path, found)
                found = find(path, names)
            for line, column, owner, scope, attribute in found:
                print(f"{path}:{line}:{column}: {owner}.{attribute} -> {owner}.{scope}.{attribute}")
            left += len(found)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
