"""The backend on graphkit's own graphs (the curated dataset), the choice between it and
plain NetworkX, and its registration with NetworkX."""

from __future__ import annotations

import networkx as nx
import pytest

from graphkit.analysis import centrality, country_projection
from graphkit.backend.choose import BACKEND_ENV, choose_backend
from graphkit.io.curated import curated_data_dir
from graphkit.io.graph import read_graph

pytestmark = pytest.mark.filterwarnings("ignore:Note. conversions to backend graphs")

DAY = "2024-06-30"


@pytest.fixture(scope="module")
def curated():
    return read_graph(curated_data_dir())


def test_networkx_lists_graphkit_as_a_backend():
    assert "graphkit" in nx.utils.backends.backends
    assert nx.utils.backends.backend_info["graphkit"]["backend_name"] == "graphkit"


def test_pagerank_with_backend_graphkit_on_the_curated_multidigraph(curated):
    assert isinstance(curated, nx.MultiDiGraph)
    got = nx.pagerank(curated, backend="graphkit")
    assert got == pytest.approx(nx.pagerank(curated, tol=1e-12, max_iter=10_000), abs=1e-9)
    assert sum(got.values()) == pytest.approx(1.0)


def test_centrality_on_the_curated_projection_is_the_same_either_way(curated):
    P = country_projection(curated, as_of=DAY)
    plain = centrality(P, backend="networkx")
    fast = centrality(P, backend="graphkit")
    assert fast.degree == plain.degree
    assert fast.weighted_degree == pytest.approx(plain.weighted_degree, abs=1e-12)
    assert fast.betweenness == pytest.approx(plain.betweenness, abs=1e-9)
    # NetworkX stops its power iteration once the L1 change is below n * tol (1e-6)
    assert fast.pagerank == pytest.approx(plain.pagerank, abs=P.number_of_nodes() * 1e-6)
    assert fast.eigenvector == pytest.approx(plain.eigenvector, abs=1e-9)
    assert fast.notes == plain.notes
    sampled = [centrality(P, k=20, seed=3, backend=b).betweenness for b in ("networkx",
                                                                          "graphkit")]
    assert sampled[1] == pytest.approx(sampled[0], abs=1e-9)


def test_choose_backend_by_size_and_by_environment(monkeypatch):
    small, large = nx.path_graph(10), nx.gnm_random_graph(30_000, 40_000, seed=1)
    monkeypatch.delenv(BACKEND_ENV, raising=False)
    assert (choose_backend(small), choose_backend(large)) == ("networkx", "graphkit")
    monkeypatch.setenv(BACKEND_ENV, "networkx")
    assert choose_backend(large) == "networkx"
    assert choose_backend(large, "graphkit") == "graphkit"  # an argument wins
    monkeypatch.setenv(BACKEND_ENV, "igraph")
    with pytest.raises(ValueError, match=r"\$GRAPHKIT_BACKEND: expected one of auto, "
                                         r"networkx, graphkit, got 'igraph'"):
        choose_backend(small)
