"""GDELT's reported events between blocs (issue 18: `graphkit blocs` and `report` use the
imported edges): sums checked against the claims the importer made, on data/ with the real
GDELT sample imported into a copy."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.analysis.blocs import bloc_members
from graphkit.analysis.events import CAVEATS, bloc_events
from graphkit.cli import app
from graphkit.io.graph import read_graph
from graphkit.io.importers.gdelt import aggregate_gdelt, import_gdelt
from graphkit.report.blocs import bloc_report
from tests.conftest import DATA

SAMPLE = Path(__file__).parents[1] / "io" / "importers" / "samples" / "gdelt" / "20191024143000.export.CSV"
DAY = "2019-12-31"


@pytest.fixture(scope="module")
def with_gdelt(tmp_path_factory) -> Path:
    """A copy of data/ with the real GDELT sample imported as data/edges/gdelt.csv."""
    folder = tmp_path_factory.mktemp("gdelt") / "data"
    shutil.copytree(DATA, folder)
    import_gdelt([SAMPLE], folder / "edges" / "gdelt.csv")
    return folder


def test_bloc_events_sum_the_importers_claims_between_the_members(with_gdelt):
    G = read_graph(with_gdelt)
    flows = bloc_events(G, ["nato", "sco"], as_of=DAY)
    members = {b: set(bloc_members(G, b, as_of=DAY)) for b in ("nato", "sco")}
    claims = aggregate_gdelt([SAMPLE]).claims
    assert flows and {(f.source, f.target) for f in flows} <= {(a, b) for a in members for b in members}
    for f in flows:  # each row against the importer's own claims, summed here by hand
        mine = [c for c in claims if c.relation == f.relation and c.subject in members[f.source]
                and c.object in members[f.target] and c.first <= DAY]
        assert f.events == sum(c.events for c in mine) and f.edges == len(mine)
        assert f.pairs == len({(c.subject, c.object) for c in mine})
        exact = sum((c.goldstein for c in mine), Decimal(0)) / f.events
        assert abs(f.goldstein - float(exact)) < 0.01  # per-edge means of 2 decimals, re-weighed
        assert f.first == min(c.first for c in mine) and f.last == max(c.last for c in mine)
        top = f.claims[0]  # cited first: the edge of most events
        (edge,) = [c for c in mine if (c.subject, c.object, c.first) == (top.country, top.target, top.since)]
        assert edge.events == max(c.events for c in mine) and top.source_url == next(iter(edge.urls.values()))
    assert sum(f.events for f in flows if f.source == f.target == "nato") > 0  # within a bloc too
    assert bloc_events(G, ["nato", "sco"], as_of="2019-10-01") == []  # before the events


def test_blocs_events_on_the_command_line_with_its_caveats(with_gdelt):
    runner = CliRunner()
    table = runner.invoke(app, ["blocs", "events", "NATO", "SCO", "--as-of", DAY,
                                "--data", str(with_gdelt)])
    assert table.exit_code == 0, table.output
    assert table.stderr.startswith("events of NATO, SCO as of 2019-12-31: ")
    assert "caveats: " + "; ".join(CAVEATS) in table.stderr
    rows = json.loads(runner.invoke(app, ["blocs", "events", "NATO", "SCO", "--as-of", DAY,
                                          "--data", str(with_gdelt), "--format", "json"]).stdout)
    G = read_graph(with_gdelt)
    assert [r["events"] for r in rows] == [f.events for f in bloc_events(G, ["nato", "sco"], as_of=DAY)]
    assert all(r["source_url"].startswith("http") for r in rows)


def test_the_report_has_an_events_section_only_when_the_data_has_events(with_gdelt):
    with_events = bloc_report(read_graph(with_gdelt), ["nato", "sco"], as_of=DAY)
    rows = with_events.events["rows"]
    assert rows and with_events.events["caveats"] == list(CAVEATS)
    by_number = {s["n"]: s for s in with_events.sources}
    for r in rows:  # each row cites 1 to 3 of its own edges' GDELT sources, numbered in the list
        assert 1 <= len(r["sources"]) <= 3
        assert all(by_number[n]["publisher"].startswith("The GDELT Project") for n in r["sources"])
    without = bloc_report(read_graph(DATA), ["nato", "sco"], as_of=DAY)
    assert without.events == {}
