"""Least-cost distance, paths and corridors on hand-computed grids (core, no Processing)."""
import math

import numpy as np
import pytest
from osgeo import gdal, ogr

from corridor_plugin.core.corridors import engine
from corridor_plugin.core.corridors.cost import cost_distance, least_cost_path, normalised_corridor
from corridor_plugin.core.corridors.graph import cost_graph, passable
from corridor_plugin.core.corridors.raster import AnalysisGrid
from tests.builders import corridors as build

CELL = 100.0
SQRT2 = math.sqrt(2.0)


def flat(col, row, cols):
    return row * cols + col


def grid_lcd(resistance, a, b, cell=CELL):
    """LCD and path between single cells a, b = (col, row) on an in-memory grid."""
    rows, cols = resistance.shape
    graph = cost_graph(passable(resistance), cell)
    dist, pred = cost_distance(graph, [flat(*a, cols)])
    return least_cost_path(dist, pred, [flat(*b, cols)])


def test_two_cells_cost_is_mean_resistance_times_step():
    resistance = np.array([[1.0, 3.0], [5.0, 7.0]])
    lcd, _ = grid_lcd(resistance, (0, 0), (1, 0))
    assert lcd == pytest.approx((1 + 3) / 2 * CELL)
    # Diagonal (0,0)→(1,1): √2 × mean(1, 7) = 4√2 × 100 = 565.7, cheaper than 1→3→7 (200+500).
    lcd, path = grid_lcd(resistance, (0, 0), (1, 1))
    assert lcd == pytest.approx(4 * SQRT2 * CELL)
    assert path == [0, 3]


@pytest.mark.parametrize("resistance_value", [1.0, 3.5])
def test_uniform_resistance_lcd_is_the_8_neighbour_path_length(resistance_value):
    resistance = np.full((20, 20), resistance_value)
    # dx = 10, dy = 5: five diagonal steps and five straight ones.
    lcd, path = grid_lcd(resistance, (2, 3), (12, 8))
    assert lcd == pytest.approx(resistance_value * CELL * (5 * SQRT2 + 5))
    assert len(path) == 11


def test_wall_with_one_gap_sends_the_path_through_the_gap():
    resistance = np.ones((21, 21))
    resistance[:, 10] = np.nan  # impassable wall down column 10 …
    resistance[15, 10] = 1.0    # … except one gap at row 15
    lcd, path = grid_lcd(resistance, (5, 5), (15, 5))
    assert flat(10, 15, 21) in path
    # A → gap: dx 5, dy 10 = 5 diagonal + 5 straight; gap → B the same.
    assert lcd == pytest.approx(CELL * (10 + 10 * SQRT2))


def test_high_resistance_wall_with_gap_is_avoided_like_an_impassable_one():
    resistance = np.ones((21, 21))
    resistance[:, 10] = 1e6
    resistance[15, 10] = 1.0
    lcd, path = grid_lcd(resistance, (5, 5), (15, 5))
    assert flat(10, 15, 21) in path
    assert lcd == pytest.approx(CELL * (10 + 10 * SQRT2))


def test_unreachable_target_gives_infinite_distance():
    resistance = np.ones((5, 5))
    resistance[:, 2] = 0.0  # resistance ≤ 0 is impassable
    lcd, path = grid_lcd(resistance, (0, 0), (4, 4))
    assert math.isinf(lcd) and path == []


def test_normalised_corridor_hand_values():
    rows, cols = 21, 15
    resistance = np.ones((rows, cols))
    graph = cost_graph(passable(resistance), CELL)
    a, b = flat(2, 10, cols), flat(12, 10, cols)
    cwd_a, pred = cost_distance(graph, [a])
    cwd_b, _ = cost_distance(graph, [b])
    lcd, _ = least_cost_path(cwd_a, pred, [b])
    assert lcd == pytest.approx(10 * CELL)
    corridor = normalised_corridor(cwd_a, cwd_b, lcd).reshape(rows, cols)
    assert corridor[10, 7] == pytest.approx(0.0)  # on the straight path
    # (7, 11): 4 straight + 1 diagonal from each end → 2(4 + √2) − 10 cells.
    assert corridor[11, 7] == pytest.approx(CELL * (2 * SQRT2 - 2))
    # (7, 13): 2 straight + 3 diagonal from each end.
    assert corridor[13, 7] == pytest.approx(CELL * (6 * SQRT2 - 6))


def _areas(box_a, box_b):
    return (engine.Area("A", build.box_wkb(build.cell_box(*box_a))),
            engine.Area("B", build.box_wkb(build.cell_box(*box_b))))


def test_engine_on_raster_areas_and_width_cut_off(tmp_path):
    path = build.write_raster(tmp_path / "r.tif", np.ones((30, 40), np.float32))
    grid = AnalysisGrid(path)
    a, b = _areas((2, 10, 5, 13), (30, 10, 33, 13))  # cells 2–4 and 30–32, rows 10–12
    result = engine.corridor_for_pair(grid, a, b, settings=engine.Settings(width=10, width_is_percent=True))
    assert result.status == engine.OK
    assert result.lcd == pytest.approx(26 * CELL)
    assert result.euclidean == pytest.approx(25 * CELL)  # edge to edge
    assert result.path_length == pytest.approx(26 * CELL)  # centre to centre along the path
    assert result.cutoff == pytest.approx(0.1 * 26 * CELL)
    corridor = result.corridor
    inside = ~np.isnan(corridor)
    assert inside.sum() == result.corridor_cells
    assert np.nanmax(corridor) <= result.cutoff + 1e-9
    # Rows 10–12 between the areas are corridor with value 0; the cell 4 rows above row 10 at the
    # midpoint needs 4 diagonal steps from each side: 2(13 − 4 + 4√2) − 26 = 8√2 − 8 cells > 2.6.
    window_row = 10 - result.window.row
    assert np.all(corridor[window_row, 5 - result.window.col:30 - result.window.col] == 0)
    assert np.isnan(corridor[6 - result.window.row, 17 - result.window.col])


def test_barrier_that_doubles_the_cost(tmp_path):
    path = build.write_raster(tmp_path / "r.tif", np.ones((20, 20), np.float32))
    grid = AnalysisGrid(path)
    a, b = _areas((2, 0, 3, 20), (12, 0, 13, 20))  # full-height strips: the barrier cannot be walked round
    plain = engine.corridor_for_pair(grid, a, b)
    assert plain.lcd == pytest.approx(10 * CELL)
    # A full-height line through the centres of column 7 burns only that column. Crossing one
    # barrier cell costs (1 + r)/2 in and out instead of 1 + 1: r = 11 adds 10 cells, doubling 10.
    x = build.cell_centre(7, 0)[0]
    top, bottom = build.ORIGIN[1] + 50, build.ORIGIN[1] - 20 * CELL - 50
    fence = engine.Barrier("fence", bytes(ogr.CreateGeometryFromWkt(
        build.line_wkt([(x, top), (x, bottom)])).ExportToWkb()), 11.0)
    doubled = engine.corridor_for_pair(grid, a, b, [fence])
    assert doubled.lcd == pytest.approx(2 * plain.lcd)
    assert doubled.barriers_crossed == ["fence"]
    assert plain.barriers_crossed == []
    impassable = engine.Barrier("wall", fence.wkb, 0.0)
    assert engine.corridor_for_pair(grid, a, b, [impassable]).status == engine.UNREACHABLE


def test_window_is_bounded_and_gives_the_same_answer_as_the_whole_raster(tmp_path):
    rng = np.random.default_rng(3)
    values = (1 + 9 * rng.random((300, 300))).astype(np.float32)
    grid = AnalysisGrid(build.write_raster(tmp_path / "r.tif", values))
    a, b = _areas((20, 20, 24, 24), (60, 40, 64, 44))
    result = engine.corridor_for_pair(grid, a, b, settings=engine.Settings(margin_fraction=0.5))
    assert result.window.cells < values.size / 10
    # Independent check on the whole raster, same move costs.
    graph = cost_graph(passable(values.astype(float)), CELL)
    cells_a = [flat(c, r, 300) for r in range(20, 24) for c in range(20, 24)]
    cells_b = [flat(c, r, 300) for r in range(40, 44) for c in range(60, 64)]
    dist, pred = cost_distance(graph, cells_a)
    whole, _ = least_cost_path(dist, pred, cells_b)
    assert result.lcd == pytest.approx(whole, rel=1e-5)  # float32 raster read back as float64
    assert not result.window_clipped
    # The same corridor as unbounded Dijkstra runs on the whole raster (the engine stops its runs
    # at LCD + cut-off and works in a window).
    dist_b, _ = cost_distance(graph, cells_b)
    corridor = normalised_corridor(dist, dist_b, whole).reshape(300, 300)
    inside = corridor <= 0.1 * whole
    w = result.window
    assert inside.sum() == result.corridor_cells
    np.testing.assert_array_equal(inside[w.row:w.row + w.rows, w.col:w.col + w.cols], ~np.isnan(result.corridor))
    np.testing.assert_allclose(result.corridor[~np.isnan(result.corridor)],
                               corridor[w.row:w.row + w.rows, w.col:w.col + w.cols][~np.isnan(result.corridor)],
                               rtol=1e-6, atol=1e-6)


def test_window_widens_when_the_only_route_leaves_it(tmp_path):
    values = np.ones((200, 200), np.float32)
    values[100, :] = -1.0  # impassable row …
    values[100, 190] = 1.0  # … open only far to the east
    grid = AnalysisGrid(build.write_raster(tmp_path / "r.tif", values))
    a, b = _areas((10, 80, 12, 82), (10, 118, 12, 120))
    result = engine.corridor_for_pair(grid, a, b, settings=engine.Settings(margin_fraction=0.1, min_margin_cells=5))
    assert result.status == engine.OK
    assert result.window.col + result.window.cols > 190
    # (11, 81) → gap (190, 100): 19 diagonal + 160 straight; gap → (11, 118): 18 diagonal + 161 straight.
    assert result.lcd == pytest.approx(CELL * (37 * SQRT2 + 321))


def test_max_length_skips_far_pairs_and_touching_areas_have_zero_cost(tmp_path):
    grid = AnalysisGrid(build.write_raster(tmp_path / "r.tif", np.ones((20, 20), np.float32)))
    a, b = _areas((0, 0, 3, 3), (15, 15, 18, 18))
    far = engine.corridor_for_pair(grid, a, b, settings=engine.Settings(max_length=10 * CELL))
    assert far.status == engine.TOO_FAR
    a, b = _areas((0, 0, 3, 3), (3, 0, 6, 3))
    touching = engine.corridor_for_pair(grid, a, b)
    assert touching.status == engine.OK
    assert touching.lcd == pytest.approx(CELL)  # adjacent cells of A and B: one move


def test_landcover_lookup_and_resampled_cell_size(tmp_path):
    classes = np.ones((40, 40), np.int16)
    classes[:, 20] = 7  # a river class with resistance 50
    grid = AnalysisGrid(build.write_raster(tmp_path / "lc.tif", classes, dtype=gdal.GDT_Int16),
                        lookup={1: 2.0, 7: 50.0})
    window = grid.window_around((build.ORIGIN[0], build.ORIGIN[0] + 4000, build.ORIGIN[1] - 4000, build.ORIGIN[1]))
    values = grid.read(window)
    assert values.shape == (40, 40)
    assert values[0, 20] == 50.0 and values[0, 0] == 2.0
    coarse = AnalysisGrid(build.write_raster(tmp_path / "r.tif", np.full((40, 40), 4.0, np.float32)), cell_size=200.0)
    assert (coarse.cols, coarse.rows, coarse.cell_size) == (20, 20, 200.0)
    a, b = _areas((0, 0, 2, 2), (20, 0, 22, 2))  # 100 m cells 1 and 20: 18 cells = 1,800 m apart
    result = engine.corridor_for_pair(coarse, a, b)
    # On 200 m cells the areas cover columns 0 and 10: 10 moves × 200 m × resistance 4.
    assert result.lcd == pytest.approx(10 * 200 * 4.0)


def test_overlapping_areas_get_no_corridor(tmp_path):
    grid = AnalysisGrid(build.write_raster(tmp_path / "r.tif", np.ones((20, 20), np.float32)))
    a, b = _areas((2, 2, 8, 8), (6, 6, 12, 12))
    result = engine.corridor_for_pair(grid, a, b, settings=engine.Settings(circuit=True))
    assert result.status == engine.OVERLAP
    assert math.isnan(result.lcd) and result.corridor is None and result.corridor_cells == 0
    # sharing only an edge is not overlapping: those still get their (one-move) corridor
    a, b = _areas((0, 0, 3, 3), (3, 0, 6, 3))
    assert not engine.areas_overlap(a, b)
    assert engine.corridor_for_pair(grid, a, b).status == engine.OK


def test_width_cut_off_in_cost_units_and_its_cap():
    from corridor_plugin.core.corridors.cost import width_cutoff

    # a fence worth 1,000,000 cost units on a 20,000-unit path: 10 % would be 102,000 units wide
    assert width_cutoff(1_020_000.0, 10, True) == pytest.approx(102_000.0)
    assert width_cutoff(1_020_000.0, 10, True, cap=50_000.0) == pytest.approx(50_000.0)
    assert width_cutoff(1_020_000.0, 20_000, False) == 20_000.0        # cost units: the path cost is irrelevant
    assert width_cutoff(1_020_000.0, 80_000, False, cap=50_000.0) == 50_000.0
    assert width_cutoff(100.0, 10, True, cap=50_000.0) == pytest.approx(10.0)


def test_a_costly_fence_does_not_widen_a_capped_corridor(tmp_path):
    grid = AnalysisGrid(build.write_raster(tmp_path / "r.tif", np.ones((40, 40), np.float32)))
    a, b = _areas((2, 18, 3, 21), (36, 18, 37, 21))
    x = build.cell_centre(20, 0)[0]
    top, bottom = build.ORIGIN[1] + 50, build.ORIGIN[1] - 40 * CELL - 50
    fence = engine.Barrier("fence", bytes(ogr.CreateGeometryFromWkt(
        build.line_wkt([(x, top), (x, bottom)])).ExportToWkb()), 2001.0)
    percent = engine.corridor_for_pair(grid, a, b, [fence], engine.Settings(width=10, width_is_percent=True))
    capped = engine.corridor_for_pair(grid, a, b, [fence], engine.Settings(width=10, width_is_percent=True,
                                                                          max_cutoff=3 * CELL))
    # crossing the fence cell costs (1 + 2001)/2 × 2 = 2001 cells more than open land: 10 % of that
    # is a corridor hundreds of cells wide; the cap keeps it to 3 cells of cost
    assert percent.cutoff == pytest.approx(0.1 * percent.lcd) and percent.cutoff > 200 * CELL
    assert capped.cutoff == pytest.approx(3 * CELL) and capped.lcd == pytest.approx(percent.lcd)
    assert capped.corridor_cells < percent.corridor_cells / 3
