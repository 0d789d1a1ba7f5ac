import math

import networkx as nx
import pytest

from graphkit.analysis import centrality


def star():
    return nx.Graph([("XAA", leaf) for leaf in ("XAB", "XAC", "XAD")])


def test_centrality_of_a_star_matches_hand_computed_values():
    c = centrality(star())
    assert c.degree == {"XAA": 1.0, "XAB": pytest.approx(1 / 3), "XAC": pytest.approx(1 / 3),
                        "XAD": pytest.approx(1 / 3)}
    assert c.betweenness["XAA"] == pytest.approx(1.0) and c.betweenness["XAB"] == 0.0
    # eigenvalue sqrt(3): centre 1/sqrt(2), leaves 1/sqrt(6)
    assert c.eigenvector["XAA"] == pytest.approx(1 / math.sqrt(2))
    assert c.eigenvector["XAB"] == pytest.approx(1 / math.sqrt(6))
    # PageRank: l = 0.15/4 + 0.85 c/3, c = 0.15/4 + 0.85 * 3 l
    leaf = 0.048125 / 0.2775
    assert c.pagerank["XAB"] == pytest.approx(leaf, abs=1e-6)
    assert c.pagerank["XAA"] == pytest.approx(0.0375 + 2.55 * leaf, abs=1e-6)
    assert c.betweenness_k is None and c.notes == []


def test_centrality_weighted_degree_sums_weights_and_betweenness_uses_distance():
    P = nx.Graph()
    P.add_edge("XAA", "XAB", weight=2.0, distance=0.5)
    P.add_edge("XAB", "XAC", weight=2.0, distance=0.5)
    P.add_edge("XAA", "XAC", weight=0.5, distance=2.0)   # long: paths go through XAB
    c = centrality(P)
    assert c.weighted_degree == {"XAA": 2.5, "XAB": 4.0, "XAC": 2.5}
    assert c.betweenness["XAB"] == pytest.approx(1.0)
    assert c.degree["XAB"] == 1.0


def test_centrality_samples_betweenness_above_max_exact_and_repeats_with_the_seed():
    P = nx.gnm_random_graph(60, 200, seed=1)
    a = centrality(P, max_exact=20, seed=7)
    b = centrality(P, max_exact=20, seed=7)
    assert a.betweenness_k == 20
    assert a.betweenness == b.betweenness
    assert a.notes == ["betweenness estimated from 20 sampled sources of 60 (seed 7)"]
    assert a.betweenness != centrality(P).betweenness


def test_centrality_rows_rank_by_pagerank_with_ties_by_id():
    rows = centrality(star()).rows(top=2)
    assert [r["node"] for r in rows] == ["XAA", "XAB"]
    assert set(rows[0]) == {"node", "degree", "weighted_degree", "betweenness", "eigenvector",
                            "pagerank"}


def test_centrality_of_an_edgeless_graph_is_zero():
    P = nx.Graph()
    P.add_nodes_from(["XAA", "XAB"])
    c = centrality(P)
    assert c.eigenvector == {"XAA": 0.0, "XAB": 0.0} and c.degree == {"XAA": 0.0, "XAB": 0.0}
