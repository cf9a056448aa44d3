"""The session fails on deprecation warnings raised from the plugin's own code (tests/conftest.py)."""
import warnings

from tests.conftest import PLUGIN_DIR, REPO, is_plugin_deprecation


def test_only_deprecations_from_the_plugin_count():
    assert is_plugin_deprecation(DeprecationWarning, str(PLUGIN_DIR / "core" / "report.py"))
    assert is_plugin_deprecation(PendingDeprecationWarning, str(PLUGIN_DIR / "gui" / "x.py"))
    assert not is_plugin_deprecation(DeprecationWarning, str(REPO / "tests" / "conftest.py"))
    assert not is_plugin_deprecation(DeprecationWarning, "/usr/lib/python3/dist-packages/qgis/core/__init__.py")
    assert not is_plugin_deprecation(UserWarning, str(PLUGIN_DIR / "core" / "report.py"))


def test_the_compat_helpers_raise_no_deprecation_on_this_qgis(qgis_app, tmp_path):
    """Each helper of toolbelt/qgis_compat.py, called the way the plugin calls it."""
    from qgis.core import QgsLayout, QgsLayoutItemLabel, QgsProject, QgsRectangle
    from qgis.gui import QgsMapLayerComboBox
    from qgis.PyQt.QtCore import QVariant
    from qgis.PyQt.QtGui import QColor, QFont

    from corridor_plugin.core.gdal_compat import ogr_memory_driver
    from corridor_plugin.toolbelt import qgis_compat

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        field = qgis_compat.make_field("n", QVariant.LongLong)
        rectangle = qgis_compat.null_rectangle()
        rectangle.combineExtentWith(QgsRectangle(1, 2, 3, 4))
        label = QgsLayoutItemLabel(QgsLayout(QgsProject.instance()))
        qgis_compat.set_label_font(label, QFont("DejaVu Sans", 11), QColor(1, 2, 3))
        raster = _raster(tmp_path / "r.tif", [[1.5, 4.0], [2.0, -3.25]])
        stats = qgis_compat.band_statistics(raster.dataProvider(), 1)
        combo = QgsMapLayerComboBox()
        combo.setFilters(qgis_compat.layer_filters("PolygonLayer", "PointLayer"))
        filters = qgis_compat.layer_filters("PolygonLayer", "PointLayer")
        source = ogr_memory_driver().CreateDataSource("x")
    assert [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)] == []
    assert field.type() == QVariant.LongLong and field.typeName() in ("", "int8", "qlonglong")
    assert rectangle.toRectF().getCoords() == (1.0, 2.0, 3.0, 4.0)
    font = label.textFormat().font() if hasattr(label, "textFormat") else label.font()
    colour = label.textFormat().color() if hasattr(label, "textFormat") else label.fontColor()
    assert (font.family(), colour.getRgb()[:3]) == ("DejaVu Sans", (1, 2, 3))
    assert (stats.minimumValue, stats.maximumValue) == (-3.25, 4.0)
    assert int(combo.filters()) == 16 | 4
    assert int(filters) == 16 | 4  # PolygonLayer | PointLayer (QgsMapLayerProxyModel and Qgis.LayerFilter bits)
    assert source is not None and source.GetDriver().GetName() in ("MEM", "Memory")


def _raster(path, rows):
    import numpy as np
    from osgeo import gdal
    from qgis.core import QgsRasterLayer

    from corridor_plugin.core.gdal_compat import gdal_exceptions

    values = np.array(rows, dtype=np.float32)
    with gdal_exceptions():
        dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1,
                                                       gdal.GDT_Float32)
        dataset.SetGeoTransform((0, 1, 0, 2, 0, -1))
        dataset.GetRasterBand(1).WriteArray(values)
        dataset = None
    return QgsRasterLayer(str(path), "r")
