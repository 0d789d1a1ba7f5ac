"""graphkit import unga-votes on real 1985 roll calls (samples/unga/ORIGIN.md says where they are from)."""

from __future__ import annotations

import csv
from itertools import combinations
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.analysis.communities import adjusted_rand_index, detect_communities
from graphkit.cli import app
from graphkit.errors import DataErrors
from graphkit.io.importers.unga import read_unga_votes, voting_graph
from graphkit.io.read import read_dataset
from tests.conftest import DATA

SAMPLE = Path(__file__).parent / "samples" / "unga" / "unvotes_1985.csv"


def _votes() -> list[dict[str, str]]:
    with open(SAMPLE, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_agreement_is_the_share_of_roll_calls_both_voted_on_where_they_voted_alike():
    result = read_unga_votes(SAMPLE, retrieved="2026-12-02")
    by_rcid: dict[str, dict[str, str]] = {}
    for row in _votes():
        by_rcid.setdefault(row["rcid"], {})[row["country_code"]] = row["vote"]
    usa_sun = next(g for g in result.agreements if (g.a, g.b) == ("SUN", "USA"))  # RU in 1985: Soviet Union
    both = [v for v in by_rcid.values() if "US" in v and "RU" in v]
    assert (usa_sun.votes, usa_sun.same) == (len(both), sum(v["US"] == v["RU"] for v in both))
    assert usa_sun.year == 1985 and usa_sun.score < 0.5
    pairs = {(g.a, g.b) for g in result.agreements}
    assert len(pairs) == len(result.agreements) == result.imported.counts["edges"]
    assert len(pairs) == len(list(combinations(sorted({c for v in by_rcid.values() for c in v}), 2)))


def test_edges_are_one_per_pair_and_year_and_load_with_data(tmp_path):
    out = tmp_path / "unga_votes.csv"
    result = CliRunner().invoke(app, ["import", "unga-votes", str(SAMPLE), "--out", str(out),
                                      "--retrieved", "2026-12-02"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == "406 yearly agreements from 441 votes in 441 rows"
    dataset = read_dataset(DATA, out)
    edge = next(e for e in dataset.edges if (e.subject, e.relation, e.object) == ("CSK", "VOTES_WITH", "DDR"))
    assert (edge.since, edge.until) == ("1985", "1986") and edge.note.startswith("agreement: ")
    first = out.read_bytes()
    assert CliRunner().invoke(app, ["import", "unga-votes", str(SAMPLE), "--out", str(out),
                                    "--retrieved", "2026-12-02"]).exit_code == 0
    assert out.read_bytes() == first


def test_blocs_detected_from_votes_split_the_cold_war_blocs():
    agreements = read_unga_votes(SAMPLE, retrieved="2026-12-02").agreements
    found = detect_communities(voting_graph(agreements, 1985), seed=0, seeds=(0,), resolutions=(1.0,))
    labels = found.labels()
    west = {"USA", "GBR", "FRA", "ITA", "CAN", "NLD", "BEL", "NOR", "DNK", "PRT", "ESP"}
    east = {"SUN", "POL", "CSK", "DDR", "HUN", "ROU", "BGR"}
    assert len({labels[c] for c in west}) == 1 and len({labels[c] for c in east}) == 1
    assert labels["USA"] != labels["SUN"]
    declared = {c: "NATO" for c in west} | {c: "Warsaw Pact" for c in east}
    assert adjusted_rand_index({c: labels[c] for c in declared}, declared) == pytest.approx(1.0)


def test_a_bad_vote_is_refused_with_its_line_and_nothing_is_written(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    broken = tmp_path / "votes.csv"
    broken.write_text("".join([*lines[:2], lines[2].rsplit(",", 1)[0] + ",maybe\n", *lines[3:20]]), encoding="utf-8")
    result = CliRunner().invoke(app, ["import", "unga-votes", str(broken), "--out", str(tmp_path / "out.csv")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr == (f"error: {broken}:3: vote: expected yes, no or abstain (or 1, 2, 3; 8 and 9 are not "
                             "votes), got 'maybe'\n")
    assert not (tmp_path / "out.csv").exists()


def test_a_country_voting_twice_in_one_roll_call_is_refused_with_both_lines(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    broken = tmp_path / "votes.csv"
    broken.write_text("".join([*lines[:20], lines[4]]), encoding="utf-8")
    rcid, code = lines[4].split(",")[0], lines[4].split(",")[4]
    state = {"AT": "AUT", "BE": "BEL", "BG": "BGR", "BR": "BRA", "CA": "CAN"}[code]
    with pytest.raises(DataErrors) as caught:
        read_unga_votes(broken)
    assert [str(p) for p in caught.value.problems] == [
        f"{broken}:21: vote: expected one vote of {state} in roll call {rcid}, got another at line 5"]


def test_agreement_and_counts_are_typed_columns_the_neo4j_admin_export_types(tmp_path):
    from graphkit.export import export_graph

    result = read_unga_votes(SAMPLE, retrieved="2026-12-02")
    first = result.agreements[0]
    edge = next(e for e in result.imported.dataset.edges if (e.subject, e.object) == (first.a, first.b))
    attrs = edge.attributes()
    assert (attrs["roll_calls"], attrs["same_votes"]) == (first.votes, first.same)
    assert attrs["agreement"] == pytest.approx(first.same / first.votes, abs=5e-7)
    export_graph(result.imported.dataset, "neo4j-admin", tmp_path / "admin")
    header = (tmp_path / "admin" / "rels_VOTES_WITH.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"agreement:double", "roll_calls:long", "same_votes:long"} <= set(header)
