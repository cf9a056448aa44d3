"""Corridor: transboundary biodiversity baseline, gap and connectivity analysis for QGIS.

Only ``classFactory`` lives here; everything is imported lazily so that loading the
plugin (and ``qgis_process``, which calls ``classFactory(None)``) stays cheap.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import CorridorPlugin

    return CorridorPlugin(iface)
