"""`graphkit load`: check data/, then write it into Neo4j with a progress bar and a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import err, out, reported

__all__ = ["PROGRESS_MIN_ROWS", "load_command"]

#: Show the progress bar for loads of more rows than this even when stderr is not a terminal.
PROGRESS_MIN_ROWS = 20_000


def load_command(
    path: Annotated[
        Path, typer.Argument(help="Data folder with nodes/ and edges/ (or a CSV file).")
    ] = Path("data"),
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="Make the database mirror PATH: delete nodes, relationships and properties "
            "that are not in it.",
        ),
    ] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Rows per UNWIND statement.")
    ] = 20_000,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            help="Concurrent write transactions when creating relationships (database without any).",
        ),
    ] = 2,
    lock_wait: Annotated[
        float,
        typer.Option(
            "--lock-wait",
            min=0,
            help="Seconds to wait while another load into the same database runs (loads take turns).",
        ),
    ] = 600.0,
    bulk: Annotated[
        bool,
        typer.Option(
            "--bulk",
            help="Managed server only: stop it, replace its whole database with PATH "
            "(neo4j-admin import, several times faster), start it again.",
        ),
    ] = False,
) -> None:
    """Check PATH, then load it into Neo4j; on any data error nothing is written.

    Connects with NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, or to
    the managed server (`graphkit neo4j start`). Loading twice changes nothing.

    Examples: graphkit load ; graphkit load data --replace ; graphkit load --bulk
    """
    from graphkit.io.read import read_dataset
    from graphkit.store.load import load_graph
    from graphkit.store.settings import Settings, connect

    with reported():
        dataset = read_dataset(path)
        if bulk:
            from graphkit.store.managed.bulk import bulk_import, bulk_target

            server = bulk_target()
            summary = bulk_import(server, dataset, progress=err)
            out(f"bulk-imported into managed instance {server.instance!r}: {summary}")
            return
        settings = Settings.from_env()
        rows = len(dataset.nodes) + len(dataset.edges)
        with connect(settings) as driver, _progress_bar(rows) as progress:
            summary = load_graph(
                driver,
                dataset,
                database=settings.database,
                replace=replace,
                batch_size=batch_size,
                progress=progress,
                workers=workers,
                lock_wait=lock_wait,
                on_wait=lambda holder: err(f"waiting for another load to finish ({holder})"),
            )
    out(f"loaded into {settings}: {summary}")


class _progress_bar:
    """A rich progress bar with rows per second on stderr, or nothing for small quiet loads."""

    def __init__(self, rows: int):
        self.show = sys.stderr.isatty() or rows > PROGRESS_MIN_ROWS
        self.bar = self.task = None

    def __enter__(self):
        if not self.show:
            return None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(
            TextColumn("loading"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("rows"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.bar.start()
        self.task = self.bar.add_task("load", total=None, rate="")
        return self.update

    def update(self, done: int, total: int) -> None:
        self.bar.update(self.task, completed=done, total=total)
        speed = self.bar.tasks[0].speed
        self.bar.update(self.task, rate=f"{speed:,.0f} rows/s" if speed else "")

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
