"""The report keeps certain and possible members apart ("1 (+2 possible)", named, a band on
the chart) and, given since, says what changed; small graphs worked out by hand."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graphkit.analysis import bloc_membership
from graphkit.cli import app
from graphkit.errors import GraphkitError
from graphkit.io.graph import read_graph
from graphkit.report import report_blocs
from graphkit.report.blocs import bloc_report
from graphkit.report.write import to_html, to_json, to_markdown
from tests.analysis.graphs import graph
from tests.conftest import DATA

NODES = {"XAA": "Country", "XAB": "Country", "XAC": "Country", "XAD": "Country",
         "x": "Agreement", "y": "Organisation"}
EDGES = [("XAA", "SIGNED", "x", "2020-10-13"),
         ("XAB", "SIGNED", "x", "2025"),        # possible all through 2025
         ("XAC", "SIGNED", "x", "2025-06"),     # possible in June 2025
         ("XAA", "MEMBER_OF", "y", "2019"),
         ("XAD", "MEMBER_OF", "y", "2025-03-03")]


@pytest.fixture
def report():
    return bloc_report(graph(NODES, EDGES), ["x", "y"], as_of="2025-06-15", since="2025-01-01")


def test_bloc_report_counts_certain_members_and_names_the_possible_ones(report):
    x, y = report.blocs
    assert (x["size"], x["possible"], x["count"]) == (1, 2, "1 (+2 possible)")
    assert (y["size"], y["possible"], y["count"]) == (2, 0, "2")
    assert [m["country"] for m in x["members"]] == ["XAA"]
    assert [(m["country"], m["since"]) for m in x["possible_members"]] == [
        ("XAB", "2025"), ("XAC", "2025-06")]
    assert x["growth"] == [[2020, 1, 0], [2021, 1, 0], [2022, 1, 0], [2023, 1, 0], [2024, 1, 0],
                           [2025, 1, 2]]
    assert report.overlaps[0]["in_both"] == ["XAA"]  # overlaps use the certain members


def test_bloc_report_since_lists_member_changes_and_claims_each_citing_its_source(report):
    ch = report.changes
    assert (ch["since"], ch["as_of"]) == ("2025-01-01", "2025-06-15")
    # XAB's "2025" was already possible on 1 January: no change in its standing
    assert [(m["bloc"], m["country"], m["change"], m["before"], m["after"]) for m in ch["members"]] == [
        ("x", "XAC", "became possible", "no", "possible"), ("y", "XAD", "joined", "no", "certain")]
    assert [(c["subject"], c["change"], c["before"], c["after"]) for c in ch["claims"]] == [
        ("XAB", "started", "possible", "possible"), ("XAD", "started", "no", "certain"),
        ("XAC", "started", "no", "possible")]
    urls = {s["n"]: s["source_url"] for s in report.sources}
    assert all(urls[n] == "https://example.org/a" for c in ch["claims"] for n in c["sources"])
    assert all(m["sources"] for m in ch["members"])


def test_bloc_report_without_since_has_no_changes_and_refuses_a_since_after_as_of():
    G = graph(NODES, EDGES)
    assert bloc_report(G, ["x", "y"], as_of="2025-06-15").changes == {}
    with pytest.raises(GraphkitError, match=r"^since: expected a day on or before the report's 2025-06-15, got '2025-07-01'$"):
        bloc_report(G, ["x", "y"], as_of="2025-06-15", since="2025-07-01")


def test_markdown_shows_the_range_names_the_possible_and_has_the_what_changed_section(report):
    md = to_markdown(report)
    assert "| x | x | Agreement | 1 \\(\\+2 possible\\) | 2020 |" in md
    assert "Possible members of x on 2025-06-15: XAB \\(XAB, 2025\\), XAC \\(XAC, 2025-06\\)." in md
    assert "## What changed from 2025-01-01 to 2025-06-15" in md
    assert "| x | XAC | XAC | became possible | no → possible | SIGNED | 2025-06 |" in md
    assert "| 2025 | 1 (+2) | 2 |".replace("(", "\\(").replace(")", "\\)").replace("+", "\\+") in md
    assert md.index("## Summary") < md.index("## What changed") < md.index("## Members over time")
    members = md[md.index("## Members: x"):md.index("## Members: y")]
    assert "| XAA | XAA |  | certain | SIGNED | 2020-10-13 |" in members
    assert "| XAB | XAB |  | possible | SIGNED | 2025 |" in members


def test_html_chart_draws_the_possible_range_as_a_band_and_a_dashed_line(report):
    page = to_html(report)
    chart = page[page.index("<svg"):page.index("</svg>")]
    assert chart.count("<polygon") == 1 and chart.count("stroke-dasharray") == 1
    assert "x 2025: 1 (+2 possible)" in chart and "y 2025: 2</title>" in chart
    assert json.loads(to_json(report))["blocs"][0]["count"] == "1 (+2 possible)"


def test_report_on_the_real_data_says_55_plus_3_possible_artemis_signatories(tmp_path):
    r = report_blocs(["artemis-accords", "ILRS"], tmp_path / "r.json", data=DATA,
                     as_of="2025-06-30")
    artemis = json.loads((tmp_path / "r.json").read_text())["blocs"][0]
    assert (artemis["id"], artemis["size"], artemis["count"]) == (
        "artemis-accords", 55, "55 (+3 possible)")
    assert [m["country"] for m in artemis["possible_members"]] == ["HUN", "MYS", "PHL"]
    assert artemis["growth"][-1] == [2025, 55, 3]
    assert r.changes == {}


def test_report_blocs_since_on_the_command_line(tmp_path):
    out = tmp_path / "r.md"
    result = CliRunner().invoke(app, ["report", "blocs", "artemis-accords", "ILRS", "--data",
                                      str(DATA), "--as-of", "2025-12-31", "--since",
                                      "2025-01-01", "--out", str(out)])
    assert result.exit_code == 0, result.output
    count = bloc_membership(read_graph(DATA), "artemis-accords", as_of="2025-12-31").count
    assert f"Artemis Accords {count}, International Lunar Research Station " in result.stderr
    md = out.read_text()
    section = md[md.index("## What changed"):md.index("## Members over time")]
    for country in ("FIN", "BGD", "NOR", "SEN", "HUN", "MYS", "PHL"):
        assert f"| Artemis Accords | {country} |" in section, country
    bad = CliRunner().invoke(app, ["report", "blocs", "BRICS", "G7", "--since", "2025-02-30",
                                   "--out", str(tmp_path / "b.md")])
    assert (bad.exit_code, bad.stderr) == (
        1, "error: --since: expected a real date as YYYY-MM-DD, got '2025-02-30'\n")
    assert not (tmp_path / "b.md").exists()
