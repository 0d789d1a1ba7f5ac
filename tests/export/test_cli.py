"""``graphkit export``: one line on stderr, exit 0 with the file; exit 1, one line and nothing written on bad input."""

from __future__ import annotations

import json

import networkx as nx
from typer.testing import CliRunner

from graphkit.cli import app
from tests.conftest import EDGE_HEADER, edge, write_csv
from tests.store.helpers import one_line_error

runner = CliRunner()


def test_export_writes_the_format_and_says_what_it_wrote(small_data, tmp_path):
    out = tmp_path / "g.graphml"
    result = runner.invoke(app, ["export", "--format", "graphml", str(small_data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"wrote {out} (graphml: 8 nodes, 5 edges, all dates)\n"
    assert nx.read_graphml(out).number_of_edges() == 5


def test_export_as_of_keeps_what_holds_that_day(small_data, tmp_path):
    out = tmp_path / "g.json"
    result = runner.invoke(app, ["export", "-f", "json", "--as-of", "2024-06-15", str(small_data), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.endswith("(json: 7 nodes, 4 edges, as of 2024-06-15)\n")  # GBR left in 2020
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["graph"]["as_of"] == "2024-06-15"
    assert sorted((e["source"], e["holds"]) for e in data["edges"]) == [
        ("CHN", "certain"), ("FRA", "certain"), ("RUS", "possible"), ("TUR", "possible")]


def test_export_refuses_bad_data_in_one_line_and_writes_nothing(small_data, tmp_path):
    write_csv(small_data / "edges" / "bad.csv", EDGE_HEADER, [edge("XA", "MEMBER_OF", "club", "2000")])
    out = tmp_path / "out" / "g.gexf"
    assert "bad.csv:2: subject" in one_line_error(
        runner.invoke(app, ["export", "-f", "gexf", str(small_data), "-o", str(out)]))
    assert not (tmp_path / "out").exists()


def test_export_refuses_a_bad_day_in_one_line(small_data, tmp_path):
    message = one_line_error(runner.invoke(
        app, ["export", "-f", "cypher", "--as-of", "2024-02-30", str(small_data), "-o", str(tmp_path / "g")]))
    assert message == "error: --as-of: expected a real date as YYYY-MM-DD, got '2024-02-30'\n"
    assert not (tmp_path / "g").exists()
