"""The dataset as a NetworkX MultiDiGraph, whole or as it stood on one day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx

from graphkit.io.dates import as_iso, is_valid_on
from graphkit.io.read import Dataset, read_dataset
from graphkit.schema import load_schema

__all__ = ["filter_as_of", "read_graph", "to_networkx"]


def to_networkx(dataset: Dataset, *, as_of: dt.date | str | None = None) -> nx.MultiDiGraph:
    """Build a MultiDiGraph with every node and edge attribute of ``dataset``.

    Nodes are keyed by id (ISO alpha-3 for countries, slugs otherwise) with ``kind``,
    ``name``, ``aliases`` and the optional ``description``, ``url``, ``continent`` and
    ``un_region``. Edges are keyed ``"RELATION|since"`` and carry ``relation``, ``since``,
    ``until`` (when set), ``source_url``, ``publisher``, ``evidence``, ``retrieved`` and
    ``note`` (when set).

    Parameters
    ----------
    dataset : Dataset
        From :func:`graphkit.read_dataset`.
    as_of : date or ISO string, optional
        Keep only the edges valid on that day (``since <= as_of < until``), and the
        countries that still have an edge; organisations and programmes stay.

    Returns
    -------
    networkx.MultiDiGraph
    """
    G = nx.MultiDiGraph()
    for node in dataset.nodes.values():
        G.add_node(node.id, **node.attributes())
    for edge in dataset.edges:
        G.add_edge(edge.subject, edge.object, key=edge.key, **edge.attributes())
    return filter_as_of(G, as_of) if as_of is not None else G


def filter_as_of(G: nx.MultiDiGraph, as_of: dt.date | str) -> nx.MultiDiGraph:
    """A copy of ``G`` with only the edges valid on ``as_of``, and no edgeless countries.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("GBR", kind="Country"); G.add_node("eu", kind="Organisation")
    >>> _ = G.add_edge("GBR", "eu", relation="MEMBER_OF", since="1973-01-01", until="2020-01-31")
    >>> filter_as_of(G, "2019-06-01").number_of_edges(), filter_as_of(G, "2021-01-01").number_of_nodes()
    (1, 1)
    """
    day = as_iso(as_of)
    H = G.copy()
    H.remove_edges_from([(u, v, k) for u, v, k, d in G.edges(keys=True, data=True)
                         if not is_valid_on(d["since"], d.get("until"), day)])
    country = load_schema().country_kind
    H.remove_nodes_from([n for n, d in H.nodes(data=True)
                         if d.get("kind") == country and H.degree(n) == 0])
    H.graph["as_of"] = day
    return H


def read_graph(*paths: Path | str, as_of: dt.date | str | None = None) -> nx.MultiDiGraph:
    """Read the given paths (default: ``./data``, else the curated dataset) as a MultiDiGraph.

    See :func:`read_dataset` and :func:`to_networkx`.
    """
    return to_networkx(read_dataset(*paths), as_of=as_of)
