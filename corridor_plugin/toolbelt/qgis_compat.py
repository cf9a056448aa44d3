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


def set_legend_style_font(style, font) -> None:
    """Font of a QgsLegendStyle: a QgsTextFormat since 3.30 (setFont deprecated)."""
    if hasattr(style, "setTextFormat"):
        from qgis.core import QgsTextFormat

        style.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        style.setFont(font)


def band_statistics(provider, band: int = 1):
    """Minimum and maximum (QgsRasterBandStats) of a raster band. QGIS 3.40 deprecates the int ``stats``
    argument, and Python cannot reach the Qgis.RasterBandStatistics overload (an int matches the deprecated one
    first): there all statistics are asked for, the default; before 3.40 only the minimum and the maximum."""
    if Qgis.QGIS_VERSION_INT >= 34000:
        return provider.bandStatistics(band)
    from qgis.core import QgsRasterBandStats

    return provider.bandStatistics(band, QgsRasterBandStats.Stats.Min | QgsRasterBandStats.Stats.Max)


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
    # two Qgis.LayerFilter values or-ed are a plain int, which picks setFilters' deprecated int overload
    flags_type = getattr(Qgis, "LayerFilters", None)
    return flags_type(flags) if flags_type is not None else flags
