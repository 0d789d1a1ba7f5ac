import pytest

from graphkit.analysis import country_projection

from .graphs import graph

NODES = {"XAA": "Country", "XAB": "Country", "XAC": "Country", "x": "Organisation",
         "y": "Programme", "ag": "Agency"}


def test_country_projection_multiplies_tie_weights_and_sums_over_shared_nodes():
    # x: MEMBER_OF 1.0 * RATIFIED 1.2 = 1.2 ; y: COOPERATES_ON 0.8 * PARTNER_OF 0.5 = 0.4
    G = graph(NODES, [("XAA", "MEMBER_OF", "x", "2000"), ("XAB", "MEMBER_OF", "x", "2000"),
                      ("XAB", "RATIFIED", "x", "2001"), ("XAA", "COOPERATES_ON", "y", "2000"),
                      ("XAB", "PARTNER_OF", "y", "2000"), ("XAC", "EXPRESSED_INTEREST_IN", "y", "2000")])
    P = country_projection(G, weighting="flat")
    assert P["XAA"]["XAB"]["weight"] == pytest.approx(1.6)
    assert P["XAA"]["XAB"]["distance"] == pytest.approx(1 / 1.6)
    assert P["XAA"]["XAB"]["shared"] == ["x", "y"]
    assert P["XAA"]["XAC"]["weight"] == pytest.approx(0.8 * 0.3)
    assert P["XAB"]["XAC"]["weight"] == pytest.approx(0.5 * 0.3)


def test_country_projection_min_takes_the_weaker_tie_per_shared_node():
    G = graph(NODES, [("XAA", "MEMBER_OF", "x", "2000"), ("XAB", "RATIFIED", "x", "2000"),
                      ("XAA", "COOPERATES_ON", "y", "2000"), ("XAB", "PARTNER_OF", "y", "2000")])
    assert country_projection(G, combine="min")["XAA"]["XAB"]["weight"] == pytest.approx(1.5)


def test_country_projection_as_of_drops_expired_and_withdrawn_ties():
    G = graph(NODES, [("XAA", "MEMBER_OF", "x", "2000"), ("XAB", "MEMBER_OF", "x", "2000", "2005"),
                      ("XAC", "MEMBER_OF", "x", "2000"), ("XAC", "WITHDREW_FROM", "x", "2003")])
    assert sorted(country_projection(G, as_of="2002-01-01").edges()) == [
        ("XAA", "XAB"), ("XAA", "XAC"), ("XAB", "XAC")]
    P = country_projection(G, as_of="2006-01-01")
    assert sorted(P.nodes()) == ["XAA"] and P.number_of_edges() == 0


def test_country_projection_links_a_country_through_its_agency():
    G = graph(NODES, [("ag", "AGENCY_OF", "XAB", "1990"), ("ag", "SIGNED", "y", "2021"),
                      ("XAA", "SIGNED", "y", "2021")])
    assert country_projection(G)["XAA"]["XAB"]["weight"] == pytest.approx(1.0)


def test_country_projection_refuses_unknown_combine():
    with pytest.raises(ValueError, match="combine: expected 'product' or 'min'"):
        country_projection(graph(NODES, []), combine="max")


def test_country_projection_newman_divides_each_shared_node_by_its_countries_minus_one():
    # y has three countries: each of its pairs gets a half of w1 * w2; x has two: all of it
    G = graph(NODES, [("XAA", "MEMBER_OF", "x", "2000"), ("XAB", "RATIFIED", "x", "2001"),
                      ("XAA", "COOPERATES_ON", "y", "2000"), ("XAB", "PARTNER_OF", "y", "2000"),
                      ("XAC", "EXPRESSED_INTEREST_IN", "y", "2000")])
    P = country_projection(G)
    assert P.graph["weighting"] == "newman"
    assert P["XAA"]["XAB"]["by_node"] == pytest.approx({"x": 1.2, "y": 0.8 * 0.5 / 2})
    assert P["XAA"]["XAB"]["weight"] == pytest.approx(1.2 + 0.2)
    assert P["XAA"]["XAC"]["weight"] == pytest.approx(0.8 * 0.3 / 2)


def test_country_projection_refuses_unknown_weighting():
    with pytest.raises(ValueError, match="weighting: expected 'newman' or 'flat'"):
        country_projection(graph(NODES, []), weighting="idf")
