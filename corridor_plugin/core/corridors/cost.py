"""Cost-weighted distance, least-cost paths and normalised corridors on a cell graph."""
import numpy as np
from scipy.sparse import csgraph

NO_PREDECESSOR = -9999  # scipy.sparse.csgraph's marker


def cost_distance(graph, source_cells):
    """Multi-source cost-weighted distance (CWD) from every cell in ``source_cells`` (flat indices).

    Returns ``(distance, predecessor)``; distance is ``inf`` where unreachable and 0 on the sources.
    One Dijkstra run from all sources at once (``min_only``), not one per cell.
    """
    sources = np.unique(np.asarray(source_cells, dtype=np.int32))
    if sources.size == 0:
        raise ValueError("no source cells")
    distance, predecessor, _ = csgraph.dijkstra(graph, directed=True, indices=sources, min_only=True,
                                                return_predecessors=True)
    return distance, predecessor


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


def width_cutoff(lcd: float, width: float, width_is_percent: bool) -> float:
    """Corridor cut-off in cost units: WIDTH itself, or WIDTH % of the least-cost distance."""
    if width_is_percent:
        return lcd * width / 100.0
    return width


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
