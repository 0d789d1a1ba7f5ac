"""The conversion to igraph: edge attributes read on first use, as floats, in igraph's
edge order; a graph changed behind NetworkX's back is refused, not answered wrongly."""

from __future__ import annotations

import networkx as nx
import pytest

from graphkit.backend.convert import to_igraph


def _graph() -> nx.Graph:
    G = nx.Graph()
    G.add_edge("XAA", "XAB", weight=2)        # an int weight
    G.add_edge("XAB", "XAC", weight=0.5)
    G.add_edge("XAC", "XAA")                  # no weight: the default
    G.add_edge("XAD", "XAD", weight=3.0)      # a self-loop, kept once
    return G


def test_attributes_are_floats_in_igraph_edge_order_with_the_default_where_missing():
    H = to_igraph(_graph(), {"weight": 1})
    edges = [(H.nodes[a], H.nodes[b]) for a, b in H.graph.get_edgelist()]
    assert edges == [("XAA", "XAB"), ("XAA", "XAC"), ("XAB", "XAC"), ("XAD", "XAD")]
    weights = H.weights("weight")
    assert weights == [2.0, 1.0, 0.5, 3.0] and all(type(w) is float for w in weights)
    assert H.index == {"XAA": 0, "XAB": 1, "XAC": 2, "XAD": 3}


def test_an_attribute_is_read_when_first_asked_for_then_kept():
    G = _graph()
    H = to_igraph(G, {"weight": 1})
    G["XAB"]["XAC"]["weight"] = 4.0  # allowed: NetworkX's data dicts, not its structure
    first = H.weights("weight")
    assert first == [2.0, 1.0, 4.0, 3.0]
    G["XAB"]["XAC"]["weight"] = 5.0  # after the first read the converted list is kept
    assert to_igraph(G, {"weight": 1}).weights("weight") is first


def test_a_structure_changed_behind_networkx_back_is_refused_with_the_fix():
    G = _graph()
    H = to_igraph(G)
    G._adj["XAB"]["XAD"] = G._adj["XAD"]["XAB"] = {"weight": 1.0}  # no cache clearing
    with pytest.raises(ValueError, match=r"call G.__networkx_cache__.clear\(\)"):
        H.weights("weight")


def test_a_directed_graph_keeps_every_edge_in_its_own_direction():
    D = nx.DiGraph([("XAA", "XAB", {"w": 1.5}), ("XAB", "XAA", {"w": 2.5}),
                    ("XAB", "XAC", {"w": 3.5})])
    H = to_igraph(D)
    assert [(H.nodes[a], H.nodes[b]) for a, b in H.graph.get_edgelist()] == [
        ("XAA", "XAB"), ("XAB", "XAA"), ("XAB", "XAC")]
    assert H.weights("w") == [1.5, 2.5, 3.5] and H.graph.is_directed()


@pytest.mark.parametrize("G", [nx.DiGraph([("XAA", "XAB")]), nx.Graph([("XAA", "XAA")]),
                               nx.Graph([("XAA", "XAB")]), nx.empty_graph(["XAA", "XAB"])],
                         ids=["one-directed-edge", "one-self-loop", "one-edge", "no-edge"])
def test_graphs_with_one_adjacency_entry_or_none_convert(G):
    H = to_igraph(G, {"weight": 1})
    assert sorted((H.nodes[a], H.nodes[b]) for a, b in H.graph.get_edgelist()) == sorted(G.edges())
    assert H.weights("weight") == [1.0] * G.number_of_edges()
