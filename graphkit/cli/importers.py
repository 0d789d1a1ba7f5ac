"""``graphkit import gdelt``: standard datasets in, as edge files of data/'s format."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import day_option, err, reported

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, help="Read standard datasets (GDELT 2.0 events) into "
                  "edge files of data/'s format.")


class Period(str, Enum):
    """How GDELT events are summed into claims."""

    day = "day"
    month = "month"
    year = "year"


@app.command("gdelt")
def gdelt_command(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", show_default=False,
                                                help="GDELT 2.0 event files (*.export.CSV), plain or zipped.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Edge CSV to write, e.g. data/edges/gdelt.csv.")],
    root: Annotated[list[str] | None, typer.Option(
        "--root", help="Keep only these CAMEO root codes (01 to 20; repeat).")] = None,
    quad: Annotated[list[int] | None, typer.Option(
        "--quad", min=1, max=4, help="Keep only these QuadClasses: 1 verbal cooperation, 2 material "
        "cooperation, 3 verbal conflict, 4 material conflict (repeat).")] = None,
    start: Annotated[str | None, typer.Option("--from", metavar="YYYY-MM-DD", callback=day_option,
                                              help="Keep events on or after this day.")] = None,
    end: Annotated[str | None, typer.Option("--to", metavar="YYYY-MM-DD", callback=day_option,
                                            help="Keep events on or before this day.")] = None,
    min_sources: Annotated[int, typer.Option("--min-sources", min=1,
                                             help="Keep events reported by at least this many sources.")] = 1,
    period: Annotated[Period, typer.Option("--period", case_sensitive=False,
                                           help="Sum events by day, month or year.")] = Period.month,
    max_urls: Annotated[int, typer.Option("--max-urls", min=1, help="Article URLs kept per claim.")] = 3,
) -> None:
    """Sum GDELT 2.0 events between two countries into claims, one edge per direction,
    QuadClass and period, in data/'s edge format; checked as `graphkit validate` checks,
    and on any problem nothing is written. A rerun writes the same file.

    Runs graphkit.io.importers.gdelt.import_gdelt.

    Examples: graphkit import gdelt 20191024143000.export.CSV --out data/edges/gdelt.csv ;
    graphkit import gdelt *.export.CSV.zip --quad 1 --quad 2 --min-sources 2 --out coop.csv
    """
    import datetime as dt

    from graphkit.io.importers.gdelt import GdeltFilter, import_gdelt

    filters = GdeltFilter(
        roots=frozenset(root) if root else None,
        quad_classes=frozenset(quad) if quad else GdeltFilter().quad_classes,
        start=dt.date.fromisoformat(start) if start else None,
        end=dt.date.fromisoformat(end) if end else None,
        min_sources=min_sources, period=period.value)
    with reported():
        result = import_gdelt(files, out, filters, max_urls=max_urls)
    err(f"wrote {out}: {len(result.claims)} claims from {result.kept} of {result.rows} events "
        f"in {len(result.files)} file{'s' if len(result.files) != 1 else ''}")
