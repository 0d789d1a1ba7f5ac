"""graphkit blocs members|compare|swing|leaning|brokers|centrality on a small dataset."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from tests.conftest import EDGE_HEADER, NODE_HEADER, edge, write_csv

runner = CliRunner()


@pytest.fixture
def data(tmp_path):
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [
        ["moonbase", "Programme", "Moon Base", "MB", "", ""],
        ["accords", "Agreement", "Moon Accords", "MA", "", ""],
        ["pact", "Organisation", "The Pact", "", "", ""],
    ])
    rows = [edge("CHN", "MEMBER_OF", "moonbase", "2021"), edge("RUS", "MEMBER_OF", "moonbase", "2021"),
            edge("THA", "SIGNED", "moonbase", "2024-04", source_url="https://example.org/th"),
            edge("THA", "SIGNED", "accords", "2024-12-16", source_url="https://example.org/th2"),
            edge("USA", "SIGNED", "accords", "2020-10-13"), edge("FRA", "SIGNED", "accords", "2022"),
            edge("USA", "MEMBER_OF", "pact", "1949"), edge("FRA", "MEMBER_OF", "pact", "1949"),
            edge("TUR", "MEMBER_OF", "pact", "1952"),
            edge("TUR", "EXPRESSED_INTEREST_IN", "moonbase", "2024-04",
                 source_url="https://example.org/tr")]
    rows.append(edge("IRN", "MEMBER_OF", "moonbase", "2024") + ["", "disputed", "secondary"])
    write_csv(tmp_path / "edges" / "e.csv", EDGE_HEADER + ["evidence_en", "status", "source_kind"],
              [r + [""] * (len(EDGE_HEADER) + 3 - len(r)) for r in rows])
    return str(tmp_path)


def run(*args):
    return runner.invoke(app, ["blocs", *args])


def test_blocs_swing_csv_names_each_swing_state_with_the_source_of_each_claim(data):
    result = run("swing", "MB", "MA", "--data", data, "--as-of", "2025-06-01", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {(r["country"], r["kind"]) for r in rows} == {
        ("THA", "both"), ("TUR", "aligned engages other")}
    tur = {r["relation"]: r for r in rows if r["country"] == "TUR"}
    assert tur["EXPRESSED_INTEREST_IN"]["source_url"] == "https://example.org/tr"
    assert tur["MEMBER_OF"]["target"] == "pact" and tur["MEMBER_OF"]["via"] == \
        "pact (2 of 3 in accords)"


def test_blocs_leaning_table_answers_with_a_count_on_stderr(data):
    result = run("leaning", "moonbase", "accords", "--data", data, "--as-of", "2025-06-01")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("leaning of moonbase, accords as of 2025-06-01: 1 rows")
    assert "TUR" in result.stdout and "accords" in result.stdout


def test_blocs_members_marks_a_disputed_member_and_a_possible_one(data):
    result = run("members", "MB", "MA", "--data", data, "--as-of", "2024-06-30", "-f", "json")
    assert result.exit_code == 0, result.output
    rows = {(r["bloc"], r["country"]): r for r in json.loads(result.stdout)}
    assert (rows["moonbase", "IRN"]["holds"], rows["moonbase", "IRN"]["member_status"]) == (
        "possible", "disputed")
    assert rows["moonbase", "THA"]["holds"] == "certain"
    assert rows["accords", "FRA"]["source_url"] == "https://example.org/a"


def test_blocs_members_of_one_bloc_answer_while_a_comparison_needs_two(data):
    one = run("members", "MB", "--data", data, "--as-of", "2024-06-30", "-f", "json")
    assert one.exit_code == 0, one.output
    assert {r["bloc"] for r in json.loads(one.stdout)} == {"moonbase"}
    compare = run("compare", "MB", "--data", data, "--as-of", "2024-06-30")
    assert (compare.exit_code, compare.stderr) == (
        1, "error: a comparison needs at least two blocs, e.g. ILRS artemis-accords\n")


def test_blocs_compare_centrality_and_brokers_answer(data):
    compare = json.loads(run("compare", "MB", "MA", "--data", data, "--as-of", "2025-06-01",
                             "-f", "json").stdout)
    assert {(r["bloc"], r["other"]): r["in_other"] for r in compare} == {
        ("moonbase", "accords"): 1, ("moonbase", "pact"): 0, ("accords", "moonbase"): 1,
        ("accords", "pact"): 2}
    central = json.loads(run("centrality", "MB", "MA", "--data", data, "--as-of", "2025-06-01",
                             "-f", "json").stdout)
    # FRA and USA have the same ties (accords, pact): one rank, ordered by id, and said so
    assert [(r["rank"], r["country"]) for r in central] == [
        ("1=", "FRA"), ("1=", "USA"), ("3", "THA"), ("4", "TUR"), ("5=", "CHN"), ("5=", "IRN"),
        ("5=", "RUS")]
    assert central[0]["tie"] == ("tied on pagerank with USA; ordered by id (equal on pagerank, "
                                 "betweenness, weighted_degree)")
    assert central[2]["tie"] == "" and central[2]["betweenness"] > central[0]["betweenness"]
    brokers = run("brokers", "MB", "MA", "--data", data, "--as-of", "2025-06-01", "-f", "csv")
    assert brokers.exit_code == 0 and brokers.stdout.startswith("a,b,rank,country,name,score")


@pytest.mark.parametrize("args, message", [
    (["swing", "Gateway", "MA"], "error: no node matches 'Gateway'"),
    (["leaning", "MB"], "error: a comparison needs at least two blocs"),
    (["members", "MB", "THA"], "error: 'THA' is a country (THA)"),
    (["centrality", "MB", "MA", "--as-of", "2025-13-01"], "error: --as-of: expected"),
])
def test_blocs_refuses_bad_input_in_one_line_with_exit_1(data, args, message):
    result = run(*args, "--data", data)
    assert result.exit_code == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output and result.stdout == ""


def test_blocs_without_a_day_answer_for_today_and_say_so(data):
    import datetime as dt

    result = run("members", "moonbase", "--data", data)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"members of moonbase as of {dt.date.today()} (today, the "
                                    "default): ")
