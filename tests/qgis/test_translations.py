"""Every interface string is translated into zh, ru, mn and kk, placeholders intact, and the compiled
catalogues really switch the interface language."""
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO

LANGUAGES = ("zh", "ru", "mn", "kk")
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?::[^{}]*)?\}")
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")
# Scripts each language must actually use (not an English copy): Han for zh, Cyrillic for the others.
SCRIPT = {"zh": re.compile(r"[\u4e00-\u9fff]"), "ru": re.compile(r"[\u0400-\u04ff]"),
          "mn": re.compile(r"[\u0400-\u04ff]"), "kk": re.compile(r"[\u0400-\u04ff]")}


def messages(language):
    root = ET.parse(REPO / "resources" / "i18n" / f"corridor_{language}.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        yield message.findtext("source"), translation


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language):
    untranslated, broken, not_localised, total = [], [], 0, 0
    for source, translation in messages(language):
        total += 1
        text = translation.text if translation is not None else None
        if not text or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            untranslated.append(source)
            continue
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            broken.append((source, text))
        if sorted(HTML_TAG.findall(source)) != sorted(HTML_TAG.findall(text)):
            broken.append((source, text))
        if re.search(r"[A-Za-z]{4,}", PLACEHOLDER.sub("", source)) and not SCRIPT[language].search(text):
            not_localised += 1
    assert total > 100
    assert not untranslated, f"{language}: {len(untranslated)} untranslated, e.g. {untranslated[:3]}"
    assert not broken, f"{language}: placeholders or tags changed in {broken[:3]}"
    # A few strings are codes or names that stay in Latin script (EPSG codes, 'GeoPackage'); not more.
    assert not_localised < 0.05 * total, f"{language}: {not_localised} strings left in Latin script"


@pytest.mark.parametrize("language, expected_script", [(lang, SCRIPT[lang]) for lang in LANGUAGES])
def test_compiled_catalogue_switches_the_interface(language, expected_script, tmp_path, qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from corridor_plugin.processing.base import GROUPS
    from corridor_plugin.toolbelt.i18n import tr

    ts = REPO / "resources" / "i18n" / f"corridor_{language}.ts"
    qm = tmp_path / f"corridor_{language}.qm"
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        for name in GROUPS.values():
            assert expected_script.search(name()), name()
        assert expected_script.search(tr("Protected areas"))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr("Protected areas") == "Protected areas"
