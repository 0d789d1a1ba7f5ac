"""GraphML out, with typed attributes, and back in to the same graph.

GraphML types a value as ``string``, ``boolean``, ``long`` or ``double`` (the
``attr.type`` of its ``<key>``), and has no list type. A list (``aliases``) is written as
its JSON text (``["Republic of Angola"]``), and the graph attribute ``graphkit_lists``
names the node and edge attributes so written, so :func:`read_graphml` (or anyone with
``json.loads``) turns them back into lists.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import GraphkitError
from graphkit.io.files import write_atomic

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["LISTS_KEY", "graphml_bytes", "read_graphml", "write_graphml"]

#: The graph attribute naming the attributes written as JSON lists: ``{"node": [...], "edge": [...]}``.
LISTS_KEY = "graphkit_lists"

_SCALARS = (str, bool, int, float)


def graphml_bytes(G: nx.MultiDiGraph) -> bytes:
    """``G`` as GraphML (UTF-8): typed keys, lists as JSON text, edge ids = the graph's keys.

    Raises
    ------
    GraphkitError
        An attribute holds something GraphML cannot type (a dict, a date object...), or one
        attribute name holds values of two types.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(as_of="all dates")
    >>> G.add_node("XAA", kind="Country", aliases=["Aa", "A, the"])
    >>> b"attr.type=\\"string\\"" in graphml_bytes(G)
    True
    """
    import networkx as nx

    H = nx.MultiDiGraph()
    lists: dict[str, set[str]] = {"node": set(), "edge": set()}
    types: dict[tuple[str, str], type] = {}
    for n, d in G.nodes(data=True):
        H.add_node(n, **_plain(d, "node", f"node {n!r}", lists, types))
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **_plain(d, "edge", f"edge {u!r} -> {v!r} ({k})", lists, types))
    for name, value in G.graph.items():
        if value is not None and name != LISTS_KEY:
            H.graph[name] = value if type(value) in _SCALARS else str(value)
    H.graph[LISTS_KEY] = json.dumps({what: sorted(names) for what, names in lists.items()})
    buffer = io.BytesIO()
    nx.write_graphml(H, buffer, encoding="utf-8", prettyprint=True, named_key_ids=False)
    return buffer.getvalue()


def write_graphml(G: nx.MultiDiGraph, path: Path | str) -> Path:
    """Write ``G`` to ``path`` as GraphML (:func:`graphml_bytes`), atomically.

    ``networkx.read_graphml(path)`` reads it back with the same nodes, edges, keys and
    typed values; lists come back as JSON text, which :func:`read_graphml` decodes.
    """
    return write_atomic(path, graphml_bytes(G), what="the GraphML file")


def read_graphml(path: Path | str) -> nx.MultiDiGraph:
    """Read a GraphML file :func:`write_graphml` wrote: the graph it was written from.

    ``networkx.read_graphml`` plus the lists decoded (``graphkit_lists``), and without
    the ``node_default``/``edge_default`` graph attributes NetworkX adds.
    """
    import networkx as nx

    G = nx.read_graphml(path, force_multigraph=True)
    G.graph.pop("node_default", None)
    G.graph.pop("edge_default", None)
    lists = json.loads(G.graph.pop(LISTS_KEY, "{}"))
    for name in lists.get("node", []):
        for _, d in G.nodes(data=True):
            if name in d:
                d[name] = json.loads(d[name])
    for name in lists.get("edge", []):
        for *_, d in G.edges(data=True):
            if name in d:
                d[name] = json.loads(d[name])
    return G


def _plain(attrs: dict, what: str, where: str, lists: dict[str, set[str]],
           types: dict[tuple[str, str], type]) -> dict[str, Any]:
    """The attributes GraphML can hold: scalars as they are, lists as JSON; None left out."""
    out = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            items = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
            if not all(type(item) in _SCALARS for item in items):
                raise GraphkitError(f"{where}: {name}: expected a list of text or numbers, got {value!r}")
            lists[what].add(name)
            kind, value = list, json.dumps(items, ensure_ascii=False)
        elif type(value) in _SCALARS:
            kind = type(value)
        else:
            raise GraphkitError(
                f"{where}: {name}: expected text, a number, true/false or a list, got {type(value).__name__}"
            )
        seen = types.setdefault((what, name), kind)
        if seen is not kind:
            raise GraphkitError(
                f"{where}: {name}: GraphML types an attribute once, and this one holds both "
                f"{seen.__name__} and {kind.__name__} values"
            )
        out[name] = value
    return out
