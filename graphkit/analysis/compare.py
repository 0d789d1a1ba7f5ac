"""Comparisons between declared blocs: overlap, countries courted by both, brokers,
regional composition and the similarity of countries' alliance portfolios."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import combinations

import networkx as nx

from graphkit.analysis.blocs import (
    bloc_relations,
    claim_standing,
    country_claims,
    declared_blocs,
    declared_memberships,
)
from graphkit.backend.choose import choose_backend, quiet_cache
from graphkit.schema import load_schema

__all__ = [
    "brokers",
    "compared_scope",
    "courted",
    "jaccard",
    "overlap",
    "portfolio_similarity",
    "portfolios",
    "regional_composition",
]

def jaccard(a: Iterable, b: Iterable) -> float:
    """``|a & b| / |a | b|`` (0.0 when both are empty).

    Examples
    --------
    >>> jaccard({"XAA", "XAB"}, {"XAB", "XAC"})
    0.3333333333333333
    """
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 0.0


def overlap(blocs: Mapping[str, Iterable[str]]) -> list[dict]:
    """For each pair of blocs: sizes, countries in both, and the Jaccard index.

    Examples
    --------
    >>> overlap({"x": {"XAA", "XAB"}, "y": {"XAB", "XAC", "XAD"}})
    [{'a': 'x', 'b': 'y', 'size_a': 2, 'size_b': 3, 'in_both': ['XAB'], 'jaccard': 0.25}]
    """
    rows = []
    for a, b in combinations(list(blocs), 2):
        sa, sb = set(blocs[a]), set(blocs[b])
        rows.append({"a": a, "b": b, "size_a": len(sa), "size_b": len(sb),
                     "in_both": sorted(sa & sb), "jaccard": jaccard(sa, sb)})
    return rows


def courted(G: nx.MultiDiGraph, blocs: Iterable[str], *,
            as_of: dt.date | str | None = None) -> list[dict]:
    """Countries a member of one bloc that showed interest in (or partner with) another.

    Interest is an edge of a courting relation (``roles.courting_relations`` in schema.yaml:
    EXPRESSED_INTEREST_IN, PARTNER_OF) certain on ``as_of`` from a country (or its agency)
    that is not already a certain member of that bloc. ``as_of=None``: the day ``G`` was
    read for, else today; ``"all"``: all dates (:func:`~graphkit.analysis.blocs.graph_day`).

    Returns
    -------
    list of dict
        ``country``, ``member_of`` (sorted bloc ids), ``interested_in`` (sorted bloc ids),
        ``claims`` (the interest :class:`~graphkit.analysis.blocs.Claim` objects); sorted.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country")
    >>> for n in ("x", "y"): G.add_node(n, kind="Programme")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2020")
    >>> _ = G.add_edge("XAA", "y", relation="EXPRESSED_INTEREST_IN", since="2021")
    >>> [(r["country"], r["member_of"], r["interested_in"]) for r in courted(G, ["x", "y"])]
    [('XAA', ['x'], ['y'])]
    """
    blocs = list(blocs)
    courting = set(load_schema().courting_relations)
    members = declared_blocs(G, blocs, as_of=as_of)
    interest: dict[str, list] = {}
    for c in country_claims(G, as_of=as_of):
        if c.relation in courting and c.target in members \
                and c.country not in members[c.target]:
            interest.setdefault(c.country, []).append(c)
    rows = []
    for country in sorted(interest):
        member_of = sorted(b for b in blocs if country in members[b])
        wanted = sorted({c.target for c in interest[country]})
        if member_of and wanted:
            rows.append({"country": country, "member_of": member_of, "interested_in": wanted,
                         "claims": sorted(interest[country])})
    return rows


def compared_scope(G: nx.MultiDiGraph, blocs: Iterable[str], *,
                   as_of: dt.date | str | None = None) -> list[str]:
    """The countries a comparison of ``blocs`` is about: their members, certain or possible,
    and every country with a claim about one of them (interest, partnership, cooperation,
    a withdrawal not yet in force...) that holds on ``as_of``, certainly or possibly.

    Centrality in a bloc report is ranked among these countries (on the projection cut to
    them), so that the countries of organisations the comparison is not about do not fill
    the table.

    Returns
    -------
    list of str
        Sorted country ids.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC"): G.add_node(n, kind="Country")
    >>> for n in ("x", "y"): G.add_node(n, kind="Programme")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2020")
    >>> _ = G.add_edge("XAB", "x", relation="EXPRESSED_INTEREST_IN", since="2021")
    >>> _ = G.add_edge("XAC", "y", relation="SIGNED", since="2020")
    >>> compared_scope(G, ["x"])
    ['XAA', 'XAB']
    """
    blocs = list(blocs)
    found: set[str] = set()
    for m in declared_memberships(G, blocs, as_of=as_of).values():
        found |= set(m.certain) | set(m.possible)
    targets = set(blocs)
    found |= {c.country for c, _ in claim_standing(G, as_of=as_of) if c.target in targets}
    return sorted(found)


def brokers(P: nx.Graph, a: Iterable[str], b: Iterable[str], *,
            distance: str = "distance", top: int | None = 10) -> list[tuple[str, float]]:
    """Countries on the shortest paths between two blocs' members (subset betweenness).

    The score of ``v`` sums, over members ``s`` of ``a`` and ``t`` of ``b``, the share of
    shortest ``s``-``t`` paths through ``v``, as ``nx.betweenness_centrality_subset``
    computes it unnormalised (which halves it on undirected graphs); only nodes with a
    score above 0, highest first, ties by id. Path lengths use ``distance`` when present.

    Examples
    --------
    >>> P = nx.path_graph(["XAA", "XAB", "XAC"])
    >>> brokers(P, ["XAA"], ["XAC"])
    [('XAB', 0.5)]
    """
    a = [v for v in a if v in P]
    b = [v for v in b if v in P]
    weight = distance if any(distance in d for _, _, d in P.edges(data=True)) else None
    with quiet_cache():  # graphkit's NetworkX backend above its size threshold
        scores = nx.betweenness_centrality_subset(P, sources=a, targets=b, normalized=False,
                                                  weight=weight, backend=choose_backend(P))
    ranked = sorted(((v, s) for v, s in scores.items() if s > 1e-12), key=lambda x: (-x[1], x[0]))
    return ranked[:top] if top is not None else ranked


def regional_composition(G: nx.Graph, members: Iterable[str], *,
                         attribute: str = "un_region") -> dict[str, int]:
    """Count members by a node attribute (``un_region`` or ``continent``), "unknown" if unset.

    Examples
    --------
    >>> G = nx.Graph(); G.add_node("XAA", un_region="Europe"); G.add_node("XAB")
    >>> regional_composition(G, ["XAA", "XAB"])
    {'Europe': 1, 'unknown': 1}
    """
    counts = Counter(G.nodes[v].get(attribute) or "unknown" if v in G else "unknown"
                     for v in members)
    return dict(sorted(counts.items()))


def portfolios(G: nx.MultiDiGraph, *, as_of: dt.date | str | None = None) -> dict[str, frozenset[str]]:
    """Each country's alliance portfolio: the set of blocs it certainly belongs to on
    ``as_of`` (``None``: the day ``G`` was read for, else today; ``"all"``: all dates).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country"); G.add_node("x", kind="Organisation")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2000")
    >>> portfolios(G)
    {'XAA': frozenset({'x'})}
    """
    rels = bloc_relations()
    out: dict[str, set[str]] = {}
    for c in country_claims(G, as_of=as_of):
        if c.relation in rels:
            out.setdefault(c.country, set()).add(c.target)
    return {k: frozenset(v) for k, v in sorted(out.items())}


def portfolio_similarity(portfolio: Mapping[str, Iterable[str]], a: Iterable[str],
                         b: Iterable[str] | None = None) -> float:
    """Mean Jaccard similarity of portfolios over pairs of distinct countries.

    Within one group when ``b`` is None (pairs from ``a``), else across ``a`` x ``b``.
    Returns 0.0 when there is no pair.

    Examples
    --------
    >>> pf = {"XAA": {"x", "y"}, "XAB": {"x"}, "XAC": {"z"}}
    >>> portfolio_similarity(pf, ["XAA", "XAB"]), portfolio_similarity(pf, ["XAA"], ["XAC"])
    (0.5, 0.0)
    """
    a = sorted(set(a))
    if b is None:
        pairs = list(combinations(a, 2))
    else:
        pairs = [(x, y) for x in a for y in sorted(set(b)) if x != y]
    if not pairs:
        return 0.0
    return sum(jaccard(portfolio.get(x, ()), portfolio.get(y, ())) for x, y in pairs) / len(pairs)
