"""validate, stats and show as a user runs them."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from graphkit.cli import app
from tests.conftest import DATA, EDGE_HEADER, NODE_HEADER, edge, write_csv

runner = CliRunner()


def test_validate_exits_0_on_repository_data():
    result = runner.invoke(app, ["validate", str(DATA)])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("ok: ")


def test_validate_lists_every_planted_mistake_and_exits_1(tmp_path):
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [["moonbase", "Programme", "Moon Base", "", "", ""]])
    write_csv(tmp_path / "edges" / "e.csv", EDGE_HEADER, [
        edge("RUS", "SIGNED", "moonbase", "2024"),
        edge("XXX", "SIGNED", "moonbase", "2024"),
        edge("RUS", "SIGNED", "moonbase", "2024-99"),
        edge("RUS", "ADORES", "moonbase", "2024"),
    ])
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert [line.split("e.csv:")[1].split(":")[0] for line in lines] == ["3", "4", "5"]
    assert "3 problems found; nothing was built" in result.stderr


def test_stats_shows_every_edge_sourced():
    result = runner.invoke(app, ["stats", str(DATA), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"name": "edges with source, date and evidence"' in result.stdout
    assert "(100%)" in result.stdout


def test_show_rus_lists_ratification_of_the_ilrs_agreement_with_source():
    result = runner.invoke(app, ["show", "RUS", "--data", str(DATA), "--format", "csv"])
    assert result.exit_code == 0, result.output
    ratified = [l for l in result.stdout.splitlines() if ",ratified,ru-cn-ilrs-agreement," in l]
    # two sources, two rows: the Kremlin's (to the day) and a news story's (to the month)
    # on today, the default, both hold certainly: the holds column comes first
    assert [r.split(",")[:2] for r in ratified] == [["certain", "2024-06"], ["certain", "2024-06-12"]]
    assert all(",http" in r for r in ratified)


def test_show_turkiye_finds_turkey_and_its_interest_in_ilrs():
    for spelling in ("Türkiye", "Turkey", "TUR"):
        result = runner.invoke(app, ["show", spelling, "--data", str(DATA), "--format", "csv"])
        assert result.exit_code == 0, result.output
        assert ",expressed interest in,ilrs,International Lunar Research Station," in result.stdout


def test_show_unknown_node_exits_1_with_one_line():
    result = runner.invoke(app, ["show", "Atlantis", "--data", str(DATA)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no node matches 'Atlantis'")
    assert result.stdout == ""


def test_help_is_quick_because_heavy_libraries_are_not_imported():
    code = ("import sys; from graphkit.cli import app; "
            "heavy = [m for m in ('networkx', 'neo4j', 'pandas', 'pyvis') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_show_keeps_every_source_url_whole_on_a_narrow_terminal():
    wide = runner.invoke(app, ["show", "ILRS", "--data", str(DATA), "--format", "json"])
    urls = {row["source_url"] for row in __import__("json").loads(wide.stdout)}
    assert len(urls) > 3
    narrow = runner.invoke(app, ["show", "ILRS", "--data", str(DATA)], env={"COLUMNS": "60"})
    assert narrow.exit_code == 0, narrow.output
    lines = narrow.stdout.splitlines()
    assert {url for url in urls if any(url in line for line in lines)} == urls
