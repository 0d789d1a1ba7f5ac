"""Time on the page: when each edge holds (certainly or possibly), which nodes a day shows,
and what changed between two days.

The page applies no date rule of its own: each edge carries the stretches of days on
which :func:`graphkit.io.periods.holds_on` says it holds, evaluated in Python on every
day the answer can change; the two-day mode carries each edge's change, read from
:func:`graphkit.analysis.changes.changes_between`.

The data give no founding or closing dates for organisations, agreements and
programmes, so on a day the page shows a node only when one of its relations holds
that day (certainly or possibly): a programme proposed in 2024 is not drawn in 2022.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable

import networkx as nx

from graphkit.analysis.changes import changes_between
from graphkit.io.dates import check_day
from graphkit.io.periods import Holds, Period, holds_on

__all__ = ["CHANGE_KINDS", "compare_graph", "drop_nodes_without_claims", "edge_stretches"]

#: The change of an edge between two days, as the two-day page names it, in legend order.
CHANGE_KINDS = ("added", "removed", "added and removed", "became certain",
                "became possible", "unchanged")


def edge_stretches(since: str | None, until: str | None = None) -> list[list[str]]:
    """The days a claim from ``since`` until ``until`` holds, as ``[first, end, holds]``.

    ``holds`` is ``"certain"`` or ``"possible"`` (:func:`~graphkit.io.periods.holds_on`)
    from ``first`` to before ``end`` (``""``: still). Evaluated on every day the answer
    can change: the first and last day of the ``since`` and ``until`` periods. An edge
    without ``since`` holds always.

    Examples
    --------
    >>> edge_stretches("2025")
    [['2025-01-01', '2025-12-31', 'possible'], ['2025-12-31', '', 'certain']]
    >>> edge_stretches("1973-01-01", "2020-01-31")
    [['1973-01-01', '2020-01-31', 'certain']]
    >>> edge_stretches("1998", "2014-03")[-1]
    ['2014-03-01', '2014-03-31', 'possible']
    """
    if not since:
        return [["", "", Holds.CERTAIN.value]]
    days = set()
    for date in (since, until):
        if date:
            p = Period.of(date)
            days.update((p.first.isoformat(), p.last.isoformat()))
    out: list[list[str]] = []
    for day in sorted(days):
        holds = holds_on(since, until or None, day)
        if out and not out[-1][1]:
            if out[-1][2] == holds.value:
                continue
            out[-1][1] = day
        if holds:
            out.append([day, "", holds.value])
    return out


def drop_nodes_without_claims(G: nx.MultiDiGraph, *, keep: Hashable | None = None,
                              ) -> nx.MultiDiGraph:
    """``G`` (cut to one day) without the nodes left with no edge, of any kind.

    :func:`graphkit.io.filter_as_of` drops edgeless countries only; on the page a day
    also hides an organisation, agreement or programme none of whose relations holds
    then, since the data date relations, not nodes. ``keep`` stays anyway.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("plant", kind="Programme"); G.add_node("XAA", kind="Country")
    >>> sorted(drop_nodes_without_claims(G, keep="XAA"))
    ['XAA']
    """
    H = G.copy()
    H.remove_nodes_from([v for v in G if G.degree(v) == 0 and v != keep])
    return H


def _change(before: str, after: str) -> str:
    if before == "no":
        return "added" if after != "no" else "added and removed"
    if after == "no":
        return "removed"
    if before == after:
        return "unchanged"
    return "became certain" if after == Holds.CERTAIN.value else "became possible"


def compare_graph(G: nx.MultiDiGraph, start: dt.date | str, end: dt.date | str,
                  ) -> nx.MultiDiGraph:
    """The edges of ``G`` that hold on ``start`` or ``end`` or changed in between, each
    with ``change`` (one of :data:`CHANGE_KINDS`), ``before`` and ``after``.

    Changes come from :func:`graphkit.analysis.changes.changes_between` (its ``edges``);
    an edge it does not list holds the same on both days. Nodes left without an edge go.
    ``graph["compare"]`` is ``(start, end)`` as ISO days.

    Raises
    ------
    GraphkitError
        A bad day, or ``end`` before ``start``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC"): G.add_node(n, kind="Country")
    >>> G.add_node("pact", kind="Agreement")
    >>> _ = G.add_edge("XAA", "pact", relation="SIGNED", since="2020-05-04")
    >>> _ = G.add_edge("XAB", "pact", relation="SIGNED", since="2025")
    >>> _ = G.add_edge("XAC", "pact", relation="SIGNED", since="2019", until="2024-03")
    >>> H = compare_graph(G, "2024-01-01", "2025-12-31")
    >>> sorted((u, d["change"]) for u, _, d in H.edges(data=True))
    [('XAA', 'unchanged'), ('XAB', 'added'), ('XAC', 'removed')]
    """
    first, last = check_day(start, name="from"), check_day(end, name="to")
    changed = {(e.subject, e.relation, e.object, e.since, e.until): (e.before, e.after)
               for e in changes_between(G, first, last).edges}
    H = G.copy()
    for u, v, k, d in G.edges(keys=True, data=True):
        since, until = d.get("since", ""), d.get("until") or ""
        key = (u, d.get("relation", ""), v, since, until)
        if key in changed:
            before, after = changed[key]
        elif since:
            before = after = holds_on(since, until or None, first).value
        else:
            before = after = Holds.CERTAIN.value
        if before == after == Holds.NO.value and key not in changed:
            H.remove_edge(u, v, k)
            continue
        H.edges[u, v, k].update(change=_change(before, after), before=before, after=after)
    H.remove_nodes_from([v for v in G if H.degree(v) == 0])
    H.graph["compare"] = (first, last)
    return H
