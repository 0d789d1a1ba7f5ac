"""Certain and possible membership: every precision case worked out by hand (issue 14).

A partial date is the period it names (:mod:`graphkit.io.periods`); on a day a claim is
certain, possible or does not hold, and :func:`bloc_membership` keeps the two apart.
"""

import datetime as dt

import pytest

from graphkit.analysis import (
    bloc_growth,
    bloc_growth_range,
    bloc_members,
    bloc_membership,
    claim_standing,
    country_claims,
    declared_blocs,
    declared_memberships,
    membership_periods,
    membership_spans,
)
from graphkit.io.graph import read_graph
from tests.conftest import DATA

from .graphs import graph

NODES = {"XAA": "Country", "XAB": "Country", "XAC": "Country", "XAD": "Country",
         "x": "Agreement", "g": "Organisation"}


def status(G, bloc, country, day):
    m = bloc_membership(G, bloc, as_of=day)
    return "certain" if country in m.certain else "possible" if country in m.possible else "no"


@pytest.mark.parametrize("day, expected", [
    ("2024-12-31", "no"), ("2025-01-01", "possible"), ("2025-06-30", "possible"),
    ("2025-12-30", "possible"), ("2025-12-31", "certain"), ("2026-01-01", "certain")])
def test_a_year_signature_is_possible_on_each_day_of_its_year_and_certain_on_its_last(day, expected):
    G = graph(NODES, [("XAA", "SIGNED", "x", "2025")])
    assert status(G, "x", "XAA", day) == expected


@pytest.mark.parametrize("day, expected", [
    ("2020-02-29", "no"), ("2020-03-10", "possible"), ("2020-03-31", "certain"),
    ("2020-04-30", "certain"), ("2020-05-01", "possible"), ("2020-05-30", "possible"),
    ("2020-05-31", "no")])
def test_a_membership_from_one_month_until_another(day, expected):
    G = graph(NODES, [("XAA", "MEMBER_OF", "g", "2020-03", "2020-05")])
    assert status(G, "g", "XAA", day) == expected


@pytest.mark.parametrize("day, expected", [
    ("1998-06-30", "possible"), ("2013-12-31", "certain"), ("2014-02-28", "certain"),
    ("2014-03-01", "possible"), ("2014-03-30", "possible"), ("2014-03-31", "no"),
    ("2014-04-01", "no")])
def test_an_until_at_month_precision_makes_the_member_possible_during_that_month(day, expected):
    G = graph(NODES, [("XAA", "MEMBER_OF", "g", "1998", "2014-03")])
    assert status(G, "g", "XAA", day) == expected


@pytest.mark.parametrize("day, expected", [
    ("2014-02-28", "certain"), ("2014-03-15", "possible"), ("2014-03-31", "no")])
def test_a_withdrawal_dated_a_month_makes_the_membership_possible_during_that_month(day, expected):
    G = graph(NODES, [("XAA", "MEMBER_OF", "g", "2000-01-01"),
                      ("XAA", "WITHDREW_FROM", "g", "2014-03")])
    assert status(G, "g", "XAA", day) == expected


def test_a_day_signature_against_a_year_one_on_the_same_day():
    G = graph(NODES, [("XAA", "SIGNED", "x", "2025-01-21"), ("XAB", "SIGNED", "x", "2025-06"),
                      ("XAC", "SIGNED", "x", "2025"), ("XAD", "SIGNED", "x", "2025-07-24")])
    m = bloc_membership(G, "x", as_of="2025-06-30")
    assert (list(m.certain), list(m.possible)) == (["XAA", "XAB"], ["XAC"])
    assert m.count == "2 (+1 possible)"
    assert m.to_dict() == {"bloc": "x", "as_of": "2025-06-30", "certain": ["XAA", "XAB"],
                           "possible": ["XAC"]}
    assert list(bloc_members(G, "x", as_of="2025-06-30")) == ["XAA", "XAB"]
    assert declared_blocs(G, ["x"], as_of="2025-06-30") == {"x": frozenset({"XAA", "XAB"})}
    assert [(c.country, h.value) for c, h in claim_standing(G, as_of="2025-06-30")] == [
        ("XAA", "certain"), ("XAB", "certain"), ("XAC", "possible")]
    assert [c.country for c in country_claims(G, as_of="2025-06-30")] == ["XAA", "XAB"]


def test_a_country_with_a_certain_and_a_possible_claim_is_certain_only():
    G = graph(NODES, [("XAA", "SIGNED", "x", "2019"), ("XAA", "RATIFIED", "x", "2025")])
    m = bloc_membership(G, "x", as_of="2025-06-30")
    assert [c.relation for c in m.certain["XAA"]] == ["SIGNED"]
    assert m.possible == {}


def test_a_membership_possible_then_certain_in_periods_spans_and_growth():
    G = graph(NODES, [("XAA", "SIGNED", "x", "2024-05-02"), ("XAB", "SIGNED", "x", "2025"),
                      ("XAB", "WITHDREW_FROM", "x", "2027-03")])
    assert membership_periods(G, ["x"]) == {"x": {
        "XAA": [("2024-05-02", "", "certain")],
        "XAB": [("2025-01-01", "2025-12-31", "possible"), ("2025-12-31", "2027-03-01", "certain"),
                ("2027-03-01", "2027-03-31", "possible")]}}
    assert membership_spans(G, ["x"]) == {"x": {"XAA": [("2024-05-02", "")],
                                                "XAB": [("2025-12-31", "2027-03-01")]}}
    assert bloc_growth_range(G, "x", until="2027-03-15") == [
        (2024, 1, 0), (2025, 2, 0), (2026, 2, 0), (2027, 1, 1)]
    assert bloc_growth(G, "x", until="2025-06-30") == [(2024, 1), (2025, 1)]
    assert bloc_growth_range(G, "x", until="2025-06-30") == [(2024, 1, 0), (2025, 1, 1)]


def test_membership_periods_agree_with_bloc_membership_on_every_day_around_each_change():
    G = graph(NODES, [("XAA", "MEMBER_OF", "g", "1998", "2014-03"),
                      ("XAB", "MEMBER_OF", "g", "2000-01-01"),
                      ("XAB", "WITHDREW_FROM", "g", "2014-03"),
                      ("XAB", "MEMBER_OF", "g", "2016"),
                      ("XAC", "MEMBER_OF", "g", "2010-02", "2010-04"),
                      ("XAD", "MEMBER_OF", "g", "2010-02-03")])
    periods = membership_periods(G, ["g"])["g"]
    edges = {"1998-01-01", "1998-12-31", "2000-01-01", "2010-02-01", "2010-02-03", "2010-02-28",
             "2010-04-01", "2010-04-30", "2014-03-01", "2014-03-31", "2016-01-01", "2016-12-31"}
    days = sorted({(dt.date.fromisoformat(d) + dt.timedelta(k)).isoformat()
                   for d in edges for k in (-1, 0, 1)})
    for day in days:
        m = bloc_membership(G, "g", as_of=day)
        for holds, expected in (("certain", m.certain), ("possible", m.possible)):
            on_day = {c for c, rows in periods.items()
                      if any(a <= day and (not b or day < b) and h == holds for a, b, h in rows)}
            assert on_day == set(expected), (day, holds)


def test_on_all_dates_every_claim_counts_as_certain_and_withdrawals_keep_their_order():
    G = graph(NODES, [("XAA", "SIGNED", "x", "2025"), ("XAB", "SIGNED", "x", "2001"),
                      ("XAB", "WITHDREW_FROM", "x", "2003"), ("XAC", "SIGNED", "x", "2001"),
                      ("XAC", "WITHDREW_FROM", "x", "2003", "2998")])
    m = bloc_membership(G, "x", as_of="all")
    assert (m.as_of, list(m.certain), m.possible) == (None, ["XAA"], {})


def test_without_a_day_the_answer_is_for_today_and_says_so():
    today = dt.date.today()
    G = graph(NODES, [("XAA", "SIGNED", "x", str(today.year + 1)),      # not yet
                      ("XAB", "SIGNED", "x", "2001", today.isoformat()),  # ended today
                      ("XAC", "SIGNED", "x", "2001")])
    m = bloc_membership(G, "x")
    assert (m.as_of, list(m.certain), m.possible) == (today.isoformat(), ["XAC"], {})
    assert list(bloc_membership(G, "x", as_of="all").certain) == ["XAA", "XAB", "XAC"]


def test_declared_memberships_keep_the_order_given_and_empty_blocs():
    G = graph(NODES, [("XAA", "MEMBER_OF", "g", "2000-06")])
    ms = declared_memberships(G, ["x", "g"], as_of="2000-06-15")
    assert list(ms) == ["x", "g"]
    assert (ms["x"].count, ms["g"].count) == ("0", "0 (+1 possible)")


def test_artemis_accords_on_30_june_2025_are_55_certain_and_3_possible_on_the_real_data():
    # Hungary, Malaysia and the Philippines signed in October 2025; data/ says only 2025.
    m = bloc_membership(read_graph(DATA), "artemis-accords", as_of="2025-06-30")
    assert len(m.certain) == 55
    assert list(m.possible) == ["HUN", "MYS", "PHL"]
    assert m.count == "55 (+3 possible)"


def test_analysis_answers_for_the_day_the_graph_was_read_for_else_today_or_all_dates():
    from graphkit.analysis import country_projection, courted, portfolios
    from graphkit.io.graph import filter_as_of

    G = graph(NODES, [("XAA", "SIGNED", "x", "2025"), ("XAB", "SIGNED", "x", "2020-02-02"),
                      ("XAB", "PARTNER_OF", "g", "2025-06"), ("XAC", "MEMBER_OF", "g", "2019")])
    H = filter_as_of(G, "2025-06-15")
    assert [(u, d["holds"]) for u, _, d in H.edges(data=True)] == [
        ("XAA", "possible"), ("XAB", "certain"), ("XAB", "possible"), ("XAC", "certain")]
    m = bloc_membership(H, "x")
    assert (m.as_of, list(m.certain), list(m.possible)) == ("2025-06-15", ["XAB"], ["XAA"])
    assert bloc_membership(G, "x").as_of == dt.date.today().isoformat()
    assert bloc_membership(G, "x", as_of="all").as_of is None
    assert list(bloc_membership(G, "x", as_of="all").certain) == ["XAA", "XAB"]
    assert list(bloc_membership(H, "x", as_of="2025-12-31").certain) == ["XAA", "XAB"]
    P, Q = country_projection(H), country_projection(G, as_of="all")
    assert (P.graph["as_of"], Q.graph["as_of"]) == ("2025-06-15", None)
    assert (sorted(P.edges), sorted(Q.edges)) == ([], [("XAA", "XAB"), ("XAB", "XAC")])
    assert portfolios(H) == {"XAB": frozenset({"x"}), "XAC": frozenset({"g"})}
    assert courted(H, ["x", "g"]) == []
    assert [r["country"] for r in courted(G, ["x", "g"], as_of="all")] == ["XAB"]
