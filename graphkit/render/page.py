"""From data to a page in one call: what ``graphkit render`` runs, for notebooks too.

Reads the data, resolves the focus before the date filter (so a node that only existed
later is named as such, not as unknown), filters by day, keeps the wanted part of the
graph, names the page after what it shows, and writes it atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from graphkit.analysis.claims import graph_day
from graphkit.errors import GraphkitError
from graphkit.io.dates import ALL_DATES, check_day, is_all_dates
from graphkit.io.files import check_target
from graphkit.io.graph import filter_as_of, read_graph
from graphkit.io.lookup import find_node
from graphkit.render.html import render_html
from graphkit.render.subgraph import subgraph
from graphkit.render.timeline import compare_graph, drop_nodes_without_claims

__all__ = ["RenderedPage", "page_title", "render_page"]


@dataclass(frozen=True)
class RenderedPage:
    """The page written: where, under which heading, and how much it shows."""

    path: Path
    title: str
    nodes: int
    edges: int
    #: The day the page opens on (``None``: all dates, or a two-day page).
    opens_on: str | None = None


def _relation_list(relations: Iterable[str] | str | None) -> list[str] | None:
    """``["MEMBER_OF,SIGNED", "LEADS"]`` as ``["MEMBER_OF", "SIGNED", "LEADS"]``; empty is None."""
    if relations is None:
        return None
    items = [relations] if isinstance(relations, str) else relations
    wanted = [r.strip() for item in items for r in str(item).split(",") if r.strip()]
    return wanted or None


def page_title(G: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1,
               as_of: str | None = None, compare: tuple[str, str] | None = None) -> str:
    """A heading that says what was drawn: around which node, how far, on which day.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", name="Land A")
    >>> page_title(G, focus="XAA", depth=2, as_of="2024-06-30")
    'graphkit around Land A (2 hops) as of 2024-06-30'
    >>> page_title(G, compare=("2025-01-01", "2025-12-31"))
    'graphkit: what changed from 2025-01-01 to 2025-12-31'
    """
    parts = ["graphkit"]
    if focus is not None:
        node = find_node(G.nodes, focus)
        parts.append(f"around {G.nodes[node].get('name', node)} ({depth} hop{'s' * (depth != 1)})")
    if as_of is not None:
        parts.append(f"as of {as_of}")
    heading = " ".join(parts)
    return f"{heading}: what changed from {compare[0]} to {compare[1]}" if compare else heading


def render_page(data: Path | str | None = None, out: Path | str = "graph.html", *,
                as_of: dt.date | str | None = None, focus: str | None = None, depth: int = 1,
                relations: Iterable[str] | str | None = None, color_by: str = "kind",
                blocs: Iterable[str] | None = None, title: str | None = None,
                compare: tuple[dt.date | str, dt.date | str] | None = None,
                seed: int = 0) -> RenderedPage:
    """Read ``data``, keep the part asked for, and write it as an interactive HTML page.

    Parameters
    ----------
    data : path, optional
        A data folder (or CSV file). Default: ``./data``, else the curated dataset
        (:func:`graphkit.io.curated.choose_data`).
    out : path, default "graph.html"
        The page to write, atomically (a previous page stays whole on any error).
    as_of : date, "YYYY-MM-DD" or "all", optional
        Only relations that hold on this day, certainly or possibly (the page draws the
        possible ones dotted); nodes left without one are dropped, of every kind (the
        data date relations, not the founding of organisations or programmes). Default,
        as everywhere in graphkit: today; the page then keeps every date and opens on
        today, so its date slider can go back in time. ``"all"``: every date, the page
        opening on none.
    focus : str, optional
        A node id, name or alias: draw only nodes within ``depth`` hops of it.
    depth : int, default 1
        Hops kept around ``focus``.
    relations : iterable of str, optional
        Relation types to keep; an item may list several, comma-separated.
    color_by : {"kind", "bloc"}
        Colour nodes by kind, or by the bloc they belong to.
    blocs : iterable of str, optional
        With ``color_by="bloc"``: bloc anchors as ids, names or aliases. Default: the four
        programmes or agreements with most members, three at least.
    title : str, optional
        Page heading. Default: :func:`page_title`, saying what was drawn.
    compare : (date, date), optional
        Two days ``(start, end)``: draw the relations that hold on either day or changed in
        between, marked added, removed, became certain or possible, or unchanged
        (:func:`graphkit.render.timeline.compare_graph`, from
        :func:`graphkit.analysis.changes.changes_between`); blocs are coloured as on
        ``end``. Not with ``as_of``.
    seed : int, default 0
        Fixes the layout: the same input gives the same bytes.

    Returns
    -------
    RenderedPage

    Raises
    ------
    GraphkitError
        A bad ``as_of`` or ``compare`` day (one line naming it), ``as_of`` with
        ``compare``, a focus with no relation valid on ``as_of`` (or on either day),
        an unknown relation type or ``color_by``, or a page that cannot be written.
    NodeNotFound
        When ``focus`` or a bloc names no node.
    DataErrors
        When the data does not pass validation.

    Examples
    --------
    >>> import tempfile
    >>> from graphkit.io.curated import curated_data_dir
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     page = render_page(curated_data_dir(), Path(tmp) / "ilrs.html", focus="ILRS",
    ...                        as_of="2024-12-31")
    ...     page.path.exists()
    True
    >>> page.title
    'graphkit around International Lunar Research Station (1 hop) as of 2024-12-31'
    """
    day = check_day(as_of) if as_of is None or not is_all_dates(as_of) else None
    days = None
    if compare is not None:
        if as_of is not None:
            raise GraphkitError("a page shows one day (as_of, --as-of) or compares two "
                                "(compare, --from/--to), not both")
        start, end = compare
        days = (check_day(start, name="from"), check_day(end, name="to"))
        if days[1] < days[0]:
            raise GraphkitError(f"the second day ({days[1]}) is before the first ({days[0]})")
    check_target(out, what="the page")  # a folder or a FIFO: say so before any work
    G = read_graph(*([data] if data is not None else []))
    center = find_node(G.nodes, focus) if focus is not None else None  # before the date filter
    if day is not None or days is not None:
        G = drop_nodes_without_claims(filter_as_of(G, day)) if days is None \
            else compare_graph(G, *days)
        if center is not None and center not in G:
            when = f"{day}; try a later --as-of" if days is None else f"{days[0]} or {days[1]}"
            raise GraphkitError(f"{center} has no relation valid on {when}")
    elif as_of is not None:  # "all": every date, and the page opens on none
        G.graph["as_of"] = ALL_DATES
    # the default: every date in the page, which opens on today (graph_day's default)
    opens_on = day or (graph_day(G) if days is None else None)
    H = subgraph(G, focus=center, depth=depth, relations=_relation_list(relations))
    anchors = [find_node(G.nodes, b) for b in blocs] if blocs else None
    heading = title or page_title(G, focus=center, depth=depth, as_of=opens_on, compare=days)
    path = render_html(H, out, title=heading, color_by=color_by, blocs=anchors, seed=seed)
    return RenderedPage(path=Path(path), title=heading, nodes=H.number_of_nodes(),
                        edges=H.number_of_edges(), opens_on=opens_on)
