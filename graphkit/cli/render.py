"""``graphkit render``: write the interactive HTML page of the graph (or of part of it)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import AsOfOpt, data_paths, err, reported
from graphkit.errors import GraphkitError

__all__ = ["ColorBy", "render_command"]


class ColorBy(str, Enum):
    """What a node's colour shows (``color_by`` of :func:`graphkit.render.render_page`)."""

    kind = "kind"
    bloc = "bloc"


def render_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("graph.html"),
    data: Annotated[Path | None, typer.Option(
        help="Data folder (with nodes/ and edges/). Default: ./data, else graphkit's curated "
        "dataset.")] = None,
    as_of: AsOfOpt = None,
    focus: Annotated[str | None, typer.Option(help="Draw only around this node (id, name "
                                              "or alias).")] = None,
    depth: Annotated[int, typer.Option(help="Hops kept around --focus.", min=0)] = 1,
    relations: Annotated[list[str] | None, typer.Option(
        "--relations", "-r", help="Relation types to keep (repeat, or comma-separated).")] = None,
    color_by: Annotated[ColorBy, typer.Option("--color-by", case_sensitive=False,
                                              help="Colour nodes by kind or by bloc.")] = ColorBy.kind,
    bloc: Annotated[list[str] | None, typer.Option(
        "--bloc", help="With --color-by bloc: a bloc anchor node (repeat). Default: the four "
        "programmes or agreements with most members (three at least).")] = None,
    title: Annotated[str | None, typer.Option(help="Page heading.")] = None,
    start: Annotated[str | None, typer.Option(
        "--from", help="With --to: draw what changed between two days (YYYY-MM-DD), edges "
        "marked added or removed; not with --as-of.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="The second day of --from.")] = None,
) -> None:
    """Write a self-contained interactive HTML page of the graph; it loads nothing online.

    Runs graphkit.render.render_page.

    Examples: graphkit render --out graph.html ;
    graphkit render --focus ILRS --depth 2 --color-by bloc --out ilrs.html ;
    graphkit render --as-of 2020-01-01 -r MEMBER_OF,SIGNED --out 2020.html ;
    graphkit render --from 2025-01-01 --to 2025-12-31 --out 2025.html
    """
    from graphkit.io.dates import day_phrase
    from graphkit.render import render_page

    with reported():
        if (start is None) != (end is None):
            raise GraphkitError("--from and --to go together: give both days, or neither")
        (path,) = data_paths([data])
        page = render_page(path, out, as_of=as_of, focus=focus, depth=depth, relations=relations,
                           color_by=color_by.value, blocs=bloc, title=title,
                           compare=(start, end) if start is not None else None)
    when = f"from {start} to {end}" if start is not None else day_phrase(as_of, page.opens_on)
    err(f"wrote {page.path}: {page.nodes} nodes, {page.edges} edges, {when}")
