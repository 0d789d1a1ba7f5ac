"""Alignment, swing states, leaning, provenance and ranked centrality on hand-built graphs."""

import networkx as nx
import pytest

from graphkit.analysis import (
    alignment,
    bloc_sides,
    centrality,
    compared_scope,
    leaning,
    member_status,
    split_by_status,
    swing_states,
)
from graphkit.analysis.blocs import bloc_membership

from .graphs import graph

# Two compared blocs a and b; "pact" has three of a's members and none of b's (aligned with a);
# "un" has members on both sides (aligned with neither); "duo" has two members only.
NODES = {**{c: "Country" for c in ("XAA", "XAB", "XAC", "XBA", "XBB", "XCA", "XCB", "XCC")},
         "a": "Programme", "b": "Agreement", "pact": "Organisation", "un": "Organisation",
         "duo": "Agreement"}
EDGES = [
    ("XAA", "SIGNED", "a", "2020"), ("XAB", "SIGNED", "a", "2020"), ("XAC", "SIGNED", "a", "2020"),
    ("XBA", "SIGNED", "b", "2020"), ("XBB", "SIGNED", "b", "2020"),
    ("XAA", "SIGNED", "b", "2021-06-01"),                     # in both
    ("XBA", "EXPRESSED_INTEREST_IN", "a", "2022"),            # member of b engaging a
    ("XAA", "MEMBER_OF", "pact", "1990"), ("XAB", "MEMBER_OF", "pact", "1990"),
    ("XAC", "MEMBER_OF", "pact", "1990"), ("XCA", "MEMBER_OF", "pact", "1990"),
    ("XCA", "PARTNER_OF", "b", "2023-05"),                    # pact (aligned with a) engages b
    ("XCB", "PARTNER_OF", "a", "2023"), ("XCB", "COOPERATES_ON", "b", "2023"),  # engages both
    ("XAA", "MEMBER_OF", "un", "1990"), ("XBA", "MEMBER_OF", "un", "1990"),
    ("XCC", "MEMBER_OF", "un", "1990"), ("XCC", "MEMBER_OF", "duo", "2000"),
    ("XBB", "MEMBER_OF", "duo", "2000"),
]


@pytest.fixture
def G():
    return graph(NODES, EDGES)


def test_alignment_gives_each_blocs_share_in_every_other_bloc_of_three_or_more(G):
    rows = {(r["bloc"], r["other"]): r for r in alignment(G, ["a", "b"], as_of="2024-01-01")}
    assert (rows["a", "pact"]["in_other"], rows["a", "pact"]["share"]) == (3, 1.0)
    assert (rows["a", "un"]["countries"], rows["a", "un"]["share"]) == (["XAA"], pytest.approx(1 / 3))
    # b's members: XBA, XBB and XAA (in both)
    assert rows["b", "pact"]["countries"] == ["XAA"] and rows["b", "un"]["countries"] == ["XAA", "XBA"]
    assert rows["b", "un"]["share"] == pytest.approx(2 / 3)
    assert ("a", "duo") not in rows                       # two members: left out
    assert rows["b", "a"]["countries"] == ["XAA"]         # the other compared bloc is there too


def test_bloc_sides_aligns_a_bloc_only_by_the_margin_measured_from_the_data(G):
    sides = {r["bloc"]: r for r in bloc_sides(G, ["a", "b"], as_of="2024-01-01")}
    # pact: 3 of its 4 members in a, 1 in b: 0.75 - 0.25 reaches the margin 0.5
    assert sides["pact"]["side"] == "a" and sides["pact"]["counts"] == {"a": 3, "b": 1}
    assert sides["un"]["side"] == ""                      # a: 1/3, b: 2/3
    assert bloc_sides(G, ["a", "b"], as_of="2024-01-01", margin=0.8)[0]["side"] == ""


def test_swing_states_name_each_kind_with_the_claims_that_make_it(G):
    rows = {r["country"]: r for r in swing_states(G, ["a", "b"], as_of="2024-01-01")}
    assert {c: r["kind"] for c, r in rows.items()} == {
        "XAA": "both", "XBA": "member engages other", "XCA": "aligned engages other",
        "XCB": "engages several"}
    assert [(c.relation, c.target) for c in rows["XAA"]["claims"]] == [
        ("SIGNED", "a"), ("SIGNED", "b")]
    assert rows["XCA"]["via"] == [{"bloc": "pact", "side": "a", "share": 0.75, "count": 3,
                                   "members": 4}]
    assert sorted((c.relation, c.target) for c in rows["XCA"]["claims"]) == [
        ("MEMBER_OF", "pact"), ("PARTNER_OF", "b")]


def test_swing_states_keep_a_possible_engagement_apart_and_drop_it_before_it_starts(G):
    rows = {r["country"]: r for r in swing_states(G, ["a", "b"], as_of="2023-05-15")}
    assert rows["XCA"]["possible"] is True                # PARTNER_OF dated 2023-05
    assert "XCA" not in {r["country"] for r in swing_states(G, ["a", "b"], as_of="2023-04-30")}
    assert "XAA" not in {r["country"] for r in swing_states(G, ["a", "b"], as_of="2021-01-01")}


def test_leaning_scores_countries_in_neither_bloc_without_the_blocs_themselves(G):
    rows = {r["country"]: r for r in leaning(G, ["a", "b"], as_of="2024-01-01")}
    assert set(rows) == {"XCA", "XCC"}                    # XCB has no membership at all
    # XCA = {pact}: a's members XAA {pact, un}, XAB {pact}, XAC {pact} -> (1/2 + 1 + 1) / 3;
    # b's XAA {pact, un} 1/2, XBA {un} 0, XBB {duo} 0 -> 1/6
    assert rows["XCA"]["scores"] == {"a": pytest.approx(2.5 / 3), "b": pytest.approx(1 / 6)}
    assert rows["XCA"]["margin"] == pytest.approx(2.5 / 3 - 1 / 6)
    assert rows["XCA"]["leans"] == "a" and rows["XCA"]["drivers"][0]["bloc"] == "pact"
    assert rows["XCA"]["drivers"][0]["shares"] == {"a": 1.0, "b": pytest.approx(1 / 3)}
    # XCC = {un, duo}: a's XAA 1/3 -> 1/9; b's XAA 1/3, XBA {un} 1/2, XBB {duo} 1/2 -> 4/9
    assert rows["XCC"]["scores"] == {"a": pytest.approx(1 / 9), "b": pytest.approx(4 / 9)}
    assert rows["XCC"]["leans"] == "b"


def test_compared_scope_is_the_members_and_every_country_with_a_claim_about_a_bloc(G):
    assert compared_scope(G, ["a", "b"], as_of="2024-01-01") == [
        "XAA", "XAB", "XAC", "XBA", "XBB", "XCA", "XCB"]


def test_member_status_counts_a_member_apart_only_when_every_claim_has_a_status():
    G = graph({"XAA": "Country", "XAB": "Country", "x": "Organisation"}, [
        ("XAA", "MEMBER_OF", "x", "2024", "", {"status": "disputed"}),
        ("XAB", "MEMBER_OF", "x", "2024", "", {"status": "disputed"}),
        ("XAB", "SIGNED", "x", "2023")])
    m = bloc_membership(G, "x", as_of="2025-01-01")
    assert {k: list(v) for k, v in split_by_status(G, m.certain).items()} == {
        "": ["XAB"], "disputed": ["XAA"]}
    assert member_status(G, m.certain["XAA"]) == "disputed"


def test_ranked_centrality_marks_equal_scores_and_says_what_ordered_them():
    P = nx.Graph()
    P.add_edge("XAA", "XAB", weight=1.0)
    P.add_edge("XAC", "XAD", weight=1.0)
    P.add_edge("XAE", "XAA", weight=3.0)
    rows = centrality(P).ranked(by="degree")
    ranks = {r["node"]: (r["rank"], r["tie"]) for r in rows}
    assert ranks["XAA"] == ("1", "")
    assert ranks["XAE"][0] == "2=" and ranks["XAE"][1].startswith(
        "tied on degree with XAB, XAC, XAD; ordered by ")
    assert [r["node"] for r in rows[-2:]] == ["XAC", "XAD"]
    assert ranks["XAD"][1].endswith("ordered by weighted_degree")


def test_alignment_leaves_a_disputed_member_out_of_the_share_and_names_it():
    G = graph({**{c: "Country" for c in ("XAA", "XAB", "XAC")}, "a": "Programme",
               "pact": "Organisation"}, [
        ("XAA", "SIGNED", "a", "2020"), ("XAB", "SIGNED", "a", "2020"),
        ("XAC", "SIGNED", "a", "2020", "", {"status": "disputed"}),
        *[(c, "MEMBER_OF", "pact", "1990") for c in ("XAA", "XAB", "XAC")]])
    (row,) = alignment(G, ["a"], as_of="2024-01-01")
    assert (row["members"], row["in_other"], row["share"]) == (2, 2, 1.0)
    assert row["flagged"] == {"XAC": "disputed"}
