"""Typed plugin settings over QgsSettings (``corridor/...``)."""
from qgis.core import QgsSettings

PREFIX = "corridor/"

DEFAULTS = {
    "last_database": "",
    "last_folder": "",
    "language": "",
}


def get(key: str, default=None, type_=str):
    if default is None:
        default = DEFAULTS.get(key, "")
    return QgsSettings().value(PREFIX + key, default, type=type_)


def set_value(key: str, value):
    QgsSettings().setValue(PREFIX + key, value)
