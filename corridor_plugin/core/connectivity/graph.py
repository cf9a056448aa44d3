"""Probability of Connectivity on a sparse graph: best paths, PCnum, dPC and its three parts.

Pure numpy/scipy, no QGIS. Nodes carry an attribute ``a`` (area in ha for protected areas, 0 for
stepping stones); links carry a direct dispersal probability ``p_ij``. The maximum-product
probability p*_ij is a shortest path on the weights -ln p_ij (Saura & Pascual-Hortal 2007).

Scale: everything runs per connected component (p*_ij = 0 between components), with sources in
blocks, so no n x n matrix is ever built for the whole network. dPC_k is split as Saura & Rubio
(2010): intra (a_k^2) and flux (2 a_k sum_i a_i p*_ik) come in closed form from the best-path rows;
only the connector part needs best paths recomputed without k, and only (a) inside k's component,
(b) when k is an intermediate node of some best path, and (c) from the sources whose best-path
tree passes through k (the other rows cannot change when k is removed).
"""
import math
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra

#: Below this direct probability a link is ignored when the user gives no minimum: its
#: contribution a_i a_j p_ij is at most 1e-6 of a_i a_j (see README, "what is approximated").
NEGLIGIBLE_PROBABILITY = 1e-6
#: csgraph drops zero weights, but touching areas have p = 1 (-ln p = 0): keep them as links with
#: a weight so small that exp(-hops * weight) differs from 1 by < 1e-9 on any realistic path.
_ZERO_WEIGHT = 1e-13
#: Source rows per dijkstra call: bounds the dense block (rows x component size) in memory.
_BLOCK_CELLS = 4_000_000


def decay_constant(d50: float, probability: float = 0.5) -> float:
    """k of p_ij = exp(-k d_ij) such that p = ``probability`` at distance ``d50``."""
    if d50 <= 0 or not 0 < probability < 1:
        raise ValueError("d50 must be > 0 and the probability between 0 and 1 (exclusive)")
    return -math.log(probability) / d50


def cutoff_distance(d50: float, probability: float, min_probability: float) -> float:
    """Largest distance whose direct probability is still >= ``min_probability``."""
    p_min = max(min_probability, NEGLIGIBLE_PROBABILITY)
    return -math.log(p_min) / decay_constant(d50, probability)


@dataclass
class PCResult:
    """PC numerator and node importance of one network."""

    pcnum: float
    labels: np.ndarray                 # component id per node
    component_pcnum: np.ndarray        # PCnum restricted to each component
    dpc: np.ndarray = field(default=None)
    dpc_intra: np.ndarray = field(default=None)
    dpc_flux: np.ndarray = field(default=None)
    dpc_connector: np.ndarray = field(default=None)
    recomputed_nodes: int = 0          # nodes whose connector part needed recomputed paths

    @property
    def eca(self) -> float:
        return math.sqrt(self.pcnum)

    @property
    def components(self) -> int:
        return int(self.component_pcnum.size)


def _weights(p):
    with np.errstate(divide="ignore"):
        return np.maximum(-np.log(p), _ZERO_WEIGHT)


def _component_graph(members, local_index, i, j, w):
    """Symmetric CSR of the links among ``members`` (global link arrays, already filtered)."""
    m = members.size
    li, lj = local_index[i], local_index[j]
    graph = coo_matrix((np.concatenate([w, w]), (np.concatenate([li, lj]), np.concatenate([lj, li]))),
                       shape=(m, m)).tocsr()
    return graph


def _rows(graph, sources, predecessors=False):
    """Yield (source block, p* block, predecessor block or None) over blocks of sources."""
    m = graph.shape[0]
    block = max(1, _BLOCK_CELLS // max(m, 1))
    for start in range(0, sources.size, block):
        chunk = sources[start:start + block]
        if predecessors:
            dist, pred = dijkstra(graph, directed=False, indices=chunk, return_predecessors=True)
        else:
            dist, pred = dijkstra(graph, directed=False, indices=chunk), None
        yield chunk, np.exp(-dist), pred


def probability_of_connectivity(n, i, j, p, attribute, node_importance=False, feedback=None):
    """PCnum = sum_i sum_j a_i a_j p*_ij over ``n`` nodes; with ``node_importance`` also dPC_k and
    its intra / flux / connector parts (percent of PCnum, Saura & Rubio 2010).

    ``i``, ``j``, ``p``: one entry per undirected link (i != j, each pair once, p in (0, 1]).
    ``feedback``: optional callable(fraction) returning True to cancel.
    """
    attribute = np.asarray(attribute, dtype=float)
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    p = np.asarray(p, dtype=float)
    keep = p > 0
    i, j, p = i[keep], j[keep], p[keep]
    w = _weights(p)
    if n == 0:
        empty = np.zeros(0)
        return PCResult(0.0, np.zeros(0, dtype=np.int64), empty, empty, empty, empty, empty)
    adjacency = csr_matrix((np.ones(i.size), (i, j)), shape=(n, n))
    n_components, labels = connected_components(adjacency, directed=False)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(n_components + 1))
    link_component = labels[i] if i.size else np.zeros(0, dtype=np.int64)
    link_order = np.argsort(link_component, kind="stable")
    link_bounds = np.searchsorted(link_component[link_order], np.arange(n_components + 1))

    component_pcnum = np.zeros(n_components)
    row_sum = attribute ** 2                      # sum_j a_j p*_kj a_k, singletons: a_k^2
    connector = np.zeros(n)
    local_index = np.full(n, -1, dtype=np.int64)
    recomputed = 0
    total_work = float(max(n, 1))
    done = 0
    for c in range(n_components):
        members = order[bounds[c]:bounds[c + 1]]
        m = members.size
        a = attribute[members]
        if m == 1 or not np.any(a > 0):
            component_pcnum[c] = float(np.sum(a ** 2))
            done += m
            continue
        links = link_order[link_bounds[c]:link_bounds[c + 1]]
        local_index[members] = np.arange(m)
        graph = _component_graph(members, local_index, i[links], j[links], w[links])
        sources = np.flatnonzero(a > 0)
        rows = np.zeros(m)
        pairs_k, pairs_s = [], []
        for chunk, prob, pred in _rows(graph, sources, predecessors=node_importance):
            rows[chunk] = prob @ a
            if node_importance:
                # intermediate nodes of each source's best-path tree: the only nodes whose removal
                # can change that source's row
                mark = np.zeros(pred.shape, dtype=bool)
                valid = pred >= 0
                mark[np.nonzero(valid)[0], pred[valid]] = True
                mark[np.arange(chunk.size), chunk] = False
                r, k = np.nonzero(mark)
                pairs_k.append(k.astype(np.int32))
                pairs_s.append(chunk[r].astype(np.int32))
        component_pcnum[c] = float(np.dot(a, rows))
        row_sum[members] = a * rows
        if node_importance and pairs_k:
            all_k = np.concatenate(pairs_k)
            all_s = np.concatenate(pairs_s)
            by_k = np.argsort(all_k, kind="stable")
            all_k, all_s = all_k[by_k], all_s[by_k]
            cuts = np.flatnonzero(np.diff(all_k)) + 1
            for group_k, sources_k in zip(np.split(all_k, cuts), np.split(all_s, cuts)):
                if group_k.size == 0:
                    continue
                k = int(group_k[0])
                recomputed += 1
                reduced = _drop_node(graph, k)
                from_k = np.exp(-dijkstra(graph, directed=False, indices=k))
                new_rows = np.empty(sources_k.size)
                offset = 0
                for chunk, prob, _ in _rows(reduced, sources_k.astype(np.int64)):
                    prob[:, k] = 0.0
                    new_rows[offset:offset + chunk.size] = prob @ a
                    offset += chunk.size
                old_rows = rows[sources_k] - a[k] * from_k[sources_k]
                connector[members[k]] = float(np.dot(a[sources_k], old_rows - new_rows))
                if feedback is not None and feedback(done / total_work):
                    break
        local_index[members] = -1
        done += m
        if feedback is not None and feedback(done / total_work):
            break
    pcnum = float(component_pcnum.sum())
    result = PCResult(pcnum, labels, component_pcnum, recomputed_nodes=recomputed)
    if node_importance:
        scale = 100.0 / pcnum if pcnum > 0 else 0.0
        result.dpc_intra = attribute ** 2 * scale
        result.dpc_flux = 2.0 * (row_sum - attribute ** 2) * scale
        result.dpc_connector = np.maximum(connector, 0.0) * scale
        result.dpc = result.dpc_intra + result.dpc_flux + result.dpc_connector
    return result


def _drop_node(graph, k):
    """The same CSR graph without the links of node k (the node stays, isolated)."""
    coo = graph.tocoo()
    keep = (coo.row != k) & (coo.col != k)
    return csr_matrix((coo.data[keep], (coo.row[keep], coo.col[keep])), shape=graph.shape)


def naive_pcnum(n, i, j, p, attribute):
    """Dense all-pairs reference (Floyd–Warshall on -ln p): for tests and the benchmark baseline."""
    from scipy.sparse.csgraph import floyd_warshall

    w = _weights(np.asarray(p, dtype=float))
    graph = coo_matrix((np.concatenate([w, w]), (np.concatenate([i, j]), np.concatenate([j, i]))),
                       shape=(n, n)).tocsr()
    prob = np.exp(-floyd_warshall(graph, directed=False))
    a = np.asarray(attribute, dtype=float)
    return float(a @ prob @ a)


def naive_dpc(n, i, j, p, attribute):
    """dPC by removing each node and recomputing PCnum from scratch (the slow textbook way)."""
    i = np.asarray(i)
    j = np.asarray(j)
    p = np.asarray(p, dtype=float)
    a = np.asarray(attribute, dtype=float)
    total = naive_pcnum(n, i, j, p, a)
    out = np.zeros(n)
    for k in range(n):
        keep = (i != k) & (j != k)
        reduced = a.copy()
        reduced[k] = 0.0
        out[k] = 100.0 * (total - naive_pcnum(n, i[keep], j[keep], p[keep], reduced)) / total
    return out
