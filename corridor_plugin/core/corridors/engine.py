"""Least-cost corridors between pairs of areas, one bounded window per pair.

For a pair (A, B): window around both areas → resistance read for that window (barriers burnt in)
→ cost-weighted distance from A and from B (multi-source Dijkstra, 8 neighbours, √2 diagonals)
→ least-cost distance and path → normalised corridor CWD_A + CWD_B − LCD cut at the width →
optionally current flow (circuit theory) inside the corridor for pinch points.
"""
import math
import time
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
from osgeo import ogr

from . import circuit
from .cost import (
    cost_distance,
    least_cost_path,
    normalised_corridor,
    path_coordinates,
    polyline_length,
    straight_line_cost,
    width_cutoff,
)
from .graph import conductance_graph, cost_graph
from .raster import AnalysisGrid, Window, burn_mask, burn_values

# Status codes of a pair (stable, written to the table; the shell translates their meaning).
OK = "ok"
TOO_FAR = "beyond_max_length"
NO_CELLS = "area_without_passable_cells"
UNREACHABLE = "unreachable"
SAME_AREA = "same_area"
OUTSIDE = "outside_raster"
OVERLAP = "areas_overlap"   # the areas share ground: they are already joined, no corridor to draw


@dataclass
class Area:
    """A protected area in the grid's CRS (``wkb``) with its id and ISO 3166-1 alpha-3 country."""

    id: str
    wkb: bytes
    iso3: str = ""

    def __post_init__(self):
        self._geometry = ogr.CreateGeometryFromWkb(bytes(self.wkb))

    @property
    def geometry(self):
        return self._geometry

    @property
    def envelope(self):
        return self._geometry.GetEnvelope()


@dataclass
class Barrier:
    """A barrier line in the grid's CRS; ``resistance`` ≤ 0 makes its cells impassable."""

    id: str
    wkb: bytes
    resistance: float

    def __post_init__(self):
        self._geometry = ogr.CreateGeometryFromWkb(bytes(self.wkb))

    @property
    def geometry(self):
        return self._geometry


@dataclass
class Settings:
    width: float = 10.0
    width_is_percent: bool = True
    max_cutoff: float = 0.0   # cost units, 0 = no cap on the width cut-off
    max_length: float = 0.0  # map units, 0 = no limit (edge-to-edge distance of the two areas)
    circuit: bool = False
    margin_fraction: float = 0.25
    min_margin_cells: int = 20
    neighbours: int = 8
    # A pair whose areas cannot be joined inside the window, or whose least-cost path runs along
    # the window side (a cheaper route may lie outside), is redone with twice the margin, up to
    # this many cells (about 2–3 GB of graph and Dijkstra arrays).
    max_window_cells: int = 16_000_000


@dataclass
class PairResult:
    from_id: str
    to_id: str
    status: str
    window: Window = Window(0, 0, 0, 0)
    euclidean: float = math.nan
    lcd: float = math.nan
    cutoff: float = math.nan
    path: List[tuple] = field(default_factory=list)
    path_length: float = math.nan
    corridor: Optional[np.ndarray] = None  # normalised values within the cut-off, NaN elsewhere
    corridor_cells: int = 0
    window_clipped: bool = False  # the corridor reaches a window side inside the raster: widen the margin
    path_on_window_side: bool = False
    barriers_crossed: List[str] = field(default_factory=list)
    effective_resistance: float = math.nan
    current: Optional[np.ndarray] = None
    seconds: float = 0.0

    @property
    def cost_to_euclidean(self) -> float:
        return self.lcd / self.euclidean if self.euclidean > 0 else math.nan

    @property
    def cost_to_path_length(self) -> float:
        return self.lcd / self.path_length if self.path_length > 0 else math.nan


def areas_overlap(area_a: Area, area_b: Area) -> bool:
    """The two areas share ground (their intersection has an area); touching along an edge is not
    overlapping."""
    a, b = area_a.geometry, area_b.geometry
    if not a.Intersects(b):
        return False
    common = a.Intersection(b)
    return common is not None and common.GetArea() > 0


def _union_envelope(a, b):
    return (min(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), max(a[3], b[3]))


def _window_polygon(grid: AnalysisGrid, window: Window):
    x0, dx, _, y0, _, dy = grid.window_geotransform(window)
    x1, y1 = x0 + window.cols * dx, y0 + window.rows * dy
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def read_window(grid: AnalysisGrid, window: Window, barriers=()) -> np.ndarray:
    """Resistance of the window with the barriers that touch it burnt in (passable barrier cells
    take the barrier's resistance; ≤ 0 makes them impassable)."""
    resistance = grid.read(window)
    if barriers:
        extent = _window_polygon(grid, window)
        inside = [b for b in barriers if b.geometry.Intersects(extent)]
        if inside:
            burnt = burn_values([b.wkb for b in inside], [b.resistance for b in inside], window,
                                grid.window_geotransform(window), grid.projection)
            # A barrier never opens a cell that was impassable (a fence across a lake stays a lake).
            hit = ~np.isnan(burnt) & np.isfinite(resistance)
            resistance[hit] = np.where(burnt[hit] > 0, burnt[hit], np.nan)
    return resistance


def _edge_touch(mask: np.ndarray, window: Window, grid: AnalysisGrid) -> bool:
    sides = []
    if window.row > 0:
        sides.append(mask[0, :])
    if window.row + window.rows < grid.rows:
        sides.append(mask[-1, :])
    if window.col > 0:
        sides.append(mask[:, 0])
    if window.col + window.cols < grid.cols:
        sides.append(mask[:, -1])
    return any(bool(side.any()) for side in sides)


def corridor_for_pair(grid: AnalysisGrid, area_a: Area, area_b: Area, barriers=(), settings: Settings = None,
                      keep_corridor: bool = True) -> PairResult:
    """Corridor of one pair, in the smallest window (margin from ``settings.margin_fraction`` up,
    doubling) that holds its least-cost path away from the window sides."""
    settings = settings or Settings()
    started = time.perf_counter()
    if str(area_a.id) == str(area_b.id):
        return PairResult(str(area_a.id), str(area_b.id), SAME_AREA)
    if areas_overlap(area_a, area_b):
        return PairResult(str(area_a.id), str(area_b.id), OVERLAP, euclidean=0.0)
    euclidean = float(area_a.geometry.Distance(area_b.geometry))
    if settings.max_length and euclidean > settings.max_length:
        return PairResult(str(area_a.id), str(area_b.id), TOO_FAR, euclidean=euclidean)
    envelope = _union_envelope(area_a.envelope, area_b.envelope)
    margin = grid.margin_cells(envelope, settings.margin_fraction, settings.min_margin_cells)
    window = grid.window_around(envelope, margin_cells=margin)
    while True:
        margin *= 2
        wider = grid.window_around(envelope, margin_cells=margin)
        can_widen = wider != window and wider.cells <= settings.max_window_cells
        result = _pair_in_window(grid, window, area_a, area_b, barriers, settings, keep_corridor, can_widen)
        result.euclidean = euclidean
        if not can_widen or not (result.status == UNREACHABLE or result.path_on_window_side):
            break
        window = wider
    result.seconds = time.perf_counter() - started
    return result


def _pair_in_window(grid, window, area_a, area_b, barriers, settings, keep_corridor, can_widen=False):
    result = PairResult(str(area_a.id), str(area_b.id), OK)
    result.window = window
    if window.cells == 0:
        result.status = OUTSIDE
        return result
    gt = grid.window_geotransform(window)
    resistance = read_window(grid, window, barriers)
    passable_cells = np.isfinite(resistance)
    mask_a = burn_mask([area_a.wkb], window, gt, grid.projection) & passable_cells
    mask_b = burn_mask([area_b.wkb], window, gt, grid.projection) & passable_cells
    if not mask_a.any() or not mask_b.any():
        result.status = NO_CELLS
        return result
    graph = cost_graph(resistance, grid.cell_size, settings.neighbours)
    cells_a = np.flatnonzero(mask_a)
    cells_b = np.flatnonzero(mask_b)
    # Only cells with CWD_A + CWD_B ≤ LCD + cut-off matter: both searches stop beyond that (for A an
    # upper bound of the LCD from a straight cell line stands in for the LCD not yet known).
    upper = straight_line_cost(resistance, cells_a, cells_b, grid.cell_size)
    limit_a = upper + width_cutoff(upper, settings.width, settings.width_is_percent, settings.max_cutoff)
    cwd_a, pred_a = cost_distance(graph, cells_a, limit=limit_a)
    lcd, path_cells = least_cost_path(cwd_a, pred_a, cells_b)
    del pred_a
    if not math.isfinite(lcd):
        result.status = UNREACHABLE
        return result
    on_path = np.zeros(window.rows * window.cols, dtype=bool)
    on_path[path_cells] = True
    result.path_on_window_side = _edge_touch(on_path.reshape(window.rows, window.cols), window, grid)
    if result.path_on_window_side and can_widen:
        return result  # the caller widens the window; no point finishing this one
    result.cutoff = width_cutoff(lcd, settings.width, settings.width_is_percent, settings.max_cutoff)
    cwd_b, _ = cost_distance(graph, cells_b, limit=lcd + result.cutoff, predecessors=False)
    del graph
    result.lcd = lcd
    result.path = path_coordinates(path_cells, window.cols, gt)
    if len(result.path) == 1:  # touching areas: a zero-length path, kept as a degenerate line
        result.path = result.path * 2
    result.path_length = polyline_length(result.path)
    line = ogr.Geometry(ogr.wkbLineString)
    for x, y in result.path:
        line.AddPoint_2D(x, y)
    result.barriers_crossed = [str(b.id) for b in barriers if b.geometry.Intersects(line)]
    corridor = normalised_corridor(cwd_a.reshape(window.rows, window.cols), cwd_b.reshape(window.rows, window.cols),
                                   lcd)
    del cwd_a, cwd_b
    inside = corridor <= result.cutoff  # inf and NaN compare False
    corridor[~inside] = np.nan
    result.corridor_cells = int(inside.sum())
    result.window_clipped = _edge_touch(inside, window, grid)
    if settings.circuit:
        result.effective_resistance, result.current = corridor_current(resistance, inside | mask_a | mask_b,
                                                                       mask_a, mask_b, settings.neighbours)
    if keep_corridor:
        result.corridor = corridor
    return result


def corridor_current(resistance, inside, mask_a, mask_b, neighbours=8):
    """Current density (1 A from A to B) over the corridor cells only, as Linkage Mapper's
    Pinchpoint Mapper does; Circuitscape's link conductance 1 / mean resistance, diagonals / √2.
    Returns ``(effective resistance, current grid with NaN outside)``."""
    if (mask_a & mask_b).any():
        return 0.0, None  # overlapping areas: short-circuited, no current map to draw
    values = np.where(inside, resistance, np.nan)
    G, node_of_cell = conductance_graph(values, True, neighbours, True)
    sources = node_of_cell[mask_a & (node_of_cell >= 0)]
    sinks = node_of_cell[mask_b & (node_of_cell >= 0)]
    try:
        r_eff, _, node_current = circuit.current_flow(G, sources, sinks)
    except ValueError:
        return math.nan, None
    current = np.full(values.shape, np.nan)
    has_node = node_of_cell >= 0
    current[has_node] = node_current[node_of_cell[has_node]]
    return r_eff, current
