"""The C reader of the igraph conversion (graphkit/backend/_adjacency.c) gives exactly what
the pure-Python reader gives, which stays as its fallback; it is compiled at install."""

from __future__ import annotations

import random
from decimal import Decimal
from types import MappingProxyType

import networkx as nx
import numpy as np
import pytest

from graphkit.backend import convert


def _compiled():
    if convert._adjacency is None:
        pytest.fail("graphkit's C reader (graphkit/backend/_adjacency.c) was not compiled: "
                    "install a C compiler and Python's headers (apt-get install gcc "
                    "python3-dev), then reinstall graphkit (make install)")
    return convert._adjacency


def _both(G: nx.Graph, attrs: dict, monkeypatch) -> tuple:
    """(edge list, weights per attribute) read by the C reader, then by the Python one."""
    _compiled()
    answers = []
    for reader in (convert._adjacency, None):
        monkeypatch.setattr(convert, "_adjacency", reader)
        G.__networkx_cache__.clear()
        H = convert.to_igraph(G, attrs)
        answers.append((H.graph.get_edgelist(), {a: H.weights(a) for a in attrs}))
    G.__networkx_cache__.clear()
    return tuple(answers)


def _random_graph(cls, seed: int, *, nodes: int = 60, edges: int = 240) -> nx.Graph:
    rng = random.Random(seed)
    G = cls()
    G.add_nodes_from(f"X{i:03d}" for i in range(nodes))
    for _ in range(edges):
        u, v = rng.randrange(nodes), rng.randrange(nodes)  # self-loops included
        data = {} if rng.random() < 0.2 else {"weight": rng.choice(
            [rng.random() * 10, rng.randrange(1, 5), True, np.float64(rng.random())])}
        # the neighbour as a new object equal to the node (NetworkX keeps it as given):
        # found by value, not by address
        G.add_edge(f"X{u:03d}", "".join(f"X{v:03d}"), **data)
    return G


def test_the_c_reader_is_compiled():
    module = _compiled()
    assert module.__file__.endswith((".so", ".pyd"))


@pytest.mark.parametrize("cls", [nx.Graph, nx.DiGraph])
@pytest.mark.parametrize("seed", range(5))
def test_c_and_python_readers_give_the_same_edges_and_weights(cls, seed, monkeypatch):
    G = _random_graph(cls, seed)
    c_answer, python_answer = _both(G, {"weight": 1.0, "absent": 2.5}, monkeypatch)
    assert c_answer == python_answer
    edges, weights = c_answer
    assert len(edges) == G.number_of_edges() and weights["absent"] == [2.5] * len(edges)
    assert all(type(w) is float for w in weights["weight"])


def test_integer_nodes_outside_python_small_int_cache_are_found_by_value(monkeypatch):
    G = nx.Graph()
    G.add_nodes_from(range(1000, 1010))
    for u in range(1000, 1009):  # int(str(...)) makes a new object each time
        G.add_edge(int(str(u)), int(str(u + 1)), weight=float(u))
    c_answer, python_answer = _both(G, {"weight": 1.0}, monkeypatch)
    assert c_answer == python_answer
    assert c_answer[0] == [(i, i + 1) for i in range(9)]


def test_values_neither_float_nor_int_are_read_by_the_python_reader(monkeypatch):
    G = nx.Graph([("XAA", "XAB", {"weight": Decimal("2.5")}),
                  ("XAB", "XAC", {"weight": np.int64(3)}), ("XAC", "XAD", {"weight": 1.5})])
    adjacency = _compiled()
    keep = convert._simple_edges(G._adj, {n: i for i, n in enumerate(G)}, False)[2]
    assert adjacency.attribute(G._adj, keep, "weight", 1.0, 3) is None  # handed over
    c_answer, python_answer = _both(G, {"weight": 1.0}, monkeypatch)
    assert c_answer == python_answer and c_answer[1]["weight"] == [2.5, 3.0, 1.5]


def test_an_integer_too_large_for_a_float_is_an_error_in_both_readers(monkeypatch):
    G = nx.Graph([("XAA", "XAB", {"weight": 10 ** 400})])
    for reader in (_compiled(), None):
        monkeypatch.setattr(convert, "_adjacency", reader)
        G.__networkx_cache__.clear()
        with pytest.raises(OverflowError):
            convert.to_igraph(G).weights("weight")


def test_a_mapping_that_is_not_a_dict_is_handed_to_the_python_reader():
    adjacency = _compiled()
    adj = {"XAA": MappingProxyType({"XAB": {}}), "XAB": MappingProxyType({"XAA": {}})}
    assert adjacency.edges(adj, {"XAA": 0, "XAB": 1}, False) is None
    assert adjacency.attribute({"XAA": {"XAB": MappingProxyType({})}}, None, "w", 1.0,
                               1) is None


def test_a_neighbour_that_is_not_a_node_is_a_key_error_naming_it():
    with pytest.raises(KeyError, match="XZZ"):
        _compiled().edges({"XAA": {"XZZ": {}}}, {"XAA": 0}, True)


def test_a_wrong_edge_count_is_refused_as_a_changed_graph():
    G = nx.Graph([("XAA", "XAB", {"weight": 2.0})])
    adjacency = _compiled()
    src, dst, keep, total = adjacency.edges(G._adj, {"XAA": 0, "XAB": 1}, False)
    assert (src, dst, keep, total) == ([0], [1], b"\x01\x00", 2)
    with pytest.raises(ValueError, match="changed since it was converted"):
        adjacency.attribute(G._adj, keep, "weight", 1.0, 2)
    G.add_edge("XAB", "XAC")  # behind the converted mask's back
    with pytest.raises(ValueError, match="changed since it was converted"):
        adjacency.attribute(G._adj, keep, "weight", 1.0, 1)
