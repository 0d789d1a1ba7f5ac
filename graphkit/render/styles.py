"""Colours, shapes and sizes of drawn nodes and edges, from the schema; bloc membership."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping

import networkx as nx

from graphkit.errors import GraphkitError
from graphkit.schema import Schema

__all__ = [
    "BLOC_PALETTE",
    "NONE",
    "OTHER_COLOR",
    "SEVERAL",
    "bloc_of",
    "declared_blocs",
    "default_bloc_anchors",
    "node_sizes",
]

#: Colours of the first blocs (Tableau 10 without the grey); more blocs are refused.
BLOC_PALETTE = ("#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2", "#EDC948",
                "#FF9DA7", "#9C755F")
#: Colour of nodes with no kind or relation known to the schema, and of countries in no bloc.
OTHER_COLOR = "#9E9E9E"
#: Bloc name given to a node in more than one bloc, and to one in none.
SEVERAL, NONE = "several blocs", "no bloc"
SEVERAL_COLOR = "#2B2B2B"


def declared_blocs(G: nx.MultiDiGraph, anchors: Iterable[Hashable], schema: Schema,
                   ) -> dict[Hashable, frozenset[Hashable]]:
    """Members of each anchor's bloc: the anchor, and every node with a bloc relation to it.

    A bloc relation is one with ``bloc: true`` in schema.yaml (MEMBER_OF, SIGNED,
    RATIFIED, LEADS).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Edges carry ``relation``.
    anchors : iterable of node ids
        One bloc per anchor, e.g. ``["ilrs", "artemis-accords"]``.
    schema : Schema

    Returns
    -------
    dict
        Anchor -> its members (the anchor included), in the order given.

    Raises
    ------
    GraphkitError
        When an anchor is not a node of ``G``, or there are more anchors than colours.

    Examples
    --------
    >>> from graphkit.schema import load_schema
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("XAA", "pact", relation="SIGNED")
    >>> _ = G.add_edge("XAB", "pact", relation="EXPRESSED_INTEREST_IN")
    >>> {a: sorted(m) for a, m in declared_blocs(G, ["pact"], load_schema()).items()}
    {'pact': ['XAA', 'pact']}
    """
    anchors = list(dict.fromkeys(anchors))
    missing = [a for a in anchors if a not in G]
    if missing:
        raise GraphkitError(f"bloc anchor {missing[0]!r} is not a node of the graph drawn")
    if len(anchors) > len(BLOC_PALETTE):
        raise GraphkitError(f"at most {len(BLOC_PALETTE)} blocs can be coloured, got {len(anchors)}")
    bloc_relations = set(schema.bloc_relations)
    return {a: frozenset([a, *(u for u, _, r in G.in_edges(a, data="relation")
                               if r in bloc_relations)])
            for a in anchors}


def default_bloc_anchors(G: nx.MultiDiGraph, schema: Schema, *, k: int = 4) -> list[Hashable]:
    """The ``k`` Programme and Agreement nodes with most bloc members, most first, ties by id.

    Examples
    --------
    >>> from graphkit.schema import load_schema
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", kind="Programme"); G.add_node("q", kind="Agreement")
    >>> for c in ["XAA", "XAB"]: _ = G.add_edge(c, "q", relation="SIGNED")
    >>> _ = G.add_edge("XAA", "p", relation="MEMBER_OF")
    >>> default_bloc_anchors(G, load_schema())
    ['q', 'p']
    """
    bloc_relations = set(schema.bloc_relations)
    counts = Counter(v for _, v, r in G.edges(data="relation") if r in bloc_relations
                     and G.nodes[v].get("kind") in ("Programme", "Agreement"))
    return [v for v, _ in sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))][:k]


def bloc_of(blocs: Mapping[Hashable, frozenset[Hashable]]) -> dict[Hashable, int]:
    """Node -> index of its only bloc in ``blocs``, or -1 when it is in several.

    Examples
    --------
    >>> bloc_of({"a": frozenset({"a", "x"}), "b": frozenset({"b", "x", "y"})})
    {'a': 0, 'x': -1, 'b': 1, 'y': 1}
    """
    result: dict[Hashable, int] = {}
    for i, members in enumerate(blocs.values()):
        for v in sorted(members, key=str):
            result[v] = -1 if v in result and result[v] != i else i
    return result


def node_sizes(G: nx.Graph, *, smallest: float, largest: float) -> dict[Hashable, float]:
    """Size of each node by degree centrality: ``smallest + (largest - smallest) * sqrt(d / max d)``.

    Examples
    --------
    >>> node_sizes(nx.star_graph(4), smallest=10, largest=30)
    {0: 30.0, 1: 20.0, 2: 20.0, 3: 20.0, 4: 20.0}
    """
    degree = dict(G.degree())
    top = max(degree.values(), default=0) or 1
    return {v: round(smallest + (largest - smallest) * math.sqrt(d / top), 1)
            for v, d in degree.items()}
