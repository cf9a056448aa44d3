"""Countries a least-cost path runs through, from the shipped Natural Earth borders."""
from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsProject, QgsSpatialIndex

from ..borders import borders_layer, iso3_field


class CountryLocator:
    """ISO alpha-3 codes crossed by a line, in the order the line enters them."""

    def __init__(self, crs, transform_context=None, scale: str = "50m"):
        layer = borders_layer(scale)
        field = iso3_field(layer)
        context = transform_context or QgsProject.instance().transformContext()
        self.transform = QgsCoordinateTransform(crs, layer.crs(), context) if crs != layer.crs() else None
        self.countries = {}
        self.index = QgsSpatialIndex()
        for feature in layer.getFeatures():
            self.countries[feature.id()] = (str(feature[field]).upper(), QgsGeometry(feature.geometry()))
            self.index.addFeature(feature)

    def crossed(self, line: QgsGeometry):
        geometry = QgsGeometry(line)
        if self.transform is not None:
            geometry.transform(self.transform)
        found = []
        for fid in self.index.intersects(geometry.boundingBox()):
            code, country = self.countries[fid]
            if not country.intersects(geometry):
                continue
            part = country.intersection(geometry)
            vertices = list(part.vertices())
            start = geometry.lineLocatePoint(QgsGeometry(vertices[0].clone())) if vertices else 0.0
            found.append((start, code))
        ordered = []
        for _, code in sorted(found):
            if code not in ordered:
                ordered.append(code)
        return ordered
