"""Saved Cypher query files, ``cypher/queries/*.cypher``: parse and check their headers, list, find.

Each file holds one query under a header of ``//`` lines: ``name``, ``summary``,
``params`` (one ``//   name: type  description (example: ...; default: ...)`` line
each), ``returns``, ``mode`` (read or write) and optionally ``expand`` (a column of
``[key, value]`` pairs spread into one column per key). The declared parameters must
equal the ``$names`` the query uses outside strings and comments.

Parameter types: ``string``, ``integer`` (``integer[lo..hi]`` bounded), ``float``,
``date``, ``node``, ``relation`` and ``list<T>`` of those; what each accepts is in
:mod:`graphkit.store.queries`, which runs the queries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from graphkit.errors import QueryError

__all__ = [
    "PARAM_TYPE",
    "QUERY_DIR",
    "Param",
    "Query",
    "get_query",
    "list_queries",
    "load_queries",
    "parameter_names",
    "parse_query",
]


def _query_dir() -> Path:
    """The checkout's ``cypher/queries``; in an installed wheel, the copy shipped as ``graphkit/cypher``."""
    package = Path(__file__).resolve().parents[1]
    checkout = package.parent / "cypher" / "queries"
    return checkout if checkout.is_dir() else package / "cypher" / "queries"


QUERY_DIR = _query_dir()

_SCALARS = ("string", "integer", "float", "date", "node", "relation")
#: A parameter type: ``item`` for ``list<item>``, else ``scalar``; ``lo`` and ``hi`` for bounds.
PARAM_TYPE = re.compile(
    r"^(?:list<(?P<item>\w+)>|(?P<scalar>\w+))(?:\[(?P<lo>-?\d+)\.\.(?P<hi>-?\d+)\])?$"
)
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
    t = PARAM_TYPE.match(type_)
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
