"""graphkit import atop / cow-alliances: a real ATOP 5.1 sample and a generated COW-format file
(samples/atop/ORIGIN.md, samples/cow/ORIGIN.md say where they are from)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.errors import DataErrors
from graphkit.io.importers.alliances import ATOP, COW, read_alliances
from graphkit.io.read import read_dataset
from tests.store.helpers import one_line_error

SAMPLES = Path(__file__).parent / "samples"
ATOP_SAMPLE = SAMPLES / "atop" / "atop5_1m.csv"
COW_SAMPLE = SAMPLES / "cow" / "generated_alliance_v4.1_by_member.csv"


def _atop_rows() -> list[dict[str, str]]:
    with open(ATOP_SAMPLE, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_atop_each_alliance_is_a_node_and_each_member_row_a_membership_with_its_dates_and_obligations():
    imported = read_alliances(ATOP_SAMPLE, ATOP, retrieved="2026-12-02")
    rows = _atop_rows()
    assert imported.counts == {"nodes": len({r["atopid"] for r in rows}), "edges": len(rows) - 1}  # one merge
    edges = {(e.subject, e.object, e.since): e for e in imported.dataset.edges}
    # NATO's founding row for the United States: day precision, ongoing at the first phase's end
    usa = [e for k, e in edges.items() if k[:2] == ("USA", "atop-3180")]
    row = next(r for r in rows if (r["atopid"], r["member"], r["phase"]) == ("3180", "2", "1"))
    first = min(usa, key=lambda e: e.since)
    assert first.since == f"{row['yrent']}-{int(row['moent']):02d}-{int(row['dayent']):02d}" == "1949-04-04"
    assert first.until == "1951-06-19"
    assert "obligations: defense, nonaggression, consultation" in first.note
    assert imported.dataset.nodes["atop-3180"].kind == "Organisation"


def test_atop_states_that_no_longer_exist_get_their_historical_ids():
    dataset = read_alliances(ATOP_SAMPLE, ATOP, retrieved="2026-12-02").dataset
    members = {(e.subject, e.object) for e in dataset.edges}
    assert ("SUN", "atop-3285") in members and ("DDR", "atop-3285") in members and ("CSK", "atop-3285") in members
    assert ("QPR", "atop-1035") in members and ("RUS", "atop-1035") in members  # 1815: Prussia, Russia
    assert ("DEU", "atop-3180") in members  # unified Germany in NATO (code 255 after 1871)
    assert dataset.nodes["QPR"].name == "Prussia" and dataset.nodes["YUG"].name == "Yugoslavia"


def test_atop_phases_of_one_member_beginning_the_same_day_make_one_edge():
    dataset = read_alliances(ATOP_SAMPLE, ATOP, retrieved="2026-12-02").dataset
    merged = [e for e in dataset.edges if e.object == "atop-3424" and e.subject == "KHM" and e.since == "1993-01-01"]
    assert len(merged) == 1 and merged[0].until is None and "phase 2; phase 3" in merged[0].note


def test_cow_generated_format_file_maps_missing_days_and_open_ends():
    dataset = read_alliances(COW_SAMPLE, COW, retrieved="2026-12-02").dataset
    since = {(e.subject, e.object): (e.since, e.until) for e in dataset.edges}
    assert since[("QBD", "cow-alliance-9001")] == ("1866-08", "1870")  # day '.', end year only
    assert since[("SUN", "cow-alliance-9002")] == ("1955-05-14", "1991-07-01")
    assert since[("USA", "cow-alliance-9003")] == ("1949-04-04", None)  # no exit: ongoing
    assert since[("YUG", "cow-alliance-9003")] == ("1954", "1960")
    note = next(e.note for e in dataset.edges if e.subject == "YUG")
    assert "obligations: nonaggression" in note


def test_a_bad_row_is_refused_with_file_line_and_column_and_nothing_is_written(tmp_path):
    lines = ATOP_SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    bad = lines[3].split(",")
    bad[3] = "8152"  # a state code ATOP's own file has, that names no state
    worse = lines[5].split(",")
    worse[6] = "13"  # month 13
    broken = tmp_path / "atop5_1m.csv"
    broken.write_text("".join(lines[:3] + [",".join(bad), lines[4], ",".join(worse)] + lines[6:]), encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        read_alliances(broken, ATOP)
    assert [str(p) for p in caught.value.problems] == [
        (f"{broken}:4: member: expected a COW state code that graphkit maps to a country on 1815-01-03 "
         "(add it to COW_STATES and FORMER_STATES in graphkit/io/countries.py), got 8152"),
        f"{broken}:6: moent: expected a month from 1 to 12, got 13",
    ]
    result = CliRunner().invoke(app, ["import", "atop", str(broken), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "2 problems in the data" in result.stderr
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_cli_atop_writes_nodes_and_edges_that_validate_with_data_and_a_rerun_writes_the_same_bytes(tmp_path):
    from tests.conftest import DATA

    args = ["import", "atop", str(ATOP_SAMPLE), "--out", str(tmp_path), "--retrieved", "2026-12-02"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == "12 alliances, 104 memberships"
    files = [tmp_path / "nodes" / "atop.csv", tmp_path / "edges" / "atop.csv"]
    first = [f.read_bytes() for f in files]
    dataset = read_dataset(DATA, tmp_path)
    assert sum(e.object.startswith("atop-") for e in dataset.edges) == 104
    assert CliRunner().invoke(app, args).exit_code == 0
    assert [f.read_bytes() for f in files] == first


def test_cli_refuses_a_file_of_the_other_format_in_one_line(tmp_path):
    message = one_line_error(CliRunner().invoke(app, ["import", "cow-alliances", str(ATOP_SAMPLE),
                                                      "--out", str(tmp_path)]))
    assert "atop5_1m.csv:1: header: expected the columns of COW Formal Alliances v4.1, member level" in message


def test_obligations_are_a_typed_list_column_that_exports_keep(tmp_path):
    from graphkit.export import export_graph
    from graphkit.export.graphml import read_graphml

    imported = read_alliances(ATOP_SAMPLE, ATOP, retrieved="2026-12-02")
    assert imported.texts()["edges"].splitlines()[0].endswith(",source_kind,obligations")
    first = min((e for e in imported.dataset.edges if (e.subject, e.object) == ("USA", "atop-3180")),
                key=lambda e: e.since)
    assert first.attributes()["obligations"] == ["defense", "nonaggression", "consultation"]
    export_graph(imported.dataset, "graphml", tmp_path / "g.graphml")
    G = read_graphml(tmp_path / "g.graphml")
    exported = [d for _, _, d in G.edges("USA", data=True) if d["since"] == first.since and d["relation"] == "MEMBER_OF"]
    assert [d["obligations"] for d in exported] == [["defense", "nonaggression", "consultation"]]


def test_a_typed_column_value_outside_its_type_is_named_with_file_line_and_expectation(tmp_path):
    imported = read_alliances(ATOP_SAMPLE, ATOP, retrieved="2026-12-02")
    lines = imported.texts()["edges"].splitlines(keepends=True)
    bad = lines[3].rstrip("\n").rsplit(",", 1)[0] + ",defense;attack\n"
    (tmp_path / "nodes").mkdir()
    (tmp_path / "nodes" / "atop.csv").write_text(imported.texts()["nodes"], encoding="utf-8")
    (tmp_path / "edges").mkdir()
    (tmp_path / "edges" / "atop.csv").write_text("".join(lines[:3]) + bad + "".join(lines[4:]), encoding="utf-8")
    with pytest.raises(DataErrors) as info:
        read_dataset(tmp_path)
    assert [str(p) for p in info.value.problems] == [
        (f"{tmp_path / 'edges' / 'atop.csv'}:4: obligations: expected items from defense, offense, neutrality, "
         "nonaggression, consultation, entente separated by ';', got 'defense;attack'")]
