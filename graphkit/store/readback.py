"""Read Neo4j back into a NetworkX MultiDiGraph shaped like :func:`graphkit.io.to_networkx`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from graphkit.errors import QueryError, StoreError
from graphkit.schema import load_schema
from graphkit.store.secrets import one_line
from graphkit.store.values import collect, with_end_nodes

if TYPE_CHECKING:
    import networkx as nx
    from neo4j import Driver, ManagedTransaction

__all__ = ["edge_key", "read_networkx"]

_ALL_NODES = ("MATCH (n) RETURN elementId(n) AS eid, n.id AS id, labels(n) AS labels, "
              "properties(n) AS props ORDER BY id, eid")
_ALL_RELS = ("MATCH (a)-[r]->(b) RETURN elementId(a) AS s, type(r) AS type, elementId(b) AS e, "
             "properties(r) AS props ORDER BY s, type, e, props.since")


def edge_key(relation: str, since: Any) -> str:
    """The MultiDiGraph key of an edge, as :func:`graphkit.io.to_networkx` makes it.

    Examples
    --------
    >>> edge_key("MEMBER_OF", "1973-01-01")
    'MEMBER_OF|1973-01-01'
    """
    return f"{relation}|{since}"


def read_networkx(
    driver: Driver,
    *,
    database: str | None = None,
    query: str | None = None,
    parameters: Mapping[str, Any] | None = None,
) -> nx.MultiDiGraph:
    """Read the whole database, or what a Cypher query returns, as a MultiDiGraph.

    Nodes are keyed by their ``id`` property (the element id when a node has none)
    with every other property as an attribute; relationships become edges keyed
    ``"TYPE|since"`` with ``relation`` (the type) and every property. A graph loaded
    with :func:`graphkit.store.load.load_graph` reads back equal to the one it came from:
    the Neo4j dates the loader derives from ``since`` and ``until`` (``since_first``,
    ``since_last``, ``until_first``, ``until_last``: ``neo4j.date_bounds`` in
    schema.yaml) are left out, as the text dates they come from are there.

    Parameters
    ----------
    driver : neo4j.Driver
    database : str, optional
        The server's default database when None.
    query : str, optional
        A read-only Cypher query; every node, relationship and path anywhere in its
        result (also inside lists and maps) is taken, with the end nodes of each
        relationship. The whole database when None.
    parameters : mapping, optional
        The query's ``$parameters``.

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    QueryError
        The server refused the query (syntax, a write in a read transaction...).
    StoreError
        The server could not be reached or failed otherwise.

    Examples
    --------
    With a running server::

        G = read_networkx(driver, database="neo4j")
        H = read_networkx(driver, database="neo4j",
                          query="MATCH p = (:Country {id: $id})-[]->() RETURN p",
                          parameters={"id": "RUS"})
    """
    import networkx as nx
    from neo4j.exceptions import ClientError, DriverError, Neo4jError

    try:
        with driver.session(database=database) as session:
            if query is None:
                nodes, rels = session.execute_read(_read_all)
            else:
                nodes, rels = session.execute_read(_read_query, query, dict(parameters or {}))
    except ClientError as exc:
        if query is not None:
            raise QueryError(f"Neo4j refused the query: {exc.code}: {one_line(exc.message)}") from None
        raise StoreError(f"Neo4j: {exc.code}: {one_line(exc.message)}") from None
    except (Neo4jError, DriverError, OSError) as exc:
        raise StoreError(f"Neo4j read failed: {one_line(getattr(exc, 'message', None) or exc)}") from None

    G = nx.MultiDiGraph()
    keys: dict[str, str] = {}
    derived = _derived()
    for eid, labels, props in nodes:
        node_id, attrs = _node(eid, labels, props, derived)
        keys[eid] = node_id
        G.add_node(node_id, **attrs)
    for s, rel_type, e, props in rels:
        if derived.intersection(props):
            props = {k: v for k, v in props.items() if k not in derived}
        attrs = {"relation": rel_type, **props}
        if "since" in props:  # the loader's order: relation, since, then the rest
            attrs = {"relation": rel_type, "since": props["since"], **props}
        G.add_edge(keys[s], keys[e], key=edge_key(rel_type, props.get("since")), **attrs)
    return G


def _derived() -> frozenset[str]:
    """The property names the loader derives (schema.yaml's ``neo4j.date_bounds``)."""
    return frozenset(n for names in load_schema().date_bounds.values() for n in names)


def _node(eid: str, labels: Iterable[str], props: dict, derived: frozenset[str]) -> tuple[str, dict]:
    attrs = {k: v for k, v in props.items() if k != "id" and k not in derived}
    if "kind" not in attrs:
        kinds = [label for label in labels if label != load_schema().base_label]
        if kinds:
            attrs["kind"] = min(kinds)
    node_id = props.get("id")
    return (node_id if isinstance(node_id, str) else eid), attrs


def _read_all(tx: ManagedTransaction) -> tuple[list[tuple], list[tuple]]:
    nodes = [(r["eid"], r["labels"], r["props"]) for r in tx.run(_ALL_NODES)]
    rels = [(r["s"], r["type"], r["e"], r["props"]) for r in tx.run(_ALL_RELS)]
    return nodes, rels


def _read_query(tx: ManagedTransaction, query: str, parameters: dict) -> tuple[list[tuple], list[tuple]]:
    found_nodes: dict[str, Any] = {}
    found_rels: dict[str, Any] = {}
    for record in tx.run(query, parameters):
        collect(record.values(), found_nodes, found_rels)
    nodes = with_end_nodes(tx, found_nodes, found_rels)
    rels = [(rel.start_node.element_id, rel.type, rel.end_node.element_id, dict(rel))
            for _, rel in sorted(found_rels.items())]
    return [nodes[eid] for eid in sorted(nodes)], rels
