"""Synthetic protected areas for the connectivity tests and benchmark.

``layer_from_wkt`` builds small hand-drawn cases; ``realistic_polygons`` generates a national-scale
network: areas in reserve complexes (as reserves follow mountains and wetlands), log-normal sizes
(median about 30 km², a few over 5,000 km²), irregular outlines with 24-48 vertices, some touching
or overlapping neighbours, two countries split by a straight border.
"""
import math

import numpy as np

CRS = "EPSG:32649"  # UTM 49N, metres


def layer_from_wkt(rows, geometry="Polygon", crs=CRS, fields=(("pa_id", "string"), ("name", "string"),
                                                              ("iso3", "string"))):
    """A memory layer from (wkt, value, value, ...) rows."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    spec = "&".join(f"field={name}:{kind}" for name, kind in fields)
    layer = QgsVectorLayer(f"{geometry}?crs={crs}&{spec}", "cases", "memory")
    features = []
    for wkt, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def realistic_polygons(n, seed=7, extent_km=None, per_cluster=10, spread_km=15.0):
    """(wkt, pa_id, name, iso3) rows of ``n`` generated areas; the extent grows with n so that the
    density stays that of China's network (about one area per 900 km²). Areas come in reserve
    complexes of about ``per_cluster`` areas (a mountain range, a wetland system) scattered over
    the extent, each spread over about ``spread_km``."""
    rng = np.random.default_rng(seed)
    side = (extent_km or math.sqrt(n * 900.0)) * 1000.0
    n_clusters = max(1, n // per_cluster)
    centres = rng.uniform(0, side, (n_clusters, 2))
    rows = []
    for k in range(n):
        c = rng.integers(n_clusters)
        cx, cy = centres[c] + rng.normal(0, spread_km * 1000.0, 2)
        area_m2 = float(np.clip(rng.lognormal(math.log(30e6), 1.3), 0.5e6, 8000e6))
        radius = math.sqrt(area_m2 / math.pi)
        vertices = int(rng.integers(24, 49))
        t = np.sort(rng.uniform(0, 2 * math.pi, vertices))
        wobble = 1 + 0.25 * np.sin(3 * t + rng.uniform(0, 6)) + rng.uniform(-0.1, 0.1, vertices)
        xs = cx + radius * wobble * np.cos(t)
        ys = cy + radius * wobble * np.sin(t)
        ring = ",".join(f"{x:.1f} {y:.1f}" for x, y in zip(xs, ys))
        first = f"{xs[0]:.1f} {ys[0]:.1f}"
        rows.append((f"POLYGON(({ring},{first}))", f"PA{k + 1}", f"Area {k + 1}",
                     "CHN" if cx < side / 2 else "MNG"))
    return rows, side


def realistic_layer(n, seed=7):
    rows, side = realistic_polygons(n, seed)
    margin = 0.05 * side
    region = layer_from_wkt([(box(-margin, -margin, side + margin, side + margin), "study area")],
                            fields=(("region", "string"),))
    return layer_from_wkt(rows), region
