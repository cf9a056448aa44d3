"""One API over the QGIS versions Corridor runs on (3.22 … 3.44 and QGIS 4).

QGIS 3.3x deprecates calls that QGIS 4 removes (``QgsField(name, QVariant.Int)``, ``QgsRectangle.setMinimal``,
the label's ``setFont``, ``QgsRasterBandStats.Min``, ``QgsMapLayerProxyModel.PolygonLayer`` …) while 3.22 lacks
their replacements: each helper here takes the new API where QGIS has it, the old one where it does not."""
from qgis.core import Qgis, QgsField, QgsRectangle

# QgsField takes a QMetaType.Type from QGIS 3.38 (QVariant.Type is deprecated there and gone in QGIS 4)
FIELD_TAKES_METATYPE = Qgis.QGIS_VERSION_INT >= 33800


def field_type(kind):
    """The type QgsField wants for ``kind`` (a QVariant.Type or QMetaType.Type, numerically the same)."""
    if not FIELD_TAKES_METATYPE:
        return kind
    from qgis.PyQt.QtCore import QMetaType

    return kind if isinstance(kind, QMetaType.Type) else QMetaType.Type(int(kind))


def make_field(name: str, kind, type_name: str = "", length: int = 0, precision: int = 0) -> QgsField:
    return QgsField(name, field_type(kind), type_name, length, precision)


def null_rectangle() -> QgsRectangle:
    """An empty rectangle that any combineExtentWith replaces (setNull since 3.34, setMinimal before)."""
    rectangle = QgsRectangle()
    if hasattr(rectangle, "setNull"):
        rectangle.setNull()
    else:
        rectangle.setMinimal()
    return rectangle


def set_label_font(label, font, colour) -> None:
    """Font and colour of a QgsLayoutItemLabel: a QgsTextFormat since 3.24 (setFont/setFontColor deprecated)."""
    if hasattr(label, "setTextFormat"):
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(font)
        text_format.setColor(colour)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
        label.setFontColor(colour)


def min_max_statistics():
    """The band statistics flags for minimum and maximum (Qgis.RasterBandStatistic since 3.36)."""
    statistic = getattr(Qgis, "RasterBandStatistic", None)
    if statistic is not None:
        return statistic.Min | statistic.Max
    from qgis.core import QgsRasterBandStats

    return QgsRasterBandStats.Min | QgsRasterBandStats.Max


def layer_filters(*names: str):
    """Filters for QgsMapLayerComboBox.setFilters, e.g. ``layer_filters("PolygonLayer", "PointLayer")``:
    Qgis.LayerFilter since 3.34 (QgsMapLayerProxyModel.Filter is deprecated there)."""
    enum = getattr(Qgis, "LayerFilter", None)
    if enum is None:
        from qgis.core import QgsMapLayerProxyModel

        enum = QgsMapLayerProxyModel
    flags = getattr(enum, names[0])
    for name in names[1:]:
        flags = flags | getattr(enum, name)
    return flags
