"""Build ``seeds/protected_areas/``: sample protected areas of the Dauria transboundary region and
the Altai / China–Kazakhstan border, in the WDPA legacy schema, plus part of them in the
late-2025 schema.

Figures (designation, IUCN category, year, area, centre or bounding box) are those of
``../shared/data/protected_areas_reference.csv``; the OUTLINES ARE APPROXIMATIONS for
demonstration: smooth irregular polygons of the reported area (computed in a Lambert azimuthal
equal-area projection centred on each site) around the reported centre or inside the reported
bounding box. WDPA ids are sample ids (9xxxxxx), not the real WDPAIDs, except the World Heritage
site Landscapes of Dauria (555624857, given in the reference). Deterministic: same files each run.

Run: /usr/bin/python3 scripts/make_seed_pas.py
"""
import math
import os
from pathlib import Path

import numpy as np
from osgeo import ogr, osr

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "seeds" / "protected_areas"

# pid, name, local name, iso3, designation, iucn, status, year, area km², lon, lat, bbox (minlon,minlat,maxlon,maxlat)
SITES = [
    ("9000001", "Daursky", "Даурский заповедник", "RUS", "State Nature Reserve (zapovednik)", "Ia", "Designated",
     1987, 457.9, 115.6517, 50.0603, None),
    ("9000002", "Mongol Daguur", "Монгол Дагуур", "MNG", "Strictly Protected Area", "Ib", "Designated",
     1992, 1030.16, 115.10, 49.70, None),
    ("9000003", "Dalai Lake", "达赉湖国家级自然保护区", "CHN", "National Nature Reserve", "Not Reported", "Designated",
     1992, 7400.0, 117.50, 48.55, (116.836, 47.764, 118.169, 49.339)),
    ("9000004", "Dornod Mongol", "Дорнод Монгол", "MNG", "Strictly Protected Area", "Not Reported", "Designated",
     1992, 5703.74, 117.325, 46.485, (116.19, 46.14, 118.46, 46.83)),
    ("9000005", "Nomrog", "Нөмрөг", "MNG", "Strictly Protected Area", "Not Reported", "Designated",
     1992, 3112.0, 119.8, 46.2, None),   # point-only (centre unverified in the reference)
    ("9000006", "Ugtam", "Угтам", "MNG", "Nature Reserve", "Not Reported", "Designated",
     1993, 461.6, 113.75, 49.33, (113.562, 49.240, 113.947, 49.425)),
    ("9000007", "Sokhondinsky", "Сохондинский заповедник", "RUS", "State Nature Reserve (zapovednik)",
     "Not Reported", "Designated", 1973, 2109.85, 111.0908, 49.6936, None),
    ("9000008", "Altai Tavan Bogd", "Алтай Таван Богд", "MNG", "National Park", "II", "Designated",
     1996, 6362.0, 88.617, 48.55, None),
    ("9000009", "Katon-Karagay", "Катон-Карагайский", "KAZ", "State National Nature Park", "II", "Designated",
     2001, 6435.0, 85.600, 49.167, None),
    ("9000010", "Markakol", "Маркакольский заповедник", "KAZ", "State Nature Reserve (zapovednik)", "Not Reported",
     "Designated", 1976, 1029.8, 85.75, 48.75, None),
    ("9000011", "Katunsky", "Катунский заповедник", "RUS", "State Nature Reserve (zapovednik)", "Ia", "Designated",
     1991, 1516.6, 86.092, 49.700, (85.617, 49.467, 86.567, 49.933)),
    ("9000012", "Kanas", "喀纳斯国家级自然保护区", "CHN", "National Nature Reserve", "Not Reported", "Designated",
     1986, 2500.0, 87.04, 48.815, None),
    # dropped by the cleaning: a UNESCO-MAB Biosphere Reserve record over the same place
    ("9000013", "Dalai Lake", "达赉湖", "CHN", "UNESCO-MAB Biosphere Reserve", "Not Applicable", "Designated",
     2002, 7400.0, 117.50, 48.55, (116.836, 47.764, 118.169, 49.339)),
    # transboundary World Heritage site (several ISO3)
    ("555624857", "Landscapes of Dauria", "Landscapes of Dauria", "MNG;RUS",
     "World Heritage Site (natural or mixed)", "Not Applicable", "Inscribed", 2017, 9126.24, 115.2, 49.8, None),
]
# Mongol Daguur is drawn in two parts: hilly steppe south of Barun-Torey and the Ulz floodplain.
MONGOL_DAGUUR_PARTS = ((115.25, 49.72, 0.7), (114.85, 49.55, 0.3))
NEW_SCHEMA_PIDS = ("9000001", "9000002", "9000003", "9000005", "9000006", "9000013", "555624857")


def laea(lon, lat):
    srs = osr.SpatialReference()
    srs.ImportFromProj4(f"+proj=laea +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")
    return srs


def wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def smooth_polygon(lon, lat, area_km2, seed, aspect=1.0, n=160):
    """A smooth irregular star-shaped ring of exactly ``area_km2`` (in LAEA) around lon/lat."""
    rng = np.random.default_rng(seed)
    theta = np.linspace(0, 2 * math.pi, n, endpoint=False)
    r = np.ones(n)
    for k in range(2, 6):
        r += rng.uniform(0, 0.18 / k * 2) * np.cos(k * theta + rng.uniform(0, 2 * math.pi))
    x, y = r * np.cos(theta) * math.sqrt(aspect), r * np.sin(theta) / math.sqrt(aspect)
    area = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    scale = math.sqrt(area_km2 * 1e6 / area)
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for px, py in zip(x * scale, y * scale):
        ring.AddPoint_2D(float(px), float(py))
    ring.CloseRings()
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    polygon.AssignSpatialReference(laea(lon, lat))
    polygon.TransformTo(wgs84())
    return polygon


def site_geometry(site, index):
    pid, _n, _l, _i, _d, _c, _s, _y, area, lon, lat, bbox = site
    if pid == "9000005":
        point = ogr.Geometry(ogr.wkbMultiPoint)
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(lon, lat)
        point.AddGeometry(p)
        return point
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    if pid == "9000002":
        for k, (plon, plat, share) in enumerate(MONGOL_DAGUUR_PARTS):
            multi.AddGeometry(smooth_polygon(plon, plat, area * share, seed=100 + k))
        return multi
    aspect = 1.0
    if bbox:
        lon = (bbox[0] + bbox[2]) / 2
        lat = (bbox[1] + bbox[3]) / 2
        width = (bbox[2] - bbox[0]) * 111.32 * math.cos(math.radians(lat))
        height = (bbox[3] - bbox[1]) * 110.57
        aspect = width / height
    multi.AddGeometry(smooth_polygon(lon, lat, area, seed=index, aspect=aspect))
    return multi


LEGACY_FIELDS = [("WDPAID", ogr.OFTReal), ("WDPA_PID", ogr.OFTString), ("PA_DEF", ogr.OFTString),
                 ("NAME", ogr.OFTString), ("ORIG_NAME", ogr.OFTString), ("DESIG", ogr.OFTString),
                 ("DESIG_ENG", ogr.OFTString), ("DESIG_TYPE", ogr.OFTString), ("IUCN_CAT", ogr.OFTString),
                 ("MARINE", ogr.OFTString), ("REP_AREA", ogr.OFTReal), ("GIS_AREA", ogr.OFTReal),
                 ("STATUS", ogr.OFTString), ("STATUS_YR", ogr.OFTInteger), ("GOV_TYPE", ogr.OFTString),
                 ("OWN_TYPE", ogr.OFTString), ("ISO3", ogr.OFTString), ("PARENT_ISO3", ogr.OFTString),
                 ("SUB_LOC", ogr.OFTString)]
NEW_FIELDS = [("SITE_ID", ogr.OFTInteger64), ("SITE_PID", ogr.OFTString), ("SITE_TYPE", ogr.OFTString),
              ("NAME_ENG", ogr.OFTString), ("NAME", ogr.OFTString), ("DESIG", ogr.OFTString),
              ("DESIG_ENG", ogr.OFTString), ("DESIG_TYPE", ogr.OFTString), ("IUCN_CAT", ogr.OFTString),
              ("REALM", ogr.OFTString), ("REP_AREA", ogr.OFTReal), ("GIS_AREA", ogr.OFTReal),
              ("STATUS", ogr.OFTString), ("STATUS_YR", ogr.OFTInteger), ("GOVSUBTYPE", ogr.OFTString),
              ("OWNSUBTYPE", ogr.OFTString), ("INLND_WTRS", ogr.OFTString), ("OECM_ASMT", ogr.OFTString),
              ("ISO3", ogr.OFTString), ("PRNT_ISO3", ogr.OFTString)]


def attributes(site, schema):
    pid, name, local, iso3, desig, iucn, status, year, area, _lon, _lat, _bbox = site
    international = desig.startswith(("UNESCO", "World Heritage"))
    if schema == "legacy":
        return dict(WDPAID=float(pid), WDPA_PID=pid, PA_DEF="1", NAME=name, ORIG_NAME=local, DESIG=desig,
                    DESIG_ENG=desig, DESIG_TYPE="International" if international else "National",
                    IUCN_CAT=iucn, MARINE="0", REP_AREA=area, GIS_AREA=area, STATUS=status, STATUS_YR=year,
                    GOV_TYPE="Federal or national ministry or agency", OWN_TYPE="State", ISO3=iso3,
                    PARENT_ISO3=iso3, SUB_LOC="Not Reported")
    return dict(SITE_ID=int(pid), SITE_PID=pid, SITE_TYPE="PA", NAME_ENG=name, NAME=local, DESIG=desig,
                DESIG_ENG=desig, DESIG_TYPE="International" if international else "National", IUCN_CAT=iucn,
                REALM="Terrestrial", REP_AREA=area, GIS_AREA=area, STATUS=status, STATUS_YR=year,
                GOVSUBTYPE="Federal or national ministry or agency", OWNSUBTYPE="State",
                INLND_WTRS="Not Reported", OECM_ASMT="Not Applicable", ISO3=iso3, PRNT_ISO3=iso3)


def write(path, schema, sites):
    driver = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        driver.DeleteDataSource(str(path))
    ds = driver.CreateDataSource(str(path))
    spec = LEGACY_FIELDS if schema == "legacy" else NEW_FIELDS
    prefix = "wdpa" if schema == "legacy" else "wdpa2025"
    layers = {}
    for kind, gtype in (("poly", ogr.wkbMultiPolygon), ("point", ogr.wkbMultiPoint)):
        layer = ds.CreateLayer(f"{prefix}_{kind}", wgs84(), gtype)
        for name, ftype in spec:
            layer.CreateField(ogr.FieldDefn(name, ftype))
        layers[kind] = layer
    for index, site in sites:
        geometry = site_geometry(site, index)
        kind = "point" if geometry.GetGeometryType() == ogr.wkbMultiPoint else "poly"
        layer = layers[kind]
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in attributes(site, schema).items():
            feature.SetField(key, value)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    ds = None


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    indexed = list(enumerate(SITES))
    write(OUT / "wdpa_sample_legacy.gpkg", "legacy", indexed)
    write(OUT / "wdpa_sample_2025.gpkg", "2025", [(i, s) for i, s in indexed if s[0] in NEW_SCHEMA_PIDS])
    print(f"written to {OUT}")


if __name__ == "__main__":
    main()
