"""Named Cypher queries from ``cypher/queries/*.cypher``: load, check parameters, run.

Each file holds one query under a header of ``//`` lines: ``name``, ``summary``,
``params`` (one ``//   name: type  description (example: ...; default: ...)`` line
each), ``returns``, ``mode`` (read or write) and optionally ``expand`` (a column of
``[key, value]`` pairs spread into one column per key). The declared parameters must
equal the ``$names`` the query uses outside strings and comments.

Parameter types: ``string``, ``integer`` (optionally bounded, ``integer[1..4]``),
``float``, ``date`` (``YYYY-MM-DD``, sent as that string since stored dates are ISO
strings; default ``today`` is allowed), ``node`` (an id, or what a user types:
"ILRS", "Russia", "Türkiye"; resolved to an id with
:func:`graphkit.io.lookup.find_node` over the database's nodes), ``relation`` (a
relationship type listed in schema.yaml; ``bloc`` stands for every bloc relation and
``all`` for every relation) and ``list<T>`` of those (comma-separated in text).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from graphkit.errors import QueryError, StoreError
from graphkit.store.readonly import WRITE_REFUSED, check_read_only

__all__ = [
    "QUERY_DIR",
    "Param",
    "Query",
    "convert_params",
    "get_query",
    "list_queries",
    "load_queries",
    "run_cypher",
    "run_query",
]


def _query_dir() -> Path:
    """The checkout's ``cypher/queries``; in an installed wheel, the copy shipped as ``graphkit/cypher``."""
    package = Path(__file__).resolve().parents[1]
    checkout = package.parent / "cypher" / "queries"
    return checkout if checkout.is_dir() else package / "cypher" / "queries"


QUERY_DIR = _query_dir()
DEFAULT_DATABASE = "neo4j"

_SCALARS = ("string", "integer", "float", "date", "node", "relation")
_TYPE = re.compile(r"^(?:list<(?P<item>\w+)>|(?P<scalar>\w+))(?:\[(?P<lo>-?\d+)\.\.(?P<hi>-?\d+)\])?$")
_HEADER = re.compile(r"^//\s?(?P<key>[a-z_]+):\s*(?P<value>.*?)\s*$")
_PARAM = re.compile(r"^//\s{2,}(?P<name>[A-Za-z_]\w*):\s*(?P<type>\S+)\s*(?P<description>.*?)\s*$")
_TOKENS = re.compile(
    r"//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`(?:``|[^`])*`"
    r"|\$(?:(?P<plain>[A-Za-z_]\w*)|`(?P<quoted>(?:``|[^`])*)`)",
    re.DOTALL,
)


@dataclass(frozen=True)
class Param:
    """One declared parameter of a query: name, type, description, example and default."""

    name: str
    type: str
    description: str
    example: str
    default: str | None = None
    line: int = 0

    @property
    def required(self) -> bool:
        """True when the parameter has no default."""
        return self.default is None

    def usage(self) -> str:
        """How the parameter reads in help and errors.

        Examples
        --------
        >>> Param("day", "date", "the day", "2024-06-12", "today").usage()
        'day: date (e.g. 2024-06-12; default today)'
        """
        default = f"; default {self.default}" if self.default is not None else ""
        return f"{self.name}: {self.type} (e.g. {self.example}{default})"


@dataclass(frozen=True)
class Query:
    """A named query file: header fields and the Cypher text."""

    name: str
    summary: str
    params: tuple[Param, ...]
    returns: tuple[str, ...]
    mode: str
    text: str
    path: Path
    expand: str | None = None

    def row(self) -> dict:
        """The query as one row for ``graphkit query list``."""
        return {"name": self.name, "summary": self.summary,
                "params": ", ".join(p.usage() for p in self.params), "mode": self.mode}


def _shown(path: Path) -> str:
    """``cypher/queries/x.cypher`` for a file in the repo's folder, else the path as given."""
    path = Path(path)
    return "/".join(path.parts[-3:]) if path.parent.parent.name == "cypher" else str(path)


def parameter_names(text: str) -> dict[str, int]:
    """The ``$names`` used in Cypher ``text`` outside strings and comments, with their first line.

    Examples
    --------
    >>> parameter_names("// $no\\nMATCH (n {id: $id}) WHERE n.x = '$no' RETURN $`odd name`")
    {'id': 2, 'odd name': 2}
    """
    found: dict[str, int] = {}
    for m in _TOKENS.finditer(text):
        name = m.group("plain") or (m.group("quoted") or "").replace("``", "`")
        if name and name not in found:
            found[name] = text.count("\n", 0, m.start()) + 1
    return found


def parse_query(text: str, path: Path) -> Query:
    """Parse one query file; raise QueryError listing every problem as ``file:line: ...``."""
    where = _shown(path)
    problems: list[str] = []
    fields: dict[str, str] = {}
    params: list[Param] = []
    in_params = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("//"):
            break
        m = _PARAM.match(line)
        if in_params and m:
            params.append(_param(m, number, where, problems))
            continue
        m = _HEADER.match(line)
        if m:
            key, value = m["key"], m["value"]
            in_params = key == "params"
            if key in fields:
                problems.append(f"{where}:{number}: header '{key}' given twice")
            fields[key] = value
    for key in ("name", "summary", "params", "returns", "mode"):
        if key not in fields:
            problems.append(f"{where}:1: header line '// {key}:' missing")
    if fields.get("name") not in (None, Path(path).stem):
        problems.append(f"{where}:1: name {fields['name']!r} differs from the file name {Path(path).stem!r}")
    if fields.get("mode", "read") not in ("read", "write"):
        problems.append(f"{where}:1: mode: expected read or write, got {fields['mode']!r}")
    declared = {p.name: p.line for p in params}
    if len(declared) != len(params):
        problems.append(f"{where}: a param is declared twice")
    used = parameter_names(text)
    for name, line in declared.items():
        if name not in used:
            problems.append(f"{where}:{line}: param '{name}' declared but never used")
    for name, line in used.items():
        if name not in declared:
            problems.append(f"{where}:{line}: param '{name}' used but not declared in the header")
    if problems:
        raise QueryError("\n".join(problems))
    returns = tuple(c.strip() for c in fields["returns"].split(",") if c.strip())
    return Query(fields["name"], fields["summary"], tuple(params), returns, fields["mode"], text,
                 Path(path), fields.get("expand") or None)


def _param(m: re.Match, line: int, where: str, problems: list[str]) -> Param:
    name, type_, description = m["name"], m["type"], m["description"]
    t = _TYPE.match(type_)
    base = t and (t["item"] or t["scalar"])
    if not t or base not in _SCALARS or (t["lo"] and base != "integer"):
        problems.append(f"{where}:{line}: param '{name}': unknown type {type_!r}; expected one of "
                        f"{', '.join(_SCALARS)}, list<...> of those, or integer[lo..hi]")
    example = re.search(r"\bexample:\s*([^;)]+)", description)
    default = re.search(r"\bdefault:\s*([^;)]+)", description)
    if not example:
        problems.append(f"{where}:{line}: param '{name}': description needs '(example: ...)'")
    description = re.sub(r"\s*\((?:example|default):.*\)\s*$", "", description)
    return Param(name, type_, description, example[1].strip() if example else "",
                 default[1].strip() if default else None, line)


def load_queries(directory: Path | str | None = None) -> dict[str, Query]:
    """Read and check every ``*.cypher`` file of ``directory`` (default: the repo's cypher/queries).

    Raises
    ------
    QueryError
        Naming every file and line whose header or parameters do not fit.

    Examples
    --------
    >>> queries = load_queries()
    >>> queries["bloc_members"].params[0].name
    'bloc'
    """
    folder = Path(directory) if directory is not None else QUERY_DIR
    if not folder.is_dir():
        raise QueryError(f"{folder}: no query folder; expected *.cypher files there")
    queries, problems = {}, []
    for path in sorted(folder.glob("*.cypher")):
        try:
            query = parse_query(path.read_text(encoding="utf-8"), path)
        except QueryError as exc:
            problems.append(str(exc))
            continue
        queries[query.name] = query
    if problems:
        raise QueryError("\n".join(problems))
    return queries


def list_queries(directory: Path | str | None = None) -> list[Query]:
    """Every saved query, by name; ``[q.row() for q in list_queries()]`` gives a table."""
    return sorted(load_queries(directory).values(), key=lambda q: q.name)


def get_query(name: str, directory: Path | str | None = None) -> Query:
    """The saved query called ``name`` (``-`` and ``_`` alike); QueryError lists the names."""
    queries = load_queries(directory)
    query = queries.get(name.replace("-", "_"))
    if query is None:
        raise QueryError(f"no saved query {name!r}; expected one of {', '.join(sorted(queries))}")
    return query


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
    >>> convert_params(q, {"node": "RUS", "k": "2", "relations": "MEMBER_OF, signed"},
    ...                nodes={"RUS": {"name": "Russia", "aliases": []}})
    {'node': 'RUS', 'k': 2, 'relations': ['MEMBER_OF', 'SIGNED']}
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
        try:
            converted[p.name] = _convert(p.type, value, nodes)
        except (TypeError, ValueError) as exc:
            raise QueryError(f"{query.name}: param '{p.name}': {exc}, got {value!r}") from None
    return converted


def _convert(type_: str, value: object, nodes: Mapping | None) -> object:
    t = _TYPE.match(type_)
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
        from graphkit.schema import load_schema

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
    from graphkit.store.settings import Settings, connect

    settings = Settings.from_env()
    with connect(settings) as own:
        yield own, database or settings.database


def _execute(driver, database: str, text: str, params: Mapping, *, write: bool) -> tuple[list, list]:
    """Run ``text`` in a managed transaction; return (column names, rows as dicts)."""
    from neo4j.exceptions import ClientError, DriverError, Neo4jError

    def work(tx):
        result = tx.run(text, dict(params))
        keys = list(result.keys())
        return keys, [record.data() for record in result]

    try:
        with driver.session(database=database) as session:
            return (session.execute_write if write else session.execute_read)(work)
    except ClientError as exc:
        code, message = exc.code or "", exc.message or ""
        if not write and (code.endswith(("AccessMode", "ForbiddenDueToTransactionType"))
                          or "read access mode" in message):
            raise QueryError(WRITE_REFUSED) from None
        raise QueryError(f"Cypher refused: {exc.code}: {_one_line(exc.message)}") from None
    except (Neo4jError, DriverError) as exc:
        raise StoreError(f"Neo4j failed the query: {_one_line(exc)}") from None


def _one_line(text: object) -> str:
    return " ".join(str(text).split())[:400]


def _node_index(driver, database: str) -> dict[str, dict]:
    """Every node's id, name and aliases, for resolving what a user typed."""
    _, rows = _execute(driver, database, "MATCH (n:Entity) RETURN n.id AS id, n.name AS name, "
                       "coalesce(n.aliases, []) AS aliases ORDER BY id", {}, write=False)
    return {r["id"]: {"name": r["name"] or r["id"], "aliases": r["aliases"]} for r in rows}


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
        A query name from :func:`list_queries` (``bloc-members`` and ``bloc_members`` alike).
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
        Unknown query, missing, unknown or ill-typed param, or Cypher refused.
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
    with _driver(driver, database) as (drv, db):
        needs_nodes = any(p.type in ("node", "list<node>") for p in query.params)
        nodes = _node_index(drv, db) if needs_nodes else None
        values = convert_params(query, params, nodes=nodes)
        keys, rows = _execute(drv, db, query.text, values, write=query.mode == "write")
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
