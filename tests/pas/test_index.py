"""The fast point-in-polygon index against hand-worked answers and against GEOS."""
import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY

from corridor_plugin.core.overlay import PolygonIndex, geometry_rings
from tests.builders.pas import random_protected_areas


def square(x0, y0, x1, y1):
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], float)


def pairs(index, points, classify=None):
    pts = np.asarray(points, float)
    p, a = index.query(pts[:, 0], pts[:, 1], classify=classify)
    return sorted(zip(p.tolist(), a.tolist()))


@pytest.mark.parametrize("classify", [True, False])
def test_boundaries_holes_overlaps_and_multipart_by_hand(classify):
    park_with_hole = [square(0, 0, 10, 10), square(4, 4, 6, 6)]      # area 0
    triangle = [np.array([[5, 5], [15, 5], [15, 15], [5, 5]], float)]  # area 1, overlaps area 0
    two_parts = [square(20, 0, 22, 2), square(30, 0, 31, 1)]          # area 2
    index = PolygonIndex([park_with_hole, triangle, two_parts])
    points = [(1, 1), (5, 5), (10, 5), (0, 0), (4, 5), (5.5, 5.5), (12, 8), (14, 6), (20, 20),
              (10, 10), (6, 6), (21, 1), (30.5, 0.5), (25, 1), (31, 1), (9.999, 9.999), (10.001, 5)]
    # (5,5): centre of the hole, vertex of the triangle; (5.5,5.5): in the hole, on the triangle's
    # diagonal; (4,5), (6,6): on the hole's outline count as inside area 0
    expected = {0: [0], 1: [1], 2: [0, 1], 3: [0], 4: [0], 5: [1], 6: [1], 7: [1], 8: [], 9: [0, 1],
                10: [0, 1], 11: [2], 12: [2], 13: [], 14: [2], 15: [0, 1], 16: [1]}
    got = pairs(index, points, classify)
    want = sorted((p, a) for p, areas in expected.items() for a in areas)
    assert got == want


def test_empty_inputs():
    index = PolygonIndex([[]])
    assert pairs(index, [(0, 0)]) == []
    index = PolygonIndex([[square(0, 0, 1, 1)]])
    assert index.query(np.zeros(0), np.zeros(0))[0].size == 0


@pytest.mark.parametrize("seed,classify", [(1, True), (2, False), (3, None)])
def test_agrees_with_geos_on_random_polygons_and_boundary_points(qgis_app, seed, classify):
    rng = np.random.default_rng(seed)
    polygons = random_protected_areas(40, rng, extent=(100, 45, 104, 48), vertices=(50, 400),
                                      hole_share=0.3, multipart_share=0.3)
    geometries = [QgsGeometry.fromWkt(wkt) for wkt, _ in polygons]
    index = PolygonIndex([geometry_rings(g) for g in geometries])
    n = 6000
    px = rng.uniform(99.5, 104.5, n)
    py = rng.uniform(44.5, 48.5, n)
    # exact vertices of the outlines: on the boundary by construction
    vertices = np.array([(v.x(), v.y()) for g in geometries[:10] for v in list(g.vertices())[::17]])
    px = np.concatenate([px, vertices[:, 0]])
    py = np.concatenate([py, vertices[:, 1]])
    got = set(zip(*[a.tolist() for a in index.query(px, py, classify=classify)]))
    if classify is not None:
        assert (index.cell_state is not None) == classify
    else:  # automatic: only polygons with enough points are classified, the others stay 'edge'
        assert index.cell_state is not None and (index.cell_state == 2).mean() < 1
    engines = []
    for g in geometries:
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        engines.append((g.boundingBox(), engine))
    expected = set()
    for i, (x, y) in enumerate(zip(px, py)):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        for j, (box, engine) in enumerate(engines):
            if box.xMinimum() <= x <= box.xMaximum() and box.yMinimum() <= y <= box.yMaximum() \
                    and engine.intersects(point.constGet()):
                expected.add((i, j))
    differing = got ^ expected
    # only points within the 1e-9·|coordinate| tolerance of a boundary may differ
    for i, j in differing:
        distance = geometries[j].constGet().boundary() and QgsGeometry(
            geometries[j].constGet().boundary()).distance(QgsGeometry.fromPointXY(QgsPointXY(px[i], py[i])))
        assert distance < 1e-6, (i, j, distance)
    assert len(expected) > 300
    # every outline vertex is found in its own area
    vertex_area = np.repeat(np.arange(10), [len(list(g.vertices())[::17]) for g in geometries[:10]])
    assert all((n + k, int(a)) in got for k, a in enumerate(vertex_area))
