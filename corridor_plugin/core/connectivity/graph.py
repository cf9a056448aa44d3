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
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, depth_first_order, dijkstra

#: Below this direct probability a link is ignored when the user gives no minimum: its
#: contribution a_i a_j p_ij is at most 1e-6 of a_i a_j (see README, "what is approximated").
NEGLIGIBLE_PROBABILITY = 1e-6
#: csgraph drops zero weights, but touching areas have p = 1 (-ln p = 0): keep them as links with
#: a weight so small that exp(-hops * weight) differs from 1 by < 1e-9 on any realistic path.
_ZERO_WEIGHT = 1e-13
#: Relative share of a source's row below which a change is not recomputed (connector part).
_TOLERANCE = 1e-10
#: Source rows per dijkstra call: bounds the dense block (rows x component size) in memory
#: (about 40 bytes a cell at the peak: distances, predecessors, probabilities, flows).
_BLOCK_CELLS = 4_000_000
#: Bytes per (source, node) cell of the best-path trees kept for dPC (distance, order, position, size).
TREE_CELL_BYTES = 8 + 4 + 4 + 4
#: Share of the memory available at the start of a component that its dPC trees may take; beyond
#: it they go to memory-mapped files in the temporary folder (the system pages them in and out).
MEMORY_SHARE = 0.5


class NotEnoughMemory(MemoryError):
    """Raised before a computation that cannot fit in memory nor in the temporary folder."""

    def __init__(self, needed, available, nodes):
        super().__init__(f"needs {needed / 2**30:.1f} GB, {available / 2**30:.1f} GB available ({nodes} nodes)")
        self.needed, self.available, self.nodes = needed, available, nodes


def available_memory() -> int:
    """Bytes the system can still give (MemAvailable), or 2 GB where /proc/meminfo is missing."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 2 * 2**30


def block_cells() -> int:
    """Cells of one block of best-path rows: the default, less when memory is short."""
    return int(max(100_000, min(_BLOCK_CELLS, MEMORY_SHARE * available_memory() / 40)))


class _TreeStore:
    """The per-source best-path trees of one component (dPC), in memory when they fit in
    ``MEMORY_SHARE`` of the available memory, else in memory-mapped files of the temporary folder:
    a component of any size never takes more memory than the system can page."""

    def __init__(self, rows, m):
        needed = rows * m * TREE_CELL_BYTES
        self.folder = None
        if needed <= MEMORY_SHARE * available_memory():
            self.dist = np.empty((rows, m))
            self.order = np.full((rows, m), -1, dtype=np.int32)
            self.position = np.full((rows, m), -1, dtype=np.int32)
            self.size = np.zeros((rows, m), dtype=np.int32)
            return
        temporary = tempfile.gettempdir()
        free = shutil.disk_usage(temporary).free
        if needed > 0.9 * free:
            raise NotEnoughMemory(needed, int(MEMORY_SHARE * available_memory()) + free, m)
        self.folder = tempfile.mkdtemp(prefix="corridor_dpc_")

        def mapped(name, dtype, fill):
            array = np.lib.format.open_memmap(os.path.join(self.folder, name + ".npy"), mode="w+",
                                              dtype=dtype, shape=(rows, m))
            if fill:
                for start in range(0, rows, 1024):
                    array[start:start + 1024] = fill
            return array

        self.dist = mapped("dist", np.float64, 0)
        self.order = mapped("order", np.int32, -1)
        self.position = mapped("position", np.int32, -1)
        self.size = mapped("size", np.int32, 0)

    def close(self):
        self.dist = self.order = self.position = self.size = None
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


def dpc_memory(component_sizes, source_counts) -> int:
    """Bytes of best-path trees the largest component needs for dPC (for a warning before a run)."""
    if not len(component_sizes):
        return 0
    return int(np.max(np.asarray(component_sizes) * np.asarray(source_counts))) * TREE_CELL_BYTES


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
    recomputed_rows: int = 0           # best-path rows recomputed for them, in all

    @property
    def eca(self) -> float:
        return math.sqrt(self.pcnum)

    @property
    def components(self) -> int:
        return int(self.component_pcnum.size)


def _weights(p):
    with np.errstate(divide="ignore"):
        return np.maximum(-np.log(p), _ZERO_WEIGHT)


def _symmetric(m, li, lj, w):
    """Symmetric CSR graph of m nodes from one entry per undirected link."""
    return coo_matrix((np.concatenate([w, w]), (np.concatenate([li, lj]), np.concatenate([lj, li]))),
                      shape=(m, m)).tocsr()


def _connector(reduced, k, sources, row_of, a, tree_dist, tree_order, tree_position, tree_size, limit):
    """sum over sources s and targets j below k in s's best-path tree of a_s a_j (p*_sj - p'_sj),
    p' without k. Only those targets change; their new best paths enter k's former subtree from
    nodes whose distances do not change. So one search runs over a forest made of a copy of each
    subtree, each fed by a virtual source linked to the subtree's entry nodes (min_only search)."""
    rows = row_of[sources]
    start = tree_position[rows, k].astype(np.int64) + 1
    count = tree_size[rows, k].astype(np.int64)
    keep = count > 0
    rows, start, count, a_src = rows[keep], start[keep], count[keep], a[sources[keep]]
    total = int(count.sum())
    if total == 0:
        return 0.0
    owner = np.repeat(np.arange(rows.size), count)              # which source a copy belongs to
    base = np.cumsum(count) - count
    offset = np.arange(total) - base[owner]
    nodes = tree_order[rows[owner], start[owner] + offset].astype(np.int64)
    # neighbours of every copied node in the graph without k
    indptr, indices, data = reduced.indptr, reduced.indices, reduced.data
    degree = indptr[nodes + 1] - indptr[nodes]
    copy = np.repeat(np.arange(total), degree)
    within = np.arange(copy.size) - np.repeat(np.cumsum(degree) - degree, degree)
    entry = indptr[nodes][copy] + within
    u, weight = indices[entry].astype(np.int64), data[entry]
    src = owner[copy]
    position_u = tree_position[rows[src], u].astype(np.int64)
    inside = (position_u >= start[src]) & (position_u < start[src] + count[src])
    # edges inside the copied subtree
    inner_from = copy[inside]
    inner_to = base[src[inside]] + position_u[inside] - start[src[inside]]
    # entries from outside: distance to the outside node (unchanged) plus the link
    outside = ~inside & (u != k) & (position_u >= 0)
    label = np.full(total, np.inf)
    entry_copy = copy[outside]  # already grouped by copied node (neighbours come node by node)
    if entry_copy.size:
        starts = np.flatnonzero(np.concatenate([[True], entry_copy[1:] != entry_copy[:-1]]))
        label[entry_copy[starts]] = np.minimum.reduceat(
            tree_dist[rows[src[outside]], u[outside]] + weight[outside], starts)
    fed = np.flatnonzero(np.isfinite(label))
    virtual = total + owner[fed]
    graph = coo_matrix((np.concatenate([weight[inside], label[fed]]),
                        (np.concatenate([inner_from, virtual]), np.concatenate([inner_to, fed]))),
                       shape=(total + rows.size, total + rows.size)).tocsr()
    new = dijkstra(graph, directed=True, indices=np.arange(total, total + rows.size), min_only=True,
                   limit=limit)[:total]
    old = tree_dist[rows[owner], nodes]
    change = np.exp(-old) - np.exp(-new)
    return float(np.sum(a_src[owner] * a[nodes] * change))


def _subtree_flow(pred, value):
    """For each row (one best-path tree), the sum of ``value`` over the descendants of every node
    (the node itself excluded), pushed up the predecessor links one level at a time."""
    rows, m = pred.shape
    flat_parent = (np.arange(rows)[:, None] * m + pred).ravel()
    has_parent = pred.ravel() >= 0
    flow = np.zeros(rows * m)
    current = value.ravel().copy()
    while True:
        moving = has_parent & (current != 0)
        if not moving.any():
            break
        pushed = np.bincount(flat_parent[moving], weights=current[moving], minlength=rows * m)
        flow += pushed
        current = pushed
    return flow.reshape(rows, m)


class _Ticker:
    """True every ``seconds`` when there is a feedback to call: cancel is seen within that time
    in loops whose steps take milliseconds, without calling the feedback for every step."""

    def __init__(self, feedback, seconds=0.2):
        self.feedback, self.seconds = feedback, seconds
        self.last = time.monotonic()

    def due(self):
        if self.feedback is None:
            return False
        now = time.monotonic()
        if now - self.last < self.seconds:
            return False
        self.last = now
        return True


#: At most this many source rows per dijkstra call (one call cannot be interrupted: this keeps it short).
_MAX_BLOCK_ROWS = 128


def _rows(graph, sources, predecessors=False, limit=None):
    """Yield (source block, p* block, predecessor block or None, distance block) per block."""
    m = graph.shape[0]
    block = max(1, min(_MAX_BLOCK_ROWS, block_cells() // max(m, 1)))
    for start in range(0, sources.size, block):
        chunk = sources[start:start + block]
        if limit is None:
            bound = np.inf
        elif np.ndim(limit):
            bound = float(np.max(limit[chunk]))  # per-source limits: the block takes the largest
        else:
            bound = float(limit)
        if predecessors:
            dist, pred = dijkstra(graph, directed=False, indices=chunk, return_predecessors=True, limit=bound)
        else:
            dist, pred = dijkstra(graph, directed=False, indices=chunk, limit=bound), None
        yield chunk, np.exp(-dist), pred, dist


def contract_certain_links(n, i, j, p, attribute):
    """Nodes joined by links of p = 1 (touching areas, a region part and the areas inside it) have
    p* = 1 between them and the same p* to every other node: each such group is one node whose
    attribute is their sum, with its best link to each neighbouring group. PCnum and components
    are unchanged; searches get shorter (a hub joined to every area otherwise makes each search
    cover the whole network). Returns (groups, group of each node, i, j, p, attribute)."""
    certain = p >= 1.0
    graph = csr_matrix((np.ones(int(certain.sum())), (i[certain], j[certain])), shape=(n, n))
    groups, group = connected_components(graph, directed=False)
    gi, gj = group[i], group[j]
    between = gi != gj
    gi, gj, gp = np.minimum(gi, gj)[between], np.maximum(gi, gj)[between], p[between]
    order = np.lexsort((-gp, gj, gi))  # per pair of groups, the most probable link first
    gi, gj, gp = gi[order], gj[order], gp[order]
    first = np.ones(gi.size, dtype=bool)
    first[1:] = (gi[1:] != gi[:-1]) | (gj[1:] != gj[:-1])
    attribute = np.bincount(group, weights=attribute, minlength=groups)
    return groups, group, gi[first], gj[first], gp[first], attribute


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
    if not node_importance and n and np.any(p >= 1.0):
        groups, group, gi, gj, gp, ga = contract_certain_links(n, i, j, p, attribute)
        if groups < n:
            result = probability_of_connectivity(groups, gi, gj, gp, ga, feedback=feedback)
            result.labels = result.labels[group]
            return result
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
    recomputed_rows = 0
    total_work = float(max(n, 1))
    done = 0
    ticker = _Ticker(feedback)
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
        li, lj, lw = local_index[i[links]], local_index[j[links]], w[links]
        graph = _symmetric(m, li, lj, lw)
        sources = np.flatnonzero(a > 0)
        sources = sources[np.argsort(-a[sources], kind="stable")]  # similar search limits per block
        rows = np.zeros(m)
        a_total = float(a.sum())
        pairs_k, pairs_s = [], []
        # A link longer (in -ln p) than the best path between its ends is on no best path. It can
        # only matter again when a node of that better path is removed: remember which nodes.
        dominated = np.zeros(li.size, dtype=bool)
        checked = np.zeros(li.size, dtype=bool)
        via_k, via_e = [], []
        position = np.full(m, -1, dtype=np.int64)
        # a row's targets beyond -ln p* = ln(sum a / (tol a_s)) add less than tol a_s^2 <= tol of
        # the row: they are not searched
        # Either bound keeps a source's skipped part below _TOLERANCE * sum a^2 / n or below
        # _TOLERANCE * a_s^2: in all, below 2 * _TOLERANCE * PCnum. The smaller stops sooner (small
        # areas no longer search the whole component).
        with np.errstate(divide="ignore"):
            source_limit = np.minimum(
                np.log(a_total / (_TOLERANCE * a)),
                np.log(sources.size * a * a_total / (_TOLERANCE * float(np.sum(a * a)))))
        if node_importance:
            # per source: best-path distances, depth-first order of its best-path tree and the
            # number of descendants of every node (a subtree is a run of that order)
            row_of = np.full(m, -1, dtype=np.int64)
            row_of[sources] = np.arange(sources.size)
            store = _TreeStore(sources.size, m)
            tree_dist, tree_order, tree_position, tree_size = store.dist, store.order, store.position, store.size
        cancelled = False
        searched = 0
        for chunk, prob, pred, dist in _rows(graph, sources, predecessors=node_importance, limit=source_limit):
            searched += chunk.size
            if ticker.due() and feedback((done + m * searched / sources.size / 2) / total_work):
                cancelled = True
                break
            rows[chunk] = prob @ a
            if not node_importance:
                continue
            stored = row_of[chunk]
            tree_dist[stored] = dist
            tree_size[stored] = np.rint(_subtree_flow(pred, (pred >= 0).astype(float))).astype(np.int32)
            for r, s_ in enumerate(chunk):
                reached = np.flatnonzero(pred[r] >= 0)
                tree = csr_matrix((np.ones(reached.size), (pred[r][reached], reached)), shape=(m, m))
                walk = depth_first_order(tree, s_, directed=True, return_predecessors=False)
                tree_order[stored[r], :walk.size] = walk
                tree_position[stored[r], walk] = np.arange(walk.size)
            # Removing k changes source s's row only for the targets below k in s's best-path
            # tree, by at most a_s * sum of a_j p*_sj over them ("flow" through k). Pairs (s, k)
            # whose flow is below _TOLERANCE of the row are skipped: the connector error stays
            # below 2 * _TOLERANCE * PCnum in total (README, "what is approximated").
            flow = _subtree_flow(pred, prob * a[None, :])
            flow[np.arange(chunk.size), chunk] = 0.0
            r, k = np.nonzero(flow > _TOLERANCE * rows[chunk][:, None])
            pairs_k.append(k.astype(np.int32))
            pairs_s.append(chunk[r].astype(np.int32))
            position[chunk] = np.arange(chunk.size)
            for ends, others in ((li, lj), (lj, li)):
                e = np.flatnonzero((position[ends] >= 0) & ~checked)
                if e.size == 0:
                    continue
                row = position[ends[e]]
                checked[e] = True
                worse = lw[e] > dist[row, others[e]] * (1 + 1e-12) + 1e-15
                e, row = e[worse], row[worse]
                dominated[e] = True
                cur = pred[row, others[e]]
                src = chunk[row]
                while e.size:
                    inner = cur != src
                    e, row, cur, src = e[inner], row[inner], cur[inner], src[inner]
                    via_k.append(cur.copy())
                    via_e.append(e.copy())
                    cur = pred[row, cur]
            position[chunk] = -1
        component_pcnum[c] = float(np.dot(a, rows))
        row_sum[members] = a * rows
        if node_importance and pairs_k:
            all_k = np.concatenate(pairs_k)
            all_s = np.concatenate(pairs_s)
            by_k = np.argsort(all_k, kind="stable")
            all_k, all_s = all_k[by_k], all_s[by_k]
            cuts = np.flatnonzero(np.diff(all_k)) + 1
            vk = np.concatenate(via_k) if via_k else np.zeros(0, np.int64)
            ve = np.concatenate(via_e) if via_e else np.zeros(0, np.int64)
            by_vk = np.argsort(vk, kind="stable")
            vk, ve = vk[by_vk], ve[by_vk]
            useful = ~dominated
            limit = float(np.max(source_limit[sources]))
            for group_k, sources_k in zip(np.split(all_k, cuts), np.split(all_s, cuts)):
                if group_k.size == 0:
                    continue
                k = int(group_k[0])
                recomputed += 1
                recomputed_rows += sources_k.size
                edges = useful.copy()
                lo, hi = np.searchsorted(vk, [k, k + 1])
                edges[ve[lo:hi]] = True
                edges &= (li != k) & (lj != k)
                reduced = _symmetric(m, li[edges], lj[edges], lw[edges])
                connector[members[k]] = _connector(reduced, k, sources_k.astype(np.int64), row_of, a,
                                                   tree_dist, tree_order, tree_position, tree_size, limit)
                if ticker.due() and feedback((done + m / 2) / total_work):
                    cancelled = True
                    break
        if node_importance:
            store.close()
        local_index[members] = -1
        if cancelled:
            break
        done += m
        if feedback is not None and feedback(done / total_work):
            break
    pcnum = float(component_pcnum.sum())
    result = PCResult(pcnum, labels, component_pcnum, recomputed_nodes=recomputed,
                      recomputed_rows=recomputed_rows)
    if node_importance:
        scale = 100.0 / pcnum if pcnum > 0 else 0.0
        result.dpc_intra = attribute ** 2 * scale
        result.dpc_flux = 2.0 * (row_sum - attribute ** 2) * scale
        result.dpc_connector = np.maximum(connector, 0.0) * scale
        result.dpc = result.dpc_intra + result.dpc_flux + result.dpc_connector
    return result


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
