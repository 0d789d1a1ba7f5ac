from graphkit.analysis import bloc_growth, bloc_members, country_claims, declared_blocs

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
    assert country_claims(G, as_of="2000-06-01")[0].relation == "PARTNER_OF"
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
