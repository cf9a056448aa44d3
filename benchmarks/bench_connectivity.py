"""Connectivity at national scale: generated realistic protected areas (tests/builders/connectivity.py),
edge-to-edge distances, d50 = 10 km, p = 0.5, links kept from p >= 0.1 (33 km), where the
components stay below about 250 nodes; a stress section keeps links down to p >= 0.01 (66 km),
where one component takes most of the network and dPC cost grows with its size.

Stages per size: nodes (clip, dissolve, split), graph (edge distances through a spatial index),
best paths + PCnum (sparse, per component), all indices and fractions, dPC for every node.
Baselines in the same process: the dense textbook PCnum (Floyd-Warshall on all pairs) and dPC by
removing each node and recomputing PCnum, on the same graphs where they still fit.
"""
import numpy as np

D50 = 10_000.0
MIN_PROBABILITY = 0.1
STRESS_MIN_PROBABILITY = 0.01


def _case(size, cache):
    if size in cache:
        return cache[size]
    from corridor_plugin.core.connectivity import network as nw
    from tests.builders.connectivity import realistic_layer

    layer, region_layer = realistic_layer(size)
    areas, _ = nw.read_areas(layer, None, "pa_id", "name", "iso3")
    region = next(region_layer.getFeatures()).geometry()
    cache.clear()  # keep one size in memory at a time
    cache[size] = dict(index=nw.AreaIndex(areas), region=region)
    return cache[size]


def run(bench):
    from corridor_plugin.core.connectivity import network as nw
    from corridor_plugin.core.connectivity.graph import (
        cutoff_distance,
        naive_dpc,
        naive_pcnum,
        probability_of_connectivity,
    )
    from corridor_plugin.core.connectivity.indices import LinkSet, link_probabilities, protconn_indices

    sizes = [300, 1000] if bench.quick else [1000, 2000, 5000, 10000]
    cache = {}
    max_distance = cutoff_distance(D50, 0.5, MIN_PROBABILITY)

    def nodes_stage(size):
        case = _case(size, cache)
        return lambda: case.update(nodes=nw.region_nodes(case["index"], case["region"]))

    def graph_stage(size):
        case = cache[size]
        rn = case["nodes"]

        def build():
            i, j, d, _ = nw.candidate_links(rn.geometries, nw.EDGE, max_distance)
            links = LinkSet(i, j, d, np.zeros(0, bool))
            p = link_probabilities(links, D50, 0.5, 1.0)
            case.update(i=i, j=j, p=p)
        return build

    def pc_stage(size):
        case = cache[size]
        return lambda: case.update(pc=probability_of_connectivity(
            case["nodes"].size, case["i"], case["j"], case["p"], case["nodes"].attribute))

    def indices_stage(size):
        case = cache[size]
        rn = case["nodes"]
        return lambda: protconn_indices(rn.attribute, rn.inside, rn.undissolved_ha, rn.region_area_ha,
                                        case["i"], case["j"], case["p"])

    def dpc_stage(size):
        case = cache[size]
        return lambda: case.update(dpc=probability_of_connectivity(
            case["nodes"].size, case["i"], case["j"], case["p"], case["nodes"].attribute, node_importance=True))

    with bench.section(f"connectivity: d50 = {D50:g} m, edge distances, links p >= {MIN_PROBABILITY}"):
        for size in sizes:
            bench.scaling("nodes: clip, dissolve, split", [size], nodes_stage, unit="areas")
            bench.scaling("graph: edge distances", [size], graph_stage, unit="areas")
            bench.scaling("best paths + PCnum", [size], pc_stage, unit="areas")
            bench.scaling("all indices and fractions", [size], indices_stage, unit="areas")
            bench.scaling("dPC (intra, flux, connector)", [size], dpc_stage, unit="areas")
            case = cache[size]
            components = np.bincount(case["pc"].labels)
            bench.figure(f"  {size} areas: nodes after dissolving", case["nodes"].size, "nodes")
            bench.figure(f"  {size} areas: links", case["i"].size, "links")
            bench.figure(f"  {size} areas: components / largest", components.size, f"/ {components.max()} nodes")
            bench.figure(f"  {size} areas: rows recomputed for connectors", case["dpc"].recomputed_rows, "rows")

    with bench.section("connectivity: sparse per component vs dense textbook (same graph)"):
        size = sizes[-1] if bench.quick else 5000
        case = _case(size, cache)
        nodes_stage(size)()
        rn = case["nodes"]
        i, j, d, _ = nw.candidate_links(rn.geometries, nw.EDGE, max_distance)
        p = link_probabilities(LinkSet(i, j, d, np.zeros(0, bool)), D50, 0.5, 1.0)
        bench.compare(f"PCnum, {rn.size} nodes",
                      lambda: probability_of_connectivity(rn.size, i, j, p, rn.attribute),
                      lambda: naive_pcnum(rn.size, i, j, p, rn.attribute),
                      "dense Floyd-Warshall", units=rn.size, unit="nodes")
        small = 120 if bench.quick else 400
        keep = (i < small) & (j < small)
        bench.compare(f"dPC, {small} nodes",
                      lambda: probability_of_connectivity(small, i[keep], j[keep], p[keep], rn.attribute[:small],
                                                          node_importance=True),
                      lambda: naive_dpc(small, i[keep], j[keep], p[keep], rn.attribute[:small]),
                      "remove each node, recompute PCnum", units=small, unit="nodes")

    with bench.section(f"connectivity stress: links p >= {STRESS_MIN_PROBABILITY} (one giant component)"):
        size = 1000 if bench.quick else 2000
        case = _case(size, cache)
        nodes_stage(size)()
        rn = case["nodes"]
        far = cutoff_distance(D50, 0.5, STRESS_MIN_PROBABILITY)
        i, j, d, _ = nw.candidate_links(rn.geometries, nw.EDGE, far)
        p = link_probabilities(LinkSet(i, j, d, np.zeros(0, bool)), D50, 0.5, 1.0)
        pc = probability_of_connectivity(rn.size, i, j, p, rn.attribute)
        bench.figure(f"  {size} areas: largest component", np.bincount(pc.labels).max(), "nodes")
        bench.scaling("stress: best paths + PCnum", [size],
                      lambda _s: lambda: probability_of_connectivity(rn.size, i, j, p, rn.attribute), unit="areas")
        bench.scaling("stress: dPC", [size],
                      lambda _s: lambda: probability_of_connectivity(rn.size, i, j, p, rn.attribute,
                                                                     node_importance=True), unit="areas")
