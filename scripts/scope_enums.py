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
import re
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


UNRESOLVED = "?"


def scoped_name(owner, attribute):
    """``Enum`` such that ``owner.Enum.attribute`` is the same value, when ``owner.attribute`` is an unscoped
    enum value; UNRESOLVED when no such spelling resolves here (a hand rewrite, e.g. to ``Qgis.<Enum>.<name>``);
    None when ``owner.attribute`` is not an unscoped enum value."""
    try:
        value = getattr(owner, attribute)
    except AttributeError:
        return None
    if isinstance(value, type) or not _is_enum_member(value) or _is_enum_type(owner):
        return None
    kind = type(value)
    for name in [kind.__name__] + [name for name in dir(owner) if not name.startswith("_")]:
        if name == attribute:
            continue
        holder = getattr(owner, name, None)
        if isinstance(holder, type) and holder is not owner and _is_enum_type(holder) \
                and _same(getattr(holder, attribute, None), value):
            return name
    return UNRESOLVED


def suggestion(owner, attribute) -> str:
    value = getattr(owner, attribute)
    kind = type(value)
    member = getattr(value, "name", attribute)
    from qgis.core import Qgis

    if getattr(Qgis, kind.__name__, None) is kind:
        return f"Qgis.{kind.__name__}.{member}"
    return f"{kind.__qualname__}.{member}"


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
        if scope == UNRESOLVED:
            continue
        text = lines[line - 1]
        # column is in UTF-8 bytes
        raw = text.encode("utf-8")
        head = f"{owner}.{attribute}".encode()
        assert raw[column:column + len(head)] == head, (path, line, raw[column:column + len(head)])
        raw = raw[:column] + f"{owner}.{scope}.{attribute}".encode() + raw[column + len(head):]
        lines[line - 1] = raw.decode("utf-8")
    path.write_text("".join(lines), encoding="utf-8")


def wrap_long_lines(path: Path, limit: int = 120) -> None:
    """Break the lines a rewrite made longer than ``limit`` after a comma, the rest aligned with the
    bracket that holds it (the style of this code base); lines that cannot be broken so stay for a human."""
    import io
    import tokenize

    for _ in range(20):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        long = [n for n, line in enumerate(lines, 1) if len(line.rstrip("\n")) > limit]
        if not long:
            return
        stack, cut, previous = [], None, None
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if previous is not None and previous.type == tokenize.OP and previous.string in "([{":
                # a bracket that ends its line holds a hanging block: continue at that block's indent
                hanging = token.start[0] != previous.start[0] or token.type in (tokenize.NL, tokenize.COMMENT)
                stack[-1] = (stack[-1][0], None if hanging else stack[-1][1])
            previous = token
            if token.type == tokenize.OP and token.string in "([{":
                stack.append(token.start)
            elif token.type == tokenize.OP and token.string in ")]}":
                stack.pop()
            elif token.type == tokenize.OP and token.string == "," and token.start[0] in long and stack:
                row, col = token.end
                bracket_row, bracket_col = stack[-1]
                if bracket_col is None:
                    if bracket_row == row:
                        continue
                    indent = len(lines[row - 1]) - len(lines[row - 1].lstrip())
                else:
                    indent = bracket_col + 1
                rest = lines[row - 1][col:].strip()
                fits = col <= limit and indent + len(rest) <= limit and rest and not rest.startswith("#")
                if fits and (cut is None or cut[0] != row or col > cut[1]):
                    cut = (row, col, indent)
        if cut is not None:
            row, col, indent = cut
            line = lines[row - 1]
            lines[row - 1] = line[:col] + "\n" + " " * indent + line[col:].lstrip()
        elif not _move_comment_up(lines, long[0], limit) and not _hang_after_bracket(lines, long[0], limit):
            return
        path.write_text("".join(lines), encoding="utf-8")


def _move_comment_up(lines, row, limit) -> bool:
    """``code  # comment`` too long: the comment goes on its own line above the code."""
    import io
    import tokenize

    line = lines[row - 1]
    try:
        comments = [t for t in tokenize.generate_tokens(io.StringIO(line).readline) if t.type == tokenize.COMMENT]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return False
    if not comments:
        return False
    code = line[:comments[-1].start[1]].rstrip()
    indent = len(line) - len(line.lstrip())
    if len(code) > limit or indent + len(comments[-1].string) > limit:
        return False
    lines[row - 1] = " " * indent + comments[-1].string + "\n" + code + "\n"
    return True


def _hang_after_bracket(lines, row, limit) -> bool:
    """No comma to break at: break after the first opening bracket whose contents then fit, hanging indent."""
    line = lines[row - 1]
    indent = len(line) - len(line.lstrip())
    # a block header's continuation is indented twice, so it does not line up with the block
    hang = indent + (8 if line.lstrip().split(" ")[0] in ("for", "if", "elif", "while", "with", "def") else 4)
    for col, char in enumerate(line.rstrip("\n")):
        rest = line[col + 1:].strip()
        if char in "([{" and col < limit and rest and hang + len(rest) <= limit:
            lines[row - 1] = line[:col + 1] + "\n" + " " * hang + rest + "\n"
            return True
    return False


_FILTER = r"QgsMapLayerProxyModel\.(?:Filter\.)?\w+"
_FILTERS = re.compile(rf"setFilters\(({_FILTER}(?:\s*\|\s*{_FILTER})*)\)")


def use_layer_filters(path: Path) -> bool:
    """``combo.setFilters(QgsMapLayerProxyModel.PolygonLayer | …)`` (deprecated since QGIS 3.34, which takes
    Qgis.LayerFilter) becomes ``combo.setFilters(layer_filters("PolygonLayer", …))`` of toolbelt/qgis_compat."""
    text = path.read_text(encoding="utf-8")

    def replace(match):
        names = [part.strip().split(".")[-1] for part in match.group(1).split("|")]
        return "setFilters(layer_filters(" + ", ".join(f'"{name}"' for name in names) + "))"

    new = _FILTERS.sub(replace, text)
    if new == text:
        return False
    if "layer_filters" not in text:
        package = path.resolve().relative_to(Path(__file__).resolve().parent.parent / "corridor_plugin")
        dots = "." * len(package.parts)
        new = _add_import(new, f"from {dots}toolbelt.qgis_compat import layer_filters")
    path.write_text(new, encoding="utf-8")
    return True


def _add_import(text: str, statement: str) -> str:
    """``statement`` after the module's last top-level import (isort: first-party relative imports last)."""
    tree = ast.parse(text)
    last = max(node.end_lineno for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom)))
    lines = text.splitlines(keepends=True)
    lines.insert(last, statement + "\n")
    return "".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--fix", action="store_true")
    args = parser.parse_args(argv)
    names = namespace()
    left = 0
    for root in map(Path, args.paths):
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            if args.fix and use_layer_filters(path):
                print(f"{path}: setFilters through layer_filters()")
            found = find(path, names)
            if args.fix and found:
                fix(path, found)
                wrap_long_lines(path)
                found = find(path, names)
            for line, column, owner, scope, attribute in found:
                target = (f"{suggestion(names[owner], attribute)} (by hand: no scoped spelling of this name)"
                          if scope == UNRESOLVED else f"{owner}.{scope}.{attribute}")
                print(f"{path}:{line}:{column}: {owner}.{attribute} -> {target}")
            left += len(found)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
