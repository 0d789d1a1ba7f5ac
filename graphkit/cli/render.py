"""``graphkit render``: write the interactive HTML page of the graph (or of part of it)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import err, reported

__all__ = ["render_command"]


def render_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("graph.html"),
    data: Annotated[Path, typer.Option(help="Data folder (with nodes/ and edges/).")] = Path("data"),
    as_of: Annotated[str | None, typer.Option("--as-of", help="Only edges valid on this day "
                                              "(YYYY-MM-DD).")] = None,
    focus: Annotated[str | None, typer.Option(help="Draw only around this node (id, name "
                                              "or alias).")] = None,
    depth: Annotated[int, typer.Option(help="Hops kept around --focus.", min=0)] = 1,
    relations: Annotated[list[str] | None, typer.Option(
        "--relations", "-r", help="Relation types to keep (repeat, or comma-separated).")] = None,
    color_by: Annotated[str, typer.Option("--color-by", help="kind or bloc")] = "kind",
    bloc: Annotated[list[str] | None, typer.Option(
        "--bloc", help="With --color-by bloc: a bloc anchor node (repeat). Default: the four "
        "programmes or agreements with most members.")] = None,
    title: Annotated[str | None, typer.Option(help="Page heading.")] = None,
) -> None:
    """Write a self-contained interactive HTML page of the graph; it loads nothing online.

    Examples: graphkit render --out graph.html ;
    graphkit render --focus ILRS --depth 2 --color-by bloc --out ilrs.html ;
    graphkit render --as-of 2020-01-01 -r MEMBER_OF,SIGNED --out 2020.html
    """
    if color_by not in ("kind", "bloc"):
        raise typer.BadParameter(f"expected kind or bloc, got {color_by!r}",
                                 param_hint="--color-by")
    from graphkit.errors import GraphkitError
    from graphkit.io import read_graph
    from graphkit.io.dates import parse_full_date
    from graphkit.io.lookup import find_node
    from graphkit.render import render_html, subgraph

    with reported():
        if as_of is not None:
            try:
                parse_full_date(as_of)
            except ValueError as exc:
                raise GraphkitError(f"--as-of: {exc}, got {as_of!r}") from None
        G = read_graph(data)
        if focus is not None:
            focus = find_node(G.nodes, focus)  # look it up before the date filter drops it
        if as_of is not None:
            from graphkit.io import filter_as_of

            G = filter_as_of(G, as_of)
            if focus is not None and focus not in G:
                raise GraphkitError(f"{focus} has no relation valid on {as_of}; "
                                    "try a later --as-of")
        wanted = [r for item in relations or [] for r in item.split(",") if r.strip()] or None
        H = subgraph(G, focus=focus, depth=depth, relations=wanted)
        anchors = [find_node(G.nodes, b) for b in bloc] if bloc else None
        heading = title or _title(G, focus, depth, as_of)
        path = render_html(H, out, title=heading, color_by=color_by, blocs=anchors)
    err(f"wrote {path} ({H.number_of_nodes()} nodes, {H.number_of_edges()} edges)")


def _title(G, focus: str | None, depth: int, as_of: str | None) -> str:
    """A heading that says what was drawn."""
    parts = ["graphkit"]
    if focus is not None:
        from graphkit.io.lookup import find_node

        node = find_node(G.nodes, focus)
        parts.append(f"around {G.nodes[node].get('name', node)} ({depth} hop{'s' * (depth != 1)})")
    if as_of is not None:
        parts.append(f"as of {as_of}")
    return " ".join(parts)
