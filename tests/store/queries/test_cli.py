"""`graphkit query list|run` and `graphkit cypher` as a user runs them, against the real Neo4j."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from graphkit.analysis.blocs import bloc_members
from graphkit.cli.query import app as query_app
from graphkit.cli.query import cypher_command
from tests.store.queries.conftest import counts

runner = CliRunner()
cli = typer.Typer()
cli.add_typer(query_app, name="query")
cli.command("cypher")(cypher_command)


@pytest.fixture
def env(loaded, neo4j_server, monkeypatch):
    """Point Settings.from_env() at the test server, as a user's shell would."""
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("GRAPHKIT_STATE_DIR", str(neo4j_server.state_dir))
    return loaded


def test_query_list_shows_names_summaries_and_params():
    result = runner.invoke(cli, ["query", "list", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.stdout)}
    assert rows["bloc_members"]["params"].startswith("bloc: node (e.g. ILRS), day: date")
    assert "membership_matrix" in rows and "shortest_paths" in rows


def test_query_run_prints_json_rows_matching_the_data(env, G):
    result = runner.invoke(cli, ["query", "run", "bloc-members", "-p", "bloc=ILRS",
                                 "-p", "day=2024-06-12", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["member"] for r in rows} == set(bloc_members(G, "ilrs", as_of="2024-06-12"))
    assert not {"cnsa", "roscosmos"} & {r["member"] for r in rows}
    assert all(isinstance(r["joined"], str) for r in rows)


def test_query_run_says_on_stderr_when_the_day_is_todays_default(env, G):
    import datetime as dt

    today = dt.date.today().isoformat()
    result = runner.invoke(cli, ["query", "run", "bloc-members", "-p", "bloc=ILRS"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("bloc_members: ") and result.stderr.endswith(
        f" rows; day {today} (today, the default)\n"), result.stderr
    given = runner.invoke(cli, ["query", "run", "bloc-members", "-p", "bloc=ILRS", "-p", "day=2024-06-12"])
    assert given.exit_code == 0 and "default" not in given.stderr


def test_query_run_csv_of_the_membership_matrix_has_a_column_per_bloc(env):
    result = runner.invoke(cli, ["query", "run", "membership_matrix", "-p", "blocs=nato,brics",
                                 "-p", "day=2024-06-12", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "country,name,count,nato,brics"
    assert any(line.startswith("USA,") and line.endswith(",True,False") for line in lines)


@pytest.mark.parametrize(("args", "message"), [
    (["-p", "a=Russia"], "error: common_blocs: missing param 'b'; expected b: node (e.g. China)"),
    (["-p", "a=RUS", "-p", "b=CHN", "-p", "colour=red"], "error: common_blocs: unknown param 'colour'"),
    (["-p", "a=RUS", "-p", "b=CHN", "-p", "day=12/06/2024"],
     "error: common_blocs: param 'day': expected a real date as YYYY-MM-DD, got '12/06/2024'"),
    (["-p", "a=Atlantis", "-p", "b=CHN"], "error: no node matches 'Atlantis'"),
])
def test_query_run_exits_1_with_one_clear_line_for_bad_params(env, args, message):
    result = runner.invoke(cli, ["query", "run", "common_blocs", *args])
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert result.stdout == ""


def test_query_run_exits_2_for_a_param_without_equals(env):
    result = runner.invoke(cli, ["query", "run", "common_blocs", "-p", "Russia"])
    assert result.exit_code == 2
    assert "expected key=value, got 'Russia'" in result.output


@pytest.mark.parametrize("value", ["x'}) DETACH DELETE n //", "`}{\" MATCH (n) DETACH DELETE n", "' OR 1=1 --"])
def test_cli_param_values_are_echoed_literally_and_change_nothing(env, value):
    before = counts(env)
    result = runner.invoke(cli, ["cypher", "RETURN $v AS v", "-p", f"v={value}", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"v": value}]
    result = runner.invoke(cli, ["query", "run", "search_nodes", "-p", f"text={value}", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert counts(env) == before


def test_cypher_create_is_refused_without_write_and_creates_nothing(env):
    before = counts(env)
    result = runner.invoke(cli, ["cypher", "CREATE (n) RETURN n"])
    assert result.exit_code == 1
    assert result.stderr == ("error: CREATE is not a read clause (read-only statements start with CALL, MATCH, "
                             "OPTIONAL, RETURN, SHOW, UNWIND, WITH); rerun with --write (or write=True)\n")
    assert counts(env) == before
    result = runner.invoke(cli, ["cypher", "CREATE (n:Scratch) RETURN count(n) AS c", "--write",
                                 "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"c": 1}]
    assert counts(env) == (before[0] + 1, before[1])


def test_cypher_reads_from_a_file_and_from_stdin(env, tmp_path):
    path = tmp_path / "q.cypher"
    path.write_text("MATCH (c:Country {id: $id}) RETURN c.name AS name", encoding="utf-8")
    result = runner.invoke(cli, ["cypher", "--file", str(path), "-p", "id=TUR", "--format", "csv"])
    assert (result.exit_code, result.stdout) == (0, "name\nTürkiye\n")
    result = runner.invoke(cli, ["cypher", "-", "--format", "csv"], input="RETURN 1 + 1 AS two\n")
    assert (result.exit_code, result.stdout) == (0, "two\n2\n")


def test_cypher_shows_relationships_with_their_type_ends_and_provenance(env, G):
    result = runner.invoke(cli, ["cypher", "MATCH ()-[r]->() RETURN r", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    shown = [row["r"] for row in json.loads(result.stdout)]
    assert len(shown) == G.number_of_edges()
    got = {(r["start"], r["type"], r["end"], r["properties"]["since"]): r["properties"] for r in shown}
    expected = {(u, d["relation"], v, d["since"]): d for u, v, d in G.edges(data=True)}
    assert got.keys() == expected.keys()
    for key, props in got.items():
        assert props["source_url"] == expected[key]["source_url"]
        assert props["evidence"] == expected[key]["evidence"] != ""
    text = runner.invoke(cli, ["cypher", "MATCH (:Country {id: 'RUS'})-[r:RATIFIED]->() RETURN r",
                               "--format", "markdown"])
    assert text.exit_code == 0 and '"type": "RATIFIED"' in text.stdout
    assert '"start": "RUS"' in text.stdout and '"source_url": "http' in text.stdout


def test_cypher_needs_exactly_one_source_of_text():
    result = runner.invoke(cli, ["cypher"])
    assert result.exit_code == 2
    assert "give the Cypher text" in result.output
