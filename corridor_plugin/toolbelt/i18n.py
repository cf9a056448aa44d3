"""Translation: one mechanism for the whole plugin, Qt's, from the catalogues ``resources/i18n/corridor_<lang>.ts``.

- The interface: :func:`tr` in the plugin's context, answered by the translator :func:`install_translator`
  installs for the QGIS language.
- Output written in a language of its own (the report, the partner sheet template), whatever the interface
  language: :func:`translated_into` makes :func:`tr` answer in that language for the duration of a block, and
  :func:`translate` looks one message up in a language's catalogue.

The partner sheet template's texts live in the same catalogues under the context :data:`SHEET_CONTEXT`
(their wording differs from the interface's: "Partner" is "合作单位" on a sheet and "合作方" in the dock).
"""
import contextlib

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import resources_path

CONTEXT = "Corridor"
SHEET_CONTEXT = "CorridorSheet"
SUPPORTED_LANGUAGES = ("en", "zh", "ru", "mn", "kk")

_interface = {"translator": None}
_catalogues = {}


def tr(text: str, disambiguation: str = None, n: int = -1) -> str:
    """Translate ``text`` in the plugin's single context (what ``scripts/translations.py`` extracts)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def sheet_text(text: str) -> str:
    """Mark ``text`` as a message of the sheet template (context :data:`SHEET_CONTEXT`) for the catalogues;
    returns it unchanged. :func:`translate` gives it in a partner's language."""
    return text


def qgis_language() -> str:
    """Two-letter language of the QGIS user interface (``locale/userLocale`` or the system)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "") or ""
    else:
        locale = QLocale.system().name()
    locale = locale or "en"
    return locale[:2].lower()


def translation_file(language: str):
    qm = resources_path("i18n", f"corridor_{language}.qm")
    return qm if qm.exists() else None


def catalogue(language: str):
    """The compiled catalogue of ``language`` as a loaded (not installed) QTranslator; None for English or
    when the language has no compiled catalogue."""
    if not language or language == "en":
        return None
    qm = translation_file(language)
    if qm is None:
        return None
    key = (language, str(qm))
    if key not in _catalogues:
        translator = QTranslator()
        _catalogues[key] = translator if translator.load(str(qm)) else None
    return _catalogues[key]


def has_catalogue(language: str) -> bool:
    return language == "en" or catalogue(language) is not None


def _lookup(translator, context, source, disambiguation=None, n=-1) -> str:
    """A message of a loaded catalogue ('' if absent). Qt's arguments are ``const char *``: PyQt would encode
    a ``str`` as ASCII, so the UTF-8 bytes are passed (sources hold °, ², “ ” and the like)."""
    if translator is None:
        return ""
    comment = disambiguation.encode("utf-8") if isinstance(disambiguation, str) else disambiguation
    try:
        return translator.translate(context.encode("utf-8"), source.encode("utf-8"), comment, n)
    except TypeError:  # a binding that takes str for const char * (and encodes it as UTF-8)
        return translator.translate(context, source, disambiguation, n)


def translate(language: str, text: str, context: str = CONTEXT) -> str:
    """``text`` in ``language`` from its catalogue; the text itself in English or where it has no translation."""
    return _lookup(catalogue(language), context, text) or text


class LanguageTranslator(QTranslator):
    """Answers the plugin's context in one language (English where the catalogue has no translation) and
    passes every other context on to the translators installed before it."""

    def __init__(self, language: str):
        super().__init__()
        self.language = language

    def isEmpty(self):  # noqa: N802 - Qt's name; an empty translator would not be asked
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != CONTEXT:
            return None  # a null string: Qt asks the next translator
        try:
            return _lookup(catalogue(self.language), context, source, disambiguation, n) or source
        except Exception:  # noqa: BLE001 - an exception escaping a Qt virtual aborts QGIS: English instead
            return source


@contextlib.contextmanager
def translated_into(language: str):
    """:func:`tr` answers in ``language`` for the duration of the block; yields whether that language has a
    catalogue (English always has). The translators installed before stay installed, untouched. Qt's
    translators are application-wide: while the block runs, the plugin's interface texts drawn anew are in
    ``language`` too."""
    translator = LanguageTranslator(language)
    QCoreApplication.installTranslator(translator)
    try:
        yield has_catalogue(language)
    finally:
        QCoreApplication.removeTranslator(translator)


def install_translator(language: str = None) -> str:
    """Install the interface translator for ``language`` (default: QGIS locale). Returns the language used."""
    remove_translator()
    language = (language or qgis_language())[:2].lower()
    qm = translation_file(language)
    if qm is None:
        return "en"
    translator = QTranslator()
    if translator.load(str(qm)):
        QCoreApplication.installTranslator(translator)
        _interface["translator"] = translator
        return language
    return "en"


def interface_translator():
    """The translator :func:`install_translator` installed, or None."""
    return _interface["translator"]


def remove_translator():
    translator = _interface["translator"]
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        _interface["translator"] = None


__all__ = ["tr", "sheet_text", "translate", "translated_into", "catalogue", "has_catalogue", "install_translator",
           "remove_translator", "interface_translator", "qgis_language", "SUPPORTED_LANGUAGES", "CONTEXT",
           "SHEET_CONTEXT"]
