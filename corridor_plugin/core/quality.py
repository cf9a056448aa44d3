"""Quality checks of occurrence coordinates: which corridor country a point falls in (Natural Earth
borders shipped in ``seeds/borders``), presumed swapped coordinates and coarse rounding.

The country lookup classifies whole boxes of points at once (a box inside or outside a country
needs one test for all its points) and tests single points only near borders, so 200,000 points cost
about as much as a few thousand border tests.
"""
import math

import numpy as np
from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

from .borders import CORRIDOR_COUNTRIES, borders_layer, iso3_field

# Natural Earth 1:50m places borders to within about a kilometre or two: a point this close to the
# partner's country is not flagged as outside it.
BORDER_TOLERANCE_DEG = 0.02
# Boxes with at most this many points are tested point by point.
_LEAF_POINTS = 16
_MAX_DEPTH = 14

METRES_PER_DEGREE = 111_320.0


class CountryLocator:
    """Point-in-country for the corridor countries (ISO alpha-3), with prepared geometries."""

    def __init__(self, iso3_codes=CORRIDOR_COUNTRIES, scale: str = "50m"):
        layer = borders_layer(scale)
        field = iso3_field(layer)
        self.codes = []
        self.geometries = {}
        self.engines = {}
        for feature in layer.getFeatures():
            code = str(feature[field]).upper()
            if code not in iso3_codes:
                continue
            geometry = QgsGeometry(feature.geometry())
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            self.codes.append(code)
            self.geometries[code] = geometry
            self.engines[code] = engine

    def country_of(self, lon: float, lat: float) -> str:
        # keep the QgsGeometry alive while the engine reads its abstract geometry
        geometry = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        point = geometry.constGet()
        for code in self.codes:
            if self.engines[code].intersects(point):
                return code
        return ""

    def near(self, lon: float, lat: float, iso3: str, tolerance: float = BORDER_TOLERANCE_DEG) -> bool:
        geometry = self.geometries.get(iso3)
        if geometry is None:
            return False
        return geometry.distance(QgsGeometry.fromPointXY(QgsPointXY(lon, lat))) <= tolerance

    def near_many(self, lon, lat, iso3: str, tolerance: float = BORDER_TOLERANCE_DEG):
        """``near`` for many points: the country is clipped to the points' box and buffered once."""
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        out = np.zeros(lon.shape, dtype=bool)
        geometry = self.geometries.get(iso3)
        if geometry is None or lon.size == 0:
            return out
        box = QgsRectangle(lon.min() - 2 * tolerance, lat.min() - 2 * tolerance,
                           lon.max() + 2 * tolerance, lat.max() + 2 * tolerance)
        zone = geometry.clipped(box).buffer(tolerance, 4)
        if zone.isEmpty():
            return out
        engine = QgsGeometry.createGeometryEngine(zone.constGet())
        engine.prepareGeometry()
        for i in range(lon.size):
            point = QgsGeometry.fromPointXY(QgsPointXY(lon[i], lat[i]))
            out[i] = engine.intersects(point.constGet())
        return out

    def countries(self, lon, lat):
        """ISO alpha-3 per point ('' outside every corridor country). NaN points get ''."""
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        result = np.full(lon.shape, "", dtype=object)
        valid = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat))
        if valid.size == 0:
            return result
        # distinct points only
        # hashed as one complex number per point: far cheaper than sorting rows (np.unique(axis=0))
        import pandas as pd

        keys = np.round(lon[valid], 7) + 1j * np.round(lat[valid], 7)
        inverse, unique_keys = pd.factorize(keys, sort=False)
        unique = np.column_stack([unique_keys.real, unique_keys.imag])
        codes = np.full(len(unique), "", dtype=object)
        self._classify(unique, np.arange(len(unique)), codes, 0)
        result[valid] = codes[inverse]
        return result

    def _classify(self, points, index, out, depth):
        if index.size == 0:
            return
        xs, ys = points[index, 0], points[index, 1]
        if index.size <= _LEAF_POINTS or depth >= _MAX_DEPTH:
            for i in index:
                out[i] = self.country_of(points[i, 0], points[i, 1])
            return
        x0, x1, y0, y1 = xs.min(), xs.max(), ys.min(), ys.max()
        box = QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1))
        if x1 > x0 and y1 > y0:
            box_geom = box.constGet()
            for code in self.codes:
                engine = self.engines[code]
                if engine.contains(box_geom):
                    out[index] = code
                    return
            if not any(self.engines[c].intersects(box_geom) for c in self.codes):
                out[index] = ""
                return
        # split along the longer side
        if (x1 - x0) >= (y1 - y0):
            middle = (x0 + x1) / 2.0
            left = xs <= middle
        else:
            middle = (y0 + y1) / 2.0
            left = ys <= middle
        if left.all() or not left.any():  # all points equal on that axis
            for i in index:
                out[i] = self.country_of(points[i, 0], points[i, 1])
            return
        self._classify(points, index[left], out, depth + 1)
        self._classify(points, index[~left], out, depth + 1)


def rounding_uncertainty_m(precision_deg, lat):
    """Half-diagonal (metres) of the cell of a coordinate written to ``precision_deg`` degrees: the
    distance from the written point to the farthest place the true point can be."""
    precision_deg = np.asarray(precision_deg, dtype=float)
    lat = np.asarray(lat, dtype=float)
    half = precision_deg / 2.0 * METRES_PER_DEGREE
    return np.sqrt(half ** 2 + (half * np.cos(np.radians(lat))) ** 2)


def coarse_precision(precision_deg, threshold: float = 0.01):
    """True where the written precision is 0.01° (about 1 km) or coarser."""
    return np.asarray(precision_deg, dtype=float) >= threshold - 1e-12


def equal_or_zero(lon, lat):
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    return (lon == 0) | (lat == 0) | (np.abs(lon - lat) < 1e-9)


def finite(value) -> bool:
    return value is not None and isinstance(value, (int, float)) and math.isfinite(value)
