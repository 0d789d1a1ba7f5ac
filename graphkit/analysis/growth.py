"""Bloc sizes through time: member counts at the end of each year, certain and possible,
what the report's growth chart and notebook 02 draw (the rule of
:func:`graphkit.analysis.blocs.bloc_membership`, applied on each year's last day)."""

from __future__ import annotations

import datetime as dt

import networkx as nx

from graphkit.analysis.blocs import bloc_membership
from graphkit.io.dates import as_iso
from graphkit.schema import load_schema

__all__ = ["bloc_growth", "bloc_growth_range"]


def bloc_growth_range(G: nx.MultiDiGraph, bloc: str, *,
                      until: dt.date | str | None = None) -> list[tuple[int, int, int]]:
    """Member counts at the end of each year with their possible range: what a chart needs.

    Parameters
    ----------
    until : date or ISO string, optional
        Last day counted (its year is the last row, counted on that day); default: the
        last day of the year of the latest ``since`` or ``until`` of the bloc's edges.

    Returns
    -------
    list of (year, certain, possible)
        ``certain`` members that day, and ``possible`` members on top of them: the count
        lies between ``certain`` and ``certain + possible``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB"): G.add_node(n, kind="Country")
    >>> G.add_node("x", kind="Agreement")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2020-10-13")
    >>> _ = G.add_edge("XAB", "x", relation="SIGNED", since="2023")
    >>> bloc_growth_range(G, "x", until="2023-06-30")
    [(2020, 1, 0), (2021, 1, 0), (2022, 1, 0), (2023, 1, 1)]
    """
    if bloc not in G:
        return []
    dates = [d.get(k) for _, _, d in G.in_edges(bloc, data=True)
             for k in ("since", "until") if d.get(k)]
    if not dates:
        return []
    last = as_iso(until) if until is not None else max(dates)
    first_year, last_year = int(min(dates)[:4]), int(last[:4])
    H = _around(G, bloc)  # one scan of the bloc's claims a year, not of the whole graph
    rows = []
    for year in range(first_year, last_year + 1):
        day = f"{year}-12-31" if year < last_year or until is None else as_iso(until)
        m = bloc_membership(H, bloc, as_of=day)
        rows.append((year, len(m.certain), len(m.possible)))
    return rows


def _around(G: nx.MultiDiGraph, bloc: str) -> nx.MultiDiGraph:
    """The part of ``G`` a bloc's membership depends on: the edges into ``bloc``, the nodes
    they come from, and those nodes' own edges to countries (an agency's AGENCY_OF)."""
    agency = load_schema().agency_relation
    H = nx.MultiDiGraph(**G.graph)
    H.add_node(bloc, **G.nodes[bloc])
    for u, _, k, d in G.in_edges(bloc, keys=True, data=True):
        if u not in H:
            H.add_node(u, **G.nodes[u])
            for _, c, kc, dc in G.out_edges(u, keys=True, data=True):
                if dc.get("relation") == agency:
                    H.add_node(c, **G.nodes[c])
                    H.add_edge(u, c, key=kc, **dc)
        H.add_edge(u, bloc, key=k, **d)
    return H


def bloc_growth(G: nx.MultiDiGraph, bloc: str, *,
                until: dt.date | str | None = None) -> list[tuple[int, int]]:
    """Certain member counts at the end of each year, from the first bloc edge's year to
    ``until`` (:func:`bloc_growth_range` has the possible range too).

    Parameters
    ----------
    until : date or ISO string, optional
        Last day counted (its year is the last row, counted on that day); default: the
        latest ``since`` or ``until`` of the bloc's edges.

    Returns
    -------
    list of (year, count)

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB"): G.add_node(n, kind="Country")
    >>> G.add_node("x", kind="Agreement")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2020-10-13")
    >>> _ = G.add_edge("XAB", "x", relation="SIGNED", since="2022")
    >>> bloc_growth(G, "x", until="2023-06-30")
    [(2020, 1), (2021, 1), (2022, 2), (2023, 2)]
    """
    return [(year, certain) for year, certain, _ in bloc_growth_range(G, bloc, until=until)]
