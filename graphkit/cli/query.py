"""`graphkit query list|run` over the saved queries, and `graphkit cypher` for ad-hoc Cypher."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import FormatOpt, err, out, reported
from graphkit.output import Format

__all__ = ["app", "cypher_command", "parse_assignments"]

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    help="Run the saved Cypher queries of cypher/queries/ against Neo4j.",
)

ParamOpt = Annotated[
    list[str] | None,
    typer.Option("--param", "-p", help="A parameter as key=value; repeat for several. "
                 "Lists are comma-separated: -p blocs=nato,brics"),
]


def parse_assignments(items: list[str] | None) -> dict[str, str]:
    """``["k=v", ...]`` as a dict; the value is everything after the first ``=``, taken literally.

    Examples
    --------
    >>> parse_assignments(["day=2024-06-12", "text=a=b"])
    {'day': '2024-06-12', 'text': 'a=b'}
    """
    params: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"expected key=value, got {item!r}", param_hint="--param")
        if key.strip() in params:
            raise typer.BadParameter(f"parameter {key.strip()!r} given twice", param_hint="--param")
        params[key.strip()] = value
    return params


@app.command("list")
def list_command(fmt: FormatOpt = Format.table) -> None:
    """List the saved queries: name, summary, parameters (type, example, default) and mode.

    Runs graphkit.list_queries.

    Example: graphkit query list
    """
    from graphkit.output import format_rows
    from graphkit.store.query_files import list_queries

    with reported():
        rows = [q.row() for q in list_queries()]
    out(format_rows(rows, fmt, columns=["name", "summary", "params", "mode"]))


def _defaulted_days(query, params: dict[str, str]) -> str:
    """``"; day 2026-12-02 (today, the default)"`` for each date param left to its default."""
    import datetime as dt

    today = dt.date.today().isoformat()
    return "".join(f"; {p.name} {today} (today, the default)" for p in query.params
                   if p.type == "date" and p.default == "today" and p.name not in params)


@app.command("run")
def run_command(
    name: Annotated[str, typer.Argument(help="A saved query name, see `graphkit query list`.")],
    param: ParamOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Run a saved query; node parameters take ids, names or aliases ("ILRS", "Türkiye").

    A day left out is today (the queries' default); the line on stderr says so, e.g.
    "day 2026-12-02 (today, the default)".

    Runs graphkit.run_query.

    Examples: graphkit query run bloc-members -p bloc=ILRS -p day=2024-06-12 ;
    graphkit query run membership-matrix -p blocs=nato,brics,sco --format csv
    """
    from graphkit.output import format_rows
    from graphkit.store.queries import run_query
    from graphkit.store.query_files import get_query

    params = parse_assignments(param)
    with reported():
        query = get_query(name)
        rows = run_query(query.name, **params)
    columns = list(rows[0]) if rows else list(query.returns)
    if fmt is Format.table:
        err(f"{query.name}: {len(rows)} row{'s' if len(rows) != 1 else ''}{_defaulted_days(query, params)}")
    out(format_rows(rows, fmt, columns=columns))


def cypher_command(
    text: Annotated[
        str | None, typer.Argument(help='Cypher text, or "-" to read it from stdin.')
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the Cypher from this file.")] = None,
    param: ParamOpt = None,
    write: Annotated[
        bool, typer.Option("--write", help="Allow the query to change the database.")
    ] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Run ad-hoc Cypher, read-only unless --write; values go in as $parameters (-p k=v, strings).

    Runs graphkit.run_cypher.

    Examples: graphkit cypher "MATCH (c:Country) RETURN c.id, c.name ORDER BY c.id LIMIT 5" ;
    graphkit cypher "MATCH (n:Entity {id: \\$id}) RETURN n.name" -p id=RUS ;
    graphkit cypher --file q.cypher ; echo "RETURN 1" | graphkit cypher -
    """
    from graphkit.errors import QueryError
    from graphkit.output import format_rows
    from graphkit.store.queries import run_cypher

    params = parse_assignments(param)
    if (text is None) == (file is None):
        raise typer.BadParameter("give the Cypher text, '-' for stdin, or --file F (one of them)")
    with reported():
        if file is not None:
            try:
                text = file.read_text(encoding="utf-8")
            except OSError as exc:
                raise QueryError(f"{file}: cannot read: {exc.strerror}") from None
        elif text == "-":
            text = sys.stdin.read()
        columns, rows = run_cypher(text, params, write=write, with_columns=True)
    if fmt is Format.table:
        err(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    out(format_rows(rows, fmt, columns=columns))
