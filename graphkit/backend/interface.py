"""The object NetworkX loads for ``backend="graphkit"`` (entry point ``networkx.backends``):
the conversion hooks, the functions, and which calls it can run."""

from __future__ import annotations

import inspect

import networkx as nx

from graphkit.backend import centrality, communities
from graphkit.backend.convert import IgraphGraph, convert_from_nx, convert_to_nx

__all__ = ["BackendInterface", "backend_interface"]

_FUNCTIONS = {
    "degree_centrality": centrality.degree_centrality,
    "pagerank": centrality.pagerank,
    "eigenvector_centrality": centrality.eigenvector_centrality,
    "betweenness_centrality": centrality.betweenness_centrality,
    "betweenness_centrality_subset": centrality.betweenness_centrality_subset,
    "louvain_communities": communities.louvain_communities,
    "leiden_communities": communities.leiden_communities,
}


def _refusal(name: str, args: tuple, kwargs: dict) -> str | None:
    """Why the backend cannot run this call as NetworkX would (None: it can)."""
    kwargs = {k: v for k, v in kwargs.items() if k != "backend"}
    try:
        bound = inspect.signature(_FUNCTIONS[name]).bind(*args, **kwargs)
    except TypeError as exc:
        return str(exc)
    bound.apply_defaults()
    a = bound.arguments
    G = a["G"]
    if isinstance(G, IgraphGraph):
        return None
    if callable(a.get("weight")):
        return "a weight function is not supported (give an edge attribute name)"
    if name in ("pagerank", "eigenvector_centrality") and nx.number_of_selfloops(G):
        return "self-loops are counted differently by igraph"
    if name == "pagerank" and a["dangling"] is not None:
        return "a dangling vector is not supported"
    if name.startswith("betweenness_centrality"):
        if a.get("endpoints"):
            return "endpoints=True is not supported"
        if G.is_multigraph():
            return "igraph counts parallel edges as separate shortest paths"
    if name in ("louvain_communities", "leiden_communities") and G.is_directed():
        return "directed modularity is not supported"
    return None


class BackendInterface:
    """NetworkX's backend protocol: ``convert_from_nx``, ``convert_to_nx``, ``can_run``,
    ``should_run`` and one attribute per implemented function."""

    convert_from_nx = staticmethod(convert_from_nx)
    convert_to_nx = staticmethod(convert_to_nx)

    degree_centrality = staticmethod(centrality.degree_centrality)
    pagerank = staticmethod(centrality.pagerank)
    eigenvector_centrality = staticmethod(centrality.eigenvector_centrality)
    betweenness_centrality = staticmethod(centrality.betweenness_centrality)
    betweenness_centrality_subset = staticmethod(centrality.betweenness_centrality_subset)
    louvain_communities = staticmethod(communities.louvain_communities)
    leiden_communities = staticmethod(communities.leiden_communities)

    @staticmethod
    def can_run(name: str, args: tuple, kwargs: dict) -> bool | str:
        """True, or why not (NetworkX shows the reason, and falls back when allowed)."""
        if name not in _FUNCTIONS:
            return f"graphkit's backend does not implement {name}"
        return _refusal(name, args, kwargs) or True

    @staticmethod
    def should_run(name: str, args: tuple, kwargs: dict) -> bool:
        return True


backend_interface = BackendInterface()
