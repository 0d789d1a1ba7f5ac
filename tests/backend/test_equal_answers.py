"""graphkit's backend against plain NetworkX on graphs whose answers NetworkX gives:
equal within the stated tolerances, and the same sampled betweenness sources."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from graphkit.backend.centrality import weighted_degree
from graphkit.backend.convert import CACHE_KEY, to_igraph
from graphkit.backend.interface import backend_interface

# NetworkX notes each use of a cached conversion; these tests reuse graphs on purpose
pytestmark = pytest.mark.filterwarnings("ignore:Note. conversions to backend graphs")

# NetworkX's power iterations stop when the L1 change falls below n * tol; igraph's
# PRPACK and ARPACK solve to machine precision. With NetworkX run at tol=1e-12 the two
# agree to 1e-9; at NetworkX's default tol=1e-6, within n * 1e-6 (here n <= 80).
TIGHT = 1e-9
DEFAULT_TOL = 80 * 1e-6
# Betweenness is exact arithmetic on the same shortest paths (integer weights here).
EXACT = 1e-12


def _weighted(G: nx.Graph) -> nx.Graph:
    for i, (u, v) in enumerate(G.edges()):
        G[u][v]["weight"] = 1 + i % 4
        G[u][v]["distance"] = 1 + (i * 7) % 3
    return G


GRAPHS = {
    "karate": lambda: _weighted(nx.karate_club_graph()),
    "random": lambda: _weighted(nx.gnp_random_graph(80, 0.06, seed=3)),
    "directed": lambda: _weighted(nx.gnp_random_graph(60, 0.08, seed=4, directed=True)),
    "disconnected": lambda: _weighted(nx.disjoint_union(nx.path_graph(5), nx.cycle_graph(7))),
}


def _close(a: dict, b: dict, tol: float) -> None:
    assert list(a) == list(b)  # same nodes, NetworkX's order
    assert b == pytest.approx(a, abs=tol)


@pytest.mark.parametrize("name", GRAPHS)
def test_degree_and_weighted_degree_equal_networkx(name):
    G = GRAPHS[name]()
    assert nx.degree_centrality(G, backend="graphkit") == nx.degree_centrality(G)
    assert weighted_degree(G, "weight") == dict(G.degree(weight="weight"))
    assert weighted_degree(G, None) == dict(G.degree())


@pytest.mark.parametrize("name", GRAPHS)
@pytest.mark.parametrize("weight", [None, "weight"])
def test_pagerank_equals_networkx_within_its_tolerance(name, weight):
    G = GRAPHS[name]()
    got = nx.pagerank(G, weight=weight, backend="graphkit")
    _close(nx.pagerank(G, weight=weight, tol=1e-12, max_iter=10_000), got, TIGHT)
    _close(nx.pagerank(G, weight=weight), got, DEFAULT_TOL)
    personal = {next(iter(G)): 1, list(G)[3]: 2}
    _close(nx.pagerank(G, weight=weight, personalization=personal, tol=1e-12, max_iter=10_000),
           nx.pagerank(G, weight=weight, personalization=personal, backend="graphkit"), TIGHT)


@pytest.mark.parametrize("name", ["karate", "random", "directed"])
@pytest.mark.parametrize("weight", [None, "weight"])
def test_eigenvector_equals_networkx_on_connected_graphs(name, weight):
    G = GRAPHS[name]()
    # eigenvector centrality is defined on a (strongly) connected graph
    parts = nx.strongly_connected_components if G.is_directed() else nx.connected_components
    G = G.subgraph(max(parts(G), key=len)).copy()
    got = nx.eigenvector_centrality(G, weight=weight, backend="graphkit")
    _close(nx.eigenvector_centrality(G, weight=weight, tol=1e-12, max_iter=10_000), got, TIGHT)


@pytest.mark.parametrize("name", GRAPHS)
@pytest.mark.parametrize("weight", [None, "distance"])
@pytest.mark.parametrize("normalized", [True, False])
def test_exact_betweenness_equals_networkx(name, weight, normalized):
    G = GRAPHS[name]()
    _close(nx.betweenness_centrality(G, weight=weight, normalized=normalized),
           nx.betweenness_centrality(G, weight=weight, normalized=normalized,
                                     backend="graphkit"), EXACT)


@pytest.mark.parametrize("name", GRAPHS)
@pytest.mark.parametrize("weight", [None, "distance"])
@pytest.mark.parametrize("normalized", [True, False])
def test_sampled_betweenness_uses_networkx_sources_for_the_same_seed(name, weight, normalized):
    G = GRAPHS[name]()
    for seed in (0, 7):
        _close(nx.betweenness_centrality(G, k=9, weight=weight, normalized=normalized,
                                         seed=seed),
               nx.betweenness_centrality(G, k=9, weight=weight, normalized=normalized,
                                         seed=seed, backend="graphkit"), EXACT)


def test_betweenness_on_a_path_by_hand():
    G = nx.path_graph(["XAA", "XAB", "XAC", "XAD"])
    assert nx.betweenness_centrality(G, backend="graphkit") == pytest.approx(
        {"XAA": 0.0, "XAB": 2 / 3, "XAC": 2 / 3, "XAD": 0.0})
    assert nx.betweenness_centrality(G, normalized=False, backend="graphkit") == \
        {"XAA": 0.0, "XAB": 2.0, "XAC": 2.0, "XAD": 0.0}


def test_results_are_plain_networkx_values():
    G = GRAPHS["karate"]()
    pr = nx.pagerank(G, backend="graphkit")
    assert type(pr) is dict and all(type(x) is float for x in pr.values())
    parts = nx.community.louvain_communities(G, seed=1, backend="graphkit")
    assert type(parts) is list and all(type(p) is set for p in parts)
    assert set().union(*parts) == set(G)


def test_conversion_is_kept_on_the_graph_and_dropped_when_it_changes():
    G = GRAPHS["karate"]()
    nx.pagerank(G, backend="graphkit")
    first = G.__networkx_cache__[CACHE_KEY].graph
    nx.betweenness_centrality(G, weight="distance", backend="graphkit")  # other attribute
    assert to_igraph(G).graph is first  # structure converted once
    G.add_edge(0, 9, weight=5)  # NetworkX empties the cache on a change
    assert CACHE_KEY not in G.__networkx_cache__
    assert nx.pagerank(G, backend="graphkit") == pytest.approx(nx.pagerank(G), abs=DEFAULT_TOL)


def test_a_call_the_backend_cannot_answer_as_networkx_is_refused_with_the_reason():
    G = GRAPHS["karate"]()
    with pytest.raises(NotImplementedError, match="not implemented by 'graphkit' backend"):
        nx.betweenness_centrality(G, endpoints=True, backend="graphkit")
    assert backend_interface.can_run("betweenness_centrality", (G,), {"endpoints": True}) \
        == "endpoints=True is not supported"
    D = GRAPHS["directed"]()
    assert backend_interface.can_run("louvain_communities", (D,), {}) \
        == "directed modularity is not supported"
    assert backend_interface.can_run("pagerank", (G,), {"weight": "weight"}) is True


def test_sampled_sources_are_networkx_own():
    G = GRAPHS["random"]()
    H = to_igraph(G)
    # the backend draws seed.sample(list(G), k), NetworkX's own draw for that seed
    assert random.Random(3).sample(H.nodes, 5) == random.Random(3).sample(list(G), 5)


@pytest.mark.parametrize("name", GRAPHS)
@pytest.mark.parametrize("weight", [None, "distance"])
@pytest.mark.parametrize("normalized", [True, False])
def test_subset_betweenness_equals_networkx(name, weight, normalized):
    G = GRAPHS[name]()
    sources, targets = list(G)[:8], list(G)[5:20]  # overlapping, as two blocs may be
    _close(nx.betweenness_centrality_subset(G, sources, targets, normalized=normalized,
                                            weight=weight),
           nx.betweenness_centrality_subset(G, sources, targets, normalized=normalized,
                                            weight=weight, backend="graphkit"), EXACT)


def test_a_subgraph_view_converts_like_its_copy():
    G = GRAPHS["random"]()
    keep = [v for v in G if v % 3]
    view, copy = G.subgraph(keep), G.subgraph(keep).copy()
    assert nx.pagerank(view, backend="graphkit") == pytest.approx(
        nx.pagerank(copy, backend="graphkit"), abs=1e-12)
    M = nx.MultiGraph(G)
    M.add_edge(0, 1, weight=2)  # a parallel edge adds to the weighted degree
    assert weighted_degree(M, "weight") == dict(M.degree(weight="weight"))
