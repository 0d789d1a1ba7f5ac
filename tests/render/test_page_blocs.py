"""The page's bloc colouring is graphkit.analysis.blocs' membership, on every day.

The page gets the membership precomputed (graphkit.render.styles.page_blocs); these tests
read it back from the page's data as the page script does, and compare it with
:func:`graphkit.analysis.declared_blocs` on the repo's data/. test_page_in_chromium.py
asks the page itself.
"""

from __future__ import annotations

import json
import re

import pytest

from graphkit.analysis import declared_blocs
from graphkit.io import filter_as_of, read_graph
from graphkit.render import graph_html
from graphkit.render.styles import NONE, SEVERAL, default_bloc_anchors
from graphkit.schema import load_schema
from tests.conftest import DATA
from tests.membership import days_membership_can_change

from .graphs import dated_graph


@pytest.fixture(scope="module")
def G():
    return read_graph(DATA)


def anchors_of(G, k: int = 9) -> list[str]:
    """The ``k`` blocs of data/ with most members ever, of kinds that can anchor a bloc."""
    kinds = set(load_schema().bloc_anchor_kinds)
    blocs = declared_blocs(G)
    return sorted((b for b in blocs if G.nodes[b]["kind"] in kinds),
                  key=lambda b: (-len(blocs[b]), b))[:k]


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="gk-data">(.*?)</script>', page, re.DOTALL)
    return json.loads(m.group(1))


def page_members(data: dict, day: str) -> dict[str, set]:
    """Each anchor's bloc on ``day`` ("" for no day) as the page script reads data.blocs."""
    blocs = data["blocs"]
    out = {}
    for i, anchor in enumerate(blocs["anchors"]):
        if day:
            ids = {v for v, spans in blocs["spans"][i]
                   if any(a <= day and (not b or day < b) for a, b in spans)}
        else:
            ids = set(blocs["undated"][i])
        out[anchor] = ids | {anchor}
    return out


def python_members(G, anchors, day: str | None) -> dict[str, set]:
    return {a: set(m) | {a} for a, m in declared_blocs(G, anchors, as_of=day).items()}


def labels(G, members: dict[str, set]) -> dict[str, str]:
    """The legend row each node of ``G`` belongs to, given each anchor's bloc."""
    names = {a: G.nodes[a]["name"] for a in members}
    out = {}
    for v in G:
        mine = [a for a, m in members.items() if v in m]
        out[v] = NONE if not mine else SEVERAL if len(mine) > 1 else names[mine[0]]
    return out


def test_page_bloc_data_is_declared_blocs_on_every_day_membership_can_change(G):
    anchors = anchors_of(G)
    assert len(anchors) == 9 and {"ilrs", "artemis-accords", "nato", "eu"} <= set(anchors)
    data = page_data(graph_html(G, color_by="bloc", blocs=anchors))
    days = days_membership_can_change(G)
    assert len(days) > 200
    for day in days:
        assert page_members(data, day) == python_members(G, anchors, day), day
    assert page_members(data, "") == python_members(G, anchors, "all")  # no day: all dates


def test_page_colours_each_node_as_declared_blocs_say_on_its_day(G):
    anchors = anchors_of(G)
    eu = {}
    for H, day in ((G, None), (filter_as_of(G, "2020-01-30"), "2020-01-30"),
                   (filter_as_of(G, "2020-01-31"), "2020-01-31")):
        data = page_data(graph_html(H, color_by="bloc", blocs=anchors))
        shown = {n["id"]: n["gk"]["bloc"] for n in data["nodes"]}
        assert shown == labels(H, python_members(H, anchors, day)), day
        rows = {r["label"]: r["count"] for r in data["legend"]["nodes"]}
        assert sum(rows.values()) == H.number_of_nodes()
        eu[day] = page_members(data, day or "")["eu"]
    # the United Kingdom left the EU on 31 January 2020
    assert "GBR" in eu["2020-01-30"] and "GBR" not in eu["2020-01-31"]


def test_page_colours_a_country_whose_agency_signed_and_not_one_that_withdrew():
    G = dated_graph()
    G.add_node("ag", kind="Agency", name="Cland Space", aliases=[])
    G.add_edge("ag", "XAC", relation="AGENCY_OF", since="2000")
    G.add_edge("ag", "pact", relation="SIGNED", since="2022")
    G.add_edge("XAB", "club", relation="WITHDREW_FROM", since="2024-02-10")
    data = page_data(graph_html(G, color_by="bloc", blocs=["club", "pact"]))
    shown = {n["id"]: n["gk"]["bloc"] for n in data["nodes"]}
    assert shown == {"XAA": SEVERAL, "XAB": NONE, "XAC": SEVERAL, "ag": NONE,
                     "club": "The Club", "pact": "Moon Pact"}
    assert page_members(data, "2024-02-09")["club"] == {"club", "XAB", "XAC"}
    assert page_members(data, "2024-02-10")["club"] == {"club", "XAC"}


def test_default_bloc_anchors_count_members_by_the_membership_rule_and_skip_pairs():
    G = dated_graph()
    schema = load_schema()
    G.add_node("XAD", kind="Country", name="Dland", aliases=[])
    assert default_bloc_anchors(G, schema) == []  # club is an Organisation; pact has 1 member
    G.add_node("moon", kind="Programme", name="Moon", aliases=[])
    for c in ("XAA", "XAB", "XAC"):
        G.add_edge(c, "moon", relation="MEMBER_OF", since="2020")
    assert default_bloc_anchors(G, schema) == ["moon"]
    G.add_edge("XAB", "moon", relation="WITHDREW_FROM", since="2021")
    assert default_bloc_anchors(G, schema) == []  # two members left: a pair, not a bloc
    for c in ("XAB", "XAC", "XAD"):
        G.add_edge(c, "pact", relation="SIGNED", since="2023")
    G.add_edge("XAD", "moon", relation="MEMBER_OF", since="2022")
    assert default_bloc_anchors(G, schema) == ["pact", "moon"]  # 4 members, then 3


def test_page_data_names_the_country_kind_for_the_page_script():
    data = page_data(graph_html(dated_graph()))
    assert data["countryKind"] == load_schema().country_kind
    assert data["blocs"] is None
