#!/usr/bin/env python3
"""Keep resources/i18n/corridor_<lang>.ts in step with the code, and compile them with lrelease.

Corridor translates every interface string in one context, ``Corridor`` (see ``toolbelt/i18n.py``), while
pylupdate5 would file a bare ``tr()`` under the enclosing class; so messages are extracted here
from the Python sources (calls ``tr("...")`` / ``self.tr("...")`` with a literal, and the partner sheet
template's ``sheet_text("...")`` into the context ``CorridorSheet``) and from the ``.ui`` files (their own
form context), and merged into the existing ``.ts`` files so that no translation is ever lost. Compiling
uses Qt's own ``lrelease``.
"""
import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "corridor_plugin"
I18N = ROOT / "resources" / "i18n"
CONTEXT = "Corridor"
# Marking function → context of its messages.
MARKERS = {"tr": CONTEXT, "sheet_text": "CorridorSheet"}
QT_LANGUAGE = {"zh": "zh_CN", "ru": "ru_RU", "mn": "mn_MN", "kk": "kk_KZ"}


def python_messages():
    """{(context, source): [locations]} for every translatable literal in the package."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name not in MARKERS:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value:
                found.setdefault((MARKERS[name], first.value), []).append((path.relative_to(ROOT), node.lineno))
    return found


def ui_messages():
    found = {}
    for path in sorted(PACKAGE.rglob("*.ui")):
        root = ET.parse(path).getroot()
        context = root.findtext("class") or path.stem
        for string in root.iter("string"):
            if string.text and string.get("notr") != "true":
                found.setdefault((context, string.text), []).append((path.relative_to(ROOT), 0))
    return found


def all_messages():
    messages = python_messages()
    for key, where in ui_messages().items():
        messages.setdefault(key, []).extend(where)
    return messages


def read_ts(path: Path):
    """{(context, source): (translation, type)} of an existing .ts file."""
    known = {}
    if not path.exists():
        return known
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            kind = translation.get("type", "") if translation is not None else "unfinished"
            known[(name, source)] = (text, kind)
    return known


def write_ts(path: Path, language: str, messages, known):
    root = ET.Element("TS", version="2.1", language=QT_LANGUAGE.get(language, language))
    by_context = {}
    for (context, source), where in messages.items():
        by_context.setdefault(context, []).append((source, where))
    for context in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, where in sorted(by_context[context], key=lambda item: (str(item[1][0][0]), item[1][0][1])):
            message = ET.SubElement(ctx, "message")
            for file_path, line in where[:1]:
                ET.SubElement(message, "location", filename=str(file_path), line=str(line))
            ET.SubElement(message, "source").text = source
            text, kind = known.get((context, source), ("", "unfinished"))
            translation = ET.SubElement(message, "translation")
            if text:
                translation.text = text
                if kind:
                    translation.set("type", kind)
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease_binary():
    for name in ("lrelease", "lrelease-qt5"):
        found = shutil.which(name)
        if found:
            return found
    candidate = Path("/usr/lib/qt5/bin/lrelease")
    return str(candidate) if candidate.exists() else None


def update(languages):
    messages = all_messages()
    I18N.mkdir(parents=True, exist_ok=True)
    for language in languages:
        path = I18N / f"corridor_{language}.ts"
        write_ts(path, language, messages, read_ts(path))
        print(f"translations: {path.relative_to(ROOT)}: {len(messages)} messages")


def compile_(languages):
    binary = lrelease_binary()
    if binary is None:
        sys.exit("translations: lrelease not found; install Debian's qttools5-dev-tools")
    for language in languages:
        ts = I18N / f"corridor_{language}.ts"
        if not ts.exists():
            continue
        subprocess.run([binary, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["update", "compile"])
    parser.add_argument("languages", nargs="+")
    args = parser.parse_args()
    if args.action == "update":
        update(args.languages)
        compile_(args.languages)
    else:
        compile_(args.languages)


if __name__ == "__main__":
    main()
