"""The workflow's outputs on the map: each step adds what it produced as styled layers in one group
("Corridor results"), above the corridor's country borders, and zooms to them. A layer added again
replaces the earlier one (layers carry the custom property ``corridor/output``)."""
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsProject,
    QgsRasterLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..core import report as report_core
from ..core.borders import SCALES, borders_path
from ..toolbelt.i18n import tr
from ..toolbelt.qgis_compat import null_rectangle
from ..toolbelt.styles import apply_style
from . import state

# Drawing order, top first: output key, layer name, style in resources/styles.
RESULT_LAYERS = (
    ("occurrences", lambda: tr("Occurrences"), "occurrences.qml"),
    ("survey", lambda: tr("Survey gaps"), "survey_gaps.qml"),
    ("connectivity_nodes", lambda: tr("Connectivity nodes (dPC)"), "connectivity_nodes.qml"),
    ("connectivity_links", lambda: tr("Connectivity links"), "connectivity_links.qml"),
    ("corridors", lambda: tr("Corridors"), "corridor_polygons.qml"),
    ("pa_overlay", lambda: tr("Protected areas with records"), "overlay_areas.qml"),
    ("protected_areas", lambda: tr("Protected areas"), "protected_areas.qml"),
    ("gap_grid", lambda: tr("Gap grid"), "gap_priority.qml"),
    ("corridor_raster", lambda: tr("Corridor zones (cost above the least cost)"), "corridor_raster.qml"),
)
ORDER = [key for key, _name, _style in RESULT_LAYERS]
BORDERS_KEY = "country_borders"
GROUP_NAME = lambda: tr("Corridor results")  # noqa: E731 - translated when called, in the current language

REPORT_KEYS = {"PROTECTED_AREAS": "protected_areas", "OCCURRENCES": "occurrences", "GAP_SPECIES": "gap_species",
               "GAP_GRID": "gap_grid", "CONNECTIVITY_SUMMARY": "connectivity_summary",
               "CONNECTIVITY_NODES": "connectivity_nodes", "CONNECTIVITY_LINKS": "connectivity_links",
               "CORRIDORS": "corridors", "SURVEY": "survey"}


def vector(path, name):
    if not path:
        return None
    layer = QgsVectorLayer(path, name, "ogr")
    return layer if layer.isValid() else None


def result_layers():
    """{report input key: layer} of the outputs the workflow produced so far."""
    layers = {}
    for key, output_key in REPORT_KEYS.items():
        layer = vector(state.output(output_key), output_key)
        if layer is not None:
            layers[key] = layer
    return layers


def style_for(output_key, layer):
    """Apply the algorithm's QML style when one is shipped, else the report's print style."""
    for _key, _name, style in (r for r in RESULT_LAYERS if r[0] == output_key):
        if apply_style(layer, style):
            return
    report_key = next((k for k, v in REPORT_KEYS.items() if v == output_key), None)
    if report_key is not None:
        styled = report_core.ReportBuilder({report_key: layer}).styled_layer(report_key)
        if styled is not None:
            layer.setRenderer(styled.renderer().clone())


def _group():
    root = QgsProject.instance().layerTreeRoot()
    group = root.findGroup(GROUP_NAME())
    if group is None:
        # a group made in another language is found by its property, not its name
        group = next((g for g in root.findGroups() if g.customProperty("corridor/group")), None)
    if group is None:
        group = root.insertGroup(0, GROUP_NAME())
        group.setCustomProperty("corridor/group", "results")
    group.setName(GROUP_NAME())
    return group


def _existing(key):
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty("corridor/output") == key]


def _insert(group, layer, rank):
    """Insert ``layer`` into ``group`` below the layers of a lower rank (drawn above it)."""
    position = 0
    for node in group.findLayers():
        other = node.layer()
        other_key = other.customProperty("corridor/output") if other is not None else None
        other_rank = ORDER.index(other_key) if other_key in ORDER else len(ORDER)
        if other_rank < rank:
            position = group.children().index(node) + 1
    QgsProject.instance().addMapLayer(layer, False)
    group.insertLayer(position, layer)


def ensure_borders():
    """The corridor's country borders (shipped Natural Earth 1:50m), once, at the bottom of the group."""
    if _existing(BORDERS_KEY):
        return _existing(BORDERS_KEY)[0]
    layer = QgsVectorLayer(f"{borders_path()}|layername={SCALES['50m']}", tr("Country borders"), "ogr")
    if not layer.isValid():
        return None
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "90,90,90,255",
                                         "outline_width": "0.4", "outline_style": "dash"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setCustomProperty("corridor/output", BORDERS_KEY)
    group = _group()
    QgsProject.instance().addMapLayer(layer, False)
    group.addLayer(layer)
    return layer


def show_outputs(keys, iface=None, zoom=True):
    """Add the outputs ``keys`` (state output keys) as styled layers, replacing earlier copies, over the
    country borders; zoom the map to them. Returns the layers added."""
    added = []
    wanted = [key for key in ORDER if key in keys and state.output(key)]
    if not wanted:
        return added
    # The outputs were written by worker threads, and QGIS caches each CRS with the PROJ objects of the thread
    # that first made it: a layer read now could share such a CRS, which the project and the map canvas then
    # keep after that thread has ended (PROJ crashes on it later). Dropping the caches makes these layers'
    # CRS in this, the main, thread.
    if Qgis.QGIS_VERSION_INT < 33400:  # the 3.22 workaround (see gui/tasks.py), harmful on 3.40
        QgsCoordinateReferenceSystem.invalidateCache()
    group = _group()
    ensure_borders()
    names = {key: name for key, name, _style in RESULT_LAYERS}
    for key in wanted:
        for layer in _existing(key):
            QgsProject.instance().removeMapLayer(layer.id())
        path = state.output(key)
        if path.lower().endswith((".tif", ".tiff")):
            layer = QgsRasterLayer(path, names[key]())
        else:
            layer = QgsVectorLayer(path, names[key](), "ogr")
        if not layer.isValid():
            continue
        style_for(key, layer)
        layer.setCustomProperty("corridor/output", key)
        _insert(group, layer, ORDER.index(key))
        added.append(layer)
    if zoom and added and iface is not None:
        zoom_to(added, iface)
    return added


def zoom_to(layers, iface):
    canvas = iface.mapCanvas()
    if canvas is None or not canvas.isVisible():
        # a canvas nobody sees (headless runs, tests) is left alone: a refresh there renders for nothing
        return
    target = canvas.mapSettings().destinationCrs()
    extent = null_rectangle()
    for layer in layers:
        box = layer.extent()
        if box.isEmpty() and not box.isNull() and box.width() == 0:
            box = box.buffered(0.05)
        try:
            box = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance()).transformBoundingBox(box)
        except Exception:  # noqa: BLE001 - a layer that cannot be transformed is left out of the zoom
            continue
        extent.combineExtentWith(box)
    if not extent.isEmpty():
        canvas.setExtent(extent.buffered(max(extent.width(), extent.height()) * 0.05))
        canvas.refresh()
