"""The dataset as a NetworkX MultiDiGraph, whole or as it stood on one day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx

from graphkit.io.dates import as_iso
from graphkit.io.periods import holds_on
from graphkit.io.read import Dataset, read_dataset
from graphkit.schema import load_schema

__all__ = ["filter_as_of", "read_graph", "to_networkx"]


def to_networkx(dataset: Dataset, *, as_of: dt.date | str | None = None) -> nx.MultiDiGraph:
    """Build a MultiDiGraph with every node and edge attribute of ``dataset``.

    Nodes are keyed by id (ISO alpha-3 for countries, slugs otherwise) with ``kind``,
    ``name``, ``aliases`` and the optional ``description``, ``url``, ``continent`` and
    ``un_region``. Edges are keyed ``"RELATION|since"`` and carry ``relation``, ``since``,
    ``until`` (when set), ``source_url``, ``publisher``, ``evidence``, ``retrieved`` and,
    when set, ``note``, ``evidence_en``, ``status`` (disputed, announced, suspended) and
    ``source_kind`` (primary, secondary, mirror).

    Parameters
    ----------
    dataset : Dataset
        From :func:`graphkit.read_dataset`.
    as_of : date or ISO string, optional
        Keep only the edges that hold on that day, certainly or possibly, each marked
        ``holds`` (:func:`filter_as_of`), and the countries that still have an edge;
        organisations and programmes stay.

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
    """A copy of ``G`` with only the edges that hold on ``as_of``, and no edgeless countries.

    Dates are periods (:func:`graphkit.io.periods.holds_on`): an edge is kept when it holds
    certainly or possibly that day, and gets ``holds`` = ``"certain"`` or ``"possible"``
    (a signature dated ``2025`` is possible on 2025-06-30). ``graph["as_of"]`` is the day;
    :mod:`graphkit.analysis` answers for it by default.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("GBR", kind="Country"); G.add_node("eu", kind="Organisation")
    >>> _ = G.add_edge("GBR", "eu", relation="MEMBER_OF", since="1973-01-01", until="2020-01-31")
    >>> filter_as_of(G, "2019-06-01").number_of_edges(), filter_as_of(G, "2021-01-01").number_of_nodes()
    (1, 1)
    >>> _ = G.add_edge("GBR", "eu", relation="EXPRESSED_INTEREST_IN", since="2025")
    >>> [d["holds"] for *_, d in filter_as_of(G, "2025-06-30").edges(data=True)]
    ['possible']
    """
    day = as_iso(as_of)
    H = G.copy()
    for u, v, k, d in G.edges(keys=True, data=True):
        holds = holds_on(d["since"], d.get("until"), day)
        if holds:
            H.edges[u, v, k]["holds"] = holds.value
        else:
            H.remove_edge(u, v, k)
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
