"""Every saved query against the real Neo4j loaded with data/, checked against NetworkX.

The membership queries are checked against graphkit.analysis in test_membership_queries.py.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict

import networkx as nx
import pytest
from neo4j.time import Date

from graphkit.errors import NodeNotFound, QueryError
from graphkit.io import read_dataset
from graphkit.io.dates import is_valid_on
from graphkit.io.periods import holds_on
from graphkit.schema import load_schema
from graphkit.store.load import load_graph
from graphkit.store.queries import convert_params, run_cypher, run_query
from graphkit.store.query_files import list_queries
from tests.store.queries.conftest import counts


def claims(G, *, target=None, source=None, relations=None, day=None):
    """(subject, object, attrs) of the edges of G that fit."""
    return [(u, v, d) for u, v, d in G.edges(data=True)
            if (target is None or v == target) and (source is None or u == source)
            and (relations is None or d["relation"] in relations)
            and (day is None or is_valid_on(d["since"], d.get("until"), day))]


def test_every_saved_query_passes_explain_on_the_server(loaded):
    for query in list_queries():
        params = convert_params(query, {p.name: p.example for p in query.params})
        with loaded.session(database="neo4j") as session:
            summary = session.run("EXPLAIN " + query.text, params).consume()
        assert summary.plan is not None, query.name
        assert summary.query_type == "r", query.name


def test_every_saved_query_runs_with_its_examples_and_returns_its_declared_columns(loaded):
    for query in list_queries():
        rows = run_query(query.name, driver=loaded, **{p.name: p.example for p in query.params})
        assert rows, f"{query.name}: its example should find something in data/"
        if not query.expand:
            assert list(rows[0]) == list(query.returns), query.name


def test_joint_cooperation_of_russia_and_china_matches_the_data(loaded, G):
    rows = run_query("joint_cooperation", driver=loaded, a="Russia", b="China")
    relations = {"COOPERATES_ON", "PARTNER_OF"}

    def side(country):
        members = {country} | {u for u, _, _ in claims(G, target=country, relations={"AGENCY_OF"})}
        return {v: u for m in members for _, v, d in claims(G, source=m, relations=relations)
                for u in [m]}

    expected = (set(side("RUS")) & set(side("CHN"))) - {"RUS", "CHN"}
    assert {r["target"] for r in rows} == expected
    assert {"ru-cn-satnav-commission", "ru-cn-lunar-deep-space-data-center",
            "lunar-nuclear-power-station"} <= expected
    for r in rows:
        urls = {d["source_url"] for u, v, d in G.edges(data=True)
                if v == r["target"] and u in set(r["a_via"]) | set(r["b_via"]) and d["relation"] in relations}
        assert set(r["source_urls"]) == urls


def test_timeline_covers_the_programme_and_its_parts_in_date_order(loaded, G):
    rows = run_query("timeline", driver=loaded, node="ILRS")
    parts = {"ilrs"} | {u for u in G if u != "ilrs" and any(
        all(G.has_edge(x, y) and any(d["relation"] == "PART_OF" for d in G[x][y].values())
            for x, y in itertools.pairwise(path))
        for path in nx.all_simple_paths(G, u, "ilrs", cutoff=3))}
    assert "ru-cn-ilrs-agreement" in parts
    expected = set()
    for u, v, d in G.edges(data=True):
        if v in parts:
            expected.add((d["since"], "since", u, d["relation"], v))
            if d.get("until"):
                expected.add((d["until"], "until", u, d["relation"], v))
    got = [(r["date"], r["event"], r["subject"], r["relation"], r["object"]) for r in rows]
    assert set(got) == expected
    assert [g[0] for g in got] == sorted(g[0] for g in got)


@pytest.mark.parametrize(("a", "b"), [("RUS", "USA"), ("RUS", "CHN"), ("TUR", "VEN")])
def test_shortest_paths_are_the_networkx_shortest_paths_with_each_steps_evidence(loaded, G, a, b):
    day = "2024-12-31"
    rows = run_query("shortest_paths", driver=loaded, a=a, b=b, limit=1000, day=day)
    U = nx.Graph()  # the relations that hold on the day, certainly or possibly
    U.add_edges_from((u, v) for u, v, d in G.edges(data=True) if holds_on(d["since"], d.get("until"), day))
    expected_ids = {tuple(p) for p in nx.all_shortest_paths(U, a, b)}
    paths = defaultdict(list)
    for r in rows:
        paths[r["path"]].append(r)
    got_ids = set()
    for steps in paths.values():
        assert [s["step"] for s in steps] == list(range(1, len(steps) + 1))
        got_ids.add(tuple([steps[0]["from"]] + [s["to"] for s in steps]))
        for s in steps:
            d = G.edges[s["subject"], s["object"], f"{s['relation']}|{s['since']}"]
            assert (s["source_url"], s["evidence"]) == (d["source_url"], d["evidence"])
            assert {s["from"], s["to"]} == {s["subject"], s["object"]}
    assert got_ids == expected_ids
    holding = defaultdict(int)  # relations between two nodes that hold on the day
    for u, v, d in G.edges(data=True):
        if holds_on(d["since"], d.get("until"), day):
            holding[frozenset((u, v))] += 1
    multiplicity = sum(math.prod(holding[frozenset((x, y))] for x, y in itertools.pairwise(p))
                       for p in expected_ids)
    assert len(paths) == min(multiplicity, 1000)


def test_shortest_paths_limit_caps_the_number_of_paths(loaded):
    rows = run_query("shortest_paths", driver=loaded, a="RUS", b="CHN", limit=2)
    assert {r["path"] for r in rows} == {1, 2}


@pytest.mark.parametrize("k", [1, 2, 3, 4])
@pytest.mark.parametrize("relations", [["MEMBER_OF", "SIGNED"], ["COOPERATES_ON", "AGENCY_OF"], None])
def test_neighbourhood_is_the_bfs_ball_along_the_given_relations(loaded, G, k, relations):
    wanted = relations or sorted(load_schema().relationship_types)
    params = {"relations": relations} if relations else {}
    day = "2024-12-31"
    rows = run_query("neighbourhood", driver=loaded, node="ILRS", k=k, day=day, **params)
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v) for u, v, d in G.edges(data=True)
                     if d["relation"] in wanted and holds_on(d["since"], d.get("until"), day))
    expected = nx.single_source_shortest_path_length(H, "ilrs", cutoff=k)
    del expected["ilrs"]
    assert {r["node"]: r["hops"] for r in rows} == expected
    assert [(r["hops"], r["node"]) for r in rows] == sorted((r["hops"], r["node"]) for r in rows)


@pytest.mark.parametrize("k", ["0", "5", "two", "1.5"])
def test_neighbourhood_refuses_k_outside_1_to_4(loaded, k):
    with pytest.raises(QueryError, match="param 'k': expected an integer from 1 to 4"):
        run_query("neighbourhood", driver=loaded, node="ILRS", k=k)


def test_membership_matrix_as_dataframe_has_bloc_columns_and_fixed_ones_when_empty(loaded):
    df = run_query("membership_matrix", driver=loaded, blocs=["nato", "brics"], day="1900-01-01",
                   as_dataframe=True)
    assert df.empty and list(df.columns) == ["country", "name", "count"]
    df = run_query("membership_matrix", driver=loaded, blocs=["nato", "brics"], day="2024-06-12",
                   as_dataframe=True)
    assert list(df.columns) == ["country", "name", "count", "nato", "brics"]
    by_country = df.set_index("country")
    assert bool(by_country.at["USA", "nato"]) and not bool(by_country.at["USA", "brics"])
    assert bool(by_country.at["BRA", "brics"]) and not bool(by_country.at["BRA", "nato"])


@pytest.mark.parametrize("text", ["Türkiye", "Turkey", "TUR", "ILRS", "Russia", "nato"])
def test_claims_about_lists_every_edge_touching_the_node_with_its_source(loaded, G, dataset, text):
    node = dataset.resolve(text)
    rows = run_query("claims_about", driver=loaded, node=text)
    expected = sorted((d["since"], u, d["relation"], v, d["source_url"], d["evidence"])
                      for u, v, d in G.edges(data=True) if node in (u, v))
    assert [(r["since"], r["subject"], r["relation"], r["object"], r["source_url"], r["evidence"])
            for r in rows] == expected


def test_claims_about_an_unknown_node_says_what_was_expected(loaded):
    with pytest.raises(NodeNotFound, match=r"no node matches 'Atlantis': expected a node id"):
        run_query("claims_about", driver=loaded, node="Atlantis")


NASTY = [
    "x'}) DETACH DELETE n //",
    'x"}) MATCH (n) DETACH DELETE n RETURN 1 AS x //',
    "`}` MATCH (n) SET n.hacked = true //",
    "{bloc: 'nato'} UNION MATCH (n) RETURN n",
    "MATCH (n) DETACH DELETE n",
    "'",
    "$text ${text} \\' \\u0027",
]


@pytest.mark.parametrize("value", NASTY)
def test_param_values_are_taken_literally_and_change_nothing(loaded, G, value):
    before = counts(loaded)
    assert run_cypher("RETURN $v AS v", {"v": value}, driver=loaded) == [{"v": value}]
    rows = run_query("search_nodes", driver=loaded, text=value)
    needle = value.lower()
    assert [r["id"] for r in rows] == sorted(
        n for n, d in G.nodes(data=True)
        if needle in n.lower() or needle in d["name"].lower() or any(needle in a.lower() for a in d["aliases"]))
    with pytest.raises(NodeNotFound) as info:
        run_query("claims_about", driver=loaded, node=value)
    assert repr(value) in str(info.value)
    assert counts(loaded) == before
    assert run_cypher("MATCH (n) WHERE n.hacked IS NOT NULL RETURN count(n) AS c", driver=loaded) == [{"c": 0}]


def test_search_nodes_with_an_apostrophe_finds_the_names_that_have_one(loaded, G):
    rows = run_query("search_nodes", driver=loaded, text="People's")
    expected = sorted(n for n, d in G.nodes(data=True) if "people's" in d["name"].lower()
                      or any("people's" in a.lower() for a in d["aliases"]))
    assert expected and [r["id"] for r in rows] == expected


@pytest.mark.parametrize("text", ["CREATE (n) RETURN n", "MATCH (n:Entity) SET n.x = 1",
                                  "MATCH (n:Entity {id: 'RUS'}) DETACH DELETE n",
                                  "CREATE INDEX gk_test IF NOT EXISTS FOR (n:Entity) ON (n.name)",
                                  "PROFILE CREATE (n) RETURN n"])
def test_run_cypher_refuses_writes_without_write_and_changes_nothing(loaded, text):
    before = counts(loaded)
    with pytest.raises(QueryError, match="rerun with --write"):
        run_cypher(text, driver=loaded)
    assert counts(loaded) == before
    assert not run_cypher("SHOW INDEXES YIELD name WHERE name = 'gk_test' RETURN name", driver=loaded)


def test_run_cypher_writes_with_write_true(loaded):
    before = counts(loaded)
    assert run_cypher("CREATE (n:Scratch {t: $t}) RETURN n.t AS t", {"t": "hi"}, write=True,
                      driver=loaded) == [{"t": "hi"}]
    assert counts(loaded) == (before[0] + 1, before[1])


def test_run_cypher_reports_a_syntax_error_on_one_line(loaded):
    with pytest.raises(QueryError, match=r"^Cypher refused: Neo.ClientError.Statement.SyntaxError: "):
        run_cypher("MATCH (n RETURN n", driver=loaded)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE is not a read clause"),
        ("SHOW TRANSACTIONS", "SHOW TRANSACTIONS is an admin command"),
        ("SHOW SETTINGS", "SHOW SETTINGS is an admin command"),
        ("CALL db.stats.stop('QUERIES')", "procedure db.stats.stop is not known to only read"),
        ("CALL db.stats.clear('QUERIES')", "procedure db.stats.clear is not known to only read"),
        ("CALL db.stats.collect('QUERIES')", "procedure db.stats.collect is not known to only read"),
        ("CALL dbms.components()", "schema or system statement (query type s)"),
        ("MATCH (n) WITH count(n) AS c CALL db.clearQueryCaches() YIELD value RETURN value",
         "schema or system statement (query type s)"),
        ("CALL db.createLabel('Evil')", "this query writes"),
        ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD is not a read clause"),
        ("WITH 1 AS x LOAD CSV FROM 'https://example.org/x.csv' AS row RETURN row",
         "LOAD CSV reads files or URLs on the server"),
        ("// a comment first\n/* and another */ CREATE (n)", "CREATE is not a read clause"),
        ("EXPLAIN PROFILE CALL db.stats.clear('QUERIES')", "PROFILE is not a read clause"),
        ("PROFILE CALL db.stats.stop('QUERIES')", "procedure db.stats.stop is not known to only read"),
        ("USE system SHOW USERS", "USE is not a read clause"),
    ],
)
def test_run_cypher_allows_only_what_it_knows_to_read(loaded, text, reason):
    with pytest.raises(QueryError, match="rerun with --write") as info:
        run_cypher(text, driver=loaded)
    assert reason in str(info.value)


@pytest.mark.parametrize("text", ["MATCH (n:Entity) RETURN count(n) AS c", "CALL db.labels() YIELD label RETURN label",
                                  "SHOW INDEXES YIELD name RETURN name", "SHOW PROCEDURES YIELD name RETURN name",
                                  "// why\nMATCH (n) RETURN count(n) AS c", "EXPLAIN MATCH (n) RETURN n",
                                  "CALL (*) { MATCH (n) RETURN count(n) AS c } RETURN c"])
def test_run_cypher_runs_reads_read_only(loaded, text):
    run_cypher(text, driver=loaded)  # no QueryError


def test_read_only_terminate_leaves_another_users_transaction_to_commit(loaded):
    """The issue's attack: TERMINATE from the read-only default killed a writer's transaction."""
    with loaded.session(database="neo4j") as other:
        tx = other.begin_transaction()
        tx.run("CREATE (:Scratch {who: 'other user'})").consume()
        ids = run_cypher("RETURN 1 AS one", driver=loaded)  # the default path still works meanwhile
        assert ids == [{"one": 1}]
        open_ids = [r["transactionId"] for r in loaded.execute_query(
            "SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId, currentQuery",
            database_="neo4j").records]
        for tid in open_ids:
            with pytest.raises(QueryError, match="TERMINATE is not a read clause"):
                run_cypher(f"TERMINATE TRANSACTIONS '{tid}'", driver=loaded)
        tx.commit()
    assert run_cypher("MATCH (n:Scratch {who: 'other user'}) RETURN count(n) AS c", driver=loaded) == [{"c": 1}]


def test_a_query_over_stored_dates_refuses_a_database_loaded_without_them_until_reloaded(
    schema_driver, small_data
):
    dataset = read_dataset(small_data)
    load_graph(schema_driver, dataset, database="neo4j")
    schema_driver.execute_query("MATCH ()-[r]->() REMOVE r.since_first, r.since_last, r.until_first, "
                                "r.until_last", database_="neo4j")  # as an older graphkit loaded it
    with pytest.raises(QueryError, match=r"^bloc_members: the database's relationships have no since_first "
                                         r".*run `graphkit load` again to add them$"):
        run_query("bloc_members", driver=schema_driver, bloc="club", day="2000-01-01")
    assert len(run_query("claims_about", driver=schema_driver, node="club")) == 2  # no days: runs
    again = load_graph(schema_driver, dataset, database="neo4j")
    assert (again.relationships_created, again.relationships_updated, again.nodes_updated) == (0, 5, 0)
    rows = run_query("bloc_members", driver=schema_driver, bloc="club", day="2000-01-01")
    assert [(r["member"], r["holds"]) for r in rows] == [("FRA", "certain"), ("GBR", "certain")]


def test_run_cypher_keeps_type_ends_and_properties_of_relationships_and_labels_of_nodes(
    schema_driver, small_data
):
    load_graph(schema_driver, read_dataset(small_data), database="neo4j")
    rows = run_cypher("MATCH (:Country {id: 'GBR'})-[r:MEMBER_OF]->() RETURN r", driver=schema_driver)
    assert rows == [{"r": {"type": "MEMBER_OF", "start": "GBR", "end": "club", "properties": {
        "since": "1973-01-01", "until": "2020-01-31", "source_url": "https://example.org/a",
        "publisher": "Example", "evidence": "The source says so.", "retrieved": "2026-11-24",
        "since_first": Date(1973, 1, 1), "since_last": Date(1973, 1, 1),  # the loader's derived dates
        "until_first": Date(2020, 1, 31), "until_last": Date(2020, 1, 31)}}}]
    rows = run_cypher("MATCH (n:Programme) RETURN n, n.name AS name", driver=schema_driver)
    assert rows == [{"n": {"id": "moonbase", "labels": ["Entity", "Programme"], "properties": {
        "id": "moonbase", "kind": "Programme", "name": "Moon Base", "aliases": ["MB", "Lunar Base"]}},
        "name": "Moon Base"}]
    # a node without an id property is named by its element id, in itself and in its relationships
    rows = run_cypher("CREATE (a:Scratch)-[r:NOTE {n: 1}]->(b:Scratch {id: 'b'}) "
                      "RETURN elementId(a) AS eid, a, r", write=True, driver=schema_driver)
    assert rows[0]["a"] == {"id": rows[0]["eid"], "labels": ["Scratch"], "properties": {}}
    assert rows[0]["r"] == {"type": "NOTE", "start": rows[0]["eid"], "end": "b", "properties": {"n": 1}}


def test_run_cypher_gives_paths_as_node_relationship_node_lists_in_walking_order(
    schema_driver, small_data
):
    load_graph(schema_driver, read_dataset(small_data), database="neo4j")
    chn = run_cypher("MATCH (n {id: 'CHN'}) RETURN labels(n) AS l, properties(n) AS p",
                     driver=schema_driver)[0]
    china = {"id": "CHN", "labels": sorted(chn["l"]), "properties": chn["p"]}
    rows = run_cypher("MATCH p = (:Programme {id: 'moonbase'})<-[:LEADS]-(:Country) "
                      "RETURN p, {paths: [p]} AS nested", driver=schema_driver)
    moonbase, leads, country = rows[0]["p"]
    assert moonbase["id"] == "moonbase" and country == china
    assert (leads["type"], leads["start"], leads["end"]) == ("LEADS", "CHN", "moonbase")
    assert leads["properties"]["since"] == "2021-03-09"
    assert rows[0]["nested"] == {"paths": [rows[0]["p"]]}


def test_shortest_paths_and_neighbourhood_keep_to_the_relations_that_hold_on_the_day(loaded):
    """Issue 14: Russia's G7 (G8) membership ended in March 2014; a 2020 path must not use it."""
    def steps(day):
        return run_query("shortest_paths", driver=loaded, a="Russia", b="United States", day=day)
    assert steps("2020-01-01") and "g7" not in {r["to"] for r in steps("2020-01-01")}
    assert "g7" in {r["to"] for r in steps("2010-01-01")}
    assert {r["holds"] for r in steps("2010-01-01")} == {"certain"}
    hood = {day: {r["node"] for r in run_query("neighbourhood", driver=loaded, node="Russia", k=1, day=day)}
            for day in ("2010-01-01", "2020-01-01")}
    assert "g7" in hood["2010-01-01"] and "g7" not in hood["2020-01-01"]
