"""IUCN criterion B range metrics: extent of occurrence (EOO) and area of occupancy (AOO).

Everything is vectorised with numpy so a million records take seconds:

* points are projected once per CRS with ``osr.CoordinateTransformation.TransformPoints`` (one C call
  for the whole array);
* EOO is the area of the convex hull (``scipy.spatial.ConvexHull``) of a species' distinct points in a
  Lambert azimuthal equal-area projection (ellipsoidal, WGS 84) centred on that species' points. The
  centre longitude is the circular mean, so records on both sides of the antimeridian sit side by
  side and the hull is drawn across it, not around the globe;
* AOO counts occupied cells of a square grid (2 km by default) in a study-wide equal-area projection,
  binned with integer arithmetic. The grid origin is fixed (a multiple of the cell size from the
  projection's origin), or the minimum over ``shifts × shifts`` origins offset by ``cell/shifts`` is
  taken, as the IUCN guidelines allow (IUCN Standards and Petitions Committee 2022, section 4.10).

Thresholds (IUCN 2012, Red List Categories and Criteria 3.1, criterion B): EOO < 100 km² CR,
< 5,000 EN, < 20,000 VU; AOO < 10 km² CR, < 500 EN, < 2,000 VU. Meeting a threshold is only the
first condition of criterion B (two of the sub-criteria a–c must hold too).

Sample size: below ``MIN_RECORDS_CRITERION_B`` distinct points (15, after Rivers et al. 2011, Biological
Conservation 144:2541–2547: 15 georeferenced records per species gave range estimates consistent with
all records for more than 95 % of species) both classes are "data insufficient". Every class is a size
class for a regional assessment, not a Red List category (the IUCN category needs the sub-criteria and
the global range; IUCN 2012, Guidelines for Application of IUCN Red List Criteria at Regional Levels).
"""
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..toolbelt.i18n import tr

EOO_THRESHOLDS = (("CR", 100.0), ("EN", 5000.0), ("VU", 20000.0))
AOO_THRESHOLDS = (("CR", 10.0), ("EN", 500.0), ("VU", 2000.0))
NO_CLASS = "none"
DATA_INSUFFICIENT = "data insufficient"
MIN_RECORDS_CRITERION_B = 15
MIN_RECORDS_SOURCE = "Rivers et al. 2011, Biol. Conserv. 144:2541"
THREATENED = ("CR", "EN", "VU")

# Distinct points: coordinates closer than this (metres, projected) are one point.
DISTINCT_TOLERANCE_M = 1.0
WGS84_WKT_AUTH = "EPSG:4326"


# -- projections ---------------------------------------------------------------------------------
def circular_mean_lon(lon: np.ndarray) -> float:
    """Mean longitude on the circle, in (-180, 180]: 179° and -179° average to 180°, not 0°."""
    rad = np.radians(np.asarray(lon, dtype=float))
    if rad.size == 0:
        return 0.0
    mean = float(np.degrees(np.arctan2(np.sin(rad).mean(), np.cos(rad).mean())))
    return 180.0 if mean <= -180.0 else mean


def laea_proj(lon0: float, lat0: float) -> str:
    """PROJ string of an ellipsoidal Lambert azimuthal equal-area projection centred at (lon0, lat0)."""
    return (f"+proj=laea +lat_0={lat0:.6f} +lon_0={lon0:.6f} +x_0=0 +y_0=0 "
            "+ellps=WGS84 +towgs84=0,0,0 +units=m +no_defs")


def centred_laea(lon: np.ndarray, lat: np.ndarray, rounding: float = 0.0) -> str:
    """LAEA centred on the points (circular mean longitude, mean latitude), optionally rounded to
    ``rounding`` degrees so that the study CRS is stable when a few records are added."""
    lon0, lat0 = laea_centre(lon, lat)
    if rounding > 0:
        lon0 = round(lon0 / rounding) * rounding
        lat0 = max(-89.0, min(89.0, round(lat0 / rounding) * rounding))
    return laea_proj(lon0, lat0)


def _srs(definition: str):
    from osgeo import osr

    srs = osr.SpatialReference()
    if definition.upper().startswith("EPSG:"):
        srs.ImportFromEPSG(int(definition.split(":")[1]))
    elif definition.lstrip().startswith("+"):
        srs.ImportFromProj4(definition)
    else:
        srs.SetFromUserInput(definition)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


class Projector:
    """Vectorised transform between two CRSs (PROJ strings, WKT or EPSG:n); x/y order always."""

    def __init__(self, source: str, target: str):
        from osgeo import osr

        self.source, self.target = source, target
        self._ct = osr.CoordinateTransformation(_srs(source), _srs(target))

    def __call__(self, x: np.ndarray, y: np.ndarray):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if x.size == 0:
            return x.copy(), y.copy()
        out = np.asarray(self._ct.TransformPoints(np.column_stack([x, y])), dtype=float)
        return out[:, 0], out[:, 1]


def project_lonlat(lon, lat, proj: str):
    return Projector(WGS84_WKT_AUTH, proj)(lon, lat)


WGS84_A = 6378137.0
WGS84_F = 1.0 / 298.257223563


class Laea:
    """Lambert azimuthal equal-area on the WGS 84 ellipsoid in numpy (Snyder 1987, as PROJ's ``laea``).

    ``lon0``/``lat0`` may be arrays (one centre per point), so every species is projected into its
    own centred LAEA in one vectorised pass, without creating thousands of PROJ transformations."""

    def __init__(self, lon0, lat0):
        self.a = WGS84_A
        self.es = WGS84_F * (2.0 - WGS84_F)
        self.e = math.sqrt(self.es)
        self.lon0 = np.radians(np.asarray(lon0, dtype=float))
        phi0 = np.radians(np.asarray(lat0, dtype=float))
        self.qp = self._qsfn(1.0)
        self.rq = math.sqrt(0.5 * self.qp)
        self.sinb1 = self._qsfn(np.sin(phi0)) / self.qp
        self.cosb1 = np.sqrt(1.0 - self.sinb1 ** 2)
        self.dd = np.cos(phi0) / (np.sqrt(1.0 - self.es * np.sin(phi0) ** 2) * self.rq * self.cosb1)
        self.phi0 = phi0

    def _qsfn(self, sinphi):
        e, es = self.e, self.es
        con = e * sinphi
        return (1.0 - es) * (sinphi / (1.0 - con * con) - (0.5 / e) * np.log((1.0 - con) / (1.0 + con)))

    def forward(self, lon, lat):
        lam = np.radians(np.asarray(lon, dtype=float)) - self.lon0
        sinb = self._qsfn(np.sin(np.radians(np.asarray(lat, dtype=float)))) / self.qp
        cosb = np.sqrt(np.maximum(0.0, 1.0 - sinb ** 2))
        coslam = np.cos(lam)
        b = np.sqrt(2.0 / (1.0 + self.sinb1 * sinb + self.cosb1 * cosb * coslam))
        x = self.a * self.rq * self.dd * b * cosb * np.sin(lam)
        y = self.a * (self.rq / self.dd) * b * (self.cosb1 * sinb - self.sinb1 * cosb * coslam)
        return x, y

    def inverse(self, x, y):
        x = np.asarray(x, dtype=float) / self.a / self.dd
        y = np.asarray(y, dtype=float) / self.a * self.dd
        rho = np.hypot(x, y)
        safe = np.where(rho > 1e-12, rho, 1.0)
        ce = 2.0 * np.arcsin(np.clip(0.5 * rho / self.rq, -1.0, 1.0))
        sce, cce = np.sin(ce), np.cos(ce)
        ab = np.where(rho > 1e-12, cce * self.sinb1 + y * sce * self.cosb1 / safe, self.sinb1)
        lam = np.arctan2(x * sce, rho * self.cosb1 * cce - y * self.sinb1 * sce)
        beta = np.arcsin(np.clip(ab, -1.0, 1.0))
        es = self.es
        phi = (beta + (es / 3.0 + 31.0 * es ** 2 / 180.0 + 517.0 * es ** 3 / 5040.0) * np.sin(2 * beta)
               + (23.0 * es ** 2 / 360.0 + 251.0 * es ** 3 / 3780.0) * np.sin(4 * beta)
               + (761.0 * es ** 3 / 45360.0) * np.sin(6 * beta))
        lon = np.degrees(lam + self.lon0)
        return (lon + 180.0) % 360.0 - 180.0, np.degrees(phi)


def laea_centre(lon: np.ndarray, lat: np.ndarray):
    """(lon0, lat0) of the LAEA centred on the points: circular mean longitude, mean latitude."""
    lat0 = float(np.mean(lat)) if len(lat) else 0.0
    return circular_mean_lon(lon), max(-89.0, min(89.0, lat0))


# -- EOO ------------------------------------------------------------------------------------------
@dataclass
class Hull:
    area_km2: Optional[float]
    reason: str = ""                 # why area is null (fewer than 3 distinct points, collinear)
    proj: str = ""                   # CRS of ``vertices``
    vertices: Optional[np.ndarray] = None   # (n, 2) closed ring in ``proj`` (None when area is null)
    distinct_points: int = 0
    centre: tuple = (0.0, 0.0)              # (lon0, lat0) of ``proj``

    def ring_lonlat(self, max_segment: float = 0.0):
        """The hull ring in degrees, densified to ``max_segment`` metres first when > 0."""
        ring = self.vertices if max_segment <= 0 else densify_ring(self.vertices, max_segment)
        return Laea(*self.centre).inverse(ring[:, 0], ring[:, 1])


def distinct_xy(x: np.ndarray, y: np.ndarray, tolerance: float = DISTINCT_TOLERANCE_M) -> np.ndarray:
    """Distinct points after snapping to ``tolerance`` metres (one int64 key per point, np.unique)."""
    keys = _pack(np.round(x / tolerance).astype(np.int64), np.round(y / tolerance).astype(np.int64))
    _, first = np.unique(keys, return_index=True)
    return np.column_stack([x[first], y[first]])


def convex_hull(xy: np.ndarray):
    """(area in m², closed ring) of the convex hull of ``xy``; area 0 and the hull of a segment when
    the points are collinear."""
    from scipy.spatial import ConvexHull, QhullError

    try:
        hull = ConvexHull(xy)
    except QhullError:
        return 0.0, None
    ring = xy[hull.vertices]
    return float(hull.volume), np.vstack([ring, ring[:1]])


def eoo(lon: np.ndarray, lat: np.ndarray, land=None) -> Hull:
    """EOO of one species from its present records (degrees, WGS 84).

    ``land``: an optional :class:`LandClipper`; the hull is then intersected with land before its
    area is taken (the IUCN guidelines let assessors exclude unsuitable areas such as sea).
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    centre = laea_centre(lon, lat)
    x, y = Laea(*centre).forward(lon, lat)
    return hull_of(x, y, centre, land)


def hull_of(x: np.ndarray, y: np.ndarray, centre, land=None) -> Hull:
    """EOO hull of points already projected into the LAEA centred at ``centre``."""
    proj = laea_proj(*centre)
    points = distinct_xy(x, y)
    if len(points) < 3:
        return Hull(None, tr("fewer than 3 distinct points ({n})").format(n=len(points)), proj, None, len(points),
                    centre)
    area_m2, ring = convex_hull(points)
    # points on one line, to within the distinct-point tolerance: hull narrower than 1 m
    if ring is None or area_m2 <= DISTINCT_TOLERANCE_M * float(np.ptp(points, axis=0).max()):
        return Hull(None, tr("all points on one line"), proj, None, len(points), centre)
    if land is not None:
        clipped = land.clip(ring, proj)
        area_m2 = clipped.area() if clipped is not None else 0.0
        return Hull(area_m2 / 1e6, "", proj, ring, len(points), centre) if area_m2 > 0 else \
            Hull(0.0, tr("hull lies entirely outside land"), proj, ring, len(points), centre)
    return Hull(area_m2 / 1e6, "", proj, ring, len(points), centre)


def densify_ring(ring: np.ndarray, max_segment: float) -> np.ndarray:
    """Adds vertices so no segment is longer than ``max_segment`` (same units), so that the ring keeps
    its shape when reprojected."""
    out = [ring[:1]]
    for a, b in zip(ring[:-1], ring[1:]):
        n = max(1, int(np.ceil(np.hypot(*(b - a)) / max_segment)))
        t = (np.arange(1, n + 1) / n)[:, None]
        out.append(a + (b - a) * t)
    return np.vstack(out)


class LandClipper:
    """Land outline (Natural Earth borders or any polygon layer) used to clip hulls. Only the parts
    near a hull are reprojected, each into that hull's own CRS."""

    def __init__(self, layer):
        from qgis.core import (
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
            QgsGeometry,
            QgsProject,
            QgsSpatialIndex,
        )

        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        to_wgs = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())
        self._parts: List = []
        self._index = QgsSpatialIndex()
        for feature in layer.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(to_wgs)
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            for part in geometry.asGeometryCollection():
                self._index.addFeature(len(self._parts), part.boundingBox())
                self._parts.append(part)

    def clip(self, ring: np.ndarray, proj: str):
        """Hull ring (in ``proj``) ∩ land, as a QgsGeometry in ``proj``; None when nothing is left."""
        from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

        dense = densify_ring(ring, max(1000.0, np.ptp(ring, axis=0).max() / 200.0))
        lon, lat = Projector(proj, WGS84_WKT_AUTH)(dense[:, 0], dense[:, 1])
        pad = 0.5
        boxes = []
        if np.ptp(lon) > 180:   # across the antimeridian: two boxes, east and west of it
            east, west = lon[lon >= 0], lon[lon < 0]
            boxes.append(QgsRectangle(east.min() - pad, lat.min() - pad, 180.0, lat.max() + pad))
            boxes.append(QgsRectangle(-180.0, lat.min() - pad, west.max() + pad, lat.max() + pad))
        else:
            boxes.append(QgsRectangle(lon.min() - pad, lat.min() - pad, lon.max() + pad, lat.max() + pad))
        to_proj = Projector(WGS84_WKT_AUTH, proj)
        hull = QgsGeometry.fromPolygonXY([[QgsPointXY(float(a), float(b)) for a, b in ring]])
        pieces = []
        for box in boxes:
            box_geometry = QgsGeometry.fromRect(box)
            for i in self._index.intersects(box):
                part = self._parts[i].intersection(box_geometry)
                if part.isEmpty():
                    continue
                projected = _transform_geometry(part, to_proj)
                if not projected.isGeosValid():
                    projected = projected.makeValid()
                pieces.append(projected.intersection(hull))
        pieces = [p for p in pieces if not p.isEmpty()]
        if not pieces:
            return None
        return QgsGeometry.unaryUnion(pieces)


def _transform_geometry(geometry, projector: Projector):
    """Reprojects a QgsGeometry (C++ side, one transform for all vertices)."""
    from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsProject

    out = QgsGeometry(geometry)
    out.transform(QgsCoordinateTransform(qgis_crs(projector.source), qgis_crs(projector.target),
                                         QgsProject.instance()))
    return out


def qgis_crs(definition: str):
    """QgsCoordinateReferenceSystem from a PROJ string, WKT or EPSG:n."""
    from qgis.core import QgsCoordinateReferenceSystem

    if definition.lstrip().startswith("+"):
        return QgsCoordinateReferenceSystem.fromProj(definition)
    return QgsCoordinateReferenceSystem(definition)


# -- AOO ------------------------------------------------------------------------------------------
def cell_indices(x: np.ndarray, y: np.ndarray, cell: float, origin_x: float = 0.0, origin_y: float = 0.0):
    """Integer column and row of each point in a square grid whose lines pass through the origin."""
    return (np.floor((x - origin_x) / cell).astype(np.int64), np.floor((y - origin_y) / cell).astype(np.int64))


def _pack(ix: np.ndarray, iy: np.ndarray) -> np.ndarray:
    """One int64 key per (ix, iy) pair (each shifted into 0..2^31)."""
    return ((ix + (1 << 30)) << 32) | (iy + (1 << 30))


def _unpack(keys: np.ndarray):
    return (keys >> 32) - (1 << 30), (keys & 0xFFFFFFFF) - (1 << 30)


@dataclass
class AooResult:
    cells: np.ndarray                 # occupied cells per species (int64, index = species code)
    origins: np.ndarray               # (n_species, 2) grid origin giving that count
    cell_size: float
    shifts: int

    def area_km2(self) -> np.ndarray:
        return self.cells * (self.cell_size ** 2) / 1e6


def aoo_counts(species: np.ndarray, x: np.ndarray, y: np.ndarray, n_species: int, cell: float,
               shifts: int = 1, feedback=None) -> AooResult:
    """Occupied cells per species for all species at once.

    ``species``: integer code 0..n_species-1 per point; ``x``/``y`` projected metres. With
    ``shifts`` > 1 the grid origin moves by ``cell/shifts`` steps in x and y and each species keeps
    its minimum (and the origin that gave it).
    """
    shifts = max(1, int(shifts))
    best = np.full(n_species, np.iinfo(np.int64).max, dtype=np.int64)
    origins = np.zeros((n_species, 2))
    offsets = [(i * cell / shifts, j * cell / shifts) for i in range(shifts) for j in range(shifts)]
    species = np.asarray(species, dtype=np.int64)
    for step, (ox, oy) in enumerate(offsets):
        if feedback is not None and feedback.isCanceled():
            break
        ix, iy = cell_indices(x, y, cell, ox, oy)
        _, cell_ids = np.unique(_pack(ix, iy), return_inverse=True)
        n_cells = int(cell_ids.max()) + 1 if cell_ids.size else 1
        pairs = np.unique(species * n_cells + cell_ids.astype(np.int64))
        counts = np.bincount(pairs // n_cells, minlength=n_species)
        better = counts < best
        best[better] = counts[better]
        origins[better] = (ox, oy)
        if feedback is not None:
            feedback.setProgress(100.0 * (step + 1) / len(offsets))
    best[best == np.iinfo(np.int64).max] = 0
    return AooResult(best, origins, cell, shifts)


def occupied_cells(x: np.ndarray, y: np.ndarray, cell: float, origin=(0.0, 0.0)):
    """Distinct (ix, iy) cells occupied by the points, as two int64 arrays."""
    ix, iy = cell_indices(x, y, cell, origin[0], origin[1])
    keys = np.unique(_pack(ix, iy))
    return _unpack(keys)


# -- thresholds ----------------------------------------------------------------------------------
def threshold_class(value: Optional[float], thresholds) -> Optional[str]:
    """CR/EN/VU/none for a value in km² against (class, upper bound) thresholds; None for None."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    for name, limit in thresholds:
        if value < limit:
            return name
    return NO_CLASS


def b1_class(eoo_km2):
    return threshold_class(eoo_km2, EOO_THRESHOLDS)


def b2_class(aoo_km2):
    return threshold_class(aoo_km2, AOO_THRESHOLDS)


def criterion_b_classes(eoo_km2, aoo_km2, distinct_points: int, min_records: int = MIN_RECORDS_CRITERION_B):
    """(B1, B2) size classes, both ``DATA_INSUFFICIENT`` below ``min_records`` distinct points."""
    if distinct_points < min_records:
        return DATA_INSUFFICIENT, DATA_INSUFFICIENT
    return b1_class(eoo_km2), b2_class(aoo_km2)


def criterion_b_note(distinct_points: int, min_records: int = MIN_RECORDS_CRITERION_B) -> str:
    """The caveat every criterion-B output carries, with the sample-size reason when it applies."""
    note = tr("Size class for a regional assessment, not a Red List category.")
    if distinct_points < min_records:
        note += " " + tr("Data insufficient: {n} distinct records, fewer than {minimum} ({source}).").format(
            n=distinct_points, minimum=min_records, source=MIN_RECORDS_SOURCE)
    return note


# -- species table --------------------------------------------------------------------------------
@dataclass
class Occurrences:
    """Present records as parallel numpy arrays; species as integer codes into ``names``."""

    names: List[str]
    species: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    iucn: Dict[str, str] = field(default_factory=dict)
    cites: Dict[str, str] = field(default_factory=dict)
    country: Optional[np.ndarray] = None       # object array of ISO3 codes (or "")
    partner: Optional[np.ndarray] = None       # object array of institutionCode (or "")
    year: Optional[np.ndarray] = None          # float array, NaN when unknown
    skipped: Dict[str, int] = field(default_factory=dict)   # reason -> count of records left out

    def __len__(self):
        return int(self.species.size)

    def order(self):
        """Indices sorting records by species and the slice bounds of each species."""
        order = np.argsort(self.species, kind="stable")
        bounds = np.searchsorted(self.species[order], np.arange(len(self.names) + 1))
        return order, bounds


def from_arrays(names: Sequence[str], lon, lat, status=None, iucn=None, cites=None, country=None,
                partner=None, year=None) -> Occurrences:
    """Builds :class:`Occurrences` from per-record sequences; drops absences and invalid coordinates,
    counting them in ``skipped``."""
    names = np.asarray(names, dtype=object)
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    keep = np.ones(len(names), dtype=bool)
    skipped = {}

    def drop(mask, reason):
        mask = mask & keep
        if mask.any():
            skipped[reason] = int(mask.sum())
            keep[mask] = False

    if status is not None:
        absent = _per_unique(status, lambda s: _text(s).lower() == "absent", bool)
        drop(absent, "absent")
    drop(_per_unique(names, lambda n: not _text(n), bool), "no scientificName")
    bad = ~np.isfinite(lon) | ~np.isfinite(lat) | (np.abs(lat) > 90) | (np.abs(lon) > 180)
    drop(bad, "invalid coordinates")
    clean = _per_unique(names[keep], _text)
    unique, codes = _factorize(clean)

    def first_by_species(values):
        out = {}
        if values is None:
            return out
        text = column(values)
        filled = np.nonzero((text != "") & (text != "NULL"))[0]
        species_codes, first = np.unique(codes[filled], return_index=True)
        return {unique[c]: text[filled[i]] for c, i in zip(species_codes, first)}

    def column(values, kind=object):
        if values is None:
            return None
        if isinstance(values, np.ndarray) and values.dtype.kind in "iuf":
            return values[keep].astype(float) if kind is float else values[keep].astype(str).astype(object)
        arr = np.asarray(values, dtype=object)[keep]
        if kind is float:
            return np.array([_to_float(v) for v in arr], dtype=float)
        return _per_unique(arr, _text)

    return Occurrences(list(unique), codes.astype(np.int64), lon[keep], lat[keep], first_by_species(iucn),
                       first_by_species(cites), column(country), column(partner), column(year, float), skipped)


def _text(value) -> str:
    """Stripped text of an attribute; "" for None, NaN and QGIS NULL."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    text = str(value).strip()
    return "" if text == "NULL" else text


def _per_unique(values, fn, dtype=object) -> np.ndarray:
    """``fn`` applied to each record's value, computed once per distinct value (a million records
    usually hold a few thousand distinct names, countries or partners)."""
    arr = np.asarray(values, dtype=object)
    try:
        import pandas as pd

        codes, unique = pd.factorize(arr)
    except (ImportError, TypeError):   # no pandas, or unhashable values (e.g. QVariant)
        return np.array([fn(v) for v in arr], dtype=dtype)
    mapped = np.array([fn(v) for v in unique] + [fn(None)], dtype=dtype)
    return mapped[codes]   # code -1 (missing) picks the last entry, fn(None)


def _factorize(values: np.ndarray):
    """(sorted distinct values, code of each value): pandas' hash-based factorize when present (a
    million names in a fraction of a second), numpy's sort-based unique otherwise."""
    if not values.size:
        return np.array([], dtype=object), np.zeros(0, dtype=np.int64)
    try:
        import pandas as pd
    except ImportError:
        return np.unique(values, return_inverse=True)
    codes, unique = pd.factorize(values, sort=True)
    return np.asarray(unique, dtype=object), codes.astype(np.int64)


def _to_float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def joined_unique(values) -> str:
    return ";".join(sorted({v for v in values if v}))


@dataclass
class SpeciesMetrics:
    name: str
    records: int
    distinct_points: int
    eoo_km2: Optional[float]
    eoo_note: str
    aoo_cells: int
    aoo_km2: float
    b1_class: Optional[str]
    b2_class: Optional[str]
    countries: str
    partners: str
    iucn: str
    hull: Optional[Hull] = None
    note: str = ""


def range_metrics(occ: Occurrences, cell_size_m: float = 2000.0, shifts: int = 1, land=None,
                  study_proj: Optional[str] = None, feedback=None, min_records: int = MIN_RECORDS_CRITERION_B):
    """EOO and AOO for every species. Returns (list of SpeciesMetrics, study_proj, AooResult,
    projected x, projected y). EOO < AOO is raised to AOO for the B1 class, as the IUCN guidelines
    ask (section 4.9), and said so in ``eoo_note``. Below ``min_records`` distinct points both classes
    are "data insufficient"."""
    study_proj = study_proj or centred_laea(occ.lon, occ.lat, rounding=0.5)
    x, y = project_lonlat(occ.lon, occ.lat, study_proj)
    aoo = aoo_counts(occ.species, x, y, len(occ.names), cell_size_m, shifts)
    aoo_km2 = aoo.area_km2()
    # every species in its own centred LAEA, all records in one numpy pass
    n = len(occ.names)
    rad = np.radians(occ.lon)
    counts = np.maximum(np.bincount(occ.species, minlength=n), 1)
    lon0 = np.degrees(np.arctan2(np.bincount(occ.species, np.sin(rad), n), np.bincount(occ.species, np.cos(rad), n)))
    lon0 = np.where(lon0 <= -180.0, 180.0, lon0)
    lat0 = np.clip(np.bincount(occ.species, occ.lat, n) / counts, -89.0, 89.0)
    sx, sy = Laea(lon0[occ.species], lat0[occ.species]).forward(occ.lon, occ.lat)
    order, bounds = occ.order()
    results = []
    for code, name in enumerate(occ.names):
        if feedback is not None and code % 50 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * code / max(1, n))
        idx = order[bounds[code]:bounds[code + 1]]
        hull = hull_of(sx[idx], sy[idx], (float(lon0[code]), float(lat0[code])), land)
        note = hull.reason
        eoo_for_b1 = hull.area_km2
        if eoo_for_b1 is not None and eoo_for_b1 < aoo_km2[code]:
            eoo_for_b1 = float(aoo_km2[code])
            note = tr("EOO below AOO: AOO used for B1")
        b1, b2 = criterion_b_classes(eoo_for_b1, float(aoo_km2[code]), hull.distinct_points, min_records)
        results.append(SpeciesMetrics(
            name, int(idx.size), hull.distinct_points, hull.area_km2, note, int(aoo.cells[code]),
            float(aoo_km2[code]), b1, b2,
            joined_unique(occ.country[idx]) if occ.country is not None else "",
            joined_unique(occ.partner[idx]) if occ.partner is not None else "",
            occ.iucn.get(name, ""), hull, criterion_b_note(hull.distinct_points, min_records)))
    return results, study_proj, aoo, x, y


# -- reading a layer -------------------------------------------------------------------------------
OCC_COLUMNS = ("scientificName", "decimalLatitude", "decimalLongitude", "iucnCategory", "citesAppendix",
               "country_iso3", "institutionCode", "year", "eventDate", "occurrenceStatus")


def occurrences_from_source(source, transform_context=None, feedback=None) -> Occurrences:
    """Reads present occurrences from a layer or Processing feature source: points from the geometry
    (reprojected to WGS 84) when the layer has point geometry, otherwise ``decimalLatitude`` /
    ``decimalLongitude``. Absences (``occurrenceStatus`` = absent) are left out and counted."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsWkbTypes

    names = source.fields().names()
    if "scientificName" not in names:
        raise ValueError(tr("The occurrence layer has no scientificName field."))
    has_points = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    if not has_points and not {"decimalLatitude", "decimalLongitude"} <= set(names):
        raise ValueError(tr("The occurrence layer has neither point geometry nor decimalLatitude and "
                            "decimalLongitude fields."))
    wanted = [c for c in OCC_COLUMNS if c in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, source.fields())
    if has_points:
        if transform_context is None:
            from qgis.core import QgsProject

            transform_context = QgsProject.instance().transformContext()
        request.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"), transform_context)
    else:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    index = {c: names.index(c) for c in wanted}
    total = source.featureCount() if source.featureCount() > 0 else 0
    columns = {c: [] for c in wanted}
    lon, lat = [], []
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and n % 50000 == 0:
            if feedback.isCanceled():
                break
            if total:
                feedback.setProgress(100.0 * n / total)
        attrs = feature.attributes()
        for c, i in index.items():
            columns[c].append(attrs[i])
        if has_points:
            geometry = feature.geometry()
            if geometry.isEmpty():
                lon.append(float("nan"))
                lat.append(float("nan"))
            else:
                point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
                lon.append(point.x())
                lat.append(point.y())
    if not has_points:
        lon = [_to_float(v) for v in columns["decimalLongitude"]]
        lat = [_to_float(v) for v in columns["decimalLatitude"]]
    elif "decimalLongitude" in columns and "decimalLatitude" in columns:
        # a feature without geometry still has its Darwin Core coordinates
        lon = [a if a == a else _to_float(f) for a, f in zip(lon, columns["decimalLongitude"])]
        lat = [a if a == a else _to_float(f) for a, f in zip(lat, columns["decimalLatitude"])]
    year = columns.get("year")
    if "eventDate" in columns:
        year = [y if _to_float(y) == _to_float(y) else _year_of(d)
                for y, d in zip(year or [None] * len(lon), columns["eventDate"])]
    return from_arrays([None if v is None or str(v) == "NULL" else str(v) for v in columns["scientificName"]],
                       lon, lat, columns.get("occurrenceStatus"), columns.get("iucnCategory"),
                       columns.get("citesAppendix"), columns.get("country_iso3"), columns.get("institutionCode"),
                       year)


def _year_of(date) -> float:
    """Year of an ISO 8601 date or interval (``2020-06-12``, ``2020``, ``2019/2020`` → latest)."""
    import re

    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", str(date or ""))]
    return float(max(years)) if years else float("nan")


def occurrences_from_ogr(uri: str, crs_definition: str = "EPSG:4326", feedback=None) -> Optional[Occurrences]:
    """Fast path for GDAL/OGR layers (GeoPackage, Shapefile, CSV…): reads the needed columns through
    GDAL's Arrow stream as numpy arrays, in batches, without one Python object per feature.
    ``uri`` is the QGIS ogr source (``path|layername=…|subset=…``). Same result as
    :func:`occurrences_from_source`; returns None when the layer cannot be read this way."""
    from osgeo import ogr
    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri("ogr", uri)
    path = parts.get("path")
    if not path:
        return None
    try:
        dataset = ogr.Open(path)
    except RuntimeError:
        return None
    if dataset is None:
        return None
    if parts.get("layerName"):
        layer = dataset.GetLayerByName(parts["layerName"])
    else:
        layer = dataset.GetLayer(int(parts.get("layerId") or 0))
    if layer is None or not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    if parts.get("subset") and layer.SetAttributeFilter(parts["subset"]) != 0:
        return None
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if "scientificName" not in names:
        raise ValueError(tr("The occurrence layer has no scientificName field."))
    has_points = definition.GetGeomFieldCount() > 0 and ogr.GT_Flatten(layer.GetGeomType()) in (
        ogr.wkbPoint, ogr.wkbMultiPoint, ogr.wkbUnknown)
    use_fields = {"decimalLatitude", "decimalLongitude"} <= set(names)
    if not has_points and not use_fields:
        raise ValueError(tr("The occurrence layer has neither point geometry nor decimalLatitude and "
                            "decimalLongitude fields."))
    use_geometry = has_points   # the geometry wins when there is one, as in occurrences_from_source
    wanted = [c for c in OCC_COLUMNS if c in names]
    ignored = [n for n in names if n not in wanted]
    if not use_geometry:
        ignored.append("OGR_GEOMETRY")
    layer.SetIgnoredFields(ignored)
    columns = {c: [] for c in wanted}
    geometries = []
    total = max(1, layer.GetFeatureCount())
    done = 0
    try:
        stream = layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"])
        for batch in stream:
            for c in wanted:
                columns[c].append(_batch_column(batch[c]))
            if use_geometry:
                geometries.append(batch[layer.GetGeometryColumn() or "wkb_geometry"])
            done += len(batch[wanted[0]])
            if feedback is not None:
                if feedback.isCanceled():
                    break
                feedback.setProgress(100.0 * done / total)
    except (RuntimeError, KeyError):
        return None
    data = {c: (np.concatenate(v) if v else np.zeros(0, dtype=object)) for c, v in columns.items()}
    if use_geometry:
        lon, lat = _points_from_wkb(np.concatenate(geometries) if geometries else np.zeros(0, dtype=object))
        if crs_definition and crs_definition.upper() != "EPSG:4326":
            ok = np.isfinite(lon)
            lon[ok], lat[ok] = Projector(crs_definition, WGS84_WKT_AUTH)(lon[ok], lat[ok])
        if use_fields:  # a feature without geometry still has its Darwin Core coordinates
            gap = ~np.isfinite(lon) | ~np.isfinite(lat)
            lon[gap] = data["decimalLongitude"][gap].astype(float)
            lat[gap] = data["decimalLatitude"][gap].astype(float)
    else:
        lon = data["decimalLongitude"].astype(float)
        lat = data["decimalLatitude"].astype(float)
    year = data["year"].astype(float) if "year" in data else None
    if year is not None:
        year[year == 0] = np.nan  # null integers come back as 0 from GDAL without masks
    if "eventDate" in data:
        missing = ~np.isfinite(year) if year is not None else np.ones(len(lon), dtype=bool)
        year = year if year is not None else np.full(len(lon), np.nan)
        year[missing] = [_year_of(d) for d in data["eventDate"][missing]]
    return from_arrays(data["scientificName"], lon, lat, data.get("occurrenceStatus"), data.get("iucnCategory"),
                       data.get("citesAppendix"), data.get("country_iso3"), data.get("institutionCode"), year)


def _batch_column(values):
    """One Arrow batch column as a numpy array: text decoded (None for null), numbers NaN for null."""
    if isinstance(values, np.ma.MaskedArray):
        mask = np.ma.getmaskarray(values)
        if values.dtype.kind in "iuf":
            out = values.data.astype(float)
            out[mask] = np.nan
            return out
        values = values.data.astype(object)
        values[mask] = None
    if values.dtype.kind == "S":   # decode each distinct value once
        unique, inverse = np.unique(values, return_inverse=True)
        decoded = np.array([u.decode("utf-8") or None for u in unique.tolist()], dtype=object)
        return decoded[inverse]
    if values.dtype.kind == "O":
        return np.array([v.decode("utf-8") if isinstance(v, bytes) else v for v in values], dtype=object)
    if values.dtype.kind in "iuf":
        return values.astype(float)
    return values.astype(object)


def _points_from_wkb(wkbs: np.ndarray):
    """lon/lat (layer CRS) of WKB points: a vectorised read for fixed-size 2D points, else OGR."""
    n = len(wkbs)
    if n and wkbs.dtype.kind == "V" and wkbs.dtype.itemsize == 21:
        raw = np.frombuffer(wkbs.tobytes(), dtype=np.uint8).reshape(n, 21)
        if (raw[:, 0] == 1).all() and (raw[:, 1] == 1).all():
            xy = raw[:, 5:21].copy().view("<f8")
            return xy[:, 0].copy(), xy[:, 1].copy()
    from osgeo import ogr

    lon = np.full(n, np.nan)
    lat = np.full(n, np.nan)
    for i, wkb in enumerate(wkbs):
        if wkb is None or len(bytes(wkb)) == 0:
            continue
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        if geometry is None or geometry.IsEmpty():
            continue
        if geometry.GetGeometryCount():
            geometry = geometry.GetGeometryRef(0)
        lon[i], lat[i] = geometry.GetX(), geometry.GetY()
    return lon, lat
