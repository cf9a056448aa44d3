"""Circuit theory on cell graphs (McRae 2006; Circuitscape): effective resistance and current.

The graph Laplacian L = D − G is singular; grounding one node per connected component makes it
positive definite, and the reduced system is solved sparse (SuperLU; conjugate gradients with a
Jacobi preconditioner above ``DIRECT_LIMIT`` nodes).
"""
import inspect

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from scipy.sparse import linalg as splinalg

DIRECT_LIMIT = 1_500_000
# scipy renamed cg's ``tol`` to ``rtol`` (1.12) and removed ``tol`` (1.14); QGIS installs ship both kinds.
_CG_TOLERANCE = {"rtol" if "rtol" in inspect.signature(splinalg.cg).parameters else "tol": 1e-10, "atol": 0.0}


def laplacian(G):
    degree = np.asarray(G.sum(axis=1)).ravel()
    return (sparse.diags(degree) - G).tocsc()


def merge_nodes(G, groups):
    """Short-circuit each group of nodes into one node (Circuitscape's focal regions).

    Returns ``(G2, label)``: ``label[node]`` is the node's index in ``G2``; group k becomes node k.
    """
    n = G.shape[0]
    label = np.full(n, -1, dtype=np.int64)
    for k, members in enumerate(groups):
        label[np.asarray(members, dtype=np.int64)] = k
    free = label < 0
    label[free] = len(groups) + np.arange(int(free.sum()))
    m = int(label.max()) + 1 if n else 0
    P = sparse.csr_matrix((np.ones(n), (np.arange(n), label)), shape=(n, m))
    G2 = (P.T @ G @ P).tocsr()
    # Links inside a short-circuited group carry no current.
    G2 = (G2 - sparse.diags(G2.diagonal())).tocsr()
    G2.eliminate_zeros()
    return G2, label


def _solver(matrix):
    if matrix.shape[0] <= DIRECT_LIMIT:
        lu = splinalg.splu(matrix.tocsc(), permc_spec="MMD_AT_PLUS_A")
        return lu.solve
    diagonal = matrix.diagonal()
    preconditioner = splinalg.LinearOperator(matrix.shape, matvec=lambda x: x / diagonal)

    def solve(rhs):
        rhs = np.atleast_2d(rhs.T).T
        out = np.empty_like(rhs)
        for k in range(rhs.shape[1]):
            x, info = splinalg.cg(matrix, rhs[:, k], M=preconditioner, maxiter=20 * matrix.shape[0], **_CG_TOLERANCE)
            if info != 0:
                raise RuntimeError("conjugate gradients did not converge")
            out[:, k] = x
        return out

    return solve


def pairwise_effective_resistance(G, groups):
    """Effective resistance between every two focal groups (lists of node indices of ``G``).

    Returns a k × k array with 0 on the diagonal and -1 where two groups are not connected
    (or a group is empty, e.g. a focal point on a no-data cell), Circuitscape's convention.
    One factorisation per connected component, grounded at its last focal node: with
    X = L_red⁻¹ restricted to the focal nodes, R_ij = X_ii + X_jj − 2 X_ij.
    """
    k = len(groups)
    result = -np.ones((k, k))
    np.fill_diagonal(result, 0.0)
    present = [i for i in range(k) if len(groups[i])]
    if len(present) < 2:
        return result
    G2, _ = merge_nodes(G, [groups[i] for i in present])
    _, component = csgraph.connected_components(G2, directed=False)
    L = laplacian(G2)
    for comp in np.unique(component[:len(present)]):
        focal = [i for i in range(len(present)) if component[i] == comp]
        if len(focal) < 2:
            continue
        nodes = np.flatnonzero(component == comp)
        ground = focal[-1]
        keep = nodes[nodes != ground]
        position = {int(node): p for p, node in enumerate(keep)}
        reduced = L[keep][:, keep]
        solve = _solver(reduced)
        others = focal[:-1]
        rhs = np.zeros((keep.size, len(others)))
        for column, node in enumerate(others):
            rhs[position[node], column] = 1.0
        X = np.asarray(solve(rhs)).reshape(keep.size, len(others))
        sub = X[[position[node] for node in others], :]
        g = present[ground]
        for a, i in enumerate(others):
            result[present[i], g] = result[g, present[i]] = sub[a, a]
            for b in range(a + 1, len(others)):
                j = present[others[b]]
                result[present[i], j] = result[j, present[i]] = sub[a, a] + sub[b, b] - 2.0 * sub[a, b]
    return result


def focal_pairwise_resistances(values, focal, neighbours=8, is_resistance=True, average_resistances=True,
                               nodata=None, focal_nodata=None):
    """Circuitscape's raster pairwise mode: ``values`` (resistance or conductance grid) and
    ``focal`` (grid of focal ids; cells sharing an id form one short-circuited focal region;
    ids ≤ 0 and ``focal_nodata`` are ignored). Returns ``(ids, k × k resistances)``."""
    from .graph import conductance_graph, passable

    grid = passable(values, nodata)
    G, node_of_cell = conductance_graph(grid, is_resistance, neighbours, average_resistances)
    focal = np.asarray(focal, dtype=np.float64)
    usable = np.isfinite(focal) & (focal > 0)
    if focal_nodata is not None:
        usable &= focal != focal_nodata
    ids = sorted({int(v) for v in focal[usable]})
    groups = [node_of_cell[(focal == i) & (node_of_cell >= 0)] for i in ids]
    return ids, pairwise_effective_resistance(G, groups)


def current_flow(G, source_nodes, sink_nodes):
    """Inject 1 A into the (short-circuited) source nodes and ground the sink nodes.

    Returns ``(effective_resistance, voltage, node_current)`` over the nodes of ``G``; the node
    current is, as in Circuitscape, the larger of the current flowing in and flowing out.
    Raises ValueError when source and sink are not connected.
    """
    G2, label = merge_nodes(G, [source_nodes, sink_nodes])
    _, component = csgraph.connected_components(G2, directed=False)
    if component[0] != component[1]:
        raise ValueError("source and sink are not connected")
    nodes = np.flatnonzero(component == component[0])
    keep = nodes[nodes != 1]  # node 1 (the sink) is the ground
    L = laplacian(G2)
    reduced = L[keep][:, keep]
    rhs = np.zeros(keep.size)
    rhs[np.searchsorted(keep, 0)] = 1.0
    v_merged = np.zeros(G2.shape[0])
    v_merged[keep] = np.asarray(_solver(reduced)(rhs)).ravel()
    resistance = float(v_merged[0])
    voltage = v_merged[label]
    voltage[component[label] != component[0]] = np.nan
    coo = G.tocoo()
    drop = voltage[coo.row] - voltage[coo.col]
    branch = coo.data * drop  # current from row to col, each link appears in both directions
    branch = np.nan_to_num(branch)
    outflow = np.bincount(coo.row, weights=np.maximum(branch, 0.0), minlength=G.shape[0])
    inflow = np.bincount(coo.row, weights=np.maximum(-branch, 0.0), minlength=G.shape[0])
    node_current = np.maximum(inflow, outflow)
    node_current[np.isnan(voltage)] = np.nan
    return resistance, voltage, node_current
