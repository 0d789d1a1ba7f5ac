"""graphkit show NODE --as-of DAY: each relation certain, possible or ended that day."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.io.read import read_dataset
from graphkit.stats import node_relations
from tests.conftest import DATA, EDGE_HEADER, NODE_HEADER, edge, write_csv

runner = CliRunner()


def club_data(tmp_path):
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [
        ["club", "Organisation", "The Club", "", "", ""], ["pact", "Agreement", "Pact", "", "", ""]])
    write_csv(tmp_path / "edges" / "e.csv", EDGE_HEADER, [
        edge("FRA", "MEMBER_OF", "club", "1958"),                       # certain
        edge("FRA", "SIGNED", "pact", "2025"),                          # a year: possible
        edge("FRA", "PARTNER_OF", "club", "2000", "2025-06"),           # until a month: possible
        edge("FRA", "RATIFIED", "pact", "1990-01-01"),                  # withdrawn: ended
        edge("FRA", "WITHDREW_FROM", "pact", "2001-05-05"),             # certain
        edge("FRA", "EXPRESSED_INTEREST_IN", "pact", "2026-01-01"),     # not yet: left out
    ])
    return tmp_path


def test_node_relations_as_of_marks_certain_possible_and_ended_and_leaves_out_not_yet(tmp_path):
    _, rows = node_relations(read_dataset(club_data(tmp_path)), "FRA", as_of="2025-06-15")
    assert [(r["type"], r["since"], r["holds"]) for r in rows] == [
        ("MEMBER_OF", "1958", "certain"), ("RATIFIED", "1990-01-01", "ended"),
        ("PARTNER_OF", "2000", "possible"), ("WITHDREW_FROM", "2001-05-05", "certain"),
        ("SIGNED", "2025", "possible")]
    _, rows = node_relations(read_dataset(tmp_path), "FRA", as_of="all")
    assert len(rows) == 6 and {r["holds"] for r in rows} == {""}
    _, today = node_relations(read_dataset(tmp_path), "FRA")  # the default: today, marked
    assert len(today) == 6 and "" not in {r["holds"] for r in today}


def test_show_as_of_prints_holds_first_and_says_the_day(tmp_path):
    result = runner.invoke(app, ["show", "FRA", "--data", str(club_data(tmp_path)),
                                 "--as-of", "2025-12-31", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("holds,since,until,relation,other,")
    assert [line.split(",")[0] for line in lines[1:]] == [
        "certain", "ended", "ended", "certain", "certain"]
    table = runner.invoke(app, ["show", "FRA", "--data", str(tmp_path), "--as-of", "2025-12-31"])
    assert "France (FRA, Country): 5 relations as of 2025-12-31\n" == table.stderr
    table = runner.invoke(app, ["show", "FRA", "--data", str(tmp_path), "--as-of", "all"])
    assert "France (FRA, Country): 6 relations all dates\n" == table.stderr
    table = runner.invoke(app, ["show", "FRA", "--data", str(tmp_path)])
    assert table.stderr == (f"France (FRA, Country): 6 relations as of {dt.date.today()} "
                            "(today, the default; --as-of all for all dates)\n")


def test_show_russia_in_2020_has_the_g7_ended_and_in_march_2014_possible():
    def g7(day):
        result = runner.invoke(app, ["show", "RUS", "--data", str(DATA), "--as-of", day,
                                     "--format", "json"])
        assert result.exit_code == 0, result.output
        return [r["holds"] for r in json.loads(result.stdout) if r["other"] == "g7"]
    assert (g7("2013-06-30"), g7("2014-03-15"), g7("2020-01-01")) == (
        ["certain"], ["possible"], ["ended"])


def test_show_refuses_a_bad_as_of_in_one_line():
    result = runner.invoke(app, ["show", "RUS", "--as-of", "2020-02-30"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: --as-of: expected")
