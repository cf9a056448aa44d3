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


# -- CoordinateCleaner / GBIF checks ----------------------------------------------------------------
# Flags of accepted rows that these checks add; the reasons are translated in core.sheets.flag_message.
QUALITY_FLAGS = ("COORDINATE_AT_CAPITAL", "COORDINATE_AT_COUNTRY_CENTROID", "COORDINATE_AT_PROVINCE_CENTROID",
                 "COORDINATE_AT_INSTITUTION", "COORDINATE_AT_GBIF_HQ", "EQUAL_COORDINATES",
                 "COORDINATE_IN_SEA", "COORDINATE_ROUNDED_TO_DEGREE", "COORDINATE_ROUNDED_TO_MINUTE",
                 "SPECIES_OUTLIER", "DUPLICATE_WITHIN_PARTNER", "DUPLICATE_ACROSS_PARTNERS")
QUALITY_FILE = "quality_reference.gpkg"
# reference layer → flag; the radius of each point is in its radius_m field
POINT_REFERENCES = (("capitals", "COORDINATE_AT_CAPITAL"), ("country_centroids", "COORDINATE_AT_COUNTRY_CENTROID"),
                    ("province_centroids", "COORDINATE_AT_PROVINCE_CENTROID"),
                    ("institutions", "COORDINATE_AT_INSTITUTION"), ("gbif_hq", "COORDINATE_AT_GBIF_HQ"))
# Natural Earth coastlines are generalised: a point this close to land is not called "in the sea".
COAST_TOLERANCE_DEG = 0.02
# Birds fly over the sea; every other group of the checklist (mammals, freshwater fish) lives on land or
# in inland waters.
SEA_EXEMPT_WORDS = ("bird",)
# CoordinateCleaner's cc_outl (method "quantile"): a record whose mean distance to the species' other
# records exceeds Q75 + 5 × IQR of those mean distances, for species with at least 7 records. Corridor adds
# a floor, so scatter within one survey area is never an "outlier".
OUTLIER_MIN_RECORDS = 7
OUTLIER_IQR_MULTIPLIER = 5.0
OUTLIER_MIN_DISTANCE_KM = 100.0
# Beyond this many records, mean distances to a fixed random sample of them (a mean over 250 records is
# within a few per cent of the full mean: plenty for a threshold of Q75 + 5 × IQR).
OUTLIER_SAMPLE = 250
EARTH_RADIUS_M = 6_371_008.8


def haversine_m(lon1, lat1, lon2, lat2):
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(v, dtype=float)) for v in (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


class QualityReference:
    """The shipped reference layers (``seeds/quality``): points with a radius per check, and land."""

    def __init__(self, path=None):
        # read with OGR, not QgsVectorLayer: imports run in QgsTask threads, and QGIS 3.22 caches the CRS
        # of a layer made there in a way that breaks once the thread ends (see the dock's tasks)
        from osgeo import ogr

        from ..toolbelt.paths import seeds_path

        self.path = str(path or seeds_path("quality", QUALITY_FILE))
        dataset = ogr.Open(self.path)
        if dataset is None:
            raise ValueError(self.path)
        self.points = {}
        for layer_name, flag in POINT_REFERENCES:
            layer = dataset.GetLayerByName(layer_name)
            if layer is None:
                raise ValueError(layer_name)
            rows = []
            for feature in layer:
                point = feature.GetGeometryRef()
                rows.append((point.GetX(), point.GetY(), float(feature.GetField("radius_m")),
                             str(feature.GetField("name"))))
            self.points[flag] = rows
        land = dataset.GetLayerByName("land")
        if land is None:
            raise ValueError("land")
        geometries = []
        for feature in land:
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(feature.GetGeometryRef().ExportToWkb()))
            geometries.append(geometry)
        self.land = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else geometries[0]
        self.land_engine = QgsGeometry.createGeometryEngine(self.land.constGet())
        self.land_engine.prepareGeometry()

    def near(self, flag, lon, lat):
        """True where a point lies within the radius of a reference point of ``flag``'s layer."""
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        out = np.zeros(lon.shape, dtype=bool)
        finite = np.isfinite(lon) & np.isfinite(lat)
        for ref_lon, ref_lat, radius, _ in self.points.get(flag, ()):
            dlat = radius / METRES_PER_DEGREE * 1.01
            dlon = dlat / max(math.cos(math.radians(min(abs(ref_lat) + dlat, 89.9))), 1e-6)
            box = finite & (np.abs(lat - ref_lat) <= dlat) & (np.abs(lon - ref_lon) <= dlon)
            if box.any():
                rows = np.flatnonzero(box)
                out[rows] |= haversine_m(lon[rows], lat[rows], ref_lon, ref_lat) <= radius
        return out

    def in_sea(self, lon, lat):
        """True where a point is neither on land nor within :data:`COAST_TOLERANCE_DEG` of it."""
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        out = np.zeros(lon.shape, dtype=bool)
        for i in np.flatnonzero(np.isfinite(lon) & np.isfinite(lat)):
            point = QgsGeometry.fromPointXY(QgsPointXY(lon[i], lat[i]))
            if not self.land_engine.intersects(point.constGet()):
                out[i] = self.land.distance(point) > COAST_TOLERANCE_DEG
        return out


_REFERENCE = {}


def quality_reference() -> QualityReference:
    """The shipped reference, loaded once per session."""
    if "shipped" not in _REFERENCE:
        _REFERENCE["shipped"] = QualityReference()
    return _REFERENCE["shipped"]


def rounded_to(lon, lat, parts_per_degree: int):
    """True where both coordinates are whole multiples of 1/parts_per_degree degree."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    with np.errstate(invalid="ignore"):
        scaled_lon, scaled_lat = lon * parts_per_degree, lat * parts_per_degree
        return (np.abs(scaled_lon - np.round(scaled_lon)) < 1e-6) & (np.abs(scaled_lat - np.round(scaled_lat)) < 1e-6)


def point_flags(lon, lat, taxon_groups, point_country=None, reference=None):
    """Flags of the per-record checks, as {flag: bool array}: reference points (capitals, centroids,
    institutions, GBIF), equal coordinates, the sea for non-birds, whole degrees or minutes."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    reference = reference or quality_reference()
    has = np.isfinite(lon) & np.isfinite(lat)
    flags = {flag: reference.near(flag, lon, lat) for _, flag in POINT_REFERENCES}
    flags["EQUAL_COORDINATES"] = has & (np.abs(lon - lat) < 1e-9) & (lon != 0)
    groups = np.asarray(taxon_groups, dtype=object)
    terrestrial = has & np.array([not any(w in str(g).lower() for w in SEA_EXEMPT_WORDS) for g in groups],
                                 dtype=bool)
    if point_country is not None:  # inside a corridor country is on land: no geometry test needed
        terrestrial &= np.asarray(point_country, dtype=object) == ""
    flags["COORDINATE_IN_SEA"] = np.zeros(lon.shape, dtype=bool)
    if terrestrial.any():
        rows = np.flatnonzero(terrestrial)
        flags["COORDINATE_IN_SEA"][rows] = reference.in_sea(lon[rows], lat[rows])
    degree = has & rounded_to(lon, lat, 1)
    flags["COORDINATE_ROUNDED_TO_DEGREE"] = degree
    flags["COORDINATE_ROUNDED_TO_MINUTE"] = has & ~degree & rounded_to(lon, lat, 60)
    return flags


def species_outliers(species, lon, lat, min_records=OUTLIER_MIN_RECORDS, multiplier=OUTLIER_IQR_MULTIPLIER,
                     min_distance_km=OUTLIER_MIN_DISTANCE_KM, sample=OUTLIER_SAMPLE):
    """True for records far from the species' other records (see the constants above). Species with
    fewer than ``min_records`` records are not judged: too few to tell an outlier from a range."""
    species = np.asarray(species, dtype=object)
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    out = np.zeros(lon.shape, dtype=bool)
    has = np.isfinite(lon) & np.isfinite(lat)
    import pandas as pd

    codes, names = pd.factorize(pd.Series(species, dtype=object))
    rng = np.random.default_rng(20201)
    # great-circle distances as R·arccos of unit-vector dot products: one matrix product per block
    phi, lam = np.radians(lat), np.radians(lon)
    unit = np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])
    for code in range(len(names)):
        rows = np.flatnonzero((codes == code) & has)
        if len(rows) < min_records:
            continue
        others = rows if len(rows) <= sample else np.sort(rng.choice(rows, sample, replace=False))
        means = np.empty(len(rows))
        for start in range(0, len(rows), 4000):
            block = rows[start:start + 4000]
            d = EARTH_RADIUS_M * np.arccos(np.clip(unit[block] @ unit[others].T, -1.0, 1.0))
            counted = len(others) - np.isin(block, others).astype(int)  # a record is not its own neighbour
            means[start:start + len(block)] = d.sum(axis=1) / np.maximum(counted, 1)
        q25, q75 = np.percentile(means, [25, 75])
        threshold = max(q75 + multiplier * (q75 - q25), min_distance_km * 1000.0)
        out[rows] = means > threshold
    return out


def duplicates_within(keys_frame):
    """True for every record but the first of a group with equal key columns (partner, species, date,
    coordinates to 1e-5°): the same observation entered twice."""
    return keys_frame.duplicated(keep="first").to_numpy()


def location_countries(locator, lon, lat, stated_iso3):
    """ISO alpha-3 of where each point lies (Darwin Core ``countryCode`` is the place, not the partner):
    the corridor country containing it; the stated country where the point lies within
    :data:`BORDER_TOLERANCE_DEG` of it (Natural Earth's borders are not that exact); '' otherwise."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    stated = np.asarray(stated_iso3, dtype=object)
    found = locator.countries(lon, lat)
    differs = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat) & (stated != "") & (found != stated))
    import pandas as pd

    for code in pd.unique(stated[differs]):
        if not code:
            continue
        rows = differs[stated[differs] == code]
        near = locator.near_many(lon[rows], lat[rows], code)
        found[rows[near]] = code
    return found
