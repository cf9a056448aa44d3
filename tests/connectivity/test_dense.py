"""The national-scale machinery (pairs from a sweep over bounding boxes, groups of overlapping
areas dissolved on their own, the buffer around the areas without one union of everything)
against the straightforward computation on a small dense network of irregular areas: one union
of all areas, GEOS distances between every pair of nodes, dense Floyd-Warshall PC."""
import itertools

import numpy as np
import pytest

from tests.builders.dense import dense_areas, dense_rings

SIDE_KM = 160.0


@pytest.fixture(scope="module")
def dense(qgis_app):
    rings = dense_rings(70, side_km=SIDE_KM, median_radius_km=3.0, max_radius_km=20.0, vertices=(200, 600),
                        seed=3)
    return dense_areas(rings, SIDE_KM)


def _area_sorted(geometries):
    return np.sort([g.area() for g in geometries])


def test_box_pairs_are_every_pair_within_the_distance():
    from corridor_plugin.core.connectivity.network import box_pairs

    rng = np.random.default_rng(5)
    low = rng.uniform(0, 100, (300, 2))
    boxes = np.hstack([low, low + rng.lognormal(0, 1, (300, 2))])
    for distance in (0.0, 3.0, 12.0):
        found = set()
        for i, j in box_pairs(boxes, distance, max_pairs=500):  # many small blocks
            assert np.all(i < j)
            found.update(zip(i.tolist(), j.tolist()))
        expected = set()
        for a, b in itertools.combinations(range(300), 2):
            gx = max(0.0, max(boxes[a, 0], boxes[b, 0]) - min(boxes[a, 2], boxes[b, 2]))
            gy = max(0.0, max(boxes[a, 1], boxes[b, 1]) - min(boxes[a, 3], boxes[b, 3]))
            if np.hypot(gx, gy) <= distance:
                expected.add((a, b))
        assert found == expected


def test_dissolving_groups_gives_the_parts_of_one_union(dense):
    from qgis.core import QgsGeometry

    from corridor_plugin.core.connectivity import network as nw

    areas, _region = dense
    geometries = [a.geometry for a in areas]
    grouped = nw.dissolve_overlapping(geometries)
    union = nw.parts(QgsGeometry.unaryUnion(geometries))
    assert len(grouped) < len(geometries)  # the case has overlapping areas
    assert len(grouped) == len(union)
    np.testing.assert_allclose(_area_sorted(grouped), _area_sorted(union), rtol=1e-9)


def test_edge_distances_of_every_pair_within_the_distance(dense):
    from corridor_plugin.core.connectivity import network as nw

    areas, _region = dense
    geometries = nw.dissolve_overlapping([a.geometry for a in areas])
    limit = 25_000.0
    i, j, d, _ = nw.candidate_links(geometries, nw.EDGE, limit)
    found = {(a, b): x for a, b, x in zip(i.tolist(), j.tolist(), d.tolist())}
    expected = {}
    for a, b in itertools.combinations(range(len(geometries)), 2):
        x = geometries[a].distance(geometries[b])
        if x <= limit:
            expected[(a, b)] = x
    assert found.keys() == expected.keys()
    np.testing.assert_allclose([found[k] for k in expected], list(expected.values()), rtol=1e-9, atol=1e-6)


def test_buffer_around_the_areas_keeps_what_one_union_of_buffers_keeps(dense):
    """Stepping stones within 15 km of the region's areas: the same outside areas as with the
    union of all buffers; clipped areas within the simplification share of the buffer width."""
    from qgis.core import QgsGeometry

    from corridor_plugin.core.connectivity import network as nw

    areas, region = dense
    index = nw.AreaIndex(areas)
    buffer_m = 15_000.0
    rn = nw.region_nodes(index, region, buffer_m, nw.BUFFER_NODES)
    engine = nw._prepared(region)
    inside = [a.geometry for a in areas if engine.intersects(a.geometry.constGet())]
    mask = QgsGeometry.unaryUnion(inside).buffer(buffer_m, 8)
    pieces = [a.geometry.difference(region) for a in areas if engine.intersects(a.geometry.constGet())]
    pieces += [a.geometry.intersection(mask) for a in areas if not engine.intersects(a.geometry.constGet())]
    outside = nw.parts(QgsGeometry.unaryUnion([p for p in pieces if not p.isEmpty() and p.area() > 0]))
    got = [g for g, is_in in zip(rn.geometries, rn.inside) if not is_in]
    assert len(outside) > 3
    assert len(got) == len(outside)
    # clipping differs by at most the simplification band along the buffer's limit
    tolerance = nw.BUFFER_SIMPLIFY_SHARE * buffer_m
    for g, e in zip(sorted(got, key=lambda g: g.area()), sorted(outside, key=lambda g: g.area())):
        assert abs(g.area() - e.area()) <= tolerance * 2 * (g.length() + e.length())


def test_dense_network_indices_equal_the_exact_computation(dense):
    """PC from the national-scale path (region nodes, pairs within the cutoff of p >= 1e-9)
    equals the dense computation on all pairs of nodes with no cutoff."""
    from corridor_plugin.core.connectivity import network as nw
    from corridor_plugin.core.connectivity.graph import (
        cutoff_distance,
        decay_constant,
        naive_dpc,
        naive_pcnum,
        probability_of_connectivity,
    )

    areas, region = dense
    index = nw.AreaIndex(areas)
    rn = nw.region_nodes(index, region)
    d50 = 10_000.0
    i, j, d, _ = nw.candidate_links(rn.geometries, nw.EDGE, cutoff_distance(d50, 0.5, 1e-12))
    k = decay_constant(d50, 0.5)
    fast = probability_of_connectivity(rn.size, i, j, np.exp(-k * d), rn.attribute, node_importance=True)

    n = rn.size
    ai, aj = np.triu_indices(n, 1)
    ad = np.array([rn.geometries[a].distance(rn.geometries[b]) for a, b in zip(ai, aj)])
    exact = naive_pcnum(n, ai, aj, np.exp(-k * ad), rn.attribute)
    assert fast.components == 1
    assert fast.pcnum == pytest.approx(exact, rel=1e-9)
    np.testing.assert_allclose(fast.dpc, naive_dpc(n, ai, aj, np.exp(-k * ad), rn.attribute), rtol=1e-6, atol=1e-9)


def _random_network(seed, n=120):
    from corridor_plugin.core.connectivity.graph import decay_constant

    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 150, (n, 2))
    a = rng.uniform(0.1, 5, n)
    a[rng.uniform(size=n) < 0.2] = 0.0
    i, j = np.triu_indices(n, 1)
    d = np.hypot(*(xy[i] - xy[j]).T)
    near = d < 30
    return n, i[near], j[near], np.exp(-decay_constant(10, 0.5) * d[near]), a


def test_dpc_trees_in_mapped_files_give_the_same_values(monkeypatch, tmp_path):
    """When the best-path trees do not fit in the memory share they go to memory-mapped files in
    the temporary folder, with the same results, and the files are removed afterwards."""
    from corridor_plugin.core.connectivity import graph

    n, i, j, p, a = _random_network(4)
    in_memory = graph.probability_of_connectivity(n, i, j, p, a, node_importance=True)
    monkeypatch.setattr(graph, "MEMORY_SHARE", 1e-12)
    monkeypatch.setattr(graph.tempfile, "tempdir", str(tmp_path))
    mapped = graph.probability_of_connectivity(n, i, j, p, a, node_importance=True)
    np.testing.assert_array_equal(mapped.dpc, in_memory.dpc)
    assert mapped.pcnum == in_memory.pcnum
    assert list(tmp_path.iterdir()) == []


def test_a_run_that_fits_nowhere_is_refused_before_it_starts(monkeypatch):
    from corridor_plugin.core.connectivity import graph

    n, i, j, p, a = _random_network(5)
    monkeypatch.setattr(graph, "MEMORY_SHARE", 1e-12)
    monkeypatch.setattr(graph.shutil, "disk_usage", lambda _path: type("usage", (), {"free": 1000})())
    with pytest.raises(graph.NotEnoughMemory) as refused:
        graph.probability_of_connectivity(n, i, j, p, a, node_importance=True)
    assert refused.value.needed > refused.value.available


def test_cancel_stops_the_best_path_loops(monkeypatch):
    """A feedback that cancels at its first call: the run stops after the first block of
    sources instead of finishing every component."""
    from corridor_plugin.core.connectivity import graph

    n, i, j, p, a = _random_network(6, n=400)
    monkeypatch.setattr(graph, "_MAX_BLOCK_ROWS", 4)
    calls = []

    def feedback(fraction):
        calls.append(fraction)
        return True

    ticker_init = graph._Ticker.__init__
    monkeypatch.setattr(graph._Ticker, "__init__", lambda self, fb, seconds=0.0: ticker_init(self, fb, seconds))
    result = graph.probability_of_connectivity(n, i, j, p, a, node_importance=True, feedback=feedback)
    assert len(calls) == 1
    full = graph.probability_of_connectivity(n, i, j, p, a)
    assert result.pcnum < full.pcnum


@pytest.mark.parametrize("seed", [7, 8])
def test_links_of_probability_one_contracted_give_the_dense_values(seed):
    """Touching areas and a hub joined to many areas with p = 1 (ProtConn[Design]): contracted
    into one node each, PCnum and the components stay those of the dense computation."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    from corridor_plugin.core.connectivity.graph import naive_pcnum, probability_of_connectivity

    n, i, j, p, a = _random_network(seed)
    rng = np.random.default_rng(seed)
    p = p.copy()
    p[rng.uniform(size=p.size) < 0.15] = 1.0
    hub = n
    members = rng.choice(n, 25, replace=False)
    i = np.concatenate([i, members])
    j = np.concatenate([j, np.full(members.size, hub)])
    p = np.concatenate([p, np.ones(members.size)])
    a = np.concatenate([a, [0.0]])
    result = probability_of_connectivity(n + 1, i, j, p, a)
    assert result.pcnum == pytest.approx(naive_pcnum(n + 1, i, j, p, a), rel=1e-9)
    _count, labels = connected_components(csr_matrix((np.ones(i.size), (i, j)), shape=(n + 1, n + 1)),
                                          directed=False)
    assert result.components == _count
    assert len(set(zip(labels.tolist(), result.labels.tolist()))) == _count
