"""graphkit's NetworkX backend: NetworkX's API, computed by igraph (and leidenalg).

Registered as the ``graphkit`` backend through NetworkX's ``networkx.backends`` entry
point, so any NetworkX graph can use it: ``nx.pagerank(G, backend="graphkit")``. The
graph is converted to igraph once and the conversion is kept in
``G.__networkx_cache__`` (NetworkX clears it when the graph changes); results are plain
NetworkX results, dicts keyed by node and lists of sets. ``graphkit.analysis`` uses it
above :data:`~graphkit.backend.choose.BACKEND_MIN_EDGES` edges unless
``GRAPHKIT_BACKEND=networkx`` (:func:`~graphkit.backend.choose.choose_backend`).

Modules: ``convert.py`` (NetworkX graph to igraph, cached), ``centrality.py`` (degree,
PageRank, eigenvector, betweenness), ``communities.py`` (Louvain, Leiden),
``interface.py`` (what NetworkX loads), ``info.py`` (what NetworkX lists, importing
nothing heavy), ``choose.py`` (which backend graphkit's analysis uses).
"""

from __future__ import annotations

import importlib

__all__ = [
    "BACKEND_MIN_EDGES",
    "BACKEND_NAME",
    "choose_backend",
    "to_igraph",
    "weighted_degree",
]

BACKEND_NAME = "graphkit"

_EXPORTS = {
    "BACKEND_MIN_EDGES": "graphkit.backend.choose",
    "choose_backend": "graphkit.backend.choose",
    "to_igraph": "graphkit.backend.convert",
    "weighted_degree": "graphkit.backend.centrality",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'graphkit.backend' has no attribute {name!r}")
