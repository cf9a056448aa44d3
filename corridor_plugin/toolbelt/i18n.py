"""Translation: one context for the whole plugin, translator picked from the QGIS locale."""
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import resources_path

CONTEXT = "Corridor"
SUPPORTED_LANGUAGES = ("en", "zh", "ru", "mn", "kk")

_translator = None


def tr(text: str, disambiguation: str = None, n: int = -1) -> str:
    """Translate ``text`` in the plugin's single context (what ``pylupdate5`` extracts)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


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


def install_translator(language: str = None) -> str:
    """Install the translator for ``language`` (default: QGIS locale). Returns the language used."""
    global _translator
    remove_translator()
    language = (language or qgis_language())[:2].lower()
    qm = translation_file(language)
    if qm is None:
        return "en"
    translator = QTranslator()
    if translator.load(str(qm)):
        QCoreApplication.installTranslator(translator)
        _translator = translator
        return language
    return "en"


def remove_translator():
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None


__all__ = ["tr", "install_translator", "remove_translator", "qgis_language", "SUPPORTED_LANGUAGES"]
