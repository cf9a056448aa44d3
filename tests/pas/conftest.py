"""Small hand-built layers for the protected-area tests."""
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from corridor_plugin.toolbelt.qgis_compat import make_field

LEGACY = (("WDPAID", QVariant.Double), ("WDPA_PID", QVariant.String), ("PA_DEF", QVariant.String),
          ("NAME", QVariant.String), ("ORIG_NAME", QVariant.String), ("DESIG_ENG", QVariant.String),
          ("IUCN_CAT", QVariant.String), ("MARINE", QVariant.String), ("REP_AREA", QVariant.Double),
          ("STATUS", QVariant.String), ("STATUS_YR", QVariant.Int), ("ISO3", QVariant.String),
          ("PARENT_ISO3", QVariant.String))
OCCURRENCE = (("occurrenceID", QVariant.String), ("scientificName", QVariant.String),
              ("institutionCode", QVariant.String), ("eventDate", QVariant.String), ("year", QVariant.Int),
              ("individualCount", QVariant.Int), ("abundanceMax", QVariant.Double),
              ("iucnCategory", QVariant.String), ("citesAppendix", QVariant.String),
              ("country_iso3", QVariant.String))


def memory_layer(geometry_type, fields, rows, name="layer", crs="EPSG:4326"):
    """rows: (wkt or None, {field: value})."""
    uri = f"{geometry_type}?crs={crs}" if crs else geometry_type
    layer = QgsVectorLayer(uri, name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field(n, t) for n, t in fields])
    layer.updateFields()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([values.get(n) for n, _t in fields])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def legacy_record(pid, name, **kw):
    values = dict(WDPAID=float(pid), WDPA_PID=str(pid), PA_DEF="1", NAME=name, ORIG_NAME=name,
                  DESIG_ENG="National Park", IUCN_CAT="II", MARINE="0", REP_AREA=None, STATUS="Designated",
                  STATUS_YR=2000, ISO3="MNG", PARENT_ISO3="MNG")
    values.update(kw)
    return values


@pytest.fixture
def legacy_layer():
    def make(rows, geometry_type="MultiPolygon", name="wdpa_test", crs="EPSG:4326"):
        return memory_layer(geometry_type, LEGACY, rows, name, crs)
    return make


@pytest.fixture
def occurrence_layer():
    def make(rows, name="occ", crs="EPSG:4326"):
        return memory_layer("Point", OCCURRENCE, rows, name, crs)
    return make
