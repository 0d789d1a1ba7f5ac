"""A Cypher script that builds the graph in any Neo4j: ``cypher-shell -f graph.cypher``.

A script cannot carry parameters, so this is the one place graphkit writes values into
Cypher text, and every value goes through :func:`cypher_literal`: strings single-quoted
with backslash, quote and control characters escaped (a string stays on its line), numbers
as numbers, dates as ``date('YYYY-MM-DD')``; property keys are checked identifiers in
backticks, and labels and types come from the schema only
(:func:`graphkit.store.tokens.token`).

The script holds what :func:`graphkit.store.load.load_graph` writes, the same tables
(:func:`graphkit.store.rows.input_rows`): the constraints and indexes, then the nodes by
label and the relationships by type in ``UNWIND [...] AS row MERGE ...`` statements of at
most :data:`BATCH` rows, one statement per line, so a rerun converges to the same graph.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import GraphkitError
from graphkit.export.graph import graph_day_text
from graphkit.io.files import write_atomic

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["BATCH", "cypher_literal", "cypher_script", "script_statements", "write_cypher"]

#: Rows per UNWIND statement.
BATCH = 200

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_SPECIAL = re.compile(r"[\\'\x00-\x1f\x7f\u2028\u2029\x85]")
_LONG = 2**63


def cypher_literal(value: Any) -> str:
    """``value`` as a Cypher literal: the only way a value enters Cypher text in graphkit.

    Strings are single-quoted; backslash, ``'`` and every control character (and the
    Unicode line separators) are escaped, so the literal is one line and ends where it
    should whatever the text holds. Lists and maps are written item by item (map keys
    must be plain identifiers, written in backticks).

    Raises
    ------
    GraphkitError
        A value Cypher has no literal for (NaN, an int beyond 64 bits, a set...).

    Examples
    --------
    >>> print(cypher_literal("O'Brien \\\\ 'x'}) DETACH DELETE n //\\nnext"))
    'O\\'Brien \\\\ \\'x\\'}) DETACH DELETE n //\\nnext'
    >>> cypher_literal(["a", 1, 2.5, True, None])
    "['a', 1, 2.5, true, null]"
    >>> cypher_literal({"since": "2000", "since_first": dt.date(2000, 1, 1)})
    "{`since`: '2000', `since_first`: date('2000-01-01')}"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if not -_LONG <= value < _LONG:
            raise GraphkitError(f"{value}: Cypher integers are 64-bit")
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise GraphkitError(f"{value!r}: a Cypher script cannot hold NaN or infinity")
        return repr(value)
    if isinstance(value, str):
        return "'" + _SPECIAL.sub(_escape, value) + "'"
    if isinstance(value, dt.datetime):
        raise GraphkitError(f"{value!r}: expected a date, not a date and time")
    if isinstance(value, dt.date):
        return f"date('{value.isoformat()}')"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(map(cypher_literal, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise GraphkitError(f"{type(value).__name__} {value!r}: Cypher has no literal for it")


def _escape(match: re.Match) -> str:
    ch = match.group()
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04x}"


def _key(name: Any) -> str:
    if not isinstance(name, str) or not _KEY.fullmatch(name):
        raise GraphkitError(f"property name {name!r}: expected letters, digits and '_'")
    return f"`{name}`"


def script_statements(G: nx.MultiDiGraph) -> list[str]:
    """The script's statements, in order, without their ``;``: constraints, nodes, relationships.

    Raises
    ------
    SchemaError
        A node kind or relation is not in the schema, or a date is not a date.
    GraphkitError
        A value has no Cypher literal.
    """
    from graphkit.store.rows import input_rows
    from graphkit.store.statements import schema_statements
    from graphkit.store.tokens import token

    schema, nodes, rels = input_rows(G)
    base = token(schema.base_label, schema.labels)
    statements = list(schema_statements(schema))
    for label in sorted(nodes):
        table, own = nodes[label], token(label, schema.labels)
        maps = [_props(("id", *table.keys), row) for row in table.rows]
        for i in range(0, len(maps), BATCH):
            statements.append(
                f"UNWIND {cypher_literal(maps[i : i + BATCH])} AS row "
                f"MERGE (n:{base} {{id: row.id}}) SET n:{own}, n = row"
            )
    for rel_type in sorted(rels):
        table, rtype = rels[rel_type], token(rel_type, schema.relationship_types)
        rows = [[row[0], row[1], _props(("since", *table.keys), row[2:])] for row in table.rows]
        for i in range(0, len(rows), BATCH):
            statements.append(
                f"UNWIND {cypher_literal(rows[i : i + BATCH])} AS row "
                f"MATCH (a:{base} {{id: row[0]}}) MATCH (b:{base} {{id: row[1]}}) "
                f"MERGE (a)-[r:{rtype} {{since: row[2].since}}]->(b) SET r = row[2]"
            )
    return statements


def _props(keys: tuple[str, ...], values: list) -> dict:
    """A row as a map, absent (None) values left out as the loader leaves them out."""
    return {k: v for k, v in zip(keys, values) if v is not None}


def cypher_script(G: nx.MultiDiGraph) -> str:
    """The whole script: a comment header, then one statement per line, each ending in ``;``."""
    statements = script_statements(G)
    header = [
        (f"// graphkit export: {G.number_of_nodes()} nodes and {G.number_of_edges()} edges, "
         f"{graph_day_text(G)}."),
        "// Run on an empty database: cypher-shell -d neo4j -f graph.cypher (a rerun changes nothing).",
    ]
    return "\n".join(header + [s + ";" for s in statements]) + "\n"


def write_cypher(G: nx.MultiDiGraph, path: Path | str) -> Path:
    """Write ``G`` to ``path`` as a Cypher script (:func:`cypher_script`), atomically."""
    return write_atomic(path, cypher_script(G), what="the Cypher script")
