"""``graphkit diff``: what changed between two days (who joined or left each bloc, who
became possible or certain, which claims started or ended), each with its source."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import FormatOpt, data_paths, day_option, err, out, reported
from graphkit.output import Format

__all__ = ["diff_command"]


def diff_command(
    start: Annotated[str, typer.Option("--from", metavar="YYYY-MM-DD", callback=day_option,
                                       help="The first day: its state is the baseline.")],
    end: Annotated[str, typer.Option("--to", metavar="YYYY-MM-DD", callback=day_option,
                                     help="The second day: what holds then is compared.")],
    bloc: Annotated[list[str] | None, typer.Option(
        "--bloc", help="A bloc (id, name or alias; repeat). Default: every bloc, and every "
        "claim.")] = None,
    data: Annotated[Path | None, typer.Option(
        help="Data folder. Default: ./data, else graphkit's curated dataset.")] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List what changed between two days: who joined, left, became possible or became
    certain in each bloc (section member), and the claims that started or ended (section
    claim), each with its source. A date known only to the month or year makes a claim
    possible during that period, certain after it.

    Runs graphkit.analysis.changes.changes_between.

    Examples: graphkit diff --from 2025-01-01 --to 2025-12-31 --bloc artemis-accords ;
    graphkit diff --from 2024-01-01 --to 2024-12-31 --bloc ILRS --bloc BRICS --format csv
    """
    from graphkit.analysis.blocs import check_bloc_anchor
    from graphkit.analysis.changes import CHANGE_COLUMNS, changes_between
    from graphkit.io.graph import read_graph
    from graphkit.io.lookup import find_node
    from graphkit.output import format_rows

    with reported():
        G = read_graph(*data_paths([data]))
        ids = None
        if bloc:
            ids = [find_node(G.nodes, name) for name in bloc]
            for name, node in zip(bloc, ids):
                check_bloc_anchor(G, node, named=name)
        changes = changes_between(G, start, end, ids)
    if fmt is Format.table:
        err(f"from {changes.start} to {changes.end}: {len(changes.members)} member changes, "
            f"{len(changes.edges)} claims started or ended")
    out(format_rows(changes.rows(), fmt, columns=CHANGE_COLUMNS))
