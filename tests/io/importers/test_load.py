"""graphkit import ... --load: the checked rows go into Neo4j through the loader; a rerun creates nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from tests.store.helpers import counts, managed_driver

ATOP_SAMPLE = Path(__file__).parent / "samples" / "atop" / "atop5_1m.csv"


def test_import_atop_load_writes_the_alliances_and_a_rerun_creates_nothing(neo4j_server, schema_driver, monkeypatch):
    for key, value in {"NEO4J_URI": neo4j_server.uri, "NEO4J_USERNAME": neo4j_server.username,
                       "NEO4J_PASSWORD": neo4j_server.password, "NEO4J_DATABASE": neo4j_server.database}.items():
        monkeypatch.setenv(key, value)
    args = ["import", "atop", str(ATOP_SAMPLE), "--load", "--retrieved", "2026-12-02"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    loaded = counts(schema_driver, database=neo4j_server.database)
    assert loaded == (60, 104)  # 12 alliances and 48 states; one edge per membership
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert "nodes (0 created, 0 updated)" in second.stdout and "relationships (0 created, 0 updated)" in second.stdout
    assert counts(schema_driver, database=neo4j_server.database) == loaded
    soviet = schema_driver.execute_query(
        "MATCH (c {id: 'SUN'})-[r:MEMBER_OF]->(a {id: 'atop-3285'}) RETURN r.since AS since, r.until AS until",
        database_=neo4j_server.database).records
    assert [(r["since"], r["until"]) for r in soviet] == [("1955-05-14", "1991-07-01")]


def test_typed_columns_reach_neo4j_as_a_list_of_strings_a_float_and_integers(neo4j_server, schema_driver):
    from graphkit.io.importers.alliances import ATOP, read_alliances
    from graphkit.io.importers.unga import read_unga_votes
    from graphkit.store.load import load_graph

    db = neo4j_server.database
    load_graph(schema_driver, read_alliances(ATOP_SAMPLE, ATOP, retrieved="2026-12-02").dataset, database=db)
    votes = read_unga_votes(Path(__file__).parent / "samples" / "unga" / "unvotes_1985.csv", retrieved="2026-12-02")
    load_graph(schema_driver, votes.imported.dataset, database=db)
    record = schema_driver.execute_query(
        "MATCH ({id: 'USA'})-[r:MEMBER_OF {since: '1949-04-04'}]->({id: 'atop-3180'}) "
        "RETURN r.obligations AS o, valueType(r.obligations) AS t", database_=db).records[0]
    assert (record["o"], record["t"]) == (["defense", "nonaggression", "consultation"], "LIST<STRING NOT NULL> NOT NULL")
    pair = votes.agreements[0]
    record = schema_driver.execute_query(
        "MATCH ({id: $a})-[r:VOTES_WITH {since: $since}]->({id: $b}) RETURN r.agreement AS agreement, "
        "valueType(r.agreement) AS t1, r.roll_calls AS calls, valueType(r.roll_calls) AS t2, r.same_votes AS same",
        a=pair.a, b=pair.b, since=f"{pair.year:04d}", database_=db).records[0]
    assert (record["t1"], record["t2"]) == ("FLOAT NOT NULL", "INTEGER NOT NULL")
    assert (record["calls"], record["same"]) == (pair.votes, pair.same) and record["agreement"] == pytest.approx(
        pair.same / pair.votes, abs=1e-6)


@pytest.mark.neo4j
def test_import_atop_bulk_replaces_the_managed_database_with_the_checked_rows(neo4j_server, schema_driver):
    server = neo4j_server.managed  # the session's managed instance, found by GRAPHKIT_STATE_DIR
    env = {"GRAPHKIT_STATE_DIR": str(server.home.parent.parent), "NEO4J_URI": None}
    args = ["import", "atop", str(ATOP_SAMPLE), "--bulk", "--retrieved", "2026-12-02"]
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    assert "60 nodes (60 created, 0 updated), 104 relationships (104 created" in result.stdout
    with managed_driver(server) as driver:
        assert counts(driver, database="neo4j") == (60, 104)
        record = driver.execute_query(
            "MATCH ({id: 'USA'})-[r:MEMBER_OF {since: '1949-04-04'}]->({id: 'atop-3180'}) "
            "RETURN r.obligations AS o, valueType(r.obligations) AS t", database_="neo4j").records[0]
    assert (record["o"], record["t"]) == (["defense", "nonaggression", "consultation"], "LIST<STRING NOT NULL> NOT NULL")


def test_import_refuses_load_and_bulk_together_before_reading(tmp_path):
    result = CliRunner().invoke(app, ["import", "atop", str(tmp_path / "absent.csv"), "--load", "--bulk"])
    assert result.exit_code == 2 and "give --load or --bulk, not both" in result.output
