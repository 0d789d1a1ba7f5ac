"""The ``graphkit`` command line: each command a few lines over one library function.

Heavy libraries (NetworkX, pandas, the Neo4j driver) are imported inside the commands
that need them, so ``graphkit --help`` stays quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import AsOfOpt, FormatOpt, data_paths, err, out, quiet_help, reported
from graphkit.output import Format

__all__ = ["app", "main"]

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    help="Who signed, ratified, joined or cooperates on what, as a graph you can query, "
    "measure and look at.",
)

DataPaths = Annotated[
    list[Path] | None,
    typer.Argument(metavar="PATH", show_default=False,
                   help="Data folders (with nodes/ and edges/) or CSV files. "
                   "Default: ./data, else graphkit's curated dataset."),
]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            out(f"graphkit {version('graphkit')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            from graphkit import __version__

            out(f"graphkit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", is_eager=True, callback=_version,
        help="Show graphkit's version (from the installed package) and exit.")] = False,
) -> None:
    """Who signed, ratified, joined or cooperates on what, as a graph you can query,
    measure and look at.

    Example: graphkit --version
    """


@app.command("validate")
def validate(
    paths: DataPaths = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Also warn on every edge sourced from a mirror (a copy of someone "
        "else's page), and exit 1 when mirrors are more than the schema's max_share of edges.",
    )] = False,
) -> None:
    """Check every row of the data; list every problem as file:line: field: expected.

    Exit code 0 when the data is clean, 1 when any problem was found (with --strict, also
    when mirror sources are more than schema.yaml's edge_columns.warn.max_share of edges).
    Runs graphkit.io.check_dataset (and graphkit.io.read.source_warnings).

    Examples: graphkit validate data ; graphkit validate --strict
    """
    from graphkit.io.read import check_dataset, source_warnings

    with reported():
        dataset, problems = check_dataset(*data_paths(paths or ()))
    if problems:
        for p in sorted(problems):
            out(str(p))
        err(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found; nothing was built")
        raise typer.Exit(code=1)
    if strict:
        warnings, too_many = source_warnings(dataset)
        for w in sorted(warnings):
            out(str(w))
        share = len(warnings) / len(dataset.edges) if dataset.edges else 0.0
        err(f"{len(warnings)} edge{'s' if len(warnings) != 1 else ''} ({share:.1%}) sourced from "
            f"{' or '.join(dataset.schema.warn_source_kinds) or 'nothing'}; at most "
            f"{dataset.schema.warn_max_share:.0%} allowed")
        if too_many:
            raise typer.Exit(code=1)
    err(f"ok: {len(dataset.nodes)} nodes and {len(dataset.edges)} edges "
        f"in {len(dataset.files)} files")


@app.command("stats")
def stats(paths: DataPaths = None, fmt: FormatOpt = Format.table) -> None:
    """Count nodes by kind and edges by relation, the share of fully sourced edges and the
    share of each source kind (primary, secondary, mirror).

    Runs graphkit.stats.dataset_stats.

    Example: graphkit stats
    """
    from graphkit.io.read import read_dataset
    from graphkit.output import format_rows
    from graphkit.stats import dataset_stats

    with reported():
        result = dataset_stats(read_dataset(*data_paths(paths or ())))
    out(format_rows(result.rows(), fmt))


@app.command("show")
def show(
    node: Annotated[str, typer.Argument(help="A node id, country name or code, or a name/alias.")],
    data: Annotated[Path | None, typer.Option(
        help="Data folder. Default: ./data, else graphkit's curated dataset.")] = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List a node's relations with their dates and sources.

    On a day (default: today), each relation is marked certain, possible (its date is a
    month or a year that holds the day) or ended, and relations not begun yet are left
    out; with --as-of all, every relation unmarked. Runs graphkit.stats.node_relations.

    Examples: graphkit show RUS ; graphkit show "Türkiye" ; graphkit show ILRS ;
    graphkit show RUS --as-of 2020-01-01
    """
    from graphkit.io.dates import day_phrase, resolve_day
    from graphkit.io.read import read_dataset
    from graphkit.output import format_rows
    from graphkit.stats import RELATION_COLUMNS, node_relations

    day = resolve_day(as_of)
    with reported():
        dataset = read_dataset(*data_paths([data]))
        node_id, rows = node_relations(dataset, node, as_of=day or "all")
    node_info = dataset.nodes[node_id]
    if fmt is Format.table:
        err(f"{node_info.name} ({node_id}, {node_info.kind}): {len(rows)} relations "
            f"{day_phrase(as_of, day)}")
    columns = ("holds", *RELATION_COLUMNS) if day else RELATION_COLUMNS
    out(format_rows(rows, fmt, columns=columns))


def _register() -> None:
    """Attach the command groups that live in their own modules."""
    from graphkit.cli import (
        blocs,
        diff,
        export,
        extract,
        importers,
        load,
        neo4j,
        query,
        render,
        report,
    )

    app.add_typer(neo4j.app, name="neo4j")
    app.add_typer(query.app, name="query")
    app.command("cypher")(query.cypher_command)
    app.add_typer(report.app, name="report")
    app.add_typer(blocs.app, name="blocs")
    app.command("load")(load.load_command)
    app.command("render")(render.render_command)
    app.command("diff")(diff.diff_command)
    app.command("extract")(extract.extract_command)
    app.command("review")(extract.review_command)
    app.command("export")(export.export_command)
    app.add_typer(importers.app, name="import")
    quiet_help(app)


_register()


def main() -> None:
    """Entry point of the ``graphkit`` script."""
    app()
