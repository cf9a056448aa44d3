"""Coordinate reference systems of partner sheets: transformation to WGS 84 (EPSG:4326) with GDAL/PROJ,
Pulkovo 1942 Gauss–Krüger zones read from the easting prefix, and a warning where PROJ has no datum
shift for the area (Beijing 1954, Xian 1980: the result may be off by about 100 m)."""
import functools
from contextlib import ExitStack
from dataclasses import dataclass

import numpy as np

from .gdal_compat import gdal_exceptions
from .parsing.coordinates import gk_zone_of_epsg

# Datums equal to WGS 84 within about a metre: no shift needed, none warned about.
WGS84_EQUIVALENT = {"4326", "4490", "4258", "4269", "4283", "7844"}


@dataclass
class CrsInfo:
    user_input: str
    authid: str         # "EPSG:28420" or the user text
    epsg: int
    geographic: bool
    gk_zone: int = 0    # Pulkovo 1942 GK zone, 0 otherwise

    @property
    def is_wgs84(self):
        return self.geographic and self.epsg == 4326


def crs_info(text: str) -> CrsInfo:
    """Parse a CRS given as ``EPSG:n``, a QGIS authid, WKT or PROJ string. Raises ValueError."""
    from osgeo import osr

    text = (text or "EPSG:4326").strip()
    srs = osr.SpatialReference()
    try:
        failed = srs.SetFromUserInput(text) != 0
    except RuntimeError:  # GDAL exceptions switched on (by QGIS or another plugin; osr too since GDAL 3.7)
        failed = True
    if failed:
        raise ValueError(text)
    srs.AutoIdentifyEPSG()
    name = srs.GetAuthorityName(None) or ""
    code = srs.GetAuthorityCode(None) or "0"
    epsg = int(code) if name.upper() == "EPSG" and code.isdigit() else 0
    authid = f"EPSG:{epsg}" if epsg else text
    return CrsInfo(user_input=text, authid=authid, epsg=epsg, geographic=bool(srs.IsGeographic()),
                   gk_zone=gk_zone_of_epsg(epsg) or 0)


def _srs(text):
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.SetFromUserInput(text)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _transform(source, target, xs, ys, area=None, ballpark=True):
    from osgeo import osr

    options = osr.CoordinateTransformationOptions()
    if area is not None:
        options.SetAreaOfInterest(*area)
    options.SetBallparkAllowed(ballpark)
    transform = osr.CoordinateTransformation(source, target, options)
    if transform is None or getattr(transform, "this", None) is None:
        raise RuntimeError("no coordinate operation")
    points = np.column_stack([xs, ys]).astype(float)
    out = np.array(transform.TransformPoints(points.tolist()), dtype=float)
    return out[:, 0], out[:, 1]


def to_wgs84(xs, ys, crs_text: str):
    """(lon, lat, datum_shift_available) for points in ``crs_text``. Points that PROJ cannot transform
    come back as NaN. ``datum_shift_available`` is False when only a ballpark (null) shift exists."""
    from osgeo import osr

    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    if xs.size == 0:
        return xs, ys, True
    info = crs_info(crs_text)
    if info.is_wgs84:
        return xs.copy(), ys.copy(), True
    source = _srs(info.user_input)
    wgs84 = _srs("EPSG:4326")
    geog = source.CloneGeogCS()
    geog.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    exceptions = ExitStack()
    exceptions.enter_context(gdal_exceptions())
    try:
        # first the source's own geographic coordinates (no datum change), for the area of interest
        if info.geographic:
            glon, glat = xs, ys
        else:
            glon, glat = _transform(source, geog, xs, ys)
        good = np.isfinite(glon) & np.isfinite(glat) & (np.abs(glat) <= 90) & (np.abs(glon) <= 180)
        area = None
        if good.any():
            area = (float(glon[good].min()), float(glat[good].min()), float(glon[good].max()),
                    float(glat[good].max()))
        shift = True
        # second step from the source's geographic CRS, so PROJ picks a datum shift for the area
        if str(info.epsg) in WGS84_EQUIVALENT or geog.GetAuthorityCode(None) in WGS84_EQUIVALENT:
            lon, lat = _transform(geog, wgs84, glon, glat, area, ballpark=True)
        else:
            try:
                lon, lat = _transform(geog, wgs84, glon, glat, area, ballpark=False)
                if good.any() and not np.isfinite(lon[good]).all():
                    raise RuntimeError("no datum shift")
            except RuntimeError:
                shift = False
                lon, lat = _transform(geog, wgs84, glon, glat, area, ballpark=True)
    finally:
        exceptions.close()
    bad = ~np.isfinite(lon) | ~np.isfinite(lat) | (np.abs(lon) > 1e300)
    lon = np.where(bad, np.nan, lon)
    lat = np.where(bad, np.nan, lat)
    return lon, lat, shift


# An area of use is where a CRS is meant to be used, not where its formulas stop working: partners'
# Pulkovo GK sheets reach beyond EPSG's Russian onshore areas into Mongolia and China. The margin keeps
# those and still refuses a typing error of several orders of magnitude before PROJ sees it.
AREA_OF_USE_MARGIN_DEG = 10.0


@functools.lru_cache(maxsize=64)
def area_of_use_bounds(crs_text: str, margin_deg: float = AREA_OF_USE_MARGIN_DEG):
    """((west, south, east, north) in degrees, (xmin, ymin, xmax, ymax) in the CRS's units) of the CRS's
    area of use widened by ``margin_deg``; None when the CRS states no area of use."""
    from osgeo import gdal, osr

    info = crs_info(crs_text)
    source = _srs(info.user_input)
    area = source.GetAreaOfUse()
    if area is None or area.west_lon_degree is None:
        return None
    west, east = area.west_lon_degree, area.east_lon_degree
    if east < west:  # crosses the antimeridian
        west, east = -180.0, 180.0
    west, east = max(west - margin_deg, -180.0), min(east + margin_deg, 180.0)
    limit = 85.06 if info.epsg == 3857 else 90.0
    south = max(area.south_lat_degree - margin_deg, -limit)
    north = min(area.north_lat_degree + margin_deg, limit)
    geographic = (west, south, east, north)
    if info.geographic:
        return geographic, geographic
    steps = np.linspace(0.0, 1.0, 41)
    lons = np.concatenate([west + (east - west) * steps, np.full(41, east), east - (east - west) * steps,
                           np.full(41, west)])
    lats = np.concatenate([np.full(41, south), south + (north - south) * steps, np.full(41, north),
                           north - (north - south) * steps])
    geog = source.CloneGeogCS()
    geog.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    was = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        xs, ys = _transform(geog, source, lons, lats)
    except RuntimeError:
        return None
    finally:
        if not was:
            gdal.DontUseExceptions()
    good = np.isfinite(xs) & np.isfinite(ys) & (np.abs(xs) < 1e15) & (np.abs(ys) < 1e15)
    if not good.any():
        return None
    return geographic, (float(xs[good].min()), float(ys[good].min()), float(xs[good].max()),
                        float(ys[good].max()))


def _inside(xs, ys, crs_text: str, which: int):
    """True where (xs, ys) lie inside box ``which`` of the widened area of use (0: WGS 84 degrees, 1: the
    CRS's own units); all finite values when the CRS states none. Plain comparisons: safe for NaN and inf."""
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    bounds = area_of_use_bounds(crs_text)
    finite = np.isfinite(xs) & np.isfinite(ys)
    if bounds is None:
        return finite
    xmin, ymin, xmax, ymax = bounds[which]
    with np.errstate(invalid="ignore"):
        return finite & (xs >= xmin) & (xs <= xmax) & (ys >= ymin) & (ys <= ymax)


def inside_area_of_use(xs, ys, crs_text: str):
    """True where projected (or geographic) values lie inside the widened area of use of ``crs_text``."""
    return _inside(xs, ys, crs_text, 1)


def inside_geographic_area(lon, lat, crs_text: str):
    """True where WGS 84 positions lie inside the widened area of use of ``crs_text``."""
    return _inside(lon, lat, crs_text, 0)
