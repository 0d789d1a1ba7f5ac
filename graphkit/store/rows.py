"""Rows for Neo4j from a NetworkX graph: node tables by label, relationship tables by type."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graphkit.errors import SchemaError
from graphkit.io.periods import Period

if TYPE_CHECKING:
    import networkx as nx

    from graphkit.schema.model import Schema

__all__ = ["RelTable", "Rows", "Table", "graph_rows", "input_rows", "paused_gc"]


def graph_rows(G: nx.MultiDiGraph, schema: Schema) -> tuple[dict[str, Table], dict[str, Table]]:
    """Node rows by label and relationship rows by type, checked against the schema.

    Each table has the property ``keys`` (sorted; ``id`` for nodes and ``since`` for
    relationships left out) and ``rows``: node rows ``[id, value, ...]``, relationship
    rows ``[start id, end id, since, value, ...]`` grouped by start node (in the
    graph's order), with None where an attribute is absent. Two edges with the same start, relation, end
    and ``since`` are one relationship in Neo4j: the last one wins, as MERGE would do.

    Beside each text date the schema lists (``neo4j.date_bounds``: ``since``, ``until``)
    come the first and last day of the period it names, as ``datetime.date`` (the
    driver sends Neo4j dates): the relationship keys end with ``since_first,
    since_last`` and, when an edge of that type has an ``until``, ``until_first,
    until_last``; a node with a ``since`` or ``until`` gets them among its keys.

    Raises
    ------
    SchemaError
        A node kind or relation is not in the schema, an id is not a string, an
        attribute name is not a plain identifier, an edge has no ``since``, a date is not
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or an attribute has the name of a derived date.

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
    Table(keys=('since_first', 'since_last'), rows=[['XAA', 'club', '2000', datetime.date(2000, 1, 1), datetime.date(2000, 12, 31)]])
    """
    with paused_gc():
        return _tables(G, schema)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic collector while millions of rows are built and sent.

    Each new list counts towards the collector's thresholds, so it would run again and
    again, each time walking every object so far (rows are never part of a cycle);
    reference counting still frees them.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def input_rows(dataset_or_graph) -> tuple[Schema, dict[str, Table], dict[str, Table]]:
    """The schema and the node and relationship tables of a Dataset or a MultiDiGraph.

    A Dataset brings its own schema; a graph is read with the shipped one.
    """
    from graphkit.io.graph import to_networkx
    from graphkit.io.read import Dataset
    from graphkit.schema import load_schema

    if isinstance(dataset_or_graph, Dataset):
        schema, G = dataset_or_graph.schema, to_networkx(dataset_or_graph)
    else:
        schema, G = load_schema(), dataset_or_graph
    return (schema, *graph_rows(G, schema))


def _tables(G: nx.MultiDiGraph, schema: Schema) -> tuple[dict[str, Table], dict[str, Table]]:
    nodes = _node_tables(G, schema)
    edges: dict[str, list[tuple]] = {}
    key_sets: dict[str, set] = {}
    types: set[type] = set()
    relations = schema.relations
    with_until: set[str] = set()  # relation types with an until on some edge
    check = _DateCheck(schema)
    # the adjacency dicts themselves: G.succ's read-only views cost a Python call per item
    for s, successors in G._succ.items():
        for e, by_key in successors.items():
            items = by_key.values()
            seen: set[tuple] | None = set() if len(by_key) > 1 else None
            for attrs in items:
                relation, since = attrs.get("relation"), attrs.get("since")
                if relation not in relations:
                    raise SchemaError(
                        f"edge {s!r} -> {e!r}: relation {relation!r} is not in schema.yaml; "
                        f"expected one of {sorted(relations)}"
                    )
                if since is None or since == "":
                    raise SchemaError(
                        f"edge {s!r} -[{relation}]-> {e!r}: no since; it identifies the relationship"
                    )
                if since not in check.good:
                    check.edge(s, relation, e, "since", since)
                until = attrs.get("until")
                if until is not None and until != "" and "until" in schema.date_bounds:
                    if until not in check.good:
                        check.edge(s, relation, e, "until", until)
                    with_until.add(relation)
                if seen is not None:
                    seen.add((relation, since))
                found = edges.get(relation)
                if found is None:
                    found = edges[relation] = []
                    key_sets[relation] = set()
                found.append((s, e, since, attrs))
                key_sets[relation].update(attrs)
                types.update(map(type, attrs.values()))
            if seen is not None and len(seen) < len(by_key):
                _drop_duplicates(edges, s, e)
    plain = types <= _PLAIN
    rels = {}
    for rel_type, items in edges.items():
        names = sorted(key_sets[rel_type] - {"relation", "since"})
        # a key that is None on every edge is absent everywhere: no column for it
        keys = _keys([[k for k in names if any(a.get(k) is not None for *_, a in items)]])
        check.names(keys, f"relationships of type {rel_type}")
        dates = tuple(p for p in ("since", "until") if p in schema.date_bounds
                      and (p == "since" or rel_type in with_until))
        bounds = tuple(name for p in dates for name in schema.date_bounds[p])
        rels[rel_type] = RelTable(keys + bounds, items, plain=plain, dates=dates)
    return nodes, rels


class _DateCheck:
    """Refuses, before anything is written, a date the loader cannot turn into bounds."""

    def __init__(self, schema: Schema):
        self.derived = frozenset(n for names in schema.date_bounds.values() for n in names)
        self.bounded = tuple(schema.date_bounds)
        self.good: set = set()  # dates already checked (a million edges share a few thousand)

    def period(self, where: str, prop: str, value: Any) -> Period:
        try:
            return Period.of(value if isinstance(value, str) else "")
        except ValueError:
            raise SchemaError(
                f"{where}: {prop} {value!r}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD "
                "(the loader stores the first and last day it names as Neo4j dates)"
            ) from None

    def edge(self, s: str, relation: str, e: str, prop: str, value: Any) -> None:
        if prop in self.bounded:
            self.period(f"edge {s!r} -[{relation}]-> {e!r}", prop, value)
            self.good.add(value)

    def names(self, keys: Iterable[str], where: str) -> None:
        clash = sorted(self.derived.intersection(keys))
        if clash:
            raise SchemaError(
                f"{where}: attribute {clash[0]!r} has the name of a date the loader derives "
                f"(neo4j.date_bounds in schema.yaml); rename it"
            )

    def node_bounds(self, node_id: str, props: dict, schema: Schema) -> None:
        """Add the bounds of a node's own ``since``/``until`` to ``props``."""
        self.names(props, f"node {node_id!r}")
        for prop in self.bounded:
            value = props.get(prop)
            if value is not None and value != "":
                period = self.period(f"node {node_id!r}", prop, value)
                first, last = schema.date_bounds[prop]
                props[first], props[last] = period.first, period.last


#: Value types the driver sends as they are (None: the property is absent).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _node_tables(G: nx.MultiDiGraph, schema: Schema) -> dict[str, Table]:
    node_dicts: dict[str, list[tuple[str, dict]]] = {}
    check = _DateCheck(schema)
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
        check.node_bounds(node_id, props, schema)
        node_dicts.setdefault(schema.node_kinds[kind].label, []).append((node_id, props))
    nodes = {}
    for label, items in node_dicts.items():
        keys = _keys(props for _, props in items)
        nodes[label] = Table(keys, [[node_id, *(props.get(k) for k in keys)] for node_id, props in items])
    return nodes


def _drop_duplicates(edges: dict[str, list[tuple]], s: str, e: str) -> None:
    """Keep the last of the edges ``s -> e`` just added with the same relation and since."""
    for found in edges.values():
        i = len(found)
        while i and found[i - 1][0] == s and found[i - 1][1] == e:
            i -= 1
        if len(found) - i > 1:
            last = {item[2]: item for item in found[i:]}
            found[i:] = list(last.values())


@dataclass(frozen=True)
class Table:
    """Rows of one label or type: ``keys`` name the values after the identity columns."""

    keys: tuple[str, ...]
    rows: list[list]

    def __len__(self) -> int:
        return len(self.rows)


class RelTable:
    """Relationship rows of one type, built on demand from ``(start, end, since, attrs)`` items.

    ``rows`` builds them all; :meth:`slice` builds one batch, optionally with the end
    nodes replaced (by their elementId), so a loader can build each batch while the
    server writes the previous one. ``keys`` end with the bounds of each of ``dates``
    (first and last day of the period ``since``, ``until``... names; None without one).
    """

    def __init__(self, keys: tuple[str, ...], items: list[tuple], *, plain: bool = False,
                 dates: tuple[str, ...] = ()):
        self.keys, self.items, self.plain, self.dates = keys, items, plain, dates
        self._own = keys[: len(keys) - 2 * len(dates)]  # the attributes' own keys
        self._rows: list[list] | None = None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Table(keys={self.keys!r}, rows={self.rows!r})"

    @property
    def rows(self) -> list[list]:
        """``[start, end, since, value, ...]`` for every relationship (built once)."""
        if self._rows is None:
            self._rows = self.slice(0, len(self.items))
        return self._rows

    def slice(self, start: int, stop: int, ends: Mapping[str, Any] | None = None) -> list[list]:
        """Rows ``start:stop``, with start and end ids looked up in ``ends`` when given."""
        keys, items = self._own, self.items[start:stop]
        if ends is None:
            ends = _Same()
        if self.plain:
            rows = [[ends[s], ends[e], since, *map(attrs.get, keys)] for s, e, since, attrs in items]
        else:
            rows = [
                [ends[s], ends[e], since, *(_value(attrs.get(k)) for k in keys)]
                for s, e, since, attrs in items
            ]
        if self.dates:
            _add_bounds(rows, items, self.dates)
        return rows


def _add_bounds(rows: list[list], items: list[tuple], dates: tuple[str, ...]) -> None:
    """Append to each row the first and last day of its ``since`` (and other ``dates``)."""
    bounds: dict[str, tuple] = {"": (None, None)}  # a date's (first, last), each made once

    def of(text: str) -> tuple:
        found = bounds.get(text)
        if found is None:
            p = Period.of(text)
            found = bounds[text] = (p.first, p.last)
        return found

    others = dates[1:] if dates[0] == "since" else dates
    for row, (_, _, since, attrs) in zip(rows, items):
        if dates[0] == "since":
            row += of(since)
        for prop in others:
            row += of(attrs.get(prop) or "")


class Rows(list):
    """A list of rows whose ``repr`` is only its length.

    The neo4j driver (6.x, ``Bolt5x5.run``) formats every statement's parameters with
    ``repr`` for its debug log even when that log is off: on 1M relationships that
    cost the client about as much as packing them (measured with py-spy). A debug
    log has no use for 20,000 rows of data either.

    Examples
    --------
    >>> Rows([[1, "a"], [2, "b"]])
    <2 rows>
    >>> Rows([[1, "a"]]) == [[1, "a"]]
    True
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


class _Same(dict):
    def __missing__(self, key: str) -> str:
        return key


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _keys(dicts: Iterable[dict]) -> tuple[str, ...]:
    keys = sorted(set().union(*dicts))
    for key in keys:
        if not _IDENTIFIER.fullmatch(key):
            raise SchemaError(
                f"attribute name {key!r}: expected letters, digits and '_' (a Neo4j property key)"
            )
    return tuple(keys)


def _value(value: Any) -> Any:
    """Neo4j stores lists, not tuples or sets."""
    if isinstance(value, (tuple, list)):
        return [_value(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return value
