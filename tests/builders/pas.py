"""Synthetic protected areas and occurrences for the ``pas`` tests and benchmark.

Polygons are smooth irregular star-shaped outlines (a few random harmonics plus jitter), so they
are simple and valid whatever their vertex count, with the 200–2,000 vertices typical of WDPA
boundaries; some have a hole, some a second part. Occurrences carry the Darwin Core fields of
``corridor_plugin.core.schema``. GeoPackages are written through GDAL (CSV → GPKG for points) so
that a million points take seconds, not minutes.
"""
import math
import os
import tempfile

import numpy as np

SPECIES = [
    # name, IUCN category, CITES appendix
    ("Procapra gutturosa", "LC", ""),
    ("Grus vipio", "VU", "I"),
    ("Grus japonensis", "VU", "I"),
    ("Otis tarda", "VU", "II"),
    ("Uncia uncia", "VU", "I"),
    ("Ovis ammon", "NT", "II"),
    ("Falco cherrug", "EN", "II"),
    ("Mustela sibirica", "LC", ""),
    ("Equus ferus przewalskii", "EN", "I"),
    ("Capra sibirica", "LC", ""),
    ("Anser cygnoides", "VU", ""),
    ("Haliaeetus albicilla", "LC", "I"),
]
PARTNERS = ["DAURSKY", "MNG-SPA", "IMAR-NNR", "WWF-MN", "KZ-ALTAI"]
COUNTRIES = ["RUS", "MNG", "CHN", "KAZ"]


def star_ring(cx, cy, radius, n_vertices, rng, harmonics=4, roughness=0.25):
    """Closed ring (n_vertices + 1 points, counter-clockwise) of a smooth irregular star shape."""
    theta = np.linspace(0.0, 2 * math.pi, n_vertices, endpoint=False)
    r = np.ones(n_vertices)
    for k in range(1, harmonics + 1):
        r += rng.uniform(0, roughness / k) * np.cos(k * theta + rng.uniform(0, 2 * math.pi))
    r += rng.uniform(-0.02, 0.02, n_vertices)  # small jitter: realistic, still star-shaped
    r = np.clip(r, 0.3, None) * radius
    x = cx + r * np.cos(theta) / max(math.cos(math.radians(cy)), 0.2)
    y = cy + r * np.sin(theta)
    ring = np.column_stack([x, y])
    return np.vstack([ring, ring[:1]])


def ring_wkt(ring):
    return "(" + ",".join(f"{x:.10f} {y:.10f}" for x, y in ring) + ")"


def random_protected_areas(n, rng, extent=(80.0, 40.0, 140.0, 60.0), vertices=(200, 2000),
                           hole_share=0.05, multipart_share=0.05):
    """List of (wkt, attributes) for n polygons in lon/lat inside ``extent``."""
    xmin, ymin, xmax, ymax = extent
    out = []
    for i in range(n):
        radius = math.exp(rng.uniform(math.log(0.01), math.log(0.4)))
        cx = rng.uniform(xmin + 1, xmax - 1)
        cy = rng.uniform(ymin + 1, ymax - 1)
        nv = int(rng.integers(vertices[0], vertices[1] + 1))
        shell = star_ring(cx, cy, radius, nv, rng)
        rings = [ring_wkt(shell)]
        if rng.random() < hole_share:
            hole = star_ring(cx, cy, radius * 0.15, 40, rng, roughness=0.05)[::-1]
            rings.append(ring_wkt(hole))
        parts = ["(" + ",".join(rings) + ")"]
        if rng.random() < multipart_share:
            second = star_ring(cx + 3 * radius, cy + 3 * radius, radius * 0.4, max(nv // 4, 20), rng)
            parts.append("(" + ring_wkt(second) + ")")
        wkt = "MULTIPOLYGON(" + ",".join(parts) + ")"
        out.append((wkt, {"WDPAID": 100000 + i, "NAME": f"PA {i}", "IUCN_CAT": "II"}))
    return out


def write_polygons_gpkg(path, polygons, layer_name="protected_areas"):
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        driver.DeleteDataSource(path)
    ds = driver.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("WDPAID", ogr.OFTInteger64))
    layer.CreateField(ogr.FieldDefn("NAME", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("IUCN_CAT", ogr.OFTString))
    layer.StartTransaction()
    for wkt, attrs in polygons:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in attrs.items():
            feature.SetField(key, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    return path


def random_occurrence_columns(n, rng, extent=(80.0, 40.0, 140.0, 60.0), near=None):
    """Dict of numpy columns: lon/lat plus Darwin Core attributes. ``near`` (list of (cx, cy, r))
    draws half of the points around those centres so that many fall inside and on edges."""
    xmin, ymin, xmax, ymax = extent
    lon = rng.uniform(xmin, xmax, n)
    lat = rng.uniform(ymin, ymax, n)
    if near:
        half = n // 2
        centres = np.asarray(near)
        pick = rng.integers(0, len(centres), half)
        lon[:half] = centres[pick, 0] + rng.normal(0, 1, half) * centres[pick, 2] * 1.5
        lat[:half] = centres[pick, 1] + rng.normal(0, 1, half) * centres[pick, 2]
    species = rng.integers(0, len(SPECIES), n)
    years = rng.integers(1995, 2025, n)
    months = rng.integers(1, 13, n)
    days = rng.integers(1, 29, n)
    return {
        "lon": lon, "lat": lat,
        "occurrenceID": np.array([f"occ-{i}" for i in range(n)], dtype=object),
        "scientificName": np.array([SPECIES[s][0] for s in species], dtype=object),
        "iucnCategory": np.array([SPECIES[s][1] for s in species], dtype=object),
        "citesAppendix": np.array([SPECIES[s][2] for s in species], dtype=object),
        "institutionCode": np.array(PARTNERS, dtype=object)[rng.integers(0, len(PARTNERS), n)],
        "country_iso3": np.array(COUNTRIES, dtype=object)[rng.integers(0, len(COUNTRIES), n)],
        "year": years,
        "eventDate": np.array([f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in zip(years, months, days)], dtype=object),
        "individualCount": rng.integers(1, 50, n),
        "abundanceMax": rng.integers(1, 80, n).astype(float),
    }


OCC_COLUMNS = ("occurrenceID", "scientificName", "iucnCategory", "citesAppendix", "institutionCode",
               "country_iso3", "year", "eventDate", "individualCount", "abundanceMax")
_OGR_TYPES = {"year": "Integer", "individualCount": "Integer", "abundanceMax": "Real"}


def write_points_gpkg(path, columns, layer_name="occurrences"):
    """Write the occurrence columns as a point GeoPackage (EPSG:4326) through a CSV and GDAL."""
    from osgeo import gdal

    n = len(columns["lon"])
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "occ.csv")
        with open(csv, "w", encoding="utf-8") as fh:
            fh.write("lon,lat," + ",".join(OCC_COLUMNS) + "\n")
            cols = [np.char.mod("%.8f", columns["lon"]), np.char.mod("%.8f", columns["lat"])]
            cols += [np.asarray(columns[c]).astype(str) for c in OCC_COLUMNS]
            block = 200_000
            for start in range(0, n, block):
                rows = [",".join(r) for r in zip(*(c[start:start + block] for c in cols))]
                fh.write("\n".join(rows) + "\n")
        with open(os.path.join(tmp, "occ.csvt"), "w", encoding="utf-8") as fh:
            fh.write(",".join(["CoordX", "CoordY"] + [_OGR_TYPES.get(c, "String") for c in OCC_COLUMNS]))
        if os.path.exists(path):
            os.remove(path)
        gdal.UseExceptions()
        gdal.VectorTranslate(path, csv, format="GPKG", layerName=layer_name,
                             options=["-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat",
                                      "-oo", "KEEP_GEOM_COLUMNS=NO", "-nlt", "POINT", "-a_srs", "EPSG:4326",
                                      "-gt", "65536"])
    return path
