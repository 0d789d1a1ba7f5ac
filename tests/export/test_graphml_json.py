"""GraphML and JSON exports read back, by NetworkX's own readers, to the graph they were written from."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from graphkit.errors import GraphkitError
from graphkit.export import (
    export_graph,
    export_graph_of,
    read_graphml,
    write_graphml,
    write_node_link,
)
from tests.data.shared import graph
from tests.export.shared import awkward_graph


def _edges(G):
    return {(u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)}


def test_graphml_of_data_reads_back_with_networkx_to_the_same_counts_keys_and_values(tmp_path):
    G = graph()
    write_graphml(export_graph_of(G), tmp_path / "g.graphml")
    raw = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert (raw.number_of_nodes(), raw.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    assert set(_edges(raw)) == set(_edges(G))
    assert sum(map(len, dict(raw.nodes(data=True)).values())) == sum(map(len, dict(G.nodes(data=True)).values()))
    assert raw.nodes["AFG"]["aliases"] == '["Islamic Republic of Afghanistan"]'  # a list as JSON text
    back = read_graphml(tmp_path / "g.graphml")
    assert dict(back.nodes(data=True)) == dict(G.nodes(data=True))
    assert _edges(back) == _edges(G)
    assert back.graph == {"as_of": "all dates"}


def test_graphml_types_each_attribute_and_keeps_awkward_text_and_lists(tmp_path):
    G = awkward_graph()
    G.nodes["XAA"].update(members=3, share=0.25, founding=True)
    write_graphml(G, tmp_path / "g.graphml")
    text = (tmp_path / "g.graphml").read_text(encoding="utf-8")
    for name, kind in (("members", "long"), ("share", "double"), ("founding", "boolean"),
                       ("aliases", "string")):
        assert f'attr.name="{name}" attr.type="{kind}"' in text
    back = read_graphml(tmp_path / "g.graphml")
    assert dict(back.nodes(data=True)) == dict(G.nodes(data=True))
    assert back.nodes["XAA"]["members"] == 3 and back.nodes["XAA"]["founding"] is True
    assert _edges(back) == _edges(G)


def test_graphml_refuses_an_attribute_of_two_types_and_writes_nothing(tmp_path):
    G = awkward_graph()
    G.nodes["XAA"]["rank"], G.nodes["club"]["rank"] = 1, "first"
    with pytest.raises(GraphkitError, match="rank: GraphML types an attribute once"):
        write_graphml(G, tmp_path / "g.graphml")
    assert list(tmp_path.iterdir()) == []


def test_node_link_json_reads_back_with_node_link_graph(tmp_path):
    G = awkward_graph()
    write_node_link(export_graph_of(G, as_of="2001-06-30"), tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert data["graph"]["as_of"] == "2001-06-30"
    back = nx.node_link_graph(data, edges="edges")
    assert dict(back.nodes(data=True)) == dict(G.nodes(data=True))
    assert {k: d["holds"] for _, _, k, d in back.edges(keys=True, data=True)} == {
        "MEMBER_OF|2000": "certain", "MEMBER_OF|2001": "possible"}


def test_cytoscape_json_has_elements_and_reads_back_with_cytoscape_graph(tmp_path):
    G = graph()
    write_node_link(export_graph_of(G), tmp_path / "g.cyjs", style="cytoscape")
    data = json.loads((tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    assert len(data["elements"]["nodes"]) == G.number_of_nodes()
    assert len(data["elements"]["edges"]) == G.number_of_edges()
    afg = next(n["data"] for n in data["elements"]["nodes"] if n["data"]["id"] == "AFG")
    assert afg["name"] == "Afghanistan" and afg["aliases"] == ["Islamic Republic of Afghanistan"]
    back = nx.cytoscape_graph(data)
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())


def test_export_as_of_keeps_what_holds_that_day_and_says_so(tmp_path):
    summary = export_graph(awkward_graph(), "graphml", tmp_path / "g.graphml", as_of="2000-06-30")
    back = read_graphml(tmp_path / "g.graphml")
    assert (summary.as_of, back.graph["as_of"]) == ("2000-06-30", "2000-06-30")
    assert [(k, d["holds"]) for *_, k, d in back.edges(keys=True, data=True)] == [("MEMBER_OF|2000", "possible")]


def test_export_refuses_an_unknown_format_or_bad_day_and_writes_nothing(tmp_path):
    with pytest.raises(GraphkitError, match="--format: expected one of graphml, gexf"):
        export_graph(awkward_graph(), "dot", tmp_path / "g.dot")
    with pytest.raises(GraphkitError, match="as_of: expected a full date"):
        export_graph(awkward_graph(), "json", tmp_path / "g.json", as_of="2020")
    assert list(tmp_path.iterdir()) == []
