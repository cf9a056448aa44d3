"""Where a grid cell lies, for a reader: "49.25° N, 87.25° E, 12 km from Dalai Lake"."""
from qgis.core import (
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsSpatialIndex,
)

from ...toolbelt.i18n import tr
from .formatting import degrees_text
from .inputs import layer_field
from .maps import WGS84


class Places:
    """Named protected areas (WGS 84) to say where a cell lies: "12 km from Dalai Lake"."""

    def __init__(self, layers):
        self.geometries, self.names = [], []
        self.index = QgsSpatialIndex()
        for layer in layers:
            name_field = layer_field(layer, "name")  # protected areas and connectivity nodes: both "name"
            if layer is None or name_field is None or not layer.isSpatial():
                continue
            self._add(layer, name_field)
            if self.geometries:
                break  # the first layer with named areas is enough
        self.measure = QgsDistanceArea()
        self.measure.setEllipsoid("WGS84")

    def _add(self, layer, name_field):
        transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
        for feature in layer.getFeatures(QgsFeatureRequest()):
            name = feature[name_field]
            geometry = QgsGeometry(feature.geometry())
            if not name or geometry.isEmpty():
                continue
            try:
                geometry.transform(transform)
            except Exception:  # noqa: BLE001 - a feature that cannot be placed names nothing
                continue
            self.index.addFeature(len(self.geometries), geometry.boundingBox())
            self.geometries.append(geometry)
            self.names.append(str(name))

    def describe(self, point) -> str:
        where = degrees_text(point)
        if not self.geometries:
            return where
        best = None
        here = QgsGeometry.fromPointXY(point)
        for n in self.index.nearestNeighbor(point, 3):
            if self.geometries[n].contains(here):
                return tr("{coordinates}, in {area}").format(coordinates=where, area=self.names[n])
            points = self.geometries[n].shortestLine(here).asPolyline()
            km = self.measure.measureLine(points[0], points[-1]) / 1000.0 if len(points) >= 2 else 0.0
            if best is None or km < best[0]:
                best = (km, self.names[n])
        if best is None:
            return where
        return tr("{coordinates}, {km} km from {area}").format(coordinates=where, km=f"{best[0]:.0f}", area=best[1])
