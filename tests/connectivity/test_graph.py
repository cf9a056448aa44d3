"""The sparse per-component PC/dPC against the dense textbook computation (Floyd-Warshall,
PC recomputed after removing each node), on random graphs with several components, zero
attributes (stepping stones) and touching areas (p = 1)."""
import numpy as np
import pytest

from corridor_plugin.core.connectivity.graph import (
    cutoff_distance,
    decay_constant,
    naive_dpc,
    naive_pcnum,
    probability_of_connectivity,
)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sparse_equals_dense(seed):
    rng = np.random.default_rng(seed)
    n = 45
    xy = rng.uniform(0, 120, (n, 2))
    a = rng.uniform(0.1, 5, n)
    a[rng.uniform(size=n) < 0.25] = 0.0
    i, j = np.triu_indices(n, 1)
    d = np.hypot(*(xy[i] - xy[j]).T)
    near = d < 22
    i, j, d = i[near], j[near], d[near]
    p = np.exp(-decay_constant(10, 0.5) * d)
    p[:4] = 1.0
    result = probability_of_connectivity(n, i, j, p, a, node_importance=True)
    assert result.components > 1
    assert result.pcnum == pytest.approx(naive_pcnum(n, i, j, p, a), rel=1e-9)
    assert result.dpc == pytest.approx(naive_dpc(n, i, j, p, a), abs=1e-9)
    assert result.dpc_intra + result.dpc_flux + result.dpc_connector == pytest.approx(result.dpc)
    assert result.component_pcnum.sum() == pytest.approx(result.pcnum)
    # only nodes inside some best path were recomputed
    assert 0 < result.recomputed_nodes < n


def test_isolated_nodes_and_empty_graph():
    result = probability_of_connectivity(3, [], [], [], [2.0, 3.0, 0.0], node_importance=True)
    assert result.pcnum == pytest.approx(13.0)
    assert result.dpc == pytest.approx([100 * 4 / 13, 100 * 9 / 13, 0.0])
    assert probability_of_connectivity(0, [], [], [], []).pcnum == 0


def test_decay_and_cutoff():
    assert np.exp(-decay_constant(10_000, 0.5) * 10_000) == pytest.approx(0.5)
    assert cutoff_distance(10_000, 0.5, 0.25) == pytest.approx(20_000)
    assert cutoff_distance(10_000, 0.5, 0.0) == pytest.approx(10_000 * np.log(1e6) / np.log(2))
    with pytest.raises(ValueError):
        decay_constant(0, 0.5)
