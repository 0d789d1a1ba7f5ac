"""Graph values in Neo4j results as plain Python: nodes, relationships and paths that keep everything.

The driver's ``record.data()`` turns a relationship into its properties alone, losing
its type and its ends (``graphkit cypher "MATCH ()-[r]->() RETURN r"`` showed ``{}``).
:func:`plain_rows` keeps them, in this shape (JSON-ready apart from dates):

- a node: ``{"id": "RUS", "labels": ["Country", "Entity"], "properties": {...}}``
- a relationship: ``{"type": "SIGNED", "start": "RUS", "end": "artemis-accords",
  "properties": {"since": ..., "source_url": ..., ...}}``
- a path: a list ``[node, relationship, node, ...]`` in the order it was walked (a
  relationship's ``start`` and ``end`` keep its own direction).

``id``, ``start`` and ``end`` are the nodes' ``id`` property (graphkit's ids), or the
element id of a node without one. Lists and maps are converted inside; other values
are left as the driver gives them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from neo4j import ManagedTransaction, Result

__all__ = ["NODES_BY_ELEMENT_ID", "collect", "node_id", "plain", "plain_rows", "with_end_nodes"]

#: ``$eids`` -> rows ``(eid, labels, props)``, for end nodes a result does not hold.
NODES_BY_ELEMENT_ID = (
    "MATCH (n) WHERE elementId(n) IN $eids "
    "RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props"
)


#: Values with nothing inside to convert: most of a result, so they are let through first.
_SCALARS = (str, int, float, bool, type(None))


@cache
def _graph_types() -> tuple[type, type, type]:
    """The driver's Node, Relationship and Path (imported on first use, then kept)."""
    from neo4j.graph import Node, Path, Relationship

    return Node, Relationship, Path


def collect(value: Any, nodes: dict, rels: dict) -> None:
    """Gather every Node and Relationship in a result value, however deeply nested, by element id."""
    if isinstance(value, _SCALARS):
        return
    Node, Relationship, Path = _graph_types()
    if isinstance(value, Node):
        nodes[value.element_id] = value
    elif isinstance(value, Relationship):
        rels[value.element_id] = value
    elif isinstance(value, Path):
        for node in value.nodes:
            nodes[node.element_id] = node
        for rel in value.relationships:
            rels[rel.element_id] = rel
    elif isinstance(value, (list, tuple)):
        for item in value:
            collect(item, nodes, rels)
    elif isinstance(value, dict):
        for item in value.values():
            collect(item, nodes, rels)


def with_end_nodes(tx: ManagedTransaction, nodes: Mapping, rels: Mapping) -> dict[str, tuple]:
    """``eid -> (eid, labels, props)`` of ``nodes`` and of every end node of ``rels``.

    A relationship returned without its end nodes carries only their element ids: the
    missing ones are read in the same transaction.
    """
    found = {eid: (eid, list(node.labels), dict(node)) for eid, node in nodes.items()}
    ends = {rel.start_node.element_id for rel in rels.values()}
    ends |= {rel.end_node.element_id for rel in rels.values()}
    missing = sorted(ends - set(found))
    if missing:
        for r in tx.run(NODES_BY_ELEMENT_ID, eids=missing):
            found[r["eid"]] = (r["eid"], r["labels"], r["props"])
    return found


def node_id(eid: str, props: Mapping) -> Any:
    """A node's ``id`` property, or its element id when it has none.

    Examples
    --------
    >>> node_id("4:x:0", {"id": "RUS"}), node_id("4:x:1", {"name": "no id"})
    ('RUS', '4:x:1')
    """
    value = props.get("id")
    return eid if value is None else value


def plain(value: Any, ids: Mapping[str, Any]) -> Any:
    """``value`` with nodes, relationships and paths as in the module's shape.

    ``ids`` maps element ids to node ids (:func:`node_id`) for the ends of relationships.
    """
    if isinstance(value, _SCALARS):
        return value
    Node, Relationship, Path = _graph_types()
    if isinstance(value, Node):
        props = dict(value)
        return {"id": node_id(value.element_id, props), "labels": sorted(value.labels),
                "properties": props}
    if isinstance(value, Relationship):
        return {"type": value.type, "start": ids[value.start_node.element_id],
                "end": ids[value.end_node.element_id], "properties": dict(value)}
    if isinstance(value, Path):
        steps: list = [plain(value.start_node, ids)]
        for rel, node in zip(value.relationships, value.nodes[1:]):
            steps += [plain(rel, ids), plain(node, ids)]
        return steps
    if isinstance(value, (list, tuple)):
        return [plain(item, ids) for item in value]
    if isinstance(value, dict):
        return {key: plain(item, ids) for key, item in value.items()}
    return value


def plain_rows(tx: ManagedTransaction, result: Result) -> tuple[list[str], list[dict]]:
    """The column names and rows of ``result`` as dicts, graph values made :func:`plain`.

    Call it inside the transaction function: the end nodes of relationships are read
    in ``tx`` when the result does not hold them.
    """
    keys = list(result.keys())
    records = [record.values() for record in result]
    ids: dict[str, Any] = {}
    nodes: dict = {}
    rels: dict = {}
    for values in records:
        collect(values, nodes, rels)
    if not nodes and not rels:  # nothing to convert: the driver's lists, maps and scalars
        return keys, [dict(zip(keys, values)) for values in records]
    if rels:
        found = with_end_nodes(tx, nodes, rels)
        ids = {eid: node_id(eid, props) for eid, (_, _, props) in found.items()}
    return keys, [dict(zip(keys, (plain(value, ids) for value in values))) for values in records]
