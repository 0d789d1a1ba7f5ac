"""Blocs that move up to a given day (``until``, what a report for one day asks for)."""

from __future__ import annotations

from graphkit.analysis.moving import communities_over_time
from tests.analysis.test_moving import _three_sides


def test_until_before_the_change_stops_at_that_day_and_nobody_has_moved():
    G = _three_sides("2003-09-01")
    result = communities_over_time(G, years=range(2000, 2008), coupling=0.5,
                                   until="2003-06-30")
    assert result.years == (2000, 2001, 2002, 2003)
    assert result.moves == ()
    assert result.until == "2003-06-30"
    assert "the last year, 2003, is the projection on 2003-06-30, not on 31 December" \
        in result.caveats


def test_until_after_the_change_moves_citing_only_claims_dated_by_that_day():
    G = _three_sides("2003-09-01")
    G.add_node("later", kind="Programme", name="Later", aliases=[])
    G.add_edge("XAB", "later", relation="COOPERATES_ON", since="2003-11-15",
               source_url="https://e.org/later")
    result = communities_over_time(G, years=range(2000, 2008), coupling=0.5,
                                   until="2003-10-01")
    assert [(m.country, m.year, m.before, m.after) for m in result.moves] == [
        ("XAB", 2003, "~West", "~East")]
    assert {c.source_url for c in result.moves[0].claims} == {
        "https://e.org/out", "https://e.org/in"}
    full = communities_over_time(G, years=range(2000, 2004), coupling=0.5)
    assert full.until is None
    assert "https://e.org/later" in {c.source_url for m in full.moves for c in m.claims}
