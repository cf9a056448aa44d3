"""Circuit mode: effective resistance against a dense Laplacian pseudo-inverse built here, the
two-node series/parallel formulas, and Circuitscape's own regression cases."""
import configparser
import math

import numpy as np
import pytest
from osgeo import gdal

from corridor_plugin.core.corridors import circuit
from corridor_plugin.core.corridors.engine import corridor_current
from corridor_plugin.core.corridors.graph import conductance_graph, passable

SQRT2 = math.sqrt(2.0)


def dense_laplacian(resistance, neighbours):
    """Laplacian written out cell by cell with plain loops (independent of the core builder):
    link conductance 1 / mean resistance, diagonal links / √2."""
    rows, cols = resistance.shape
    index = {}
    for r in range(rows):
        for c in range(cols):
            if np.isfinite(resistance[r, c]):
                index[(r, c)] = len(index)
    L = np.zeros((len(index), len(index)))
    steps = [(0, 1), (1, 0)] + ([(1, 1), (1, -1)] if neighbours == 8 else [])
    for (r, c), i in index.items():
        for dr, dc in steps:
            j = index.get((r + dr, c + dc))
            if j is None:
                continue
            g = 1.0 / ((resistance[r, c] + resistance[r + dr, c + dc]) / 2.0)
            if dr and dc:
                g /= SQRT2
            L[i, j] -= g
            L[j, i] -= g
            L[i, i] += g
            L[j, j] += g
    return L, index


def dense_resistance(L, i, j):
    pinv = np.linalg.pinv(L)
    e = np.zeros(L.shape[0])
    e[i], e[j] = 1.0, -1.0
    return float(e @ pinv @ e)


@pytest.mark.parametrize("neighbours", [4, 8])
def test_effective_resistance_matches_dense_pseudo_inverse(neighbours):
    rng = np.random.default_rng(11)
    resistance = 1 + 9 * rng.random((6, 7))
    resistance[2, 3] = np.nan
    resistance[4, 1] = np.nan
    L, index = dense_laplacian(resistance, neighbours)
    G, node = conductance_graph(resistance, True, neighbours, True)
    cells = [(0, 0), (5, 6), (3, 3), (1, 5)]
    R = circuit.pairwise_effective_resistance(G, [[node[c]] for c in cells])
    for a in range(len(cells)):
        for b in range(a + 1, len(cells)):
            expected = dense_resistance(L, index[cells[a]], index[cells[b]])
            assert R[a, b] == pytest.approx(expected, rel=1e-9)
            assert R[b, a] == R[a, b]
    # The current solver agrees with the pairwise one.
    r_flow, voltage, current = circuit.current_flow(G, [node[(0, 0)]], [node[(5, 6)]])
    assert r_flow == pytest.approx(R[0, 1], rel=1e-9)
    assert voltage[node[(5, 6)]] == 0.0
    assert voltage[node[(0, 0)]] == pytest.approx(r_flow)


def test_series_formula_on_a_row_of_cells():
    resistance = np.array([[2.0, 4.0, 10.0]])
    G, node = conductance_graph(resistance, True, 4, True)
    R = circuit.pairwise_effective_resistance(G, [[node[0, 0]], [node[0, 2]]])
    assert R[0, 1] == pytest.approx((2 + 4) / 2 + (4 + 10) / 2)


def test_parallel_formula_between_short_circuited_columns():
    # Left column = focal region A, right column = B: two links in parallel, the vertical links
    # inside each region are short-circuited.
    resistance = np.array([[2.0, 6.0], [1.0, 3.0]])
    G, node = conductance_graph(resistance, True, 4, True)
    R = circuit.pairwise_effective_resistance(G, [[node[0, 0], node[1, 0]], [node[0, 1], node[1, 1]]])
    top, bottom = (2 + 6) / 2, (1 + 3) / 2
    assert R[0, 1] == pytest.approx(1 / (1 / top + 1 / bottom))


def test_disconnected_and_empty_groups_are_minus_one():
    resistance = np.array([[1.0, np.nan, 1.0]])
    G, node = conductance_graph(resistance, True, 8, True)
    R = circuit.pairwise_effective_resistance(G, [[node[0, 0]], [node[0, 2]], []])
    assert R[0, 1] == -1 and R[0, 2] == -1 and R[0, 0] == 0


def test_corridor_current_is_one_ampere_through_a_one_cell_pinch():
    # 5×5 uniform block with a one-cell opening in the middle column: all current passes there.
    resistance = np.ones((5, 5))
    resistance[:, 2] = np.nan
    resistance[2, 2] = 1.0
    inside = np.isfinite(resistance)
    mask_a = np.zeros((5, 5), bool)
    mask_a[:, 0] = True
    mask_b = np.zeros((5, 5), bool)
    mask_b[:, 4] = True
    r_eff, current = corridor_current(resistance, inside, mask_a, mask_b, 8)
    assert current[2, 2] == pytest.approx(1.0)
    assert np.nanmax(current) == pytest.approx(1.0)
    assert np.isnan(current[0, 2])
    L, index = dense_laplacian(resistance, 8)
    # Short-circuit the area columns in the dense check with near-infinite conductances.
    for column in (0, 4):
        for r in range(4):
            i, j = index[(r, column)], index[(r + 1, column)]
            big = 1e9
            L[i, j] -= big
            L[j, i] -= big
            L[i, i] += big
            L[j, j] += big
    assert r_eff == pytest.approx(dense_resistance(L, index[(0, 0)], index[(0, 4)]), rel=1e-6)


def _read(path):
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    return band.ReadAsArray().astype(float), band.GetNoDataValue()


def _read_out(path):
    rows = [line.split() for line in path.read_text().splitlines() if line.strip()]
    ids = [int(float(v)) for v in rows[0][1:]]
    matrix = np.array([[float(v) for v in row[1:]] for row in rows[1:]])
    assert [int(float(row[0])) for row in rows[1:]] == ids
    return ids, matrix


@pytest.mark.parametrize("case, habitat, points", [
    ("sgVerify4", "sgVerify4_cellmap.asc", "sgVerify4_points.asc"),
    ("sgVerify10", "sgVerify10_cellmap7.tif", "sgVerify10_points_polys7.tif"),
])
def test_reproduces_circuitscape_pairwise_resistances(shared_data, case, habitat, points):
    folder = shared_data / "reference" / "circuitscape"
    ini = configparser.ConfigParser()
    ini.read(folder / f"{case}_{case}.ini")

    def flag(section, key):
        return ini.get(section, key).strip().lower() == "true"

    neighbours = 4 if flag("Connection scheme for raster habitat data", "connect_four_neighbors_only") else 8
    average = flag("Connection scheme for raster habitat data", "connect_using_avg_resistances")
    is_resistance = flag("Habitat raster or graph", "habitat_map_is_resistances")
    values, nodata = _read(folder / habitat)
    focal, focal_nodata = _read(folder / points)
    # The GeoTIFF copy of sgVerify10's habitat lost its no-data tag; the ASCII original used -9999.
    ids, R = circuit.focal_pairwise_resistances(values, focal, neighbours, is_resistance, average,
                                                nodata if nodata is not None else -9999, focal_nodata)
    expected_ids, expected = _read_out(folder / f"{case}_resistances.out")
    assert ids == expected_ids
    np.testing.assert_allclose(R, expected, rtol=1e-8, atol=1e-9)


def test_conductance_and_resistance_inputs_agree():
    resistance = np.array([[1.0, 2.0, 4.0], [8.0, 1.0, 2.0]])
    g_from_r, _ = conductance_graph(resistance, True, 8, False)
    g_from_c, _ = conductance_graph(1.0 / resistance, False, 8, False)
    assert abs(g_from_r - g_from_c).max() < 1e-12
    # Averaging conductances: link (0,0)–(0,1) = (1 + 0.5) / 2.
    assert g_from_c[0, 1] == pytest.approx(0.75)
    assert passable(np.array([[0.0, -1.0, 2.0]]), None).tolist()[0][2] == 2.0


def test_iterative_solver_agrees_with_the_direct_one(monkeypatch):
    rng = np.random.default_rng(5)
    resistance = 1 + 9 * rng.random((12, 12))
    G, node = conductance_graph(resistance, True, 8, True)
    groups = [[node[0, 0]], [node[11, 11]], [node[5, 6]]]
    direct = circuit.pairwise_effective_resistance(G, groups)
    monkeypatch.setattr(circuit, "DIRECT_LIMIT", 10)  # force conjugate gradients
    iterative = circuit.pairwise_effective_resistance(G, groups)
    np.testing.assert_allclose(iterative, direct, rtol=1e-7)
