"""Centrality of countries in the projection: degree, weighted degree, betweenness,
eigenvector and PageRank, in one table."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from graphkit.backend.centrality import weighted_degree
from graphkit.backend.choose import choose_backend, quiet_cache
from graphkit.backend.convert import to_igraph

__all__ = ["EXACT_BETWEENNESS_MAX_NODES", "Centrality", "centrality"]

EXACT_BETWEENNESS_MAX_NODES = 2000


@dataclass
class Centrality:
    """Centrality scores per node; ``betweenness_k`` is the sample size (None: exact)."""

    degree: dict[str, float]
    weighted_degree: dict[str, float]
    betweenness: dict[str, float]
    eigenvector: dict[str, float]
    pagerank: dict[str, float]
    betweenness_k: int | None = None
    seed: int = 0
    notes: list[str] = field(default_factory=list)

    METRICS = ("degree", "weighted_degree", "betweenness", "eigenvector", "pagerank")

    def rows(self, *, by: str = "pagerank", top: int | None = None) -> list[dict]:
        """One dict per node, highest ``by`` first (ties by id), rounded to 6 places."""
        order = sorted(self.degree, key=lambda n: (-getattr(self, by)[n], n))
        rows = [{"node": n, **{m: round(getattr(self, m)[n], 6) for m in self.METRICS}}
                for n in order]
        return rows[:top] if top is not None else rows

    def ranked(self, *, by: str = "pagerank",
               then: tuple[str, ...] = ("betweenness", "weighted_degree"),
               top: int | None = None) -> list[dict]:
        """:meth:`rows` with the rank and how each tie was broken, said in the row.

        Nodes are ordered by ``by`` (rounded to 6 places), then by each of ``then``, then by
        id. ``rank`` is the competition rank on ``by`` alone (``"4="`` when another node
        has the same score); ``tie`` says which nodes share the score and what ordered
        them (``""`` when none does).

        Examples
        --------
        >>> P = nx.Graph()
        >>> P.add_edge("XAA", "XAB", weight=1.0); P.add_edge("XAB", "XAC", weight=2.0)
        >>> P.add_edge("XAD", "XAE", weight=1.0)
        >>> for r in centrality(P).ranked(by="degree"):
        ...     print(r["rank"], r["node"], r["tie"])
        1 XAB 
        2= XAC tied on degree with XAA, XAD, XAE; ordered by weighted_degree
        2= XAA tied on degree with XAC, XAD, XAE; ordered by weighted_degree
        2= XAD tied on degree with XAC, XAA, XAE; ordered by weighted_degree
        2= XAE tied on degree with XAC, XAA, XAD; ordered by weighted_degree
        """
        rows = self.rows(by=by)
        keys = (by, *then)
        rows.sort(key=lambda r: (*(-r[k] for k in keys), r["node"]))
        groups: dict[float, list[dict]] = {}
        for r in rows:
            groups.setdefault(r[by], []).append(r)
        position = 0
        for r in rows:
            group = groups[r[by]]
            if r is group[0]:
                position += 1
                first = position
            else:
                position += 1
            r["rank"] = f"{first}=" if len(group) > 1 else str(first)
            others = [x["node"] for x in group if x is not r]
            if not others:
                r["tie"] = ""
                continue
            split = next((k for k in then if len({x[k] for x in group}) > 1), None)
            how = (f"ordered by {split}" if split else
                   f"ordered by id (equal on {', '.join(keys)})")
            r["tie"] = f"tied on {by} with {', '.join(others)}; {how}"
        return rows[:top] if top is not None else rows


def centrality(P: nx.Graph, *, weight: str = "weight", distance: str = "distance",
               seed: int = 0, k: int | None = None,
               max_exact: int = EXACT_BETWEENNESS_MAX_NODES,
               backend: str | None = None) -> Centrality:
    """Degree, weighted degree, betweenness, eigenvector and PageRank of every node.

    Parameters
    ----------
    P : networkx.Graph
        Undirected, e.g. :func:`graphkit.analysis.country_projection`.
    weight : str, default "weight"
        Edge attribute for weighted degree, eigenvector and PageRank (strength of a tie).
    distance : str, default "distance"
        Edge attribute for betweenness shortest paths (``1/weight`` in the projection);
        edges without it count as length 1.
    seed : int, default 0
        Seed for sampled betweenness.
    k : int, optional
        Betweenness from ``k`` sampled sources; default: exact up to ``max_exact`` nodes,
        else ``k = max_exact``.
    backend : {"auto", "networkx", "graphkit"}, optional
        Who computes: plain NetworkX, or igraph through graphkit's NetworkX backend
        (:mod:`graphkit.backend`; same answers within the tolerances
        ``tests/backend`` states, and the same sampled betweenness sources). Default:
        ``$GRAPHKIT_BACKEND``, else ``"auto"``: the backend from
        :data:`graphkit.backend.choose.BACKEND_MIN_EDGES` edges on.

    Returns
    -------
    Centrality
        ``degree`` is the normalised degree ``deg / (n - 1)``; ``weighted_degree`` the sum
        of edge weights; ``betweenness`` normalised (NetworkX convention); ``eigenvector``
        from the scipy eigen-solver (unit length; 0 on an edgeless graph); ``pagerank``
        with damping 0.85.

    Examples
    --------
    >>> P = nx.path_graph(["XAA", "XAB", "XAC"])
    >>> c = centrality(P)
    >>> c.degree["XAB"], c.betweenness["XAB"], c.betweenness["XAA"]
    (1.0, 1.0, 0.0)

    References
    ----------
    .. [1] Brandes, U. "A faster algorithm for betweenness centrality." J. Math. Sociol.
       25 (2001). https://doi.org/10.1080/0022250X.2001.9990249
    .. [2] Page, L. et al. "The PageRank citation ranking." Stanford (1999).
    """
    n = P.number_of_nodes()
    notes = []
    if k is None and n > max_exact:
        k = max_exact
    if k is not None and k >= n:
        k = None
    if k is not None:
        notes.append(f"betweenness estimated from {k} sampled sources of {n} (seed {seed})")
    dist = distance if any(distance in d for _, _, d in P.edges(data=True)) else None
    if n == 0:
        empty: dict[str, float] = {}
        return Centrality(empty, {}, {}, {}, {}, k, seed, notes)
    use = choose_backend(P, backend)
    with quiet_cache():
        degree = (nx.degree_centrality(P, backend=use) if n > 1 else {v: 0.0 for v in P})
        if use == "networkx":
            wdeg = {v: float(d) for v, d in P.degree(weight=weight)}
        else:
            wdeg = {v: float(d) for v, d in weighted_degree(P, weight).items()}
        betweenness = nx.betweenness_centrality(P, k=k, normalized=True, weight=dist,
                                                seed=seed, backend=use)
        if P.number_of_edges() == 0:
            eigen = {v: 0.0 for v in P}
        elif use == "networkx":
            eigen = _eigenvector(P, weight, notes)
        else:
            eigen = _eigenvector_backend(P, weight, notes)
        pagerank = nx.pagerank(P, alpha=0.85, weight=weight, backend=use)
    return Centrality(degree, wdeg, betweenness, eigen, pagerank, k, seed, notes)


def _eigenvector(P: nx.Graph, weight: str, notes: list[str]) -> dict[str, float]:
    """Eigenvector centrality; on a disconnected graph only the leading component scores."""
    import numpy as np
    import scipy.sparse.linalg as sla

    nodes = list(P)
    A = nx.to_scipy_sparse_array(P, nodelist=nodes, weight=weight, dtype=float)
    if len(nodes) < 3:
        _vals, vecs = np.linalg.eigh(A.toarray())
        vec = vecs[:, -1]
    else:
        # fixed start vector: ARPACK otherwise starts from a random one
        _, vecs = sla.eigsh(A, k=1, which="LA", v0=np.ones(len(nodes)), tol=1e-12)
        vec = vecs[:, 0]
    vec = np.abs(vec)
    norm = np.linalg.norm(vec)
    vec = vec / norm if norm else vec
    if not nx.is_connected(P):
        notes.append("graph is disconnected: eigenvector centrality is concentrated on one "
                     "component")
    return {v: float(round(x, 12)) for v, x in zip(nodes, vec)}


def _eigenvector_backend(P: nx.Graph, weight: str, notes: list[str]) -> dict[str, float]:
    """:func:`_eigenvector` through graphkit's backend (igraph's ARPACK), same scaling."""
    import warnings

    with warnings.catch_warnings():  # igraph's own words for the note below
        warnings.filterwarnings("ignore", message=".*not .*connected", category=RuntimeWarning)
        eigen = nx.eigenvector_centrality(P, weight=weight, backend="graphkit")
    if not to_igraph(P).graph.is_connected():
        notes.append("graph is disconnected: eigenvector centrality is concentrated on one "
                     "component")
    return {v: float(round(x, 12)) for v, x in eigen.items()}
