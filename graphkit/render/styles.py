"""Which bloc colours each drawn node, on the page's day and on any other; node sizes.

Membership is :mod:`graphkit.analysis.blocs`'s, never restated here: the page gets it
precomputed (see :func:`page_blocs`). Colours come from schema.yaml (``palette``).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping

import networkx as nx

from graphkit.analysis.blocs import (
    check_bloc_anchor,
    declared_blocs,
    declared_memberships,
    membership_periods,
)
from graphkit.errors import GraphkitError
from graphkit.io.dates import ALL_DATES
from graphkit.schema import Schema

__all__ = [
    "NONE",
    "SEVERAL",
    "bloc_anchors",
    "bloc_member_counts",
    "bloc_of",
    "default_bloc_anchors",
    "node_sizes",
    "page_blocs",
]

#: Bloc name given to a node in more than one bloc, and to one in none.
SEVERAL, NONE = "several blocs", "no bloc"

#: A default bloc has more members than a bilateral agreement: two parties are a pair.
MIN_DEFAULT_MEMBERS = 3


def bloc_anchors(G: nx.MultiDiGraph, anchors: Iterable[Hashable], schema: Schema,
                 ) -> list[Hashable]:
    """Check bloc anchors: nodes of ``G``, of a kind that can anchor a bloc, one per colour.

    The kinds are ``roles.bloc_anchor_kinds`` (see
    :func:`graphkit.analysis.blocs.check_bloc_anchor`) and the colours ``palette.blocs``
    in schema.yaml.

    Returns
    -------
    list
        The anchors, repeats dropped, in the order given.

    Raises
    ------
    GraphkitError
        When an anchor is not a node of ``G`` or not of such a kind, or there are more
        anchors than colours.

    Examples
    --------
    >>> from graphkit.schema import load_schema
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("pact", kind="Agreement"); G.add_node("XAA", kind="Country")
    >>> bloc_anchors(G, ["pact", "pact"], load_schema())
    ['pact']
    >>> bloc_anchors(G, ["XAA"], load_schema())
    Traceback (most recent call last):
    ...
    graphkit.errors.GraphkitError: 'XAA' is a country (XAA); expected an organisation, agreement or programme
    """
    anchors = list(dict.fromkeys(anchors))
    missing = [a for a in anchors if a not in G]
    if missing:
        raise GraphkitError(f"bloc anchor {missing[0]!r} is not a node of the graph drawn")
    for a in anchors:
        check_bloc_anchor(G, a)
    if len(anchors) > len(schema.bloc_colors):
        raise GraphkitError(f"at most {len(schema.bloc_colors)} blocs can be coloured, "
                            f"got {len(anchors)}")
    return anchors


def default_bloc_anchors(G: nx.MultiDiGraph, schema: Schema, *, k: int = 4) -> list[Hashable]:
    """The ``k`` largest blocs, most members first, ties by id.

    Only nodes of ``roles.default_bloc_anchor_kinds`` in schema.yaml (Programme and
    Agreement) with at least :data:`MIN_DEFAULT_MEMBERS` members count (a two-party
    memorandum is no bloc); members are counted by :func:`graphkit.analysis.declared_blocs`
    on the graph's day (``G.graph["as_of"]``, else today; ``"all"``: dates ignored).

    Examples
    --------
    >>> from graphkit.schema import load_schema
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC"): G.add_node(n, kind="Country")
    >>> G.add_node("p", kind="Programme"); G.add_node("q", kind="Agreement")
    >>> for c in ["XAA", "XAB", "XAC"]: _ = G.add_edge(c, "q", relation="SIGNED", since="2020")
    >>> for c in ["XAA", "XAB"]: _ = G.add_edge(c, "p", relation="MEMBER_OF", since="2020")
    >>> default_bloc_anchors(G, load_schema())
    ['q']
    """
    kinds = set(schema.default_bloc_anchor_kinds)
    blocs = declared_blocs(G, as_of=G.graph.get("as_of"))
    ranked = sorted((b for b, members in blocs.items() if G.nodes[b].get("kind") in kinds
                     and len(members) >= MIN_DEFAULT_MEMBERS),
                    key=lambda b: (-len(blocs[b]), str(b)))
    return ranked[:k]


def page_blocs(G: nx.MultiDiGraph, anchors: list[Hashable],
               ) -> tuple[dict[Hashable, frozenset[Hashable]], dict]:
    """Each anchor's bloc on the graph's day, and what the page needs for any other day.

    An anchor is in its own bloc; its members are :func:`graphkit.analysis.declared_blocs`
    on ``G.graph["as_of"]`` (else today; ``"all"``: dates ignored). The page gets, per anchor, the
    members with dates ignored (``undated``, for no day) and the stretches of
    :func:`graphkit.analysis.membership_periods` (for a day): the certain ones as
    ``spans``, the possible ones as ``possible``. So it applies no rule of its own.

    Returns
    -------
    (dict, dict)
        Anchor -> its bloc (the anchor included), in the order given; and
        ``{"anchors": [...], "undated": [[id, ...], ...], "spans": [[[id, [[first, end],
        ...]], ...], ...], "possible": (as spans)}``, lists in anchor order, ids sorted.

    Examples
    --------
    >>> G = nx.MultiDiGraph(as_of="2021-01-01")
    >>> G.add_node("XAA", kind="Country"); G.add_node("pact", kind="Agreement")
    >>> _ = G.add_edge("XAA", "pact", relation="SIGNED", since="2020-03", until="2022-01-01")
    >>> now, data = page_blocs(G, ["pact"])
    >>> sorted(now["pact"]), data["spans"], data["possible"]
    (['XAA', 'pact'], [[['XAA', [['2020-03-31', '2022-01-01']]]]], [[['XAA', [['2020-03-01', '2020-03-31']]]]])
    """
    now = declared_blocs(G, anchors, as_of=G.graph.get("as_of"))
    undated = declared_blocs(G, anchors, as_of=ALL_DATES)
    periods = membership_periods(G, anchors)

    def stretches(a: Hashable, holds: str) -> list:
        rows = ((v, [[first, end] for first, end, h in periods[a][v] if h == holds])
                for v in sorted(periods[a], key=str))
        return [[v, spans] for v, spans in rows if spans]

    data = {"anchors": list(anchors),
            "undated": [sorted(undated[a], key=str) for a in anchors],
            "spans": [stretches(a, "certain") for a in anchors],
            "possible": [stretches(a, "possible") for a in anchors]}
    return {a: frozenset({a, *now[a]}) for a in anchors}, data


def bloc_member_counts(G: nx.MultiDiGraph, anchors: list[Hashable]) -> list[str]:
    """Each anchor's member count on the graph's day as :attr:`Membership.count` says it:
    ``"55"`` or ``"55 (+3 possible)"`` (the page's legend shows the same for any day).

    Examples
    --------
    >>> G = nx.MultiDiGraph(as_of="2025-06-30")
    >>> G.add_node("XAA", kind="Country"); G.add_node("pact", kind="Agreement")
    >>> _ = G.add_edge("XAA", "pact", relation="SIGNED", since="2025")
    >>> bloc_member_counts(G, ["pact"])
    ['0 (+1 possible)']
    """
    found = declared_memberships(G, anchors, as_of=G.graph.get("as_of"))
    return [found[a].count for a in anchors]


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
