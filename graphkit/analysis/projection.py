"""The country-level projection: countries linked by what they share.

Two countries are linked when both have an edge to the same non-country node (an
organisation, agreement or programme). A country's tie to a node is the largest schema
weight (``Relation.weight`` in schema.yaml) among its certain edges to it; a shared node
adds ``w1 * w2`` to the pair's weight (``combine="product"``, the default: a weak tie on
either side weakens the link) or ``min(w1, w2)`` (``combine="min"``), divided by ``n - 1``
where ``n`` is the number of countries tied to that node (``weighting="newman"``, the
default: Newman's collaboration weighting, so that a 2-member agreement says more about a
pair than a 77-member UN committee; each country's links through one node then add up to
at most its tie) or not divided (``weighting="flat"``). Contributions are summed over
shared nodes. Zero-weight relations (WITHDREW_FROM, PART_OF, AGENCY_OF) add nothing; an
agency's edges count for its country. Each edge also has ``distance = 1 / weight`` (for
shortest paths: strong ties are short), ``shared`` (the sorted node ids) and ``by_node``
(each shared node's contribution). docs/METHODS.md compares the weightings on ``data/``.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations

import networkx as nx

from graphkit.analysis.blocs import country_claims, graph_day

__all__ = ["WEIGHTINGS", "country_projection"]


WEIGHTINGS = ("newman", "flat")


def country_projection(G: nx.MultiDiGraph, *, as_of: dt.date | str | None = None,
                       combine: str = "product", weighting: str = "newman") -> nx.Graph:
    """Project ``G`` onto its countries, weighting links by the relations they share.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    as_of : date or ISO string, optional
        Use only claims certain that day (withdrawals applied; a claim dated ``2025``
        counts from 2025-12-31). Default ``None``, as everywhere in
        :mod:`graphkit.analysis` (:func:`~graphkit.analysis.blocs.graph_day`): the day
        ``G`` was read for, else today; ``"all"``: all dates. The result's ``graph["as_of"]`` says which
        (``None``: all dates).
    combine : {"product", "min"}, default "product"
        How the two countries' tie weights to a shared node combine.
    weighting : {"newman", "flat"}, default "newman"
        ``"newman"`` divides a shared node's contribution by ``n - 1`` (``n``: countries
        tied to it that day); ``"flat"`` counts every shared node alike.

    Returns
    -------
    networkx.Graph
        Country nodes (with their attributes; every country with a tie, even an isolated
        one) and edges with ``weight``, ``distance``, ``shared`` and ``by_node``;
        ``graph`` holds ``as_of``, ``combine`` and ``weighting``.

    Raises
    ------
    ValueError
        For an unknown ``combine`` or ``weighting``.

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

    A third member of ``x`` halves what ``x`` adds to each of its pairs (Newman):

    >>> G.add_node("XAC", kind="Country")
    >>> _ = G.add_edge("XAC", "x", relation="MEMBER_OF", since="2000")
    >>> P = country_projection(G)
    >>> round(P["XAA"]["XAB"]["weight"], 6), P["XAA"]["XAB"]["by_node"]
    (0.9, {'x': 0.6, 'y': 0.3})
    >>> round(country_projection(G, weighting="flat")["XAA"]["XAB"]["weight"], 6)
    1.5

    References
    ----------
    .. [1] Newman, M. E. J. "Scientific collaboration networks. II. Shortest paths, weighted
       networks, and centrality." Phys. Rev. E 64, 016132 (2001).
       https://doi.org/10.1103/PhysRevE.64.016132
    """
    from graphkit.schema import load_schema

    if combine not in ("product", "min"):
        raise ValueError(f"combine: expected 'product' or 'min', got {combine!r}")
    if weighting not in WEIGHTINGS:
        raise ValueError(f"weighting: expected 'newman' or 'flat', got {weighting!r}")
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
    P = nx.Graph(as_of=graph_day(G, as_of), combine=combine, weighting=weighting)
    P.add_nodes_from((n, G.nodes[n]) for n in sorted(countries))
    pair_w: dict[tuple[str, str], float] = {}
    pair_by: dict[tuple[str, str], dict[str, float]] = {}
    for node in sorted(ties):
        members = sorted(ties[node].items())
        share = 1.0 / (len(members) - 1) if weighting == "newman" and len(members) > 1 else 1.0
        for (a, wa), (b, wb) in combinations(members, 2):
            add = (wa * wb if combine == "product" else min(wa, wb)) * share
            pair_w[(a, b)] = pair_w.get((a, b), 0.0) + add
            pair_by.setdefault((a, b), {})[node] = round(add, 12)
    # one add_edges_from, not a million add_edge calls (each empties the graph's cache)
    P.add_edges_from((a, b, {"weight": w, "distance": 1.0 / w, "shared": sorted(pair_by[(a, b)]),
                             "by_node": pair_by[(a, b)]})
                     for (a, b), w in sorted(pair_w.items()))
    return P
