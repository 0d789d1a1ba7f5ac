"""The issue's done-when checks on data/: swing states with sources, disputed members counted
apart, a centrality top ten that discriminates (docs/METHODS.md)."""

from collections import Counter

import networkx as nx
import pytest

from graphkit.analysis import (
    bloc_membership,
    centrality,
    claim_details,
    compared_scope,
    country_projection,
    split_by_status,
    swing_states,
)
from graphkit.io import read_graph

from ..conftest import DATA

DAY = "2026-12-01"


@pytest.fixture(scope="module")
def G():
    return read_graph(DATA)


def test_ilrs_vs_artemis_swing_states_name_turkiye_senegal_and_thailand_with_sources(G):
    rows = {r["country"]: r for r in swing_states(G, ["ilrs", "artemis-accords"], as_of=DAY)}
    assert rows["SEN"]["kind"] == rows["THA"]["kind"] == "both"
    assert rows["TUR"]["kind"] == "aligned engages other"
    via = {v["bloc"]: v for v in rows["TUR"]["via"]}
    assert "nato" in via  # and the G20 (14 of its 19 members signed the Accords), since session 61
    assert {v["side"] for v in via.values()} == {"artemis-accords"}
    for country in ("SEN", "THA", "TUR"):
        claims = rows[country]["claims"]
        assert claims and all(c.source_url.startswith("http") for c in claims)
    assert {c.target for c in rows["SEN"]["claims"]} == {"ilrs", "artemis-accords"}
    assert {(c.relation, c.target) for c in rows["TUR"]["claims"]} >= {
        ("EXPRESSED_INTEREST_IN", "ilrs"), ("MEMBER_OF", "nato")}


def test_saudi_arabia_is_a_disputed_brics_member_counted_apart(G):
    m = bloc_membership(G, "brics", as_of=DAY)
    by_status = split_by_status(G, m.certain)
    assert list(by_status["disputed"]) == ["SAU"]
    assert "SAU" not in by_status[""] and len(by_status[""]) == len(m.certain) - 1
    assert claim_details(G, m.certain["SAU"][0])["note"].startswith("STATUS DISPUTED")


def test_ilrs_vs_artemis_centrality_top_ten_holds_no_more_than_three_equal_scores(G):
    scope = compared_scope(G, ["ilrs", "artemis-accords"], as_of=DAY)
    P = country_projection(G, as_of=DAY)
    top = centrality(P.subgraph([v for v in scope if v in P]).copy()).ranked(top=10)
    for measure in ("pagerank", "betweenness", "weighted_degree", "eigenvector"):
        assert Counter(r[measure] for r in top).most_common(1)[0][1] <= 3, measure
    # the flat projection (every shared node weighs alike) ranks EU states first
    flat = country_projection(G, as_of=DAY, weighting="flat")
    eu = bloc_membership(G, "eu", as_of=DAY).certain
    pagerank = nx.pagerank(flat, weight="weight")
    flat_top = sorted(pagerank, key=lambda v: (-pagerank[v], v))[:4]
    assert all(v in eu for v in flat_top)
    assert {r["node"] for r in top[:2]} == {"CHN", "RUS"}  # Russia first since its EAEU, G20,
    # Arctic Council and NDB memberships came in (session 61)
