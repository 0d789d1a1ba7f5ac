"""Small graphs for the render tests, with hostile strings where data can carry them."""

from __future__ import annotations

import networkx as nx

SCRIPT_NAME = "</script><script>window.__pwned=1</script>"
IMG_NAME = '<img src=x onerror="window.__pwned=1">'


def hostile_graph() -> nx.MultiDiGraph:
    """Four nodes and three edges whose names, aliases, evidence and URLs try to run script;
    for every date (a page of it opens on no day)."""
    G = nx.MultiDiGraph(as_of="all")
    G.add_node("XAA", kind="Country", name=SCRIPT_NAME, aliases=[IMG_NAME])
    G.add_node("XAB", kind="Country", name=IMG_NAME, aliases=["\u2028</script>"],
               description="<b>bold</b> & href")
    G.add_node("pact", kind="Agreement", name="Pact", aliases=[],
               url="javascript:window.__pwned=1")
    G.add_node("club", kind="Organisation", name="Club \u2029 & <i>co</i>", aliases=[])
    G.add_edge("XAA", "pact", key="SIGNED|2020", relation="SIGNED", since="2020",
               source_url="javascript:window.__pwned=1", publisher=IMG_NAME,
               evidence=SCRIPT_NAME + ' <a href="https://evil.example">x</a>')
    G.add_edge("XAB", "pact", key="SIGNED|2021-03", relation="SIGNED", since="2021-03",
               source_url="https://example.org/a?x=1&y=<2>", publisher="Example",
               evidence="It says href=\"x\" here.")
    G.add_edge("XAB", "club", key="MEMBER_OF|2019", relation="MEMBER_OF", since="2019",
               until="2022-06-30", source_url="https://example.org/b", publisher="Example",
               evidence="Joined.")
    return G


def dated_graph() -> nx.MultiDiGraph:
    """Three countries, a club and a pact; memberships with known start and end dates; for
    every date (a page of it opens on no day, and shows memberships that have ended)."""
    G = nx.MultiDiGraph(as_of="all")
    for iso, name in [("XAA", "Aland"), ("XAB", "Bland"), ("XAC", "Cland")]:
        G.add_node(iso, kind="Country", name=name, aliases=[])
    G.add_node("club", kind="Organisation", name="The Club", aliases=["TC"])
    G.add_node("pact", kind="Agreement", name="Moon Pact", aliases=[])
    edges = [("XAA", "club", "MEMBER_OF", "1990", "2020-01-31"),
             ("XAB", "club", "MEMBER_OF", "2005-06", None),
             ("XAC", "club", "MEMBER_OF", "2021-01-01", None),
             ("XAA", "pact", "SIGNED", "2019-05-02", None),
             ("XAB", "pact", "EXPRESSED_INTEREST_IN", "2023", None)]
    for u, v, rel, since, until in edges:
        attrs = {"relation": rel, "since": since, "source_url": "https://example.org/s",
                 "publisher": "Example", "evidence": "The source says so.",
                 "retrieved": "2026-11-24"}
        if until:
            attrs["until"] = until
        G.add_edge(u, v, key=f"{rel}|{since}", **attrs)
    return G
