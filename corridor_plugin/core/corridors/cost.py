"""Cost-weighted distance, least-cost paths and normalised corridors on a cell graph."""
import numpy as np
from scipy.sparse import csgraph

NO_PREDECESSOR = -9999  # scipy.sparse.csgraph's marker


def cost_distance(graph, source_cells, limit=np.inf, predecessors=True):
    """Multi-source cost-weighted distance (CWD) from every cell in ``source_cells`` (flat indices).

    Returns ``(distance, predecessor)``; distance is ``inf`` where unreachable or beyond ``limit``
    (Dijkstra stops there) and 0 on the sources. One run from all sources at once (``min_only``).
    """
    sources = np.unique(np.asarray(source_cells, dtype=np.int32))
    if sources.size == 0:
        raise ValueError("no source cells")
    if predecessors:
        distance, predecessor, _ = csgraph.dijkstra(graph, directed=True, indices=sources, min_only=True,
                                                    return_predecessors=True, limit=limit)
        return distance, predecessor
    return csgraph.dijkstra(graph, directed=True, indices=sources, min_only=True, limit=limit), None


def straight_line_cost(resistance, cells_a, cells_b, cell_size=1.0):
    """Cost of one 8-connected straight cell line from A to B: an upper bound of the least-cost
    distance (``inf`` if the line meets an impassable cell), used to stop Dijkstra early."""
    rows, cols = resistance.shape
    ra, ca = np.divmod(np.asarray(cells_a, dtype=np.int64), cols)
    rb, cb = np.divmod(np.asarray(cells_b, dtype=np.int64), cols)
    # A's cell nearest B's centre, then B's cell nearest that one.
    k = int(np.argmin((ra - rb.mean()) ** 2 + (ca - cb.mean()) ** 2))
    r0, c0 = ra[k], ca[k]
    k = int(np.argmin((rb - r0) ** 2 + (cb - c0) ** 2))
    r1, c1 = rb[k], cb[k]
    steps = int(max(abs(r1 - r0), abs(c1 - c0)))
    if steps == 0:
        return 0.0
    r = np.rint(np.linspace(r0, r1, steps + 1)).astype(np.int64)
    c = np.rint(np.linspace(c0, c1, steps + 1)).astype(np.int64)
    values = resistance[r, c]
    step_length = np.where((np.diff(r) != 0) & (np.diff(c) != 0), np.sqrt(2.0), 1.0)
    total = float(np.sum((values[:-1] + values[1:]) / 2.0 * step_length) * cell_size)
    return total if np.isfinite(total) else np.inf


def least_cost_path(distance_from_a, predecessor_from_a, target_cells):
    """Least-cost distance from A to area B and the path as flat cell indices, A end first.

    ``target_cells`` are B's cells; the path ends at B's cheapest cell and starts at a cell of A.
    Returns ``(inf, [])`` when B cannot be reached.
    """
    targets = np.asarray(target_cells, dtype=np.int64)
    if targets.size == 0:
        return float("inf"), []
    reach = distance_from_a[targets]
    best = int(np.argmin(reach))
    lcd = float(reach[best])
    if not np.isfinite(lcd):
        return float("inf"), []
    cell = int(targets[best])
    path = [cell]
    while predecessor_from_a[cell] != NO_PREDECESSOR:
        cell = int(predecessor_from_a[cell])
        path.append(cell)
    path.reverse()
    return lcd, path


def normalised_corridor(cwd_a, cwd_b, lcd):
    """CWD_A + CWD_B − LCD_AB (Linkage Mapper): 0 along the least-cost path, growing away from it."""
    corridor = cwd_a + cwd_b - lcd
    # Rounding can give tiny negatives on the path itself.
    np.maximum(corridor, 0.0, out=corridor)
    return corridor


def width_cutoff(lcd: float, width: float, width_is_percent: bool, cap: float = 0.0) -> float:
    """Corridor cut-off in cost units: WIDTH itself (as Linkage Mapper), or WIDTH % of the least-cost
    distance; never above ``cap`` (cost units, 0 = no cap). A percentage alone lets one costly barrier
    on the path (a fence) widen the corridor over tens of thousands of km²."""
    cutoff = lcd * width / 100.0 if width_is_percent else width
    if cap and cap > 0:
        cutoff = min(cutoff, cap)
    return cutoff


def path_coordinates(path_cells, cols: int, geotransform, row_offset: int = 0, col_offset: int = 0):
    """Cell-centre map coordinates of a path given as flat indices of a window."""
    cells = np.asarray(path_cells, dtype=np.int64)
    r = cells // cols + row_offset + 0.5
    c = cells % cols + col_offset + 0.5
    x0, dx, rx, y0, ry, dy = geotransform
    xs = x0 + c * dx + r * rx
    ys = y0 + c * ry + r * dy
    return list(zip(xs.tolist(), ys.tolist()))


def polyline_length(coords) -> float:
    if len(coords) < 2:
        return 0.0
    xy = np.asarray(coords)
    return float(np.hypot(*np.diff(xy, axis=0).T).sum())
