"""Rows for Neo4j from a NetworkX graph: node tables by label, relationship tables by type."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graphkit.errors import SchemaError

if TYPE_CHECKING:
    import networkx as nx

    from graphkit.schema.model import Schema

__all__ = ["graph_rows", "Table"]


def graph_rows(G: nx.MultiDiGraph, schema: Schema) -> tuple[dict[str, Table], dict[str, Table]]:
    """Node rows by label and relationship rows by type, checked against the schema.

    Each table has the property ``keys`` (sorted; ``id`` for nodes and ``since`` for
    relationships left out) and ``rows``: node rows ``[id, value, ...]``, relationship
    rows ``[start id, end id, since, value, ...]`` sorted by start and end node, with
    None where an attribute is absent. Two edges with the same start, relation, end
    and ``since`` are one relationship in Neo4j: the last one wins, as MERGE would do.

    Raises
    ------
    SchemaError
        A node kind or relation is not in the schema, an id is not a string, an
        attribute name is not a plain identifier, or an edge has no ``since``.

    Examples
    --------
    >>> import networkx as nx
    >>> from graphkit.schema import load_schema
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country", name="A", aliases=("Aa",))
    >>> G.add_node("club", kind="Organisation", name="Club", aliases=[])
    >>> _ = G.add_edge("XAA", "club", relation="MEMBER_OF", since="2000", note=None)
    >>> nodes, rels = graph_rows(G, load_schema())
    >>> nodes["Country"]
    Table(keys=('aliases', 'kind', 'name'), rows=[['XAA', ['Aa'], 'Country', 'A']])
    >>> rels["MEMBER_OF"]
    Table(keys=(), rows=[['XAA', 'club', '2000']])
    """
    node_dicts: dict[str, list[tuple[str, dict]]] = {}
    for node_id, attrs in G.nodes(data=True):
        if not isinstance(node_id, str):
            raise SchemaError(f"node {node_id!r}: ids must be strings")
        kind = attrs.get("kind")
        if kind not in schema.node_kinds:
            raise SchemaError(
                f"node {node_id!r}: kind {kind!r} is not in schema.yaml; "
                f"expected one of {sorted(schema.node_kinds)}"
            )
        props = {k: _value(v) for k, v in attrs.items() if v is not None and k != "id"}
        node_dicts.setdefault(schema.node_kinds[kind].label, []).append((node_id, props))
    rel_dicts: dict[str, dict[tuple, dict]] = {}
    for s, e, attrs in G.edges(data=True):
        relation, since = attrs.get("relation"), attrs.get("since")
        if relation not in schema.relations:
            raise SchemaError(
                f"edge {s!r} -> {e!r}: relation {relation!r} is not in schema.yaml; "
                f"expected one of {sorted(schema.relations)}"
            )
        if since is None or since == "":
            raise SchemaError(f"edge {s!r} -[{relation}]-> {e!r}: no since; it identifies the relationship")
        props = {
            k: (v if type(v) is str else _value(v))
            for k, v in attrs.items()
            if v is not None and k != "relation" and k != "since"
        }
        rel_dicts.setdefault(relation, {})[(s, e, since)] = props
    nodes = {}
    for label, items in node_dicts.items():
        keys = _keys(props for _, props in items)
        nodes[label] = Table(keys, [[node_id, *(props.get(k) for k in keys)] for node_id, props in items])
    rels = {}
    for rel_type, by_identity in rel_dicts.items():
        keys = _keys(by_identity.values())
        try:
            order = sorted(by_identity)
        except TypeError:  # mixed types: compare as text
            order = sorted(by_identity, key=_sort_key)
        rows = [[*identity, *map(by_identity[identity].get, keys)] for identity in order]
        rels[rel_type] = Table(keys, rows)
    return nodes, rels


@dataclass(frozen=True)
class Table:
    """Rows of one label or type: ``keys`` name the values after the identity columns."""

    keys: tuple[str, ...]
    rows: list[list]

    def __len__(self) -> int:
        return len(self.rows)


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _keys(dicts: Iterable[dict]) -> tuple[str, ...]:
    keys = sorted(set().union(*dicts))
    for key in keys:
        if not _IDENTIFIER.fullmatch(key):
            raise SchemaError(
                f"attribute name {key!r}: expected letters, digits and '_' (a Neo4j property key)"
            )
    return tuple(keys)


def _sort_key(key: tuple) -> tuple:
    return tuple(str(part) for part in key)


def _value(value: Any) -> Any:
    """Neo4j stores lists, not tuples or sets."""
    if isinstance(value, (tuple, list)):
        return [_value(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return value
