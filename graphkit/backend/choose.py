"""Which backend graphkit's analysis uses: igraph through graphkit's backend for large
graphs, plain NetworkX for small ones, or whatever ``GRAPHKIT_BACKEND`` or an argument
says."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import networkx as nx

from graphkit.backend.info import BACKEND_NAME

__all__ = ["BACKEND_ENV", "BACKEND_MIN_EDGES", "COMMUNITY_MIN_EDGES", "choose_backend",
           "quiet_cache"]

#: Edges from which graphkit's analysis hands NetworkX calls to its backend. Below it a
#: graph (data/'s projection has a few thousand links) is measured in milliseconds by
#: NetworkX, whose answers the tests and the docs state.
BACKEND_MIN_EDGES = 20_000

#: Edges from which community detection goes to the backend (igraph's Louvain): lower,
#: because a report runs Louvain 60 times, and on data/'s projection (4,293 links on
#: 2024-06-30) NetworkX's took 1.0 s for 20 runs against igraph's 0.15 s. Both are
#: Louvain, seeded; on equal seeds they may still find different partitions of equal
#: standing, so the report names the implementation it used.
COMMUNITY_MIN_EDGES = 1_000

BACKEND_ENV = "GRAPHKIT_BACKEND"

_CHOICES = ("auto", "networkx", BACKEND_NAME)


def choose_backend(G: nx.Graph, backend: str | None = None, *,
                   min_edges: int = BACKEND_MIN_EDGES) -> str:
    """``"graphkit"`` or ``"networkx"``: what to pass as ``backend=`` for ``G``.

    Parameters
    ----------
    G : networkx.Graph
    backend : {"auto", "networkx", "graphkit"}, optional
        Forces a choice; default: ``$GRAPHKIT_BACKEND``, else ``"auto"``, which picks
        ``"graphkit"`` from ``min_edges`` edges on.
    min_edges : int, default :data:`BACKEND_MIN_EDGES`
        The threshold of ``"auto"`` (:data:`COMMUNITY_MIN_EDGES` for community detection).

    Returns
    -------
    str

    Raises
    ------
    ValueError
        An unknown choice, naming where it came from.

    Examples
    --------
    >>> choose_backend(nx.path_graph(3), "auto")
    'networkx'
    >>> choose_backend(nx.path_graph(3), "graphkit")
    'graphkit'
    """
    where = "backend"
    if backend is None:
        backend, where = os.environ.get(BACKEND_ENV) or "auto", f"${BACKEND_ENV}"
    if backend not in _CHOICES:
        raise ValueError(f"{where}: expected one of {', '.join(_CHOICES)}, got {backend!r}")
    if backend != "auto":
        return backend
    return BACKEND_NAME if G.number_of_edges() >= min_edges else "networkx"


@contextmanager
def quiet_cache() -> Iterator[None]:
    """Without NetworkX's note that a cached conversion is being used: graphkit's analysis
    calls several functions on one graph it does not change, which is what the cache is
    for. (A notebook that calls the backend itself still sees the note.)"""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Note: conversions to backend graphs",
                                category=UserWarning)
        yield
