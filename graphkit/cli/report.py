"""``graphkit report``: write reports from the data (``graphkit report blocs ...``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import err, reported

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
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Date YYYY-MM-DD the comparison describes. Default: today.")] = None,
    data: Annotated[Path, typer.Option(help="Data folder.")] = Path("data"),
    seed: Annotated[int, typer.Option(help="Seed for community detection and sampling.")] = 0,
) -> None:
    """Compare declared blocs: members, growth, regions, overlap, central countries,
    detected communities, each claim citing a numbered source.

    Examples: graphkit report blocs ILRS artemis-accords --out r.html ;
    graphkit report blocs BRICS G7 --as-of 2024-01-01 --out r.md
    """
    import datetime as dt

    from graphkit.io.dates import parse_full_date
    from graphkit.report import FORMATS, bloc_report, write_report

    if len(names) < 2:
        raise typer.BadParameter("give at least two blocs, e.g. ILRS artemis-accords")
    if out_path.suffix.lower() not in FORMATS:
        raise typer.BadParameter(f"expected a file ending in .html, .md or .json, got "
                                 f"{str(out_path)!r}", param_hint="--out")
    with reported():
        from graphkit.errors import GraphkitError
        from graphkit.io import read_graph

        try:
            day = parse_full_date(as_of) if as_of else dt.date.today()
        except ValueError as exc:
            raise GraphkitError(f"--as-of: {exc}, got {as_of!r}") from None

        report = bloc_report(read_graph(data), names, as_of=day, seed=seed)
        write_report(report, out_path)
    sizes = ", ".join(f"{b['name']} {b['size']}" for b in report.blocs)
    err(f"wrote {out_path}: {sizes} members as of {report.as_of}; "
        f"{len(report.sources)} sources")
