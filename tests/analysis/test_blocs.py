import pytest

from graphkit.analysis import (
    bloc_growth,
    bloc_members,
    country_claims,
    declared_blocs,
    membership_spans,
)
from graphkit.analysis.blocs import check_bloc_anchor
from graphkit.errors import GraphkitError
from tests.membership import days_membership_can_change

from .graphs import graph

NODES = {"XAA": "Country", "XAB": "Country", "XAC": "Country", "x": "Organisation",
         "ag": "Agency"}


def test_bloc_members_counts_only_bloc_relations_valid_on_the_day():
    G = graph(NODES, [("XAA", "MEMBER_OF", "x", "2000"),
                      ("XAB", "EXPRESSED_INTEREST_IN", "x", "2000"),
                      ("XAC", "MEMBER_OF", "x", "2000", "2010-06-01")])
    assert list(bloc_members(G, "x", as_of="2005-01-01")) == ["XAA", "XAC"]
    assert list(bloc_members(G, "x", as_of="2010-06-01")) == ["XAA"]
    assert list(bloc_members(G, "x", as_of="1999-12-31")) == []


def test_bloc_members_withdrawal_removes_until_a_later_rejoin():
    G = graph(NODES, [("XAA", "MEMBER_OF", "x", "1992", "1999"),
                      ("XAA", "WITHDREW_FROM", "x", "1999"),
                      ("XAA", "MEMBER_OF", "x", "2006"),
                      ("XAA", "WITHDREW_FROM", "x", "2012-06-28")])
    assert "XAA" not in bloc_members(G, "x", as_of="2000-01-01")
    assert "XAA" in bloc_members(G, "x", as_of="2007-01-01")
    assert "XAA" not in bloc_members(G, "x", as_of="2013-01-01")


def test_bloc_members_counts_an_agency_for_its_country_and_cites_the_agency_edge():
    G = graph(NODES, [("ag", "AGENCY_OF", "XAB", "1990"), ("ag", "SIGNED", "x", "2021")])
    members = bloc_members(G, "x", as_of="2022-01-01")
    assert list(members) == ["XAB"]
    assert [(c.subject, c.relation) for c in members["XAB"]] == [("ag", "SIGNED")]


def test_country_claims_ignores_agency_of_and_withdrawn_edges():
    G = graph(NODES, [("ag", "AGENCY_OF", "XAB", "1990"), ("XAA", "PARTNER_OF", "x", "2000"),
                      ("XAA", "WITHDREW_FROM", "x", "2001")])
    assert country_claims(G, as_of="2000-12-31")[0].relation == "PARTNER_OF"
    assert country_claims(G, as_of="2002-01-01") == []


def test_declared_blocs_returns_empty_set_for_a_bloc_without_members():
    G = graph(NODES, [("XAA", "MEMBER_OF", "x", "2000")])
    assert declared_blocs(G, ["x", "ag"], as_of="2001-01-01") == {
        "x": frozenset({"XAA"}), "ag": frozenset()}


def test_bloc_growth_counts_members_at_each_year_end_with_leavers():
    G = graph(NODES, [("XAA", "MEMBER_OF", "x", "2000-05"),
                      ("XAB", "MEMBER_OF", "x", "2001-12-31"),
                      ("XAC", "MEMBER_OF", "x", "2000", "2002-03"),
                      ("XAB", "WITHDREW_FROM", "x", "2003-01-15")])
    assert bloc_growth(G, "x", until="2003-06-30") == [
        (2000, 2), (2001, 3), (2002, 2), (2003, 1)]


# --- membership_spans: the same rule, as the days each country is in (what the page gets) --

CORNERS = {"XAA": "Country", "XAB": "Country", "XAC": "Country", "XAD": "Country",
           "x": "Organisation", "ag": "Agency", "y": "Programme"}
CORNER_EDGES = [("XAA", "MEMBER_OF", "x", "1992", "1999"),          # out with an end date,
                ("XAA", "WITHDREW_FROM", "x", "1999"),               # a withdrawal,
                ("XAA", "MEMBER_OF", "x", "2006-08"),                # back in,
                ("XAA", "WITHDREW_FROM", "x", "2012-06-28"),         # out again
                ("ag", "AGENCY_OF", "XAB", "1990"), ("ag", "AGENCY_OF", "XAC", "1990"),
                ("ag", "SIGNED", "x", "2010-03"),                    # a joint agency's claim
                ("XAC", "WITHDREW_FROM", "x", "2010-03"),            # withdrawn the same day
                ("XAD", "EXPRESSED_INTEREST_IN", "x", "2000"),       # interest is not membership
                ("XAD", "LEADS", "y", "2015", "2016-02-29")]


def test_membership_spans_are_the_days_bloc_members_counts_a_country_in():
    G = graph(CORNERS, CORNER_EDGES)
    # certain from the last day of a partial since, to the first day of a partial until
    assert membership_spans(G, ["x", "y", "ag"]) == {
        "x": {"XAA": [("1992-12-31", "1999-01-01"), ("2006-08-31", "2012-06-28")],
              "XAB": [("2010-03-31", "")]},
        "y": {"XAD": [("2015-12-31", "2016-02-29")]},
        "ag": {}}


def test_membership_spans_agree_with_bloc_members_on_every_day_it_can_change():
    G = graph(CORNERS, CORNER_EDGES)
    spans = membership_spans(G, ["x", "y"])
    days = days_membership_can_change(G)
    assert {"1998-12-31", "1999-01-01", "1999-07-01", "2010-02-28", "2010-03-15"} <= set(days)
    for bloc in ("x", "y"):
        for day in days:
            on_day = {c for c, ss in spans[bloc].items()
                      if any(a <= day and (not b or day < b) for a, b in ss)}
            assert on_day == set(bloc_members(G, bloc, as_of=day)), (bloc, day)


def test_check_bloc_anchor_refuses_countries_and_agencies_saying_what_is_expected():
    G = graph(CORNERS, [])
    check_bloc_anchor(G, "x")
    check_bloc_anchor(G, "y")
    with pytest.raises(GraphkitError, match=r"^'Roscosmos' is an agency \(ag\); expected an "
                                            r"organisation, agreement or programme$"):
        check_bloc_anchor(G, "ag", named="Roscosmos")
    with pytest.raises(GraphkitError, match=r"^'XAA' is a country \(XAA\)"):
        check_bloc_anchor(G, "XAA")
