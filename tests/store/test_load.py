"""load_graph and `graphkit load` against the real server the suite starts (no mocks)."""

from __future__ import annotations

import datetime as dt
import re

import networkx as nx
import pytest
from neo4j.time import Date
from typer.testing import CliRunner

from graphkit.errors import SchemaError, StoreError
from graphkit.io import read_dataset, to_networkx
from graphkit.store.load import ONE_TRANSACTION_MAX, load_graph
from graphkit.store.readback import read_networkx
from graphkit.store.synthetic import synthetic_graph
from tests.conftest import EDGE_HEADER, edge, write_csv
from tests.store.helpers import FEW_TYPES, cli_app, counts, nodes_and_edges


def _one(driver, query, **params):
    return driver.execute_query(query, params, database_="neo4j").records


def test_load_graph_writes_labels_and_every_property(schema_driver, small_data):
    summary = load_graph(schema_driver, read_dataset(small_data), database="neo4j")
    assert (summary.nodes_created, summary.relationships_created) == (8, 5)
    (rus,) = _one(schema_driver, "MATCH (n {id: 'RUS'}) RETURN labels(n) AS l, properties(n) AS p")
    assert sorted(rus["l"]) == ["Country", "Entity"]
    assert rus["p"]["name"] == "Russia" and rus["p"]["kind"] == "Country" and rus["p"]["id"] == "RUS"
    (mb,) = _one(schema_driver, "MATCH (n:Programme {id: 'moonbase'}) RETURN properties(n) AS p")
    assert mb["p"] == {"id": "moonbase", "kind": "Programme", "name": "Moon Base",
                       "aliases": ["MB", "Lunar Base"]}
    (gbr,) = _one(schema_driver, "MATCH (:Country {id: 'GBR'})-[r:MEMBER_OF]->(:Organisation {id: 'club'}) "
                                "RETURN properties(r) AS p")
    assert gbr["p"] == {"since": "1973-01-01", "until": "2020-01-31", "source_url": "https://example.org/a",
                        "publisher": "Example", "evidence": "The source says so.", "retrieved": "2026-11-24",
                        "since_first": Date(1973, 1, 1), "since_last": Date(1973, 1, 1),
                        "until_first": Date(2020, 1, 31), "until_last": Date(2020, 1, 31)}


def test_load_graph_stores_the_first_and_last_day_of_each_dates_period_as_neo4j_dates(schema_driver, small_data):
    load_graph(schema_driver, read_dataset(small_data), database="neo4j")
    rows = _one(schema_driver, "MATCH (a)-[r]->(b) RETURN a.id AS a, r.since AS since, r.since_first AS f, "
                               "r.since_last AS l, r.until_first AS uf, r.until_last AS ul ORDER BY a")
    got = {r["a"]: (r["since"], r["f"], r["l"], r["uf"], r["ul"]) for r in rows}
    assert got == {
        "CHN": ("2021-03-09", Date(2021, 3, 9), Date(2021, 3, 9), None, None),
        "FRA": ("1958", Date(1958, 1, 1), Date(1958, 12, 31), None, None),  # a year: its whole span
        "GBR": ("1973-01-01", Date(1973, 1, 1), Date(1973, 1, 1), Date(2020, 1, 31), Date(2020, 1, 31)),
        "RUS": ("2024-06", Date(2024, 6, 1), Date(2024, 6, 30), None, None),  # a month
        "TUR": ("2024-06", Date(2024, 6, 1), Date(2024, 6, 30), None, None),
    }
    # the saved queries' rule, in Cypher over the stored dates: FRA (1958) possible mid-1958
    (fra,) = _one(schema_driver, "MATCH (:Country {id: 'FRA'})-[r]->() WITH r, date($d) AS d "
                                 "RETURN r.since_first <= d AS at_all, r.since_last <= d AS certain", d="1958-06-30")
    assert (fra["at_all"], fra["certain"]) == (True, False)


def test_load_graph_second_run_creates_and_updates_nothing(neo4j_driver, small_data):
    dataset = read_dataset(small_data)
    first = load_graph(neo4j_driver, dataset, database="neo4j")
    second = load_graph(neo4j_driver, dataset, database="neo4j")
    assert first.changed and first.constraints_added >= 6
    assert (second.nodes_created, second.nodes_updated, second.relationships_created,
            second.relationships_updated, second.constraints_added, second.indexes_added) == (0, 0, 0, 0, 0, 0)
    assert not second.changed
    assert counts(neo4j_driver) == (8, 5)


def test_load_graph_creates_uniqueness_constraints_per_label(neo4j_driver, small_data):
    load_graph(neo4j_driver, read_dataset(small_data), database="neo4j")
    rows = _one(neo4j_driver, "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                              "RETURN labelsOrTypes[0] AS label, properties AS p, type")
    unique = {r["label"] for r in rows if r["type"] == "UNIQUENESS" and r["p"] == ["id"]}
    assert unique == {"Entity", "Country", "Organisation", "Programme", "Agreement", "Agency"}
    names = {r["name"] for r in _one(neo4j_driver, "SHOW INDEXES YIELD name RETURN name")}
    assert {"entity_name", "entity_kind"} <= names


def test_load_graph_counts_a_changed_name_as_one_update(schema_driver, small_data):
    dataset = read_dataset(small_data)
    load_graph(schema_driver, dataset, database="neo4j")
    G = to_networkx(dataset)
    G.nodes["club"]["name"] = "The New Club"
    G.edges["FRA", "club", "MEMBER_OF|1958"]["note"] = "renamed"
    summary = load_graph(schema_driver, G, database="neo4j")
    assert (summary.nodes_created, summary.nodes_updated) == (0, 1)
    assert (summary.relationships_created, summary.relationships_updated) == (0, 1)
    (club,) = _one(schema_driver, "MATCH (n:Entity {id: 'club'})<-[r {since: '1958'}]-() RETURN n.name AS n, r.note AS note")
    assert (club["n"], club["note"]) == ("The New Club", "renamed")


def test_load_graph_replace_removes_what_the_dataset_lacks(schema_driver, small_data):
    dataset = read_dataset(small_data)
    load_graph(schema_driver, dataset, database="neo4j")
    _one(schema_driver, "CREATE (:Entity:Country {id: 'XAA', kind: 'Country', name: 'Stale'})")
    _one(schema_driver, "CREATE (:Other {name: 'no id'})")
    _one(schema_driver, "MATCH (a {id: 'RUS'}), (b {id: 'club'}) CREATE (a)-[:MEMBER_OF {since: '1999'}]->(b)")
    _one(schema_driver, "MATCH (a {id: 'FRA'})-[r:MEMBER_OF]->() SET r.extra = 'x'")
    _one(schema_driver, "MATCH (n {id: 'club'}) SET n.extra = 'x'")

    kept = load_graph(schema_driver, dataset, database="neo4j")
    assert (kept.nodes_deleted, kept.relationships_deleted) == (0, 0)
    assert counts(schema_driver) == (10, 6)

    replaced = load_graph(schema_driver, dataset, database="neo4j", replace=True)
    assert (replaced.nodes_deleted, replaced.relationships_deleted) == (2, 1)
    assert (replaced.nodes_updated, replaced.relationships_updated) == (1, 1)
    assert counts(schema_driver) == (8, 5)
    extras = _one(schema_driver, "MATCH (n) WHERE n.extra IS NOT NULL RETURN n UNION "
                                "MATCH ()-[n]->() WHERE n.extra IS NOT NULL RETURN n")
    assert extras == []


def test_load_graph_writes_nothing_when_a_statement_fails(schema_driver, small_data):
    _one(schema_driver, "CREATE CONSTRAINT country_name FOR (n:Country) REQUIRE n.name IS UNIQUE")
    _one(schema_driver, "CREATE (:Entity:Country {id: 'XAA', kind: 'Country', name: 'Russia'})")
    with pytest.raises(StoreError, match="nothing was written"):
        load_graph(schema_driver, read_dataset(small_data), database="neo4j")
    assert counts(schema_driver) == (1, 0)


def test_load_graph_refuses_a_kind_missing_from_the_schema_before_writing(schema_driver):
    G = nx.MultiDiGraph()
    G.add_node("XAA", kind="Planet", name="A")
    with pytest.raises(SchemaError, match="kind 'Planet' is not in schema.yaml"):
        load_graph(schema_driver, G, database="neo4j")
    assert counts(schema_driver) == (0, 0)


def test_load_graph_goes_batch_by_batch_above_the_one_transaction_limit(schema_driver):
    limit = 500  # a small limit keeps the test fast; the default works alike
    assert limit < ONE_TRANSACTION_MAX
    G = synthetic_graph(200, limit + 200, seed=3, relations=FEW_TYPES)
    seen = []
    summary = load_graph(schema_driver, G, database="neo4j", batch_size=100, one_transaction_max=limit,
                         progress=lambda done, total: seen.append((done, total)))
    total = 200 + limit + 200
    assert summary.transactions > 1
    assert (summary.nodes_created, summary.relationships_created) == (200, limit + 200)
    assert seen[-1] == (total, total) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert counts(schema_driver) == (200, limit + 200)
    # batches written by concurrent workers, end nodes found by elementId: the same graph
    assert nodes_and_edges(read_networkx(schema_driver, database="neo4j")) == nodes_and_edges(G)
    again = load_graph(schema_driver, G, database="neo4j", batch_size=100, one_transaction_max=limit)
    assert (again.nodes_created, again.relationships_created, again.relationships_updated) == (0, 0, 0)


def _env(server, **overrides):
    env = {"NEO4J_URI": server.uri, "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": server.password,
           "NEO4J_DATABASE": "neo4j"}
    return {**env, **overrides}


def test_load_command_prints_summary_and_reports_zero_created_on_rerun(neo4j_server, schema_driver, small_data):
    runner = CliRunner()
    first = runner.invoke(cli_app(), ["load", str(small_data)], env=_env(neo4j_server))
    assert first.exit_code == 0, first.output
    assert "8 nodes (8 created, 0 updated), 5 relationships (5 created, 0 updated)" in first.stdout
    second = runner.invoke(cli_app(), ["load", str(small_data), "--batch-size", "2"], env=_env(neo4j_server))
    assert second.exit_code == 0
    assert "8 nodes (0 created, 0 updated), 5 relationships (0 created, 0 updated)" in second.stdout


def test_load_command_exits_1_and_writes_nothing_for_bad_data(neo4j_server, schema_driver, small_data):
    write_csv(small_data / "edges" / "bad.csv", EDGE_HEADER, [edge("XA", "MEMBER_OF", "club", "2001")])
    result = CliRunner().invoke(cli_app(), ["load", str(small_data)], env=_env(neo4j_server))
    assert result.exit_code == 1
    assert "bad.csv:2: subject" in result.stderr
    assert "Traceback" not in result.output
    assert counts(schema_driver) == (0, 0)


def test_graph_rows_keeps_the_last_of_duplicate_identities_and_converts_tuples_and_sets():
    from graphkit.schema import load_schema
    from graphkit.store.rows import graph_rows

    G = nx.MultiDiGraph()
    G.add_node("XAA", kind="Country", name="A", aliases=("Aa",), tags={"b", "a"})
    G.add_node("club", kind="Organisation", name="Club", aliases=[])
    G.add_edge("XAA", "club", key="one", relation="MEMBER_OF", since="2000", note="first")
    G.add_edge("XAA", "club", key="two", relation="MEMBER_OF", since="2000", note="second")
    G.add_edge("XAA", "club", key="three", relation="MEMBER_OF", since="2001", refs=("x", "y"))
    nodes, rels = graph_rows(G, load_schema())
    assert nodes["Country"].rows == [["XAA", ["Aa"], "Country", "A", ["a", "b"]]]
    assert rels["MEMBER_OF"].keys == ("note", "refs", "since_first", "since_last")
    y2000, y2001 = [dt.date(2000, 1, 1), dt.date(2000, 12, 31)], [dt.date(2001, 1, 1), dt.date(2001, 12, 31)]
    assert rels["MEMBER_OF"].rows == [["XAA", "club", "2000", "second", None, *y2000],
                                      ["XAA", "club", "2001", None, ["x", "y"], *y2001]]
    # the loader builds each batch with the end nodes' elementIds in place of their ids
    ends = {"XAA": "4:db:0", "club": "4:db:1"}
    assert rels["MEMBER_OF"].slice(1, 2, ends) == [["4:db:0", "4:db:1", "2001", None, ["x", "y"], *y2001]]


def test_graph_rows_adds_until_bounds_per_type_and_bounds_of_a_nodes_own_dates():
    from graphkit.schema import load_schema
    from graphkit.store.rows import graph_rows

    G = nx.MultiDiGraph()
    G.add_node("XAA", kind="Country", name="A")
    G.add_node("club", kind="Organisation", name="Club", since="1990-02", until="2001")
    G.add_edge("XAA", "club", relation="MEMBER_OF", since="1995", until="2000-03")
    G.add_edge("XAA", "club", relation="MEMBER_OF", since="2002-05-06")
    G.add_edge("club", "XAA", relation="AGENCY_OF", since="1990", until="")
    nodes, rels = graph_rows(G, load_schema())
    assert rels["MEMBER_OF"].keys == ("until", "since_first", "since_last", "until_first", "until_last")
    assert rels["MEMBER_OF"].rows == [
        ["XAA", "club", "1995", "2000-03", dt.date(1995, 1, 1), dt.date(1995, 12, 31),
         dt.date(2000, 3, 1), dt.date(2000, 3, 31)],
        ["XAA", "club", "2002-05-06", None, dt.date(2002, 5, 6), dt.date(2002, 5, 6), None, None]]
    assert rels["AGENCY_OF"].keys == ("until", "since_first", "since_last")  # an empty until: none
    assert nodes["Organisation"].keys == ("kind", "name", "since", "since_first", "since_last",
                                          "until", "until_first", "until_last")
    assert nodes["Organisation"].rows[0][3:] == ["1990-02", dt.date(1990, 2, 1), dt.date(1990, 2, 28),
                                                 "2001", dt.date(2001, 1, 1), dt.date(2001, 12, 31)]


@pytest.mark.parametrize(("since", "until", "message"), [
    ("circa 1990", None, "edge 'XAA' -[MEMBER_OF]-> 'club': since 'circa 1990': expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
    (1990, None, "since 1990: expected a date as YYYY"),
    ("1990", "2001-13", "until '2001-13': expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_graph_rows_refuses_a_date_it_cannot_bound_naming_the_edge(since, until, message):
    from graphkit.schema import load_schema
    from graphkit.store.rows import graph_rows

    G = nx.MultiDiGraph()
    G.add_node("XAA", kind="Country", name="A")
    G.add_node("club", kind="Organisation", name="Club")
    G.add_edge("XAA", "club", relation="MEMBER_OF", since=since, **({"until": until} if until else {}))
    with pytest.raises(SchemaError, match=re.escape(message)):
        graph_rows(G, load_schema())


def test_graph_rows_refuses_an_attribute_named_like_a_derived_date():
    from graphkit.schema import load_schema
    from graphkit.store.rows import graph_rows

    G = nx.MultiDiGraph()
    G.add_node("XAA", kind="Country", name="A")
    G.add_node("club", kind="Organisation", name="Club")
    G.add_edge("XAA", "club", relation="MEMBER_OF", since="1990", since_first="1990-01-01")
    with pytest.raises(SchemaError, match="relationships of type MEMBER_OF: attribute 'since_first' has the name "
                                          "of a date the loader derives"):
        graph_rows(G, load_schema())
    G.remove_edges_from(list(G.edges(keys=True)))
    G.nodes["club"]["until_last"] = "x"
    with pytest.raises(SchemaError, match="node 'club': attribute 'until_last'"):
        graph_rows(G, load_schema())


def test_load_graph_creates_relationships_between_nodes_already_there(schema_driver):
    G = synthetic_graph(200, 2000, seed=5, relations=FEW_TYPES)
    only_nodes = G.copy()
    only_nodes.remove_edges_from(list(G.edges(keys=True)))
    first = load_graph(schema_driver, only_nodes, database="neo4j")
    assert (first.nodes_created, first.relationships_created) == (200, 0)
    second = load_graph(schema_driver, G, database="neo4j", batch_size=300)
    assert (second.nodes_created, second.nodes_updated) == (0, 0)
    assert (second.relationships_created, second.relationships_updated) == (2000, 0)
    assert nodes_and_edges(read_networkx(schema_driver, database="neo4j")) == nodes_and_edges(G)
    u, v, k = next(iter(G.out_edges("N000000", keys=True)))
    G.edges[u, v, k]["note"] = "changed"  # one relationship differs: one update, nothing else
    third = load_graph(schema_driver, G, database="neo4j")
    assert (third.relationships_created, third.relationships_updated) == (0, 1)


def test_the_drivers_debug_log_names_how_many_rows_not_their_values(schema_driver, small_data, caplog):
    # The driver formats each statement's parameters for its debug log even when the log is
    # off; the loader's rows format as their count, so the log holds no data and no time is spent.
    with caplog.at_level("DEBUG", logger="neo4j"):
        load_graph(schema_driver, read_dataset(small_data), database="neo4j")
    runs = [r.getMessage() for r in caplog.records if " C: RUN " in r.getMessage()]
    with_rows = [line for line in runs if "$rows" in line]
    assert with_rows and all(re.search(r"\{'rows': <\d+ rows>\}", line) for line in with_rows), with_rows[:2]
    assert not any("The source says so." in line or "Moon Base" in line for line in runs)
