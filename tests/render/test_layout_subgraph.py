"""Layouts (speed-independent properties) and subgraph selection."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from graphkit.errors import GraphkitError, NodeNotFound
from graphkit.render import compute_layout, subgraph
from graphkit.render.layout import spread
from tests.render.graphs import dated_graph


def test_compute_layout_gives_every_node_a_distinct_position_in_small_and_large_graphs():
    for G in (nx.karate_club_graph(), nx.gnm_random_graph(800, 2000, seed=1)):
        pos = compute_layout(G)
        assert set(pos) == set(G)
        assert len(set(pos.values())) == G.number_of_nodes()


def test_compute_layout_keeps_small_graph_nodes_apart():
    pos = compute_layout(nx.star_graph(60))
    xy = np.array(list(pos.values()))
    d = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(axis=2)) + np.eye(len(xy)) * 1e9
    assert d.min() >= 40


def test_compute_layout_separates_components_instead_of_stacking_them():
    G = nx.Graph([(0, 1), (1, 2), (10, 11), (11, 12)])
    pos = compute_layout(G)
    boxes = [[min(pos[v][i] for v in c) for i in (0, 1)] + [max(pos[v][i] for v in c) for i in (0, 1)]
             for c in ((0, 1, 2), (10, 11, 12))]
    (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = boxes
    assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0  # bounding boxes do not overlap


def test_spread_pushes_identical_points_apart():
    out = spread(np.zeros((3, 2)), min_distance=5)
    d = [np.linalg.norm(out[i] - out[j]) for i, j in ((0, 1), (0, 2), (1, 2))]
    assert min(d) >= 4.9


def test_subgraph_keeps_nodes_within_depth_of_the_focus_found_by_name():
    H = subgraph(dated_graph(), focus="Moon Pact", depth=1)
    assert sorted(H) == ["XAA", "XAB", "pact"]
    assert sorted(subgraph(dated_graph(), focus="pact", depth=2)) == ["XAA", "XAB", "club", "pact"]
    assert "XAC" in subgraph(dated_graph(), focus="pact", depth=3)
    assert sorted(subgraph(dated_graph(), focus="pact", depth=0)) == ["pact"]


def test_subgraph_filters_relations_and_drops_nodes_left_without_edges():
    H = subgraph(dated_graph(), relations=["signed", "EXPRESSED_INTEREST_IN"])
    assert sorted(H) == ["XAA", "XAB", "pact"]
    assert sorted(r for _, _, r in H.edges(data="relation")) == ["EXPRESSED_INTEREST_IN", "SIGNED"]


def test_subgraph_leaves_the_input_graph_unchanged():
    G = dated_graph()
    subgraph(G, focus="club", depth=1, relations=["MEMBER_OF"])
    assert (G.number_of_nodes(), G.number_of_edges()) == (5, 5)


def test_subgraph_refuses_unknown_relation_unknown_focus_and_negative_depth():
    with pytest.raises(GraphkitError, match="unknown relation 'JOINED'; schema.yaml lists"):
        subgraph(dated_graph(), relations=["JOINED"])
    with pytest.raises(NodeNotFound):
        subgraph(dated_graph(), focus="Atlantis")
    with pytest.raises(GraphkitError, match="depth: expected 0 or more, got -1"):
        subgraph(dated_graph(), focus="pact", depth=-1)
