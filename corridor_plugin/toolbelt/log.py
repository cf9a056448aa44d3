"""Logging to the QGIS message log (tab "Corridor"), and to the message bar only when asked."""
from qgis.core import Qgis, QgsMessageLog

TAG = "Corridor"


def log(message: str, level=Qgis.MessageLevel.Info, push: bool = False, iface=None, duration: int = 8):
    QgsMessageLog.logMessage(str(message), TAG, level)
    if push and iface is not None:
        iface.messageBar().pushMessage(TAG, str(message), level, duration)


def warning(message: str, **kwargs):
    log(message, Qgis.MessageLevel.Warning, **kwargs)


def critical(message: str, **kwargs):
    log(message, Qgis.MessageLevel.Critical, **kwargs)
