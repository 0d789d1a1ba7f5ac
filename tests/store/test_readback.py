"""read_networkx: what load_graph wrote comes back as the graph it came from (real server)."""

from __future__ import annotations

import pytest

from graphkit.errors import QueryError
from graphkit.io import read_dataset, to_networkx
from graphkit.store.load import load_graph
from graphkit.store.readback import read_networkx
from graphkit.store.synthetic import synthetic_graph
from tests.conftest import DATA
from tests.store.helpers import nodes_and_edges

pytestmark = pytest.mark.neo4j


def test_read_networkx_gives_back_the_graph_built_from_data(schema_driver):
    dataset = read_dataset(DATA)
    load_graph(schema_driver, dataset, database="neo4j")
    expected, got = to_networkx(dataset), read_networkx(schema_driver, database="neo4j")
    assert got.number_of_edges() == len(dataset.edges) > 0
    assert nodes_and_edges(got) == nodes_and_edges(expected)
    assert all(isinstance(d["aliases"], list) for _, d in got.nodes(data=True))


def test_read_networkx_round_trips_a_synthetic_graph_with_optional_attributes(schema_driver):
    G = synthetic_graph(300, 3000, seed=7)
    load_graph(schema_driver, G, database="neo4j")
    assert nodes_and_edges(read_networkx(schema_driver, database="neo4j")) == nodes_and_edges(G)


def test_read_networkx_after_replace_drops_removed_attributes(schema_driver, small_data):
    G = to_networkx(read_dataset(small_data))
    G.nodes["club"]["description"] = "temporary"
    load_graph(schema_driver, G, database="neo4j")
    del G.nodes["club"]["description"]
    load_graph(schema_driver, G, database="neo4j", replace=True)
    assert nodes_and_edges(read_networkx(schema_driver, database="neo4j")) == nodes_and_edges(G)


def test_read_networkx_takes_the_nodes_and_relationships_a_query_returns(schema_driver, small_data):
    dataset = read_dataset(small_data)
    load_graph(schema_driver, dataset, database="neo4j")
    H = read_networkx(schema_driver, database="neo4j",
                      query="MATCH (c:Country)-[r:MEMBER_OF]->(o {id: $org}) RETURN r ORDER BY c.id",
                      parameters={"org": "club"})
    expected = to_networkx(dataset)
    assert sorted(H.edges(keys=True)) == [("FRA", "club", "MEMBER_OF|1958"),
                                          ("GBR", "club", "MEMBER_OF|1973-01-01")]
    assert dict(H.nodes(data=True)) == {n: expected.nodes[n] for n in ("FRA", "GBR", "club")}
    assert H.edges["GBR", "club", "MEMBER_OF|1973-01-01"] == expected.edges["GBR", "club", "MEMBER_OF|1973-01-01"]


def test_read_networkx_collects_paths_nested_in_lists(schema_driver, small_data):
    load_graph(schema_driver, read_dataset(small_data), database="neo4j")
    H = read_networkx(schema_driver, database="neo4j",
                      query="MATCH p = (:Country)-[:LEADS]->() RETURN {paths: [p]} AS m")
    assert list(H.edges(keys=True)) == [("CHN", "moonbase", "LEADS|2021-03-09")]
    assert H.nodes["moonbase"]["aliases"] == ["MB", "Lunar Base"]


def test_read_networkx_refuses_a_writing_query_with_query_error(schema_driver):
    with pytest.raises(QueryError, match="Neo4j refused the query"):
        read_networkx(schema_driver, database="neo4j", query="CREATE (n:Entity {id: 'x'}) RETURN n")
    assert read_networkx(schema_driver, database="neo4j").number_of_nodes() == 0
