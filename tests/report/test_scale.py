"""The bloc report on a large projection: fewer stability runs and sampled broker sources,
and the report says so (method notes, brokers section, key findings)."""

from __future__ import annotations

import networkx as nx
import pytest

from graphkit import analysis as A
from graphkit.report import bloc_report, to_html, to_markdown
from graphkit.report import scale as S
from graphkit.report.scale import sample_sources


def _graph() -> nx.MultiDiGraph:
    """Two blocs of eight members (two in both), linked through shared programmes."""
    G = nx.MultiDiGraph()
    src = {"source_url": "https://example.org/s", "publisher": "Example",
           "evidence": "Quoted."}
    west = [f"XA{c}" for c in "ABCDEFGH"]
    east = [f"XB{c}" for c in "ABCDEF"] + ["XAG", "XAH"]
    for c in sorted(set(west + east)):
        G.add_node(c, kind="Country", name=f"Country {c}", aliases=[])
    for bloc, members in (("west", west), ("east", east)):
        G.add_node(bloc, kind="Organisation", name=bloc.title(), aliases=[])
        for c in members:
            G.add_edge(c, bloc, relation="MEMBER_OF", since="2001", **src)
    for i, (a, b) in enumerate(zip(west + east, east + west)):
        G.add_node(f"p{i}", kind="Programme", name=f"P{i}", aliases=[])
        G.add_edge(a, f"p{i}", relation="COOPERATES_ON", since="2005", **src)
        G.add_edge(b, f"p{i}", relation="COOPERATES_ON", since="2005", **src)
    return G


@pytest.fixture
def large(monkeypatch):
    """Any projection counts as large, and brokers sample three sources."""
    monkeypatch.setattr(S, "LARGE_LINKS", 1)
    monkeypatch.setattr(S, "LARGE_SOURCES", 3)


def test_report_on_a_small_projection_runs_the_full_method_and_says_nothing_of_scale():
    r = bloc_report(_graph(), ["west", "east"], as_of="2010-01-01", seed=0)
    assert "scale" not in r.method
    assert r.communities["seeds"] == list(range(20))
    assert r.communities["resolutions"] == [0.5, 1.0, 2.0]
    assert [b["sampled"] for b in r.brokers] == [None]
    assert r.moving["skipped"] == "" and r.moving["years"]


def test_report_on_a_large_projection_states_its_runs_and_sampled_sources(large):
    G = _graph()
    r = bloc_report(G, ["west", "east"], as_of="2010-01-01", seed=4)
    links = r.method["projection_size"]["links"]
    note = r.method["scale"]
    assert f"the projection has {links:,} links" in note
    assert "3 Louvain runs (seeds 4..6 at resolution 1)" in note
    assert "not 20 seeds x 3 resolutions" in note
    assert "3 members of the first bloc sampled as sources" in note
    assert r.communities["seeds"] == [4, 5, 6] and r.communities["resolutions"] == [1.0]
    assert "stability over seeds 4..6 x resolutions 1.0" in r.method["communities"]
    [pair] = r.brokers
    assert pair["sampled"] == {"sources": 3, "members": 8, "seed": 4}
    assert r.moving["skipped"].startswith(f"left out on a projection of {links:,} links")
    assert r.moving["moves"] == [] and r.moving["years"] == []
    html, md = to_html(r), to_markdown(r)
    for text in (html, md):
        assert "scale: the projection has" in text
        assert "Estimated: paths from 3 of the 8 members of West, sampled with seed 4" in text
        assert "This section is left out on a projection of" in text
    assert pair["brokers"]
    assert any("estimated from sampled sources" in f for f in r.findings)


def test_sampled_broker_scores_are_the_sample_sum_scaled_by_members_over_sources(large):
    G = _graph()
    r = bloc_report(G, ["west", "east"], as_of="2010-01-01", seed=4)
    P = A.country_projection(G, as_of="2010-01-01")
    west = A.bloc_members(G, "west", as_of="2010-01-01")
    east = A.bloc_members(G, "east", as_of="2010-01-01")
    chosen = sample_sources(list(west), 3, seed=4)
    assert chosen == sorted(chosen) and len(chosen) == 3 and set(chosen) <= set(west)
    expected = {v: round(s * 8 / 3, 6) for v, s in A.brokers(P, chosen, east, top=None)}
    got = {x["country"]: x["score"] for x in r.brokers[0]["brokers"]}
    assert got == {v: expected[v] for v in got}
    assert len(got) == min(15, len(expected))


def test_sample_sources_is_the_same_for_the_same_seed_and_all_when_k_covers_them():
    members = [f"XA{c}" for c in "ABCDEFGH"]
    assert sample_sources(members, 3, seed=1) == sample_sources(reversed(members), 3, seed=1)
    assert sample_sources(members, 8, seed=1) == members
    assert sample_sources(members, None, seed=1) == members
