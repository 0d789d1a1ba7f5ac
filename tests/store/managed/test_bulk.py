"""bulk_import against the session's managed server (`graphkit load --bulk`: test_bulk_cli.py,
a file of its own so that the two imports, each a stop and a start of the server, can run on
two xdist workers at once).

A bulk import stops the server, replaces its database and starts it again; the
driver fixtures of later tests find it running and wipe it.
"""

from __future__ import annotations

import pytest
from neo4j.time import Date

from graphkit.errors import SchemaError, StoreError
from graphkit.store.load import load_graph
from graphkit.store.managed.bulk import bulk_import, bulk_target
from graphkit.store.managed.bulk_csv import ARRAY_DELIMITERS, array_delimiter, csv_type
from graphkit.store.readback import read_networkx
from graphkit.store.rows import Table
from tests.export.shared import awkward_graph
from tests.store.helpers import counts, managed_driver, nodes_and_edges


@pytest.mark.neo4j
def test_bulk_import_reads_back_equal_with_empty_strings_lists_and_absent_properties(bulk_server):
    G = awkward_graph()
    with managed_driver(bulk_server) as driver:  # something to overwrite
        driver.execute_query("CREATE (:Entity:Country {id: 'XZZ', name: 'old'})", database_="neo4j")
    summary = bulk_import(bulk_server, G)
    assert (summary.nodes_created, summary.relationships_created) == (3, 3)
    with managed_driver(bulk_server) as driver:
        assert nodes_and_edges(read_networkx(driver, database="neo4j")) == nodes_and_edges(G)
        props = driver.execute_query("MATCH (n {id: 'XAA'}) RETURN properties(n) AS p",
                                     database_="neo4j").records[0]["p"]
        assert props["description"] == "" and "url" not in props
        # the derived bounds of since/until are Neo4j dates, as the transactional loader writes them
        (dates,) = driver.execute_query(
            "MATCH (:Entity {id: 'XAA'})-[r {since: '2001'}]->() MATCH (m {id: 'moon'}) "
            "RETURN r.since_first AS f, r.until_last AS l, m.since_last AS m", database_="neo4j").records
        assert (dates["f"], dates["l"], dates["m"]) == (Date(2001, 1, 1), Date(2002, 3, 31), Date(2019, 7, 31))
        names = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name",
                                                         database_="neo4j").records}
        assert {"entity_id", "country_id"} <= names
        again = load_graph(driver, G, database="neo4j")
        assert not again.changed and counts(driver) == (3, 3)


@pytest.mark.neo4j
def test_bulk_target_is_the_running_managed_instance_that_neo4j_uri_may_name(neo4j_server):
    neo4j_server.ensure_running()
    state = {"GRAPHKIT_STATE_DIR": str(neo4j_server.state_dir)}
    assert bulk_target(environ=state).home == neo4j_server.managed.home
    for uri in (neo4j_server.uri, neo4j_server.uri.replace("127.0.0.1", "localhost") + "/"):
        assert bulk_target(environ={**state, "NEO4J_URI": uri}).uri == neo4j_server.uri
    with pytest.raises(StoreError) as caught:
        bulk_target(environ={**state, "NEO4J_URI": "bolt://u:s3cret@elsewhere.example:7687"})
    assert str(caught.value) == (
        "--bulk replaces the database of the managed server only, and NEO4J_URI points to "
        "bolt://elsewhere.example:7687; unset NEO4J_URI to use the managed instance, or load "
        "without --bulk"
    )


def test_bulk_target_without_a_running_instance_says_to_start_one(tmp_path):
    with pytest.raises(StoreError) as caught:
        bulk_target(environ={"GRAPHKIT_STATE_DIR": str(tmp_path)})
    assert str(caught.value) == (
        f"--bulk needs the managed instance 'default' running under {tmp_path / 'neo4j' / 'default'}: "
        "run `graphkit neo4j start` first"
    )


def test_array_delimiter_skips_delimiters_in_data_and_refuses_when_none_is_free():
    table = Table(("aliases",), [["a", ["x\x1fy", "p|q"]]])
    assert array_delimiter([table]) == "\x1e"
    every = Table(("aliases",), [["a", ["".join(ARRAY_DELIMITERS)]]])
    with pytest.raises(SchemaError, match="every array delimiter"):
        array_delimiter([every])


def test_csv_type_refuses_a_property_with_mixed_types():
    with pytest.raises(SchemaError, match="one type per property"):
        csv_type(Table(("n",), [["a", 1], ["b", "1"]]), 1)
    assert csv_type(Table(("n",), [["a", 1.5], ["b", None]]), 1) == "double"
