"""Cell graphs of a raster window: costs for least-cost work, conductances for circuit work.

Cells are numbered row-major (``row * cols + col``) over the whole window so that a flat index maps
straight back to the grid; impassable cells (NaN) simply have no edges.
"""
import math

import numpy as np
from scipy import sparse

SQRT2 = math.sqrt(2.0)
OFFSETS_4 = ((0, 1), (1, 0), (0, -1), (-1, 0))
OFFSETS_8 = OFFSETS_4 + ((1, 1), (1, -1), (-1, 1), (-1, -1))


def offsets_for(neighbours: int):
    if neighbours == 4:
        return OFFSETS_4
    if neighbours == 8:
        return OFFSETS_8
    raise ValueError(f"neighbours must be 4 or 8, not {neighbours}")


def passable(values: np.ndarray, nodata=None) -> np.ndarray:
    """Float copy of ``values`` with no-data, non-finite and non-positive cells set to NaN."""
    grid = np.array(values, dtype=np.float64, copy=True)
    if nodata is not None:
        grid[grid == nodata] = np.nan
    grid[~(grid > 0)] = np.nan  # also catches NaN
    return grid


def _shifted(padded: np.ndarray, dr: int, dc: int, rows: int, cols: int) -> np.ndarray:
    return padded[1 + dr:1 + dr + rows, 1 + dc:1 + dc + cols]


def cost_graph(resistance: np.ndarray, cell_size: float = 1.0, neighbours: int = 8) -> sparse.csr_matrix:
    """Directed CSR graph holding both directions of every move between passable neighbours.

    Cost of a move = mean of the two cells' resistances × step length (cell size, × √2 on a
    diagonal), as Linkage Mapper / ArcGIS CostDistance and Circuitscape's averaging do.
    ``resistance`` must already have NaN on impassable cells (see :func:`passable`).
    Built straight into CSR row by row (no COO sort), so memory is about 12 bytes per edge.
    """
    rows, cols = resistance.shape
    n = rows * cols
    offsets = offsets_for(neighbours)
    padded = np.pad(resistance, 1, constant_values=np.nan)
    flat = np.arange(n, dtype=np.int32).reshape(rows, cols)
    weights = np.empty((n, len(offsets)), dtype=np.float64)
    targets = np.empty((n, len(offsets)), dtype=np.int32)
    for j, (dr, dc) in enumerate(offsets):
        step = SQRT2 if (dr and dc) else 1.0
        neighbour = _shifted(padded, dr, dc, rows, cols)
        np.multiply(resistance + neighbour, 0.5 * step * cell_size, out=weights[:, j].reshape(rows, cols))
        # Targets off the grid are garbage but their weight is NaN (padding), so they are dropped.
        np.add(flat, dr * cols + dc, out=targets[:, j].reshape(rows, cols))
    keep = np.isfinite(weights)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(keep.sum(axis=1), out=indptr[1:])
    data = weights[keep]
    del weights
    indices = targets[keep]
    del targets, keep
    if indptr[-1] < np.iinfo(np.int32).max:
        indptr = indptr.astype(np.int32)
    return sparse.csr_matrix((data, indices, indptr), shape=(n, n))


def conductance_graph(values: np.ndarray, is_resistance: bool = True, neighbours: int = 8,
                      average_resistances: bool = True):
    """Symmetric conductance matrix over passable cells, as Circuitscape builds it.

    ``values`` holds resistances (``is_resistance``) or conductances, NaN where impassable.
    Between neighbours the conductance is 1 / mean(resistances) (``average_resistances``) or the
    mean of the conductances; diagonal links are divided by √2.
    Returns ``(G, node_of_cell)`` where ``node_of_cell`` is -1 on impassable cells.
    """
    rows, cols = values.shape
    valid = np.isfinite(values)
    node_of_cell = np.full(values.shape, -1, dtype=np.int64)
    node_of_cell[valid] = np.arange(int(valid.sum()))
    conductance = np.where(valid, 1.0 / values if is_resistance else values, np.nan)
    half = ((0, 1), (1, 0)) if neighbours == 4 else ((0, 1), (1, 0), (1, 1), (1, -1))
    offsets_for(neighbours)  # rejects anything but 4 or 8
    padded_g = np.pad(conductance, 1, constant_values=np.nan)
    padded_n = np.pad(node_of_cell, 1, constant_values=-1)
    heads, tails, weights = [], [], []
    for dr, dc in half:
        g2 = _shifted(padded_g, dr, dc, rows, cols)
        n2 = _shifted(padded_n, dr, dc, rows, cols)
        both = valid & (n2 >= 0)
        a, b = conductance[both], g2[both]
        w = 1.0 / ((1.0 / a + 1.0 / b) / 2.0) if average_resistances else (a + b) / 2.0
        if dr and dc:
            w = w / SQRT2
        heads.append(node_of_cell[both])
        tails.append(n2[both])
        weights.append(w)
    i = np.concatenate(heads)
    j = np.concatenate(tails)
    w = np.concatenate(weights)
    m = int(valid.sum())
    G = sparse.coo_matrix((np.concatenate([w, w]), (np.concatenate([i, j]), np.concatenate([j, i]))),
                          shape=(m, m)).tocsr()
    return G, node_of_cell
