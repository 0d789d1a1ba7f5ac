"""The part of a graph worth drawing: some relation types, around one node."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graphkit.errors import GraphkitError
from graphkit.schema import Schema, load_schema

__all__ = ["subgraph"]


def subgraph(G: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1,
             relations: Iterable[str] | None = None, schema: Schema | None = None,
             ) -> nx.MultiDiGraph:
    """A copy of ``G`` with only some relation types, and only the nodes near one node.

    Relations are filtered first; then, with ``focus``, only nodes within ``depth``
    edges of it (either direction) stay. With ``relations``, nodes left without an
    edge are dropped (except the focus).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Edges carry ``relation``.
    focus : str, optional
        A node id, name or alias (as :func:`graphkit.io.lookup.find_node` accepts).
    depth : int, default 1
        How many hops from ``focus`` to keep; 0 keeps the focus alone.
    relations : iterable of str, optional
        Relation types to keep, each listed in schema.yaml (case-insensitive).
    schema : Schema, optional
        Default :func:`graphkit.schema.load_schema`.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph; ``G`` is not changed. ``graph`` attributes are kept.

    Raises
    ------
    GraphkitError
        An unknown relation type or a negative depth.
    NodeNotFound
        When ``focus`` names no node.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("XAA", "pact", relation="SIGNED")
    >>> _ = G.add_edge("XAB", "pact", relation="MEMBER_OF")
    >>> _ = G.add_edge("XAB", "club", relation="MEMBER_OF")
    >>> sorted(subgraph(G, focus="XAA", depth=2))
    ['XAA', 'XAB', 'pact']
    >>> sorted(subgraph(G, relations=["member_of"]))
    ['XAB', 'club', 'pact']
    """
    if depth < 0:
        raise GraphkitError(f"depth: expected 0 or more, got {depth}")
    H = G.copy()
    if relations is not None:
        schema = schema or load_schema()
        wanted = {str(r).strip().upper() for r in relations if str(r).strip()}
        unknown = sorted(wanted - set(schema.relationship_types))
        if unknown:
            raise GraphkitError(f"unknown relation {unknown[0]!r}; schema.yaml lists "
                                f"{', '.join(sorted(schema.relationship_types))}")
        H.remove_edges_from([(u, v, k) for u, v, k, r in G.edges(keys=True, data="relation")
                             if r not in wanted])
    center = None
    if focus is not None:
        from graphkit.io.lookup import find_node

        center = find_node(G.nodes, focus)
        near = nx.single_source_shortest_path_length(H.to_undirected(as_view=True), center,
                                                     cutoff=depth)
        H.remove_nodes_from([v for v in G if v not in near])
    if relations is not None:
        H.remove_nodes_from([v for v in list(H) if H.degree(v) == 0 and v != center])
    return H
