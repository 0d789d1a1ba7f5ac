"""Run saved and ad-hoc Cypher: check and convert parameters, execute, return rows as dicts.

The saved queries and their headers are :mod:`graphkit.store.query_files`. Nodes,
relationships and paths in results keep their labels, type, ends and properties
(:mod:`graphkit.store.values`). Parameter types: ``string``, ``integer`` (optionally
bounded, ``integer[1..4]``), ``float``, ``date`` (``YYYY-MM-DD``, sent as that string
since stored dates are ISO strings; default ``today`` is allowed), ``node`` (an id, or
what a user types: "ILRS", "Russia", "Türkiye"; resolved to an id with
:func:`graphkit.io.lookup.find_node` over the database's nodes), ``relation`` (a
relationship type listed in schema.yaml; ``bloc`` stands for every bloc relation and
``all`` for every relation) and ``list<T>`` of those (comma-separated in text). A
``list<node>`` whose default is ``all`` takes ``all`` as the empty list: no filter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from graphkit.errors import QueryError, StoreError
from graphkit.schema import load_schema
from graphkit.store.query_files import PARAM_TYPE, Query, get_query
from graphkit.store.readonly import WRITE_REFUSED, check_read_only
from graphkit.store.secrets import one_line
from graphkit.store.settings import DEFAULT_DATABASE, Settings, connect
from graphkit.store.tokens import token
from graphkit.store.values import plain_rows

__all__ = ["convert_params", "run_cypher", "run_query"]


def convert_params(query: Query, values: Mapping[str, object], *,
                   nodes: Mapping[str, Mapping] | None = None) -> dict:
    """Check ``values`` against the header of ``query`` and convert them to Cypher values.

    Strings (from the command line) are parsed by type; Python values of the right type
    pass. ``nodes`` maps node ids to ``{"name", "aliases"}`` for resolving ``node`` params.

    Raises
    ------
    QueryError
        A required parameter is missing, one is unknown, or a value does not fit its type.
    NodeNotFound
        A ``node`` value names no node.

    Examples
    --------
    >>> q = get_query("neighbourhood")
    >>> convert_params(q, {"node": "Russia", "k": "2", "relations": "MEMBER_OF, signed",
    ...                    "day": "2024-06-12"}, nodes={"RUS": {"name": "Russia", "aliases": []}})
    {'node': 'RUS', 'k': 2, 'relations': ['MEMBER_OF', 'SIGNED'], 'day': '2024-06-12'}
    >>> convert_params(q, {"node": "RUS", "k": "9"})
    Traceback (most recent call last):
    ...
    graphkit.errors.QueryError: neighbourhood: param 'k': expected an integer from 1 to 4, got '9'
    """
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        raise QueryError(f"{query.name}: unknown param {', '.join(map(repr, unknown))}; expected "
                         f"{'; '.join(p.usage() for p in query.params) or 'no params'}")
    missing = [p for p in query.params if p.required and values.get(p.name) is None]
    if missing:
        raise QueryError(f"{query.name}: missing param {', '.join(repr(p.name) for p in missing)}; "
                         f"expected {'; '.join(p.usage() for p in missing)}")
    converted = {}
    for p in query.params:
        value = values.get(p.name)
        value = p.default if value is None else value
        if p.default == "all" and isinstance(value, str) and value.strip().lower() == "all" \
                and PARAM_TYPE.match(p.type)["item"] == "node":
            converted[p.name] = []  # every node: the query reads [] as no filter
            continue
        try:
            converted[p.name] = _convert(p.type, value, nodes)
        except (TypeError, ValueError) as exc:
            raise QueryError(f"{query.name}: param '{p.name}': {exc}, got {value!r}") from None
    return converted


def _convert(type_: str, value: object, nodes: Mapping | None) -> object:
    t = PARAM_TYPE.match(type_)
    if t["item"]:
        items = [v.strip() for v in value.split(",")] if isinstance(value, str) else value
        if not isinstance(items, (list, tuple)):
            raise ValueError(f"expected a list of {t['item']} (comma-separated)")
        out: list = []
        for item in items:
            if isinstance(item, str) and not item.strip():
                continue
            one = _convert(t["item"], item, nodes)
            out.extend(one if isinstance(one, list) else [one])
        return list(dict.fromkeys(out))
    kind = t["scalar"]
    if kind == "string":
        if not isinstance(value, str):
            raise ValueError("expected a string")
        return value
    if kind == "integer":
        try:
            text = value.strip() if isinstance(value, str) else None
            if text is not None and not re.fullmatch(r"[+-]?[0-9]+", text):  # int() takes any digits
                raise ValueError(text)
            number = int(text) if text is not None else value
        except ValueError:
            number = None
        lo, hi = t["lo"], t["hi"]
        if not isinstance(number, int) or isinstance(number, bool) or (
                lo is not None and not int(lo) <= number <= int(hi)):
            raise ValueError("expected an integer" + (f" from {lo} to {hi}" if lo is not None else ""))
        return number
    if kind == "float":
        try:
            return float(value.strip()) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            raise ValueError("expected a number such as 0.5") from None
    if kind == "date":
        from graphkit.io.dates import as_iso

        if value == "today":
            return dt.date.today().isoformat()
        if not isinstance(value, (str, dt.date)):
            raise ValueError("expected a date as YYYY-MM-DD")
        try:
            return as_iso(value.strip() if isinstance(value, str) else value)
        except ValueError:
            raise ValueError("expected a real date as YYYY-MM-DD") from None
    if kind == "relation":
        schema = load_schema()
        text = str(value).strip()
        if text.lower() == "bloc":
            return list(schema.bloc_relations)
        if text.lower() == "all":
            return sorted(schema.relationship_types)
        if text.upper() not in schema.relationship_types:
            raise ValueError(f"expected bloc, all or a relation listed in schema.yaml "
                             f"({', '.join(sorted(schema.relationship_types))})")
        return text.upper()
    # node
    if not isinstance(value, str):
        raise TypeError("expected a node id or name")
    if nodes is None:
        return value
    from graphkit.io.lookup import find_node

    return find_node(nodes, value)


@contextmanager
def _driver(driver, database: str | None) -> Iterator[tuple[object, str]]:
    """The given driver, or one from ``Settings.from_env()``; with the database to use."""
    if driver is not None:
        yield driver, database or DEFAULT_DATABASE
        return
    settings = Settings.from_env()
    with connect(settings) as own:
        yield own, database or settings.database


def _in_transaction(driver, database: str, work, *, write: bool):
    """``work(tx)`` in one managed transaction (read or write); errors as graphkit's."""
    from neo4j.exceptions import ClientError, DriverError, Neo4jError

    try:
        with driver.session(database=database) as session:
            return (session.execute_write if write else session.execute_read)(work)
    except ClientError as exc:
        code, message = exc.code or "", exc.message or ""
        if not write and (code.endswith(("AccessMode", "ForbiddenDueToTransactionType"))
                          or "read access mode" in message):
            raise QueryError(WRITE_REFUSED) from None
        raise QueryError(f"Cypher refused: {exc.code}: {one_line(exc.message, limit=400)}") from None
    except (Neo4jError, DriverError) as exc:
        raise StoreError(f"Neo4j failed the query: {one_line(exc, limit=400)}") from None


def _rows(tx, text: str, params: Mapping) -> tuple[list, list]:
    """(column names, rows as dicts) of ``text`` run in ``tx``."""
    return plain_rows(tx, tx.run(text, dict(params)))


def _execute(driver, database: str, text: str, params: Mapping, *, write: bool) -> tuple[list, list]:
    """Run ``text`` in a managed transaction; return (column names, rows as dicts)."""
    return _in_transaction(driver, database, lambda tx: _rows(tx, text, params), write=write)


#: Filled with the schema's base label (a token from schema.yaml, never user text).
_NODE_INDEX = ("MATCH (n:{base}) RETURN n.id AS id, n.name AS name, "
               "coalesce(n.aliases, []) AS aliases ORDER BY id")


#: The same for the nodes with these ids (an indexed lookup).
_NODES_BY_ID = ("MATCH (n:{base}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, "
                "coalesce(n.aliases, []) AS aliases ORDER BY id")


def _node_index(tx, texts: list[str]) -> dict[str, dict]:
    """Id, name and aliases of the nodes ``texts`` may name, for resolving what a user typed.

    When every text is a node's exact id, those nodes alone (an exact id always wins in
    :func:`graphkit.io.lookup.resolve_node`); else every node, to match names and aliases
    and suggest close ones.
    """
    schema = load_schema()
    base = token(schema.base_label, schema.labels)
    if texts:
        _, rows = _rows(tx, _NODES_BY_ID.format(base=base), {"ids": texts})
        if {r["id"] for r in rows} < set(texts):  # a name, an alias or a typo: read them all
            _, rows = _rows(tx, _NODE_INDEX.format(base=base), {})
    else:
        _, rows = _rows(tx, _NODE_INDEX.format(base=base), {})
    return {r["id"]: {"name": r["name"] or r["id"], "aliases": r["aliases"]} for r in rows}


def _node_texts(query: Query, params: Mapping[str, object]) -> list[str]:
    """What the caller gave for the query's node params, split as :func:`convert_params` splits.

    Examples
    --------
    >>> _node_texts(get_query("membership_matrix"), {"blocs": "NATO, brics", "day": "2024-06-12"})
    ['NATO', 'brics']
    """
    texts: list[str] = []
    for p in query.params:
        t = PARAM_TYPE.match(p.type)
        if "node" not in (t["item"], t["scalar"]):
            continue
        value = params.get(p.name)
        value = p.default if value is None else value
        if isinstance(value, str):
            if p.default == "all" and value.strip().lower() == "all":
                continue
            value = value.split(",") if t["item"] else [value]
        if isinstance(value, (list, tuple)):
            texts += [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return texts


#: One relationship with a text ``since``: does it have the loader's derived first day?
_SAMPLE_BOUNDS = ("MATCH ()-[r]->() WHERE r[$since] IS NOT NULL "
                  "RETURN r[$first] IS NULL AS missing LIMIT 1")


def _check_date_bounds(tx, query: Query) -> None:
    """Refuse a query over the stored date bounds on a database loaded without them.

    A database loaded by a graphkit older than the bounds (``neo4j.date_bounds``) has
    none, and the membership queries would silently find nobody. One relationship is
    looked at: a load writes them on all or none.
    """
    bounds = load_schema().date_bounds
    names = [n for pair in bounds.values() for n in pair]
    if "since" not in bounds or not any(re.search(rf"\.{n}\b", query.text) for n in names):
        return
    first = bounds["since"][0]
    _, rows = _rows(tx, _SAMPLE_BOUNDS, {"since": "since", "first": first})
    if rows and rows[0]["missing"]:
        raise QueryError(
            f"{query.name}: the database's relationships have no {first} (the Neo4j dates "
            "graphkit load stores beside since and until); it was loaded by an older graphkit: "
            "run `graphkit load` again to add them"
        )


def _expanded(query: Query, keys: list, rows: list[dict]) -> tuple[list, list[dict]]:
    """Spread the ``expand`` column (a list of [key, value] pairs) into one column per key."""
    if not query.expand or query.expand not in keys:
        return keys, rows
    at = keys.index(query.expand)
    new_keys = [k for r in rows for k, _ in r[query.expand]]
    new_keys = list(dict.fromkeys(new_keys))
    columns = keys[:at] + new_keys + keys[at + 1:]
    out = []
    for r in rows:
        spread = dict(r[query.expand])
        out.append({c: spread.get(c) if c in new_keys else r[c] for c in columns})
    return columns, out


def _result(columns: list, rows: list[dict], as_dataframe: bool):
    if not as_dataframe:
        return rows
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def run_query(name: str, *, driver=None, database: str | None = None, as_dataframe: bool = False,
              directory: Path | str | None = None, **params):
    """Run the saved query ``name`` with ``params``; return rows as dicts (or a DataFrame).

    ``node`` params accept ids or what a user types ("ILRS", "Russia", "Türkiye"): they
    are resolved to ids with :func:`graphkit.io.lookup.find_node` over the database's
    nodes. Without ``driver``, connects with ``Settings.from_env()``.

    Parameters
    ----------
    name : str
        A query name from :func:`~graphkit.store.query_files.list_queries` (``bloc-members`` and ``bloc_members`` alike).
    driver : neo4j.Driver, optional
    database : str, optional
        Defaults to the settings' database, or ``"neo4j"`` with a given driver.
    as_dataframe : bool, default False
        Return a pandas DataFrame with the query's columns.
    **params
        The query's parameters, as Python values or as text.

    Returns
    -------
    list of dict or pandas.DataFrame

    Raises
    ------
    QueryError
        Unknown query, missing, unknown or ill-typed param, or Cypher refused; or the
        query compares days and the database lacks the loader's stored dates (loaded by
        an older graphkit: ``graphkit load`` again adds them).
    NodeNotFound
        A node param names no node.
    StoreError
        Neo4j cannot be reached or failed.

    Examples
    --------
    With a running Neo4j (``graphkit neo4j start``, ``graphkit load``)::

        rows = run_query("bloc_members", bloc="ILRS", day="2024-06-12")
        df = run_query("membership_matrix", blocs=["nato", "brics"], as_dataframe=True)

    A name that is not a saved query is refused before connecting:

    >>> run_query("no_such_query")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graphkit.errors.QueryError: no saved query 'no_such_query'; expected one of bloc_members, ...
    """
    query = get_query(name, directory)
    needs_nodes = any(p.type in ("node", "list<node>") for p in query.params)

    def work(tx) -> tuple[list, list]:
        # resolving names, the date-bound check and the query: one transaction, not three
        nodes = _node_index(tx, _node_texts(query, params)) if needs_nodes else None
        values = convert_params(query, params, nodes=nodes)
        _check_date_bounds(tx, query)
        return _rows(tx, query.text, values)

    with _driver(driver, database) as (drv, db):
        keys, rows = _in_transaction(drv, db, work, write=query.mode == "write")
    if not keys:
        keys = list(query.returns)
    keys, rows = _expanded(query, keys, rows)
    return _result(keys, rows, as_dataframe)


def run_cypher(text: str, params: Mapping[str, object] | None = None, *, write: bool = False,
               driver=None, database: str | None = None, as_dataframe: bool = False,
               with_columns: bool = False):
    """Run ad-hoc Cypher with ``$params``; read access unless ``write=True``.

    Without ``write=True`` only a statement known to read runs
    (:func:`graphkit.store.readonly.check_read_only`: read clauses, a read plan, READ
    procedures, no admin command); the rest is refused before it runs, and the server
    itself refuses writes in the read transaction.

    Returns
    -------
    list of dict, or pandas.DataFrame, or (columns, rows) when ``with_columns``

    Raises
    ------
    QueryError
        The text is empty, writes without ``write=True``, or Cypher refused it.
    StoreError
        Neo4j cannot be reached or failed.

    Examples
    --------
    With a running Neo4j::

        run_cypher("RETURN $x AS x", {"x": "it's {literal}"})   # [{'x': "it's {literal}"}]
        run_cypher("CREATE (:Note {text: $t})", {"t": "hi"}, write=True)

    Empty text is refused before connecting:

    >>> run_cypher("  ")
    Traceback (most recent call last):
    ...
    graphkit.errors.QueryError: empty Cypher query
    """
    if not text or not text.strip():
        raise QueryError("empty Cypher query")
    params = dict(params or {})
    with _driver(driver, database) as (drv, db):
        if not write:
            check_read_only(drv, db, text, params)
        keys, rows = _execute(drv, db, text, params, write=write)
    if with_columns:
        return keys, rows
    return _result(keys, rows, as_dataframe)
