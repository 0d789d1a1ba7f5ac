"""``graphkit import``: standard datasets in (GDELT events, COW and ATOP alliances, UN votes),
as CSV files of data/'s format (``--out``) or straight into Neo4j (``--load``).

Every command reads its input as a stream with a progress bar on a terminal, checks the
rows as ``graphkit validate`` does, and on any problem writes nothing (one line per
problem: file, line, field, expectation; exit 1). A rerun writes the same bytes, and a
rerun of ``--load`` creates nothing (the loader MERGEs).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import day_option, err, out, reported

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, help="Read standard datasets (GDELT 2.0 events, COW and ATOP "
                  "alliances, UN General Assembly votes) into data/'s format or into Neo4j.")

OutOpt = Annotated[Path | None, typer.Option(
    "--out", "-o", help="Where to write data/'s format: an edge CSV file (gdelt, unga-votes), or a "
    "folder that gets nodes/NAME.csv and edges/NAME.csv (any import).")]
LoadOpt = Annotated[bool, typer.Option(
    "--load", help="Also write the checked rows into Neo4j with graphkit load's loader (NEO4J_URI, "
    "NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, or the managed server).")]
BulkOpt = Annotated[bool, typer.Option(
    "--bulk", help="Instead of --load: replace the managed Neo4j's database with the import, "
    "through neo4j-admin import (graphkit load --bulk; the fastest way for a large import). "
    "Whatever that database held before is gone.")]
RetrievedOpt = Annotated[str | None, typer.Option(
    "--retrieved", metavar="YYYY-MM-DD", callback=day_option,
    help="The day the file was downloaded, for each edge's retrieved column. Default: the day "
    "the file was last modified.")]


@contextmanager
def _bar(label: str, unit: str) -> Iterator:
    """A rich progress bar on stderr when it is a terminal (``progress(done, total)``), else None."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn(label), BarColumn(), TaskProgressColumn(), TextColumn(unit),
                   TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    task = bar.add_task(label, total=None)
    with bar:
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _targets(out_path: Path | None, load: bool, bulk: bool = False) -> None:
    if load and bulk:
        raise typer.BadParameter("give --load or --bulk, not both", param_hint="--load / --bulk")
    if out_path is None and not load and not bulk:
        raise typer.BadParameter("give --out PATH, --load or --bulk, or --out with one of them",
                                 param_hint="--out / --load / --bulk")


def _finish(imported, out_path: Path | None, load: bool, bulk: bool = False) -> None:
    """Write the checked rows to ``out_path`` and/or load them into Neo4j; say what was done."""
    from graphkit.io.importers.output import write_imported

    if out_path is not None:
        written = write_imported(imported, out_path)
        err(f"wrote {', '.join(map(str, written))}")
    if bulk:
        if imported.dataset is None:
            err("nothing to import: the import found no rows")
            return
        from graphkit.store.managed.bulk import bulk_import, bulk_target

        server = bulk_target()
        summary = bulk_import(server, imported.dataset, progress=err)
        out(f"bulk-imported into managed instance {server.instance!r}: {summary}")
    if load:
        if imported.dataset is None:
            err("nothing to load: the import found no rows")
            return
        from graphkit.store.load import load_graph
        from graphkit.store.settings import Settings, connect

        settings = Settings.from_env()
        with connect(settings) as driver, _bar("loading", "rows") as progress:
            summary = load_graph(driver, imported.dataset, database=settings.database, progress=progress,
                                 on_wait=lambda holder: err(f"waiting for another load to finish ({holder})"))
        out(f"loaded into {settings}: {summary}")


class Period(str, Enum):
    """How GDELT events are summed into claims."""

    day = "day"
    month = "month"
    year = "year"


class Engine(str, Enum):
    """Which engine sums GDELT events (the same claims either way)."""

    c = "c"
    duckdb = "duckdb"
    python = "python"


@app.command("gdelt")
def gdelt_command(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", show_default=False,
                                                help="GDELT 2.0 event files (*.export.CSV), plain or zipped.")],
    out_path: OutOpt = None,
    load: LoadOpt = False,
    bulk: BulkOpt = False,
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
    engine: Annotated[Engine, typer.Option("--engine", case_sensitive=False,
                                           help="One C pass (fastest), DuckDB or plain Python; the "
                                           "same claims (each hands what it does not take to the "
                                           "next).")] = Engine.c,
) -> None:
    """Sum GDELT 2.0 events between two countries into claims, one edge per direction,
    QuadClass and period, in data/'s edge format; checked as `graphkit validate` checks,
    and on any problem nothing is written. A rerun writes the same file.

    Runs graphkit.io.importers.gdelt.read_gdelt.

    Examples: graphkit import gdelt 20191024143000.export.CSV --out data/edges/gdelt.csv ;
    graphkit import gdelt *.export.CSV.zip --quad 1 --quad 2 --min-sources 2 --load
    """
    import datetime as dt

    from graphkit.io.importers.gdelt import GdeltFilter, read_gdelt

    _targets(out_path, load, bulk)
    filters = GdeltFilter(
        roots=frozenset(root) if root else None,
        quad_classes=frozenset(quad) if quad else GdeltFilter().quad_classes,
        start=dt.date.fromisoformat(start) if start else None,
        end=dt.date.fromisoformat(end) if end else None,
        min_sources=min_sources, period=period.value)
    with reported():
        with _bar("reading", "") as progress:
            result, imported = read_gdelt(files, filters, max_urls=max_urls, engine=engine.value,
                                          progress=progress, keep_claims=False)
        err(f"{result.count} claims from {result.kept} of {result.rows} events "
            f"in {len(result.files)} file{'s' if len(result.files) != 1 else ''}")
        _finish(imported, out_path, load, bulk)


def _alliances(path: Path, fmt, out_path: Path | None, load: bool, retrieved: str | None,
               bulk: bool = False) -> None:
    from graphkit.io.importers.alliances import read_alliances

    _targets(out_path, load, bulk)
    with reported():
        with _bar("reading", "") as progress:
            imported = read_alliances(path, fmt, retrieved=retrieved, progress=progress)
        err(f"{imported.counts['nodes']} alliances, {imported.counts['edges']} memberships")
        _finish(imported, out_path, load, bulk)


@app.command("cow-alliances")
def cow_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False,
                                         help="COW Formal Alliances v4.1, member level: alliance_v4.1_by_member.csv.")],
    out_path: OutOpt = None,
    load: LoadOpt = False,
    bulk: BulkOpt = False,
    retrieved: RetrievedOpt = None,
) -> None:
    """Each COW alliance becomes an Organisation node (cow-alliance-ID), each member row a
    MEMBER_OF edge with its entry and exit at the precision the row gives and its obligations
    (defense, neutrality, nonaggression, entente); COW state codes map to ISO alpha-3, states
    gone to their historical ids (graphkit/io/countries.py). Checked as `graphkit validate`
    checks; on any problem nothing is written.

    Runs graphkit.io.importers.alliances.read_alliances with COW.

    Examples: graphkit import cow-alliances alliance_v4.1_by_member.csv --out imported ;
    graphkit import cow-alliances version4.1_csv.zip --load
    """
    from graphkit.io.importers.alliances import COW

    _alliances(file, COW, out_path, load, retrieved, bulk)


@app.command("atop")
def atop_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False,
                                         help="ATOP 5.1, member level: atop5_1m.csv.")],
    out_path: OutOpt = None,
    load: LoadOpt = False,
    bulk: BulkOpt = False,
    retrieved: RetrievedOpt = None,
) -> None:
    """Each ATOP alliance becomes an Organisation node (atop-ID), each member row a MEMBER_OF
    edge with its entry and exit and its obligations (defense, offense, neutrality,
    nonaggression, consultation); phases of one member beginning the same day make one edge.
    Checked as `graphkit validate` checks; on any problem nothing is written.

    Runs graphkit.io.importers.alliances.read_alliances with ATOP.

    Examples: graphkit import atop atop5_1m.csv --out imported ; graphkit import atop atop5_1m.csv --load
    """
    from graphkit.io.importers.alliances import ATOP

    _alliances(file, ATOP, out_path, load, retrieved, bulk)


@app.command("unga-votes")
def unga_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False,
                                         help="UN General Assembly roll-call votes (Voeten's UNVotes.csv, or the "
                                         "unvotes package's un_votes with each roll call's date).")],
    out_path: OutOpt = None,
    load: LoadOpt = False,
    bulk: BulkOpt = False,
    min_votes: Annotated[int, typer.Option(
        "--min-votes", min=1, help="Keep a pair's year only if both voted on at least this many roll calls.")] = 5,
    retrieved: RetrievedOpt = None,
) -> None:
    """Roll-call votes become yearly agreement between pairs of countries: one VOTES_WITH edge
    per pair and year, its note starting with the share of the roll calls both voted on where
    they voted the same way (agreement: 0.875; roll calls: 16; same: 14). Checked as
    `graphkit validate` checks; on any problem nothing is written.

    Runs graphkit.io.importers.unga.read_unga_votes.

    Examples: graphkit import unga-votes UNVotes.csv --out data/edges/unga_votes.csv ;
    graphkit import unga-votes unvotes_1985.csv --min-votes 10 --load
    """
    from graphkit.io.importers.unga import read_unga_votes

    _targets(out_path, load, bulk)
    with reported():
        with _bar("reading", "") as progress:
            result = read_unga_votes(file, min_votes=min_votes, retrieved=retrieved, progress=progress)
        err(f"{len(result.agreements)} yearly agreements from {result.votes} votes in {result.rows} rows")
        _finish(result.imported, out_path, load, bulk)
