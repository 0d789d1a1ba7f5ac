"""Blocs that move: yearly communities followed through time (graphkit.analysis.moving)."""

from __future__ import annotations

import networkx as nx
from typer.testing import CliRunner

from graphkit.analysis.moving import communities_over_time
from graphkit.cli import app
from graphkit.io.graph import read_graph
from tests.conftest import DATA


def _three_sides(move_year: str | None = "2003") -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    sides = {"west": ["XAA", "XAB", "XAE"], "east": ["XAC", "XAD", "XAF"],
             "north": ["XAG", "XAH", "XAI"]}
    for bloc, countries in sides.items():
        G.add_node(bloc, kind="Organisation", name=bloc.title(), aliases=[])
        for c in countries:
            G.add_node(c, kind="Country", name=c, aliases=[])
            G.add_edge(c, bloc, relation="MEMBER_OF", since="2000", source_url=f"https://e.org/{c}")
    if move_year:
        G.add_edge("XAB", "west", relation="WITHDREW_FROM", since=move_year,
                   source_url="https://e.org/out")
        G.add_edge("XAB", "east", relation="MEMBER_OF", since=move_year,
                   source_url="https://e.org/in")
    return G


def test_a_country_that_changes_sides_moves_once_in_its_year_with_the_claims_that_moved_it():
    result = communities_over_time(_three_sides(), years=range(2000, 2008), coupling=0.5)
    assert [(m.country, m.year, m.before, m.after) for m in result.moves] == [
        ("XAB", 2003, "~West", "~East")]
    assert {c.source_url for c in result.moves[0].claims} == {"https://e.org/out", "https://e.org/in"}
    assert result.years == tuple(range(2000, 2008))
    named = {(r["year"], r["name"]): r["countries"] for r in result.rows()}
    assert named[(2002, "~West")] == "XAA XAB XAE" and named[(2004, "~East")] == "XAB XAC XAD XAF"
    rows = result.move_rows()
    assert rows[0]["claims"] == "MEMBER_OF east 2003; WITHDREW_FROM west 2003"


def test_without_a_change_nobody_moves_and_the_same_seed_gives_the_same_communities():
    still = communities_over_time(_three_sides(None), years=range(2000, 2006), coupling=0.5)
    assert still.moves == ()
    a = communities_over_time(_three_sides(), years=range(2000, 2006), seed=3)
    b = communities_over_time(_three_sides(), years=range(2000, 2006), seed=3)
    assert (a.communities, a.names, a.moves) == (b.communities, b.names, b.moves)
    assert "seed 3" in a.caveats[0] and "coupling 1.0" in a.caveats[0]


def test_years_without_two_linked_countries_are_left_out_and_none_at_all_says_so():
    empty = communities_over_time(_three_sides(), years=range(1990, 1995))
    assert empty.years == () and empty.caveats == ("no year has two countries linked by a shared claim",)


def test_on_the_curated_data_a_country_that_joined_the_ilrs_moves_citing_that_claim():
    # Which countries move depends on the whole dataset (adding two COPUOS members changed
    # them); what must hold is that moves exist, each cites the country's own claims that
    # began or ended in its year, and the ILRS joinings of recent years drive one.
    result = communities_over_time(read_graph(DATA), years=range(2018, 2027))
    assert result.moves
    for move in result.moves:
        assert move.before != move.after  # names differ within a year
        assert all(c.country == move.country and str(move.year) in (c.since[:4], c.until[:4])
                   for c in move.claims), move
    assert any(c.target == "ilrs" and c.since[:4] == str(m.year) and m.year >= 2023
               for m in result.moves for c in m.claims)


def test_cli_over_time_prints_the_moves_and_needs_its_flag():
    runner = CliRunner()
    result = runner.invoke(app, ["blocs", "communities", "--over-time", "--from", "2018", "--to",
                                 "2026", "--moves", "--data", str(DATA), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "country,year,from,to,claims,sources"
    moves = {tuple(line.split(",")[:2]) for line in result.stdout.splitlines()[1:]}
    expected = communities_over_time(read_graph(DATA), years=range(2018, 2027)).moves
    assert moves == {(m.country, str(m.year)) for m in expected} and moves
    assert result.stderr == ""  # csv: no table heading on stderr
    bad = runner.invoke(app, ["blocs", "communities", "--data", str(DATA)])
    assert (bad.exit_code, bad.stderr.count("\n")) == (1, 1) and "--over-time" in bad.stderr
    bad = runner.invoke(app, ["blocs", "communities", "--over-time", "--from", "2024", "--to", "2020"])
    assert bad.exit_code == 1 and "--from 2024 is after --to 2020" in bad.stderr
