"""``graphkit report``: write reports from the data (``graphkit report blocs ...``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import AsOfOpt, data_paths, day_option, err, reported

__all__ = ["app", "blocs"]

app = typer.Typer(no_args_is_help=True, pretty_exceptions_show_locals=False,
                  help="Write reports (HTML, Markdown or JSON) from the data.")


@app.callback()
def _report() -> None:
    """Write reports (HTML, Markdown or JSON) from the data."""


@app.command("blocs")
def blocs(
    names: Annotated[list[str], typer.Argument(
        help="Two or more blocs: ids, names or aliases (ILRS artemis-accords, BRICS G7).")],
    out_path: Annotated[Path, typer.Option("--out", "-o",
                                           help="Output file: .html, .md or .json.")],
    as_of: AsOfOpt = None,
    data: Annotated[Path | None, typer.Option(
        help="Data folder. Default: ./data, else graphkit's curated dataset.")] = None,
    seed: Annotated[int, typer.Option(help="Seed for community detection and sampling.")] = 0,
    since: Annotated[str | None, typer.Option(
        "--since", metavar="YYYY-MM-DD", callback=day_option,
        help="Add what changed from this day to the report's day.")] = None,
) -> None:
    """Compare declared blocs: members, growth, regions, overlap, central countries,
    detected communities, each claim citing a numbered source.

    Without --as-of the comparison describes today. Counts are certain members, with those
    whose date (a month or a year) may fall after the day shown apart: "55 (+3 possible)".
    Runs graphkit.report.report_blocs.

    Examples: graphkit report blocs ILRS artemis-accords --out r.html ;
    graphkit report blocs BRICS G7 --as-of 2024-01-01 --out r.md ;
    graphkit report blocs artemis-accords ILRS --as-of 2025-12-31 --since 2025-01-01 --out r.md
    """
    from graphkit.io.dates import day_phrase
    from graphkit.report import report_blocs

    with reported():
        (path,) = data_paths([data])
        report = report_blocs(names, out_path, data=path, as_of=as_of, seed=seed, since=since)
    sizes = ", ".join(f"{b['name']} {b['count']}" for b in report.blocs)
    err(f"wrote {out_path}: {sizes} members {day_phrase(as_of, report.as_of, all_dates=False)}; "
        f"{len(report.sources)} sources")
