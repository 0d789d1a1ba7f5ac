"""The ``graphkit`` command line: each command a few lines over one library function.

Heavy libraries (NetworkX, pandas, the Neo4j driver) are imported inside the commands
that need them, so ``graphkit --help`` stays quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import err, out, reported

__all__ = ["app", "main"]

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    help="Who signed, ratified, joined or cooperates on what, as a graph you can query, "
    "measure and look at.",
)

DataPaths = Annotated[
    list[Path] | None,
    typer.Argument(help="Data folders (with nodes/ and edges/) or CSV files. Default: data"),
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, csv, json or markdown")]


def _format(value: str):
    from graphkit.output import Format

    try:
        return Format(value)
    except ValueError:
        raise typer.BadParameter(f"expected table, csv, json or markdown, got {value!r}") from None


@app.command("validate")
def validate(paths: DataPaths = None) -> None:
    """Check every row of the data; list every problem as file:line: field: expected.

    Exit code 0 when the data is clean, 1 when any problem was found.

    Example: graphkit validate data
    """
    from graphkit.io.read import check_dataset

    with reported():
        dataset, problems = check_dataset(*(paths or [Path("data")]))
    if problems:
        for p in sorted(problems):
            out(str(p))
        err(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found; nothing was built")
        raise typer.Exit(code=1)
    err(f"ok: {len(dataset.nodes)} nodes and {len(dataset.edges)} edges "
        f"in {len(dataset.files)} files")


@app.command("stats")
def stats(paths: DataPaths = None, fmt: FormatOpt = "table") -> None:
    """Count nodes by kind and edges by relation, and the share of fully sourced edges.

    Example: graphkit stats
    """
    from graphkit.io.read import read_dataset
    from graphkit.output import format_rows
    from graphkit.stats import dataset_stats

    fmt = _format(fmt)
    with reported():
        result = dataset_stats(read_dataset(*(paths or [Path("data")])))
    out(format_rows(result.rows(), fmt))


@app.command("show")
def show(
    node: Annotated[str, typer.Argument(help="A node id, country name or code, or a name/alias.")],
    data: Annotated[Path, typer.Option(help="Data folder.")] = Path("data"),
    fmt: FormatOpt = "table",
) -> None:
    """List a node's relations with their dates and sources.

    Examples: graphkit show RUS ; graphkit show "Türkiye" ; graphkit show ILRS
    """
    from graphkit.io.read import read_dataset
    from graphkit.output import format_rows
    from graphkit.stats import node_relations

    fmt = _format(fmt)
    with reported():
        dataset = read_dataset(data)
        node_id, rows = node_relations(dataset, node)
    name = dataset.nodes[node_id].name
    columns = ["since", "until", "relation", "other", "other_name", "publisher", "source_url", "evidence"]
    if fmt.value == "table":
        err(f"{name} ({node_id}, {dataset.nodes[node_id].kind}): {len(rows)} relations")
    out(format_rows(rows, fmt, columns=columns))


def _register() -> None:
    """Attach the command groups that live in their own modules."""
    from graphkit.cli import load, neo4j, query, render, report

    app.add_typer(neo4j.app, name="neo4j")
    app.add_typer(query.app, name="query")
    app.command("cypher")(query.cypher_command)
    app.add_typer(report.app, name="report")
    app.command("load")(load.load_command)
    app.command("render")(render.render_command)


_register()


def main() -> None:
    """Entry point of the ``graphkit`` script."""
    app()
