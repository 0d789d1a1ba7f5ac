"""Shared by the export tests and the bulk import test: a small graph with awkward values."""

from __future__ import annotations

import networkx as nx


def awkward_graph() -> nx.MultiDiGraph:
    """Quotes, commas, newlines, backslashes, an injection attempt, empty and absent values."""
    G = nx.MultiDiGraph()
    G.add_node("XAA", kind="Country", name='Say "hi", then go', aliases=["A|a", 'q"uote', "x;y", "a, b"],
               description="")
    G.add_node("club", kind="Organisation", name="Line 1\nLine 2 \\ back", aliases=[])
    G.add_node("moon", kind="Programme", name="Mün ☾ 𝔐", aliases=["M"], url="https://e.org/?a=1,2",
               description="x'}) DETACH DELETE n //", since="2019-07")
    G.add_edge("XAA", "club", key="MEMBER_OF|2000", relation="MEMBER_OF", since="2000", note="",
               evidence='He said "yes",\nthen left.\ttab \\u0027')
    G.add_edge("XAA", "club", key="MEMBER_OF|2001", relation="MEMBER_OF", since="2001", until="2002-03")
    G.add_edge("club", "moon", key="LEADS|2003-01-15", relation="LEADS", since="2003-01-15")
    return G
