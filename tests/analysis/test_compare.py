import networkx as nx
import pytest

from graphkit.analysis import (
    brokers,
    courted,
    overlap,
    portfolio_similarity,
    portfolios,
    regional_composition,
)

from .graphs import graph

NODES = {"XAA": "Country", "XAB": "Country", "XAC": "Country", "XAD": "Country",
         "x": "Programme", "y": "Agreement", "z": "Organisation"}


def test_overlap_gives_sizes_countries_in_both_and_jaccard():
    rows = overlap({"x": {"XAA", "XAB", "XAC"}, "y": {"XAB", "XAC", "XAD"}, "z": set()})
    assert rows[0] == {"a": "x", "b": "y", "size_a": 3, "size_b": 3, "in_both": ["XAB", "XAC"],
                       "jaccard": 0.5}
    assert [r["jaccard"] for r in rows[1:]] == [0.0, 0.0]


def test_courted_finds_members_of_one_bloc_interested_in_the_other():
    G = graph(NODES, [("XAA", "SIGNED", "x", "2020"), ("XAA", "EXPRESSED_INTEREST_IN", "y", "2021"),
                      ("XAB", "SIGNED", "y", "2020"), ("XAB", "PARTNER_OF", "x", "2021"),
                      ("XAC", "EXPRESSED_INTEREST_IN", "x", "2021"),     # member of neither
                      ("XAD", "SIGNED", "x", "2020"), ("XAD", "SIGNED", "y", "2020"),
                      ("XAD", "EXPRESSED_INTEREST_IN", "y", "2019")])   # already a member
    rows = courted(G, ["x", "y"], as_of="2022-01-01")
    assert [(r["country"], r["member_of"], r["interested_in"]) for r in rows] == [
        ("XAA", ["x"], ["y"]), ("XAB", ["y"], ["x"])]
    assert courted(G, ["x", "y"], as_of="2020-06-01") == []


def test_brokers_scores_the_path_between_two_blocs_by_distance():
    P = nx.Graph()
    P.add_edge("XAA", "XAB", distance=1.0)
    P.add_edge("XAB", "XAD", distance=1.0)
    P.add_edge("XAA", "XAC", distance=5.0)
    P.add_edge("XAC", "XAD", distance=5.0)
    # only shortest XAA-XAD path goes through XAB (NetworkX halves undirected subset scores)
    assert brokers(P, ["XAA"], ["XAD"]) == [("XAB", 0.5)]


def test_regional_composition_counts_by_attribute_with_unknown():
    G = graph(NODES, [], regions={"XAA": "Western Europe", "XAB": "Western Europe",
                                  "XAC": "Eastern Asia"})
    assert regional_composition(G, ["XAA", "XAB", "XAC", "XAD", "QQQ"]) == {
        "Eastern Asia": 1, "Western Europe": 2, "unknown": 2}


def test_portfolio_similarity_averages_jaccard_within_and_across():
    G = graph(NODES, [("XAA", "SIGNED", "x", "2020"), ("XAA", "MEMBER_OF", "z", "2020"),
                      ("XAB", "SIGNED", "x", "2020"), ("XAC", "SIGNED", "y", "2020"),
                      ("XAC", "MEMBER_OF", "z", "2020"), ("XAD", "EXPRESSED_INTEREST_IN", "x", "2020")])
    pf = portfolios(G)
    assert pf == {"XAA": {"x", "z"}, "XAB": {"x"}, "XAC": {"y", "z"}}
    assert portfolio_similarity(pf, ["XAA", "XAB"]) == pytest.approx(0.5)
    # XAA-XAC 1/3, XAB-XAC 0 -> 1/6
    assert portfolio_similarity(pf, ["XAA", "XAB"], ["XAC"]) == pytest.approx(1 / 6)
    assert portfolio_similarity(pf, ["XAA"]) == 0.0
