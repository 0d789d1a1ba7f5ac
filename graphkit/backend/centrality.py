"""Degree, weighted degree, PageRank, eigenvector and betweenness centrality on igraph,
with NetworkX's signatures, conventions and results (a dict keyed by node)."""

from __future__ import annotations

import math
from collections.abc import Mapping

import networkx as nx

from graphkit.backend.convert import IgraphGraph, to_igraph

__all__ = [
    "betweenness_centrality",
    "betweenness_centrality_subset",
    "degree_centrality",
    "eigenvector_centrality",
    "pagerank",
    "weighted_degree",
]


def degree_centrality(G: IgraphGraph) -> dict:
    """:func:`networkx.degree_centrality`: degree over ``n - 1`` (a self-loop counts 2)."""
    n = len(G.nodes)
    if n <= 1:
        return dict.fromkeys(G.nodes, 1)
    return G.by_node(map((1.0 / (n - 1)).__mul__, G.graph.degree()))


def weighted_degree(G: nx.Graph | IgraphGraph, weight: str | None = "weight") -> dict:
    """``dict(G.degree(weight=weight))`` from the cached igraph conversion.

    Sums of edge weights per node (1 for an edge without ``weight``; a self-loop counts
    twice; in plus out on a directed graph), as NetworkX's degree view gives them.

    Examples
    --------
    >>> G = nx.Graph([("XAA", "XAB", {"weight": 2.0}), ("XAB", "XAC", {})])
    >>> weighted_degree(G) == dict(G.degree(weight="weight"))
    True
    """
    H = to_igraph(G, {weight: 1} if weight is not None else None)
    if weight is None:
        return H.by_node(H.graph.degree())
    return H.by_node(H.graph.strength(weights=H.weights(weight), loops=True))


def pagerank(G: IgraphGraph, alpha: float = 0.85, personalization: Mapping | None = None,
             max_iter: int = 100, tol: float = 1.0e-6, nstart: Mapping | None = None,
             weight: str | None = "weight", dangling: Mapping | None = None) -> dict:
    """:func:`networkx.pagerank` by igraph's PRPACK solver.

    PRPACK solves the linear system exactly, where NetworkX iterates until the change is
    below ``tol``: the two agree within that tolerance. ``max_iter`` and ``nstart`` do not
    apply; ``dangling`` other than None is refused by ``can_run``.
    """
    n = len(G.nodes)
    if n == 0:
        return {}
    weights = G.weights(weight)
    if personalization is None:
        scores = G.graph.pagerank(damping=alpha, weights=weights, directed=True)
    else:
        reset = [float(personalization.get(v, 0)) for v in G.nodes]
        if sum(reset) == 0:
            raise ZeroDivisionError
        scores = G.graph.personalized_pagerank(damping=alpha, reset=reset, weights=weights,
                                               directed=True)
    return G.by_node(scores)


def eigenvector_centrality(G: IgraphGraph, max_iter: int = 100, tol: float = 1.0e-6,
                           nstart: Mapping | None = None, weight: str | None = None) -> dict:
    """:func:`networkx.eigenvector_centrality` by igraph's ARPACK solver.

    Scaled to unit Euclidean length, NetworkX's convention (igraph scales the largest to
    1); in-edges on a directed graph, as both libraries define it. ``nstart`` does not
    apply. On a disconnected graph the answer is not unique: both concentrate it on the
    component of largest eigenvalue, NetworkX only up to its ``tol``.
    """
    n = len(G.nodes)
    if n == 0:
        raise nx.NetworkXPointlessConcept("cannot compute centrality for the null graph")
    if G.graph.ecount() == 0:
        return dict.fromkeys(G.nodes, 1.0 / math.sqrt(n))
    scores = G.graph.eigenvector_centrality(directed=True, weights=G.weights(weight))
    norm = math.sqrt(sum(x * x for x in scores)) or 1.0
    return G.by_node(abs(x) / norm for x in scores)


def betweenness_centrality(G: IgraphGraph, k: int | None = None, normalized: bool = True,
                           weight: str | None = None, endpoints: bool = False,
                           seed=None) -> dict:
    """:func:`networkx.betweenness_centrality` by igraph's Brandes implementation.

    With ``k``, the sources are the ``k`` nodes NetworkX samples for the same ``seed``
    (``seed.sample(list(G), k)``; NetworkX has turned ``seed`` into a ``random.Random``
    before the call), and NetworkX's rescaling follows, so sampled results are NetworkX's.
    ``endpoints=True`` is refused by ``can_run``. Shortest paths of equal length are found
    with igraph's tolerance for floating-point sums, NetworkX's by exact equality: with
    weights whose sums round differently the two may split ties differently.
    """
    n = len(G.nodes)
    if k == n:
        k = None
    weights = G.weights(weight)
    directed = G.is_directed()
    if k is None:
        sources = None
        raw = G.graph.betweenness(directed=True, weights=weights)
        if not directed:  # NetworkX counts both (s, t) and (t, s), then halves later
            raw = [2.0 * x for x in raw]
    else:
        sampled = seed.sample(list(G.nodes), k)
        sources = [G.index[v] for v in sampled]
        raw = _from_sources(G, sources, weights)
    return G.by_node(_rescale(raw, n, normalized=normalized, directed=directed,
                              sources=sources))


def betweenness_centrality_subset(G: IgraphGraph, sources, targets, normalized: bool = False,
                                  weight: str | None = None) -> dict:
    """:func:`networkx.betweenness_centrality_subset` by igraph's subset betweenness.

    Sums, over ``s`` in ``sources`` and ``t`` in ``targets``, the share of shortest
    ``s``-``t`` paths through each node; halved on an undirected graph, or divided by
    ``(n - 1)(n - 2)`` when ``normalized``, as NetworkX does.
    """
    n = len(G.nodes)
    src = [G.index[v] for v in dict.fromkeys(sources)]
    dst = [G.index[v] for v in dict.fromkeys(targets)]
    if not src or not dst:
        return dict.fromkeys(G.nodes, 0.0)
    # on an undirected graph igraph gives half of the sum over ordered (s, t) pairs: what
    # NetworkX returns unnormalised; normalised, NetworkX divides the whole sum
    raw = G.graph.betweenness(directed=True, weights=G.weights(weight), sources=src,
                              targets=dst)
    scale = 1.0
    if normalized and n > 2:
        scale = (1 if G.is_directed() else 2) / ((n - 1) * (n - 2))
    return G.by_node(x * scale for x in raw)


def _from_sources(G: IgraphGraph, sources: list[int], weights) -> list[float]:
    """Each node's dependency summed over the sources and every target, per ordered pair
    (the quantity NetworkX accumulates before rescaling)."""
    raw = G.graph.betweenness(directed=True, weights=weights, sources=sources)
    if G.is_directed():
        return list(raw)
    # on an undirected graph igraph halves what each source adds (each unordered pair
    # once over all sources); NetworkX halves only when rescaling
    return [2.0 * x for x in raw]


def _rescale(raw: list[float], n: int, *, normalized: bool, directed: bool,
             sources: list[int] | None) -> list[float]:
    """NetworkX's ``_rescale`` for node betweenness without endpoints."""
    N = n - 1
    if N < 2:
        return raw
    k = None if sources is None else len(sources)
    K = N if k is None else k
    correction = 1 if directed else 2
    if k is None:
        scale = 1 / (K * (N - 1)) if normalized else N / (K * correction)
        return [x * scale for x in raw] if scale != 1 else raw
    if normalized:
        s_source = 1 / ((K - 1) * (N - 1)) if K > 1 else math.nan
        s_other = 1 / (K * (N - 1))
    else:
        s_source = N / ((K - 1) * correction) if K > 1 else math.nan
        s_other = N / (K * correction)
    is_source = set(sources)
    return [x * (s_source if i in is_source else s_other) for i, x in enumerate(raw)]
