"""A NetworkX graph as an igraph graph: converted once, kept in ``G.__networkx_cache__``.

The structure (node order, igraph graph) is converted on first use and each edge
attribute (``weight``, ``distance``...) on the first call that needs it; both are kept in
the graph's own ``__networkx_cache__`` dict, which NetworkX empties whenever the graph is
changed through its methods (``add_edge``, ``remove_node``...). A graph changed behind
NetworkX's back (``G[u][v]["weight"] = 2``) keeps a stale conversion, as NetworkX's own
backend cache does: call ``G.__networkx_cache__.clear()`` after such a change.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import chain, compress, repeat
from operator import itemgetter, methodcaller

import networkx as nx

from graphkit.backend.info import BACKEND_NAME

try:  # the C reader (setup.py): compiled at install where a C compiler is found
    from graphkit.backend import _adjacency
except ImportError:  # not compiled: the Python readers below give the same answers
    _adjacency = None

__all__ = ["IgraphGraph", "convert_from_nx", "convert_to_nx", "to_igraph"]

#: Key of graphkit's entry in ``G.__networkx_cache__`` (beside NetworkX's "backends").
CACHE_KEY = "graphkit_igraph"


class IgraphGraph:
    """What the backend's functions receive: an igraph graph and the NetworkX node order.

    ``nodes[i]`` is the NetworkX node of igraph vertex ``i`` (NetworkX's own order, so
    that sampling and ties follow NetworkX) and ``index[node]`` is ``i``, both kept with
    the conversion; :meth:`weights` gives an edge attribute as a
    list in igraph's edge order.
    """

    __networkx_backend__ = BACKEND_NAME

    def __init__(self, structure: _Structure, attrs: Mapping[str, float]):
        self._structure = structure
        self._attrs = dict(attrs)
        self.graph = structure.graph
        self.nodes = structure.nodes
        self.index = structure.index

    def is_directed(self) -> bool:
        return self.graph.is_directed()

    def is_multigraph(self) -> bool:
        return self._structure.multigraph

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def number_of_edges(self) -> int:
        return self.graph.ecount()

    def __len__(self) -> int:
        return len(self.nodes)

    def weights(self, attr: str | None, default: float = 1.0) -> list[float] | None:
        """Edge attribute ``attr`` per igraph edge (``default`` where an edge lacks it);
        None when ``attr`` is None (unweighted)."""
        if attr is None:
            return None
        return self._structure.attribute(attr, self._attrs.get(attr, default))

    def by_node(self, values: Iterable) -> dict:
        """``{node: value}`` in NetworkX's node order."""
        return dict(zip(self.nodes, values))


class _Structure:
    """The igraph graph of one NetworkX graph, and how to read its edge attributes.

    An attribute is read on first use by walking the adjacency again (the edge data dicts
    in igraph's edge order, :meth:`_edge_data`), into a list of fresh floats: floats made
    in one pass lie together in memory, so igraph converts them about five times faster
    than the floats scattered across a million edge dicts (what made weighted degree
    slow).

    Both walks are done by the C reader (``_adjacency.c``) when it was compiled: it finds
    a neighbour's index by the node object's address, and asks for each edge dict and
    value ahead of its use, so that the memory reads overlap (on 1M edges, 0.3 s for the
    structure and 0.45 s for the weights, against 1.0 s and 1.2 s in Python). The Python
    readers below give the same answers (tests/backend/test_adjacency_reader.py).
    """

    def __init__(self, G: nx.Graph):
        import igraph as ig

        self.multigraph = G.is_multigraph()
        self.nodes = list(G)
        self.index = dict(zip(self.nodes, range(len(self.nodes))))
        directed = G.is_directed()
        self._adj = G._succ if directed else G._adj
        self._data: list[dict] | None = None
        self._keep = None
        #: the C reader reads dicts (NetworkX's own); another mapping goes to the Python one
        self._in_c = _adjacency is not None and isinstance(self._adj, dict)
        if self.multigraph:
            src, dst, self._data = _multi_edges(self._adj, self.index, directed)
        else:
            read = _adjacency.edges(self._adj, self.index, directed) if self._in_c else None
            src, dst, self._keep, self._total = read or _simple_edges(self._adj, self.index,
                                                                      directed)
        self._attrs: dict[tuple[str, float], list[float]] = {}
        # add_edges reads the pairs as they come: no list of a million tuples first
        self.graph = ig.Graph(n=len(self.nodes), directed=directed)
        self.graph.add_edges(zip(src, dst))

    def attribute(self, attr: str, default: float) -> list[float]:
        key = (attr, default)
        found = self._attrs.get(key)
        if found is None:
            with _no_gc():
                found = self._read(attr, default)
            self._attrs[key] = found
        return found

    def _edge_data(self) -> Iterator[dict]:
        """Each edge's data dict, in igraph's edge order."""
        if self._data is not None:
            return iter(self._data)
        values = chain.from_iterable(map(methodcaller("values"), self._adj.values()))
        if sum(map(len, self._adj.values())) != self._total:
            raise ValueError("the graph changed since it was converted, without NetworkX "
                             "knowing: call G.__networkx_cache__.clear() after such a change")
        return values if self._keep is None else compress(values, self._keep)

    def _read(self, attr: str, default: float) -> list[float]:
        import numpy as np

        m = self.graph.ecount()
        if self._data is None and self._in_c:
            found = _adjacency.attribute(self._adj, self._keep, attr, float(default), m)
            if found is not None:  # None: a value neither float nor int, read below
                return found
        try:
            values = np.fromiter(map(itemgetter(attr), self._edge_data()), dtype=float,
                                 count=m)
        except KeyError:
            values = np.fromiter((d.get(attr, default) for d in self._edge_data()),
                                 dtype=float, count=m)
        return values.tolist()


@contextmanager
def _no_gc() -> Iterator[None]:
    """Without the cyclic garbage collector: a conversion makes a million small tuples,
    and each collection they set off walks every object of the (large) NetworkX graph;
    with it on, building the edge list took 2 s of a 1M-edge conversion, without 0.1 s."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _simple_edges(adj, index: dict, directed: bool) -> tuple[list, list, bytes | None, int]:
    """Edges of a Graph or DiGraph as index lists, read by one C-level pass over the
    adjacency (each undirected edge is kept once, from its earlier end), with the mask of
    kept entries (bytes of 0 and 1; None: all) and the number of adjacency entries, for
    reading attributes. What ``_adjacency.edges`` gives, in Python.

    The neighbours' indices are looked up all at once, by one ``itemgetter`` over every
    adjacency entry (a C loop: on a million-edge graph 0.34 s of CPU at best, against 0.47 s
    node by node and 0.83 s for a lookup call per neighbour), into a numpy array; edge data
    is not read here at all (:meth:`_Structure._edge_data` reads it when an attribute is
    asked for, touching each edge dict once)."""
    import numpy as np

    counts = list(map(len, adj.values()))
    total = sum(counts)
    neighbours = list(chain.from_iterable(adj.values()))
    if total > 1:
        dst = np.fromiter(itemgetter(*neighbours)(index), dtype=np.int64, count=total)
    else:  # itemgetter of one key gives the value itself, of none an error
        dst = np.array([index[v] for v in neighbours], dtype=np.int64)
    del neighbours
    src = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    if directed:
        return src.tolist(), dst.tolist(), None, total
    keep = src <= dst
    return src[keep].tolist(), dst[keep].tolist(), keep.tobytes(), total


def _multi_edges(adj, index: dict, directed: bool) -> tuple[list, list, list]:
    """Edges of a MultiGraph or MultiDiGraph, one igraph edge per NetworkX edge key, with
    their data dicts."""
    src: list[int] = []
    dst: list[int] = []
    data: list[dict] = []
    for i, nbrs in enumerate(adj.values()):
        for v, keyed in nbrs.items():
            j = index[v]
            if not directed and j < i:
                continue
            src.extend(repeat(i, len(keyed)))
            dst.extend(repeat(j, len(keyed)))
            data.extend(keyed.values())
    return src, dst, data


def to_igraph(G: nx.Graph, edge_attrs: Mapping[str, float] | None = None) -> IgraphGraph:
    """``G`` as an :class:`IgraphGraph`, from ``G.__networkx_cache__`` when converted before.

    Parameters
    ----------
    G : networkx.Graph, DiGraph, MultiGraph or MultiDiGraph
    edge_attrs : mapping of str to float, optional
        Edge attributes the caller will read, with the value for an edge that lacks one
        (NetworkX's own ``edge_attrs``, e.g. ``{"weight": 1}``).

    Returns
    -------
    IgraphGraph

    Examples
    --------
    >>> G = nx.Graph([("XAA", "XAB", {"weight": 2.0}), ("XAB", "XAC", {})])
    >>> H = to_igraph(G, {"weight": 1})
    >>> H.nodes, H.graph.get_edgelist(), H.weights("weight")
    (['XAA', 'XAB', 'XAC'], [(0, 1), (1, 2)], [2.0, 1.0])
    >>> to_igraph(G).graph is H.graph  # converted once
    True
    """
    if isinstance(G, IgraphGraph):
        return G
    cache = getattr(G, "__networkx_cache__", None)
    use_cache = cache is not None and nx.config.cache_converted_graphs
    structure = cache.get(CACHE_KEY) if use_cache else None
    if structure is None:
        with _no_gc():
            structure = _Structure(G)
        if use_cache:
            cache[CACHE_KEY] = structure
    return IgraphGraph(structure, {k: 1.0 if v is None else v
                                   for k, v in (edge_attrs or {}).items()})


def convert_from_nx(G, edge_attrs=None, node_attrs=None, preserve_edge_attrs=False,
                    preserve_node_attrs=False, preserve_graph_attrs=False, name=None,
                    graph_name=None) -> IgraphGraph:
    """NetworkX's conversion hook: the graph as igraph (node attributes are not needed by
    any function this backend implements)."""
    if isinstance(edge_attrs, str):
        edge_attrs = {edge_attrs: 1.0}
    return to_igraph(G, edge_attrs)


def convert_to_nx(obj, *, name=None):
    """NetworkX's hook back: results are already plain dicts and lists; a converted graph
    is not turned back (the backend returns none)."""
    if isinstance(obj, IgraphGraph):
        raise NotImplementedError("graphkit's backend does not convert a graph back to "
                                  "NetworkX; keep the original graph")
    return obj
