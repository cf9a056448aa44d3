"""The report's maps: which layers each draws, their print styles, and the map projection."""
from pathlib import Path

from qgis.core import (
    QgsClassificationQuantile,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ...toolbelt.i18n import tr
from ...toolbelt.paths import style_path
from .inputs import layer_field

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

# Styles shipped by the algorithms for their outputs (resources/styles), tried before the print defaults.
ALGORITHM_STYLES = {"GAP_GRID": ("gap_priority.qml",), "CONNECTIVITY_NODES": ("connectivity_nodes.qml",),
                    "CONNECTIVITY_LINKS": ("connectivity_links.qml",),
                    "CORRIDORS": ("corridor_polygons.qml", "corridor_paths.qml")}
FILL_COLOURS = {"PROTECTED_AREAS": ("46,125,50,110", "27,94,32"), "CONNECTIVITY_NODES": ("0,121,107,150", "0,77,64"),
                "CORRIDORS": ("255,152,0,140", "230,81,0"), "GAP_GRID": ("255,255,255,0", "120,120,120")}

_BORDERS = {}


def borders_layer():
    """The shipped country borders, styled as the maps' base (no legend entry); None if not shipped."""
    if "layer" not in _BORDERS:
        from ..borders import borders_layer as shipped

        try:
            layer = shipped("50m").clone()
        except ValueError:
            _BORDERS["layer"] = None
            return None
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "245,243,236", "outline_color": "110,110,110", "outline_width": "0.3",
             "outline_style": "dash"})))
        layer.setCustomProperty("corridor_legend", False)  # the base map needs no legend entry
        _BORDERS["layer"] = layer
    return _BORDERS["layer"]


def legend_name(key) -> str:
    return {"PROTECTED_AREAS": tr("Protected areas"), "OCCURRENCES": tr("Records"),
            "GAP_GRID": tr("Gap priority"), "CONNECTIVITY_NODES": tr("Protected areas by dPC"),
            "CONNECTIVITY_LINKS": tr("Links (probability)"), "CORRIDORS": tr("Corridors"),
            "SURVEY": tr("Survey gaps")}.get(key, key)


def print_symbol(key, geometry):
    """The default print symbol of an input drawn without a shipped style."""
    if geometry == QgsWkbTypes.GeometryType.PointGeometry:
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": "211,47,47", "size": "1.6",
                                             "outline_color": "255,255,255", "outline_width": "0.1"})
    if geometry == QgsWkbTypes.GeometryType.LineGeometry:
        colour = "230,81,0" if key == "CORRIDORS" else "21,101,192"
        return QgsLineSymbol.createSimple({"color": colour, "width": "0.5"})
    fill, outline = FILL_COLOURS.get(key, ("120,144,156,120", "55,71,79"))
    return QgsFillSymbol.createSimple({"color": fill, "outline_color": outline, "outline_width": "0.25"})


def load_shipped_style(key, layer) -> bool:
    """Give ``layer`` the style its algorithm gives the output, so the report looks like the map in QGIS."""
    shipped = [Path(style_path(name)) for name in ALGORITHM_STYLES.get(key, ())]
    shipped = [path for path in shipped if path.exists()]
    if not shipped:
        return False
    _message, loaded = layer.loadNamedStyle(str(shipped[0]))
    return bool(loaded)


def priority_renderer(layer):
    """Quantile classes of the gap grid's priority (when its shipped style is missing)."""
    priority = layer_field(layer, "priority")
    if not priority:
        return None
    renderer = QgsGraduatedSymbolRenderer(priority)
    renderer.setSourceSymbol(QgsFillSymbol.createSimple({"outline_style": "no"}))
    renderer.setSourceColorRamp(QgsGradientColorRamp(QColor(255, 255, 204), QColor(189, 0, 38)))
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.updateClasses(layer, 5)
    return renderer


class MapLayers:
    """Mixin of :class:`ReportBuilder`: print-styled clones of the inputs, cached in ``self.styled``."""

    def base_layers(self, grid=False, network=False, corridors=False):
        """Layers of a map, styled for print: borders, then the result layer, then PAs and records."""
        layers = [borders_layer()]
        if grid and self.inputs.get("GAP_GRID") is not None:
            layers.append(self.styled_layer("GAP_GRID"))
        layers.append(self.styled_layer("PROTECTED_AREAS"))
        if network:
            layers.append(self.styled_layer("CONNECTIVITY_NODES"))
            layers.append(self.styled_layer("CONNECTIVITY_LINKS"))
        if corridors:
            layers.append(self.styled_layer("CORRIDORS"))
        if not (grid or network or corridors):
            layers.append(self.styled_layer("OCCURRENCES"))
        return [layer for layer in layers if layer is not None]

    def styled_layer(self, key):
        """A clone of the input with a print style (the user's own layer style is left untouched)."""
        if key in self.styled:
            return self.styled[key]
        source = self.inputs.get(key)
        if source is None or not source.isSpatial():
            return None
        if key == "OCCURRENCES":
            # A report leaves the partner network: sensitive species are drawn at their grid-cell centres,
            # as in every other export (Chapman 2020); counts and overlays still use the exact records.
            source = self.map_occurrences(source)
        layer = source.clone()
        layer.setName(legend_name(key))
        layer.setRenderer(QgsSingleSymbolRenderer(print_symbol(key, layer.geometryType())))
        if not load_shipped_style(key, layer) and key == "GAP_GRID":
            renderer = priority_renderer(layer)
            if renderer is not None:
                layer.setRenderer(renderer)
        self.styled[key] = layer
        return layer

    def map_occurrences(self, layer):
        from ..sensitivity import generalised_layer, policy_from_checklist
        from ..taxonomy import load_checklist

        try:
            checklist = load_checklist(None, [self.checklist_path] if self.checklist_path else [])
        except ValueError:
            checklist = load_checklist()  # the user's file is unreadable: the shipped levels still apply
        return generalised_layer(layer, policy_from_checklist(checklist))


def map_crs(extent_wgs84):
    """(CRS, extent in it) of a report map: Lambert azimuthal equal-area centred on the extent, so that
    the scale bar reads true kilometres and areas keep their proportions."""
    centre = extent_wgs84.center()
    crs = QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={centre.y():.3f} +lon_0={centre.x():.3f} +datum=WGS84 +units=m +no_defs")
    transform = QgsCoordinateTransform(WGS84, crs, QgsProject.instance())
    return crs, transform.transformBoundingBox(extent_wgs84)


def fit_extent(extent, width, height):
    """``extent`` grown to the aspect ratio of the frame (maps keep their shape)."""
    extent = QgsRectangle(extent)
    ratio = width / float(height)
    if extent.width() / max(extent.height(), 1e-9) < ratio:
        grow = (extent.height() * ratio - extent.width()) / 2
        extent.setXMinimum(extent.xMinimum() - grow)
        extent.setXMaximum(extent.xMaximum() + grow)
    else:
        grow = (extent.width() / ratio - extent.height()) / 2
        extent.setYMinimum(extent.yMinimum() - grow)
        extent.setYMaximum(extent.yMaximum() + grow)
    return extent
