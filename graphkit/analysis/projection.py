"""The country-level projection: countries linked by what they share.

Two countries are linked when both have an edge to the same non-country node (an
organisation, agreement or programme). A country's tie to a node is the largest schema
weight (``Relation.weight``) among its valid edges to it; a shared node adds
``w1 * w2`` to the pair's weight (``combine="product"``, the default: a weak tie on either
side weakens the link) or ``min(w1, w2)`` (``combine="min"``). Contributions are summed
over shared nodes. Zero-weight relations (WITHDREW_FROM, PART_OF, AGENCY_OF) add nothing;
an agency's edges count for its country. Each edge also has ``distance = 1 / weight``
(for shortest paths: strong ties are short) and ``shared``, the sorted node ids.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations

import networkx as nx

from graphkit.analysis.blocs import country_claims, graph_day

__all__ = ["country_projection"]


def country_projection(G: nx.MultiDiGraph, *, as_of: dt.date | str | None = None,
                       combine: str = "product") -> nx.Graph:
    """Project ``G`` onto its countries, weighting links by the relations they share.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    as_of : date or ISO string, optional
        Use only claims certain that day (withdrawals applied; a claim dated ``2025``
        counts from 2025-12-31). Default ``None``, as everywhere in
        :mod:`graphkit.analysis` (:func:`~graphkit.analysis.blocs.graph_day`): the day
        ``G`` was read for, else all dates. The result's ``graph["as_of"]`` says which
        (``None``: all dates).
    combine : {"product", "min"}, default "product"
        How the two countries' tie weights to a shared node combine.

    Returns
    -------
    networkx.Graph
        Country nodes (with their attributes; every country with a tie, even an isolated
        one) and edges with ``weight``, ``distance`` and ``shared``.

    Raises
    ------
    ValueError
        For an unknown ``combine``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB"): G.add_node(n, kind="Country")
    >>> for n in ("x", "y"): G.add_node(n, kind="Organisation")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2000")
    >>> _ = G.add_edge("XAB", "x", relation="RATIFIED", since="2000")
    >>> _ = G.add_edge("XAA", "y", relation="MEMBER_OF", since="2000")
    >>> _ = G.add_edge("XAB", "y", relation="EXPRESSED_INTEREST_IN", since="2000")
    >>> P = country_projection(G)
    >>> round(P["XAA"]["XAB"]["weight"], 6), P["XAA"]["XAB"]["shared"]
    (1.5, ['x', 'y'])
    >>> round(country_projection(G, combine="min")["XAA"]["XAB"]["weight"], 6)
    1.3
    """
    from graphkit.schema import load_schema

    if combine not in ("product", "min"):
        raise ValueError(f"combine: expected 'product' or 'min', got {combine!r}")
    weights = {t: r.weight for t, r in load_schema().relations.items()}
    ties: dict[str, dict[str, float]] = {}  # node -> country -> tie weight
    countries: set[str] = set()
    for c in country_claims(G, as_of=as_of):
        w = weights.get(c.relation, 0.0)
        if w <= 0:
            continue
        countries.add(c.country)
        by_country = ties.setdefault(c.target, {})
        by_country[c.country] = max(by_country.get(c.country, 0.0), w)
    P = nx.Graph(as_of=graph_day(G, as_of), combine=combine)
    for n in sorted(countries):
        P.add_node(n, **G.nodes[n])
    pair_w: dict[tuple[str, str], float] = {}
    pair_shared: dict[tuple[str, str], list[str]] = {}
    for node in sorted(ties):
        members = sorted(ties[node].items())
        for (a, wa), (b, wb) in combinations(members, 2):
            add = wa * wb if combine == "product" else min(wa, wb)
            pair_w[(a, b)] = pair_w.get((a, b), 0.0) + add
            pair_shared.setdefault((a, b), []).append(node)
    for (a, b) in sorted(pair_w):
        w = pair_w[(a, b)]
        P.add_edge(a, b, weight=w, distance=1.0 / w, shared=pair_shared[(a, b)])
    return P
