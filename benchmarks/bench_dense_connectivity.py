"""Connectivity on a dense national network (as Russia's WDPA: 10,000 areas over 4,000 × 4,000 km,
lognormal sizes with a median radius of 3 km up to 60 km, 200–2,000 vertices, one connected
component), edge distances, d50 = 10 km, transboundary buffer 50 km around the areas, links from
p >= 0.001 (100 km).

Anchor in the same run: the straightforward shapely + scipy pipeline on the same nodes (simplify
by 50 m, STRtree pairs within the distance, edge distances, connected components, Dijkstra from
every area in blocks, PCnum). Corridor's figures: nodes (clip, dissolve, buffer), then links + all
indices and fractions (ProtConn, [Prot]/[Trans]/..., clusters), then the same with dPC for every
node. Sizes grow at constant density; variants change the outline roughness and the density.
Shapely is a benchmark dependency only (requirements-dev.txt), never imported by the plugin.
"""
import math
import os

import numpy as np

D50 = 10_000.0
MIN_PROBABILITY = 0.001
BUFFER_M = 50_000.0
SIMPLIFY_M = 50.0
_BLOCK_CELLS = 4_000_000


def anchor_pc(wkbs, attribute, d50=D50, min_probability=MIN_PROBABILITY):
    """PCnum the straightforward way (shapely + scipy)."""
    import shapely
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components, dijkstra

    k = math.log(2.0) / d50
    reach = -math.log(min_probability) / k
    geometries = shapely.simplify(shapely.from_wkb(wkbs), SIMPLIFY_M)
    tree = shapely.STRtree(geometries)
    i, j = tree.query(geometries, predicate="dwithin", distance=reach)
    keep = i < j
    i, j = i[keep], j[keep]
    d = shapely.distance(geometries[i], geometries[j])
    w = np.maximum(k * d, 1e-13)
    n = len(wkbs)
    graph = coo_matrix((np.concatenate([w, w]), (np.concatenate([i, j]), np.concatenate([j, i]))),
                       shape=(n, n)).tocsr()
    _, labels = connected_components(graph, directed=False)
    a = np.asarray(attribute, float)
    pcnum = 0.0
    for c in np.unique(labels):
        members = np.flatnonzero(labels == c)
        sub = graph[members][:, members]
        sources = np.flatnonzero(a[members] > 0)
        block = max(1, _BLOCK_CELLS // members.size)
        for start in range(0, sources.size, block):
            chunk = sources[start:start + block]
            dist = dijkstra(sub, directed=False, indices=chunk)
            pcnum += float(a[members][chunk] @ (np.exp(-dist) @ a[members]))
    return pcnum


def _case(n, side_km, roughness, seed=11):
    from tests.builders.dense import dense_areas, dense_rings

    rings = dense_rings(n, side_km=side_km, roughness=roughness, seed=seed)
    return dense_areas(rings, side_km)


def _run_case(bench, n, side, roughness, label):
    from corridor_plugin.core.connectivity import network as nw
    from corridor_plugin.core.connectivity.analysis import Settings, analyse_region

    settings = dict(distances=[D50], min_probability=MIN_PROBABILITY, transboundary_m=BUFFER_M,
                    want_links=False, want_clusters=True)
    areas, region = _case(n, side, roughness)
    index = nw.AreaIndex(areas)
    title = f"{n:,} areas, {side:,.0f} km, {label}"
    nodes = bench.single(f"{title}: nodes", lambda: nw.region_nodes(index, region, BUFFER_M, nw.BUFFER_NODES))
    rn = nodes.result
    wkbs = [bytes(g.asWkb()) for g in rn.geometries]

    def indices(importance):
        return analyse_region(index, region, 1, Settings(node_importance=importance, **settings), prepared_nodes=rn)

    cand, base = bench.compare(f"{title}: links + all indices", lambda: indices(False),
                               lambda: anchor_pc(wkbs, rn.attribute), "shapely + scipy PC", units=rn.size,
                               unit="nodes")
    row = cand.result.summaries[0]
    bench.figure("  nodes (inside + stepping stones)", rn.size, f"nodes, {row['links']} links, "
                 f"{row['components']} components")
    bench.figure("  PCnum relative difference to the anchor", abs(row["pcnum"] - base.result) / base.result,
                 "(the anchor simplifies by 50 m)")
    dpc = bench.single(f"{title}: links + indices + dPC", lambda: indices(True))
    bench.figure("  dPC run time / indices run time", dpc.seconds / cand.seconds, "x")


def run(bench):
    print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores shared)")
    if bench.quick:
        cases = [(1000, 1265.0, 0.3, "rough outlines")]
    else:
        cases = [(2500, 2000.0, 0.3, "rough outlines"), (5000, 2828.0, 0.3, "rough outlines"),
                 (10000, 4000.0, 0.3, "rough outlines"), (5000, 2000.0, 0.6, "rougher, 2x denser")]
    with bench.section(f"dense connectivity: d50 {D50 / 1000:g} km, edge distances, p >= {MIN_PROBABILITY}, "
                       f"buffer {BUFFER_M / 1000:g} km"):
        for n, side, roughness, label in cases:
            _run_case(bench, n, side, roughness, label)
            print(f"load average: {os.getloadavg()[0]:.2f}", flush=True)
