"""The bulk importer's input: one CSV file per label and per type, with typed headers.

``neo4j-admin database import`` reads an empty field as an absent property, so every
string is quoted (an empty string stays empty) and empty lists are set afterwards by
:func:`empty_list_steps`. List elements are joined with the first of
:data:`ARRAY_DELIMITERS` that none of them contains.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import SchemaError
from graphkit.store.rows import Table
from graphkit.store.tokens import token

if TYPE_CHECKING:
    from graphkit.schema.model import Schema

__all__ = [
    "ARRAY_DELIMITERS",
    "ID_SPACE",
    "array_delimiter",
    "csv_type",
    "empty_list_steps",
    "empty_lists",
    "write_tables",
]

#: Array delimiters tried in turn; the first that no list element contains is used.
ARRAY_DELIMITERS = ("\x1f", "\x1e", "|", ";")
#: The importer's id space of every node (ids are unique across labels, as in the loader).
ID_SPACE = "Entity"


def write_tables(
    folder: Path, schema: Schema, nodes: dict[str, Table], rels: dict[str, Table], delimiter: str
) -> list[str]:
    """One CSV file per label and per relationship type in ``folder``; the importer's arguments.

    Node files hold ``id:ID(Entity)``, the properties and ``:LABEL`` (the base label and
    the kind's); relationship files the start and end ids, ``since``, the properties
    (the derived ``since_first``... typed ``date``) and ``:TYPE``. Every header names
    each property's type (:func:`csv_type`).
    """
    args = []
    for label in sorted(nodes):
        table = nodes[label]
        props = [f"{k}:{csv_type(table, i)}" for i, k in enumerate(table.keys, start=1)]
        header = [f"id:ID({ID_SPACE})", *props, ":LABEL"]
        labels = delimiter.join([schema.base_label, label])
        path = _write(folder / f"nodes_{label}.csv", header, table.rows, delimiter, extra=labels)
        args.append(f"--nodes={path}")
    for rel_type in sorted(rels):
        table = rels[rel_type]
        props = [f"{k}:{csv_type(table, i)}" for i, k in enumerate(table.keys, start=3)]
        ends = [f":START_ID({ID_SPACE})", f":END_ID({ID_SPACE})", f"since:{csv_type(table, 2)}"]
        header = [*ends, *props, ":TYPE"]
        path = _write(folder / f"rels_{rel_type}.csv", header, table.rows, delimiter, extra=rel_type)
        args.append(f"--relationships={path}")
    return args


def empty_lists(nodes: dict[str, Table], rels: dict[str, Table]) -> dict[tuple, list]:
    """Identities of the empty lists, by (label or type, key): the importer reads "" as absent."""
    found: dict[tuple, list] = {}
    for label, table in nodes.items():
        for i, key in enumerate(table.keys, start=1):
            ids = [row[0] for row in table.rows if type(row[i]) is list and not row[i]]
            if ids:
                found[("node", label, key)] = ids
    for rel_type, table in rels.items():
        for i, key in enumerate(table.keys, start=3):
            ids = [row[:3] for row in table.rows if type(row[i]) is list and not row[i]]
            if ids:
                found[("rel", rel_type, key)] = ids
    return found


def empty_list_steps(empties: dict[tuple, list], schema) -> list[tuple[str, list]]:
    """``SET x.key = []`` statements, in batches of 10,000, for :func:`empty_lists`' finds."""
    base = token(schema.base_label, schema.labels)
    steps = []
    for (what, name, key), ids in sorted(empties.items()):
        if what == "node":
            query = f"UNWIND $rows AS id MATCH (n:{base} {{id: id}}) SET n.`{key}` = []"
        else:
            rtype = token(name, schema.relationship_types)
            query = (f"UNWIND $rows AS row MATCH (:{base} {{id: row[0]}})-[r:{rtype} {{since: row[2]}}]->"
                     f"(:{base} {{id: row[1]}}) SET r.`{key}` = []")
        steps += [(query, ids[i : i + 10_000]) for i in range(0, len(ids), 10_000)]
    return steps


#: Value types and their import header types; a ``datetime.date`` (the loader's derived
#: ``since_first``... of schema.yaml's ``neo4j.date_bounds``) is written as ``YYYY-MM-DD``.
_SCALARS = {str: "string", bool: "boolean", int: "long", float: "double", dt.date: "date"}


def csv_type(table: Table, index: int) -> str:
    """The import header type (``string``, ``long[]``...) of the values at ``row[index]``.

    Raises
    ------
    SchemaError
        The column mixes types (``1`` and ``"1"``), or holds values the importer cannot type.

    Examples
    --------
    >>> t = Table(("aliases", "n", "since_first"), [["a", ["x"], 1, dt.date(2025, 1, 1)], ["b", [], None, None]])
    >>> csv_type(t, 1), csv_type(t, 2), csv_type(t, 0), csv_type(t, 3)
    ('string[]', 'long', 'string', 'date')
    """
    kinds = set()
    for row in table.rows:
        value = row[index]
        if value is None:
            continue
        if type(value) is list:
            kinds.update(("list", type(item)) for item in value)
            kinds.add("list")
        else:
            kinds.add(type(value))
    arrays = {kind for kind in kinds if isinstance(kind, tuple)}
    scalars = kinds - arrays - {"list"}
    if "list" in kinds and not scalars and len(arrays) <= 1:
        item = next(iter(arrays))[1] if arrays else str
        if item in _SCALARS:
            return _SCALARS[item] + "[]"
    elif len(scalars) <= 1 and "list" not in kinds:
        kind = next(iter(scalars)) if scalars else str
        if kind in _SCALARS:
            return _SCALARS[kind]
    names = sorted(k if isinstance(k, str) else k.__name__ if isinstance(k, type) else f"list of {k[1].__name__}"
                   for k in kinds)
    raise SchemaError(
        f"column {index} of a {len(table.rows)}-row table: the bulk import needs one type per property, got {names}; "
        "use `graphkit load` without --bulk"
    )


def array_delimiter(tables: list[Table]) -> str:
    """The first of :data:`ARRAY_DELIMITERS` that no list element contains.

    Examples
    --------
    >>> array_delimiter([Table(("a",), [["x", ["p|q", "r"]]])])
    '\\x1f'
    """
    texts = [item for table in tables for row in table.rows for value in row if type(value) is list
             for item in value]
    for delimiter in ARRAY_DELIMITERS:
        if not any(delimiter in str(item) for item in texts):
            return delimiter
    raise SchemaError(
        f"list values contain every array delimiter the bulk import can use ({ARRAY_DELIMITERS!r}); "
        "use `graphkit load` without --bulk"
    )


def _field(value: Any, delimiter: str) -> str:
    """One CSV field: strings always quoted (so "" stays an empty string), None as nothing."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        return '"' + value.replace('"', '""') + '"'
    if kind is bool:
        return "true" if value else "false"
    if kind is list:
        return '"' + delimiter.join(map(_text, value)).replace('"', '""') + '"'
    if kind is dt.date:
        return value.isoformat()
    return repr(value)


def _text(value: Any) -> str:
    if type(value) is bool:
        return "true" if value else "false"
    return value if type(value) is str else repr(value)


def _write(path: Path, header: list[str], rows: list[list], delimiter: str, *, extra: str) -> Path:
    tail = "," + _field(extra, delimiter) + "\n"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(header) + "\n")
        handle.writelines(",".join([_field(v, delimiter) for v in row]) + tail for row in rows)
    return path
