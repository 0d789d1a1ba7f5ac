"""``graphkit blocs``: one answer of the bloc report at a time (members, alignment, swing
states, leaning, brokers, centrality, reported events), as a table, CSV, JSON or Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import AsOfOpt, FormatOpt, data_paths, err, out, reported
from graphkit.output import Format

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, pretty_exceptions_show_locals=False,
                  help="Compare declared blocs one answer at a time: members, compare, "
                       "swing, leaning, brokers, centrality, events; communities --over-time.")

Names = Annotated[list[str], typer.Argument(
    help="Two or more blocs (one for members): ids, names or aliases (ILRS artemis-accords, "
         "BRICS G7 SCO).")]
DataOpt = Annotated[Path | None, typer.Option(
    help="Data folder. Default: ./data, else graphkit's curated dataset.")]


@app.callback()
def _blocs() -> None:
    """Compare declared blocs one answer at a time, as the bloc report computes it."""


def _answer(what: str, names: list[str], as_of: str | None, data: Path | None,
            fmt: Format) -> None:
    """Read the data, answer ``what`` (graphkit.report.tables.blocs_table), print the rows."""
    from graphkit.io.dates import day_phrase
    from graphkit.io.graph import read_graph
    from graphkit.output import format_rows
    from graphkit.report.tables import blocs_table

    with reported():
        G = read_graph(*data_paths([data]))
        day, columns, rows = blocs_table(G, what, names, as_of=as_of)
    if fmt is Format.table:
        err(f"{what} of {', '.join(names)} {day_phrase(as_of, day, all_dates=False)}: {len(rows)} rows")
    out(format_rows(rows, fmt, columns=columns))


@app.command("members")
def members(names: Names, as_of: AsOfOpt = None, data: DataOpt = None,
            fmt: FormatOpt = Format.table) -> None:
    """Each bloc's members on the day, certain or possible (a date known only to the month
    or year), with member_status (disputed, announced, suspended) and one row per claim
    with its source. Without --as-of: today.

    Example: graphkit blocs members BRICS G7 --format csv
    """
    _answer("members", names, as_of, data, fmt)


@app.command("compare")
def compare(names: Names, as_of: AsOfOpt = None, data: DataOpt = None,
            fmt: FormatOpt = Format.table) -> None:
    """Alignment: the share of each bloc's certain members in every other declared bloc of
    three or more members (NATO, EU, BRICS, SCO, COPUOS...). Without --as-of: today.

    Example: graphkit blocs compare ILRS artemis-accords
    """
    _answer("compare", names, as_of, data, fmt)


@app.command("swing")
def swing(names: Names, as_of: AsOfOpt = None, data: DataOpt = None,
          fmt: FormatOpt = Format.table) -> None:
    """Swing states: members of two blocs, members of one that engage another, members of a
    bloc aligned with one side that engage another; one row per claim, with its source.
    Without --as-of: today.

    Example: graphkit blocs swing ILRS artemis-accords --format csv
    """
    _answer("swing", names, as_of, data, fmt)


@app.command("leaning")
def leaning(names: Names, as_of: AsOfOpt = None, data: DataOpt = None,
            fmt: FormatOpt = Format.table) -> None:
    """Countries in none of the blocs, by the similarity of their memberships to each bloc's
    members (mean Jaccard, the compared blocs left out), with the memberships that drive
    it. Without --as-of: today.

    Example: graphkit blocs leaning ILRS artemis-accords
    """
    _answer("leaning", names, as_of, data, fmt)


@app.command("brokers")
def brokers(names: Names, as_of: AsOfOpt = None, data: DataOpt = None,
            fmt: FormatOpt = Format.table) -> None:
    """Countries on the shortest paths between two blocs' members (subset betweenness on
    the Newman-weighted projection), for each pair. Without --as-of: today.

    Example: graphkit blocs brokers BRICS G7 --as-of 2025-01-01
    """
    _answer("brokers", names, as_of, data, fmt)


@app.command("centrality")
def centrality(names: Names, as_of: AsOfOpt = None, data: DataOpt = None,
               fmt: FormatOpt = Format.table) -> None:
    """Centrality within the compared scope (the blocs' members and the countries with a
    claim about them), ranked by PageRank; equal scores share a rank and the tie column
    says what ordered them. Without --as-of: today.

    Example: graphkit blocs centrality ILRS artemis-accords --format json
    """
    _answer("centrality", names, as_of, data, fmt)


@app.command("events")
def events(names: Names, as_of: AsOfOpt = None, data: DataOpt = None,
           fmt: FormatOpt = Format.table) -> None:
    """Reported events (GDELT, `graphkit import gdelt`) from each bloc's members to each
    bloc's, by relation: events, edges, country pairs, mean GoldsteinScale, first and last
    day, and the source of the largest edge. Edges begun on or before the day, between the
    countries certainly members on it. Without --as-of: today.

    Example: graphkit blocs events NATO SCO --as-of 2019-12-31
    """
    from graphkit.analysis.events import CAVEATS

    _answer("events", names, as_of, data, fmt)
    if fmt is Format.table:
        err("caveats: " + "; ".join(CAVEATS))


@app.command("communities")
def communities(
    over_time: Annotated[bool, typer.Option(
        "--over-time", help="Required: communities year by year (the only mode so far).")] = False,
    start: Annotated[int | None, typer.Option(
        "--from", help="First year (default: 29 years before this one).", min=1800)] = None,
    end: Annotated[int | None, typer.Option("--to", help="Last year (default: this one).",
                                            min=1800)] = None,
    moves_only: Annotated[bool, typer.Option(
        "--moves", help="Only the countries that moved, with the claims that moved them.")] = False,
    seed: Annotated[int, typer.Option(help="Seed of the optimisation.")] = 0,
    resolution: Annotated[float, typer.Option(help="Modularity resolution in each year.",
                                              min=0.0)] = 1.0,
    coupling: Annotated[float, typer.Option(help="Weight tying a country to itself a year "
                                            "later: higher keeps communities steadier.",
                                            min=0.0)] = 1.0,
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Communities of countries on 31 December of each year, followed through time (the
    country projection of certain claims, leidenalg's temporal optimisation), each named
    after the declared bloc it overlaps most; then the countries that changed community,
    when, and their claims that began or ended that year. Runs
    graphkit.analysis.moving.communities_over_time.

    Example: graphkit blocs communities --over-time --from 2015 --moves
    """
    import datetime as dt

    from graphkit.analysis.moving import DEFAULT_YEARS, communities_over_time
    from graphkit.errors import GraphkitError
    from graphkit.io.graph import read_graph
    from graphkit.output import format_rows

    with reported():
        if not over_time:
            raise GraphkitError("graphkit blocs communities needs --over-time (communities "
                                "year by year); for one day, see graphkit report blocs")
        last = end if end is not None else dt.date.today().year
        first = start if start is not None else last - DEFAULT_YEARS + 1
        if first > last:
            raise GraphkitError(f"--from {first} is after --to {last}")
        G = read_graph(*data_paths([data]))
        result = communities_over_time(G, years=range(first, last + 1), seed=seed,
                                       resolution=resolution, coupling=coupling)
    if fmt is Format.table:
        span = f"{result.years[0]}-{result.years[-1]}" if result.years else "no year"
        err(f"communities {span}: {len(result.moves)} moves; " + "; ".join(result.caveats))
    if not moves_only:
        out(format_rows(result.rows(), fmt, columns=["year", "community", "name", "size",
                                                     "countries"]))
    out(format_rows(result.move_rows(), fmt,
                    columns=["country", "year", "from", "to", "claims", "sources"]))
