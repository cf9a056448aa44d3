"""Dense national networks of irregular protected areas, for the connectivity and overlay benchmarks
and the tests that compare them with exact computations.

Shapes: star-shaped rings (sorted angles, positive radius, so always simple) whose radius carries
low harmonics (lobes), per-vertex spikes and an optional stretch and rotation (elongated valleys,
river reserves). Sizes: lognormal radius (median ``median_radius_km``) capped at ``max_radius_km``.
Centres: a share ``clustered`` around cluster seeds (as national networks grow around a few
regions), the rest uniform. Coordinates in metres; everything is drawn from one seed.
"""
import struct

import numpy as np


def irregular_ring(cx, cy, radius, n_vertices, rng, spikiness=0.0, lobes=4, stretch=1.0, roughness=0.3):
    """A closed (N+1)×2 ring around (cx, cy). ``roughness``: a periodic random walk on the log
    radius (a digitised, wandering boundary); ``spikiness``: independent spikes on 30 % of the
    vertices (a hairbrush outline, the worst case for overlays and unions)."""
    theta = np.sort(rng.uniform(0.0, 2 * np.pi, n_vertices))
    r = np.ones(n_vertices)
    for h in range(1, lobes + 1):
        r += rng.normal(0.0, 0.25 / h) * np.cos(h * theta + rng.uniform(0, 2 * np.pi))
    r = np.clip(r, 0.3, None)
    if roughness:
        walk = np.cumsum(rng.normal(0.0, 1.0, n_vertices))
        walk -= np.linspace(0.0, walk[-1], n_vertices)  # periodic: ends where it starts
        r *= np.exp(roughness * walk / max(np.abs(walk).max(), 1e-12))
    if spikiness:
        r *= 1.0 + spikiness * rng.exponential(1.0, n_vertices) * (rng.random(n_vertices) < 0.3)
    r *= radius / np.mean(r)
    x, y = r * np.cos(theta) * stretch, r * np.sin(theta) / stretch
    angle = rng.uniform(0, np.pi)
    c, s = np.cos(angle), np.sin(angle)
    ring = np.column_stack([cx + c * x - s * y, cy + s * x + c * y])
    return np.vstack([ring, ring[:1]])


def dense_rings(n, side_km=4000.0, median_radius_km=3.0, max_radius_km=60.0, vertices=(200, 2000),
                clustered=0.5, clusters=None, cluster_spread_km=None, spikiness=0.0, roughness=0.3, seed=0):
    """``n`` rings (metres) over a ``side_km`` square."""
    rng = np.random.default_rng(seed)
    side = side_km * 1000.0
    radius = np.minimum(median_radius_km * 1000.0 * rng.lognormal(0.0, 1.0, n), max_radius_km * 1000.0)
    radius = np.maximum(radius, 200.0)
    n_clustered = int(round(clustered * n))
    clusters = clusters or max(1, n // 200)
    spread = (cluster_spread_km or side_km / 40.0) * 1000.0
    seeds = rng.uniform(0.1 * side, 0.9 * side, (clusters, 2))
    centres = np.vstack([
        seeds[rng.integers(0, clusters, n_clustered)] + rng.normal(0.0, spread, (n_clustered, 2)),
        rng.uniform(0.0, side, (n - n_clustered, 2)),
    ])
    centres = np.clip(centres, 0.0, side)
    rng.shuffle(centres)
    counts = rng.integers(vertices[0], vertices[1] + 1, n)
    stretch = np.where(rng.random(n) < 0.2, rng.uniform(1.5, 4.0, n), 1.0)
    return [irregular_ring(centres[k, 0], centres[k, 1], radius[k], int(counts[k]), rng, spikiness,
                           stretch=stretch[k], roughness=roughness) for k in range(n)]


def polygon_wkb(ring) -> bytes:
    """ISO WKB of a one-ring polygon."""
    ring = np.ascontiguousarray(ring, dtype="<f8")
    return struct.pack("<BIII", 1, 3, 1, len(ring)) + ring.tobytes()


def qgs_geometries(rings):
    from qgis.core import QgsGeometry

    out = []
    for ring in rings:
        g = QgsGeometry()
        g.fromWkb(polygon_wkb(ring))
        out.append(g)
    return out


def dense_areas(rings, side_km, foreign_share=0.2):
    """Areas (connectivity input) of two countries split along x = (1 - foreign_share) side, and
    the region (the first country): the areas beyond the line are transboundary neighbours."""
    from qgis.core import QgsGeometry, QgsRectangle

    from corridor_plugin.core.connectivity import network as nw

    border = (1.0 - foreign_share) * side_km * 1000.0
    areas = []
    for k, g in enumerate(qgs_geometries(rings)):
        country = "AAA" if g.centroid().asPoint().x() < border else "BBB"
        areas.append(nw.Area(g, k + 1, f"area {k + 1}", country))
    region = QgsGeometry.fromRect(QgsRectangle(-100_000.0, -100_000.0, border, side_km * 1000.0 + 100_000.0))
    return areas, region
