"""Reported events between the members of declared blocs: GDELT's cooperation and conflict
(``graphkit import gdelt``), summed from one bloc's members to another's.

An event edge (a relation of ``roles.event_relations``) runs from one country to another
and carries in its typed column ``events`` how many events it sums, and in ``goldstein``
their mean GoldsteinScale (-10 conflict to +10 cooperation). :func:`bloc_events` adds them
up for each ordered pair of blocs (a bloc with itself too: events among its own members),
over the edges that began on or before the day (and, with ``since``, ended after it),
between the countries certainly members of each bloc on that day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

from graphkit.analysis.blocs import bloc_members
from graphkit.analysis.claims import Claim, graph_day
from graphkit.schema import load_schema

__all__ = ["CAVEATS", "EventFlow", "bloc_events", "has_events"]

#: What every figure of this module comes with.
CAVEATS = (
    ("GDELT codes events by machine from news reports: a count is of reported events as GDELT "
     "coded them, with its errors and its sources' coverage (more news, more events), not of "
     "everything that happened"),
    ("members are the countries certainly in each bloc on the day; a country in both blocs "
     "counts on both sides"),
    ("the mean GoldsteinScale (-10 most conflictual, +10 most cooperative) is weighted by "
     "events from each edge's own mean, written to two decimals: within 0.01 of the exact mean"),
)


@dataclass(frozen=True)
class EventFlow:
    """The events of one relation from the members of ``source`` to those of ``target``."""

    source: str
    target: str
    relation: str
    events: int
    edges: int
    pairs: int
    goldstein: float | None
    first: str
    last: str
    #: The edges summed, most events first (for citing).
    claims: tuple[Claim, ...]


def _last_day(began: str, ended: str) -> str:
    """The last day of an edge from ``began`` until (exclusive) ``ended``."""
    if len(ended) >= 10:
        return (dt.date.fromisoformat(ended[:10]) - dt.timedelta(days=1)).isoformat()
    return began


def has_events(G: nx.MultiDiGraph) -> bool:
    """Whether ``G`` has any edge of ``roles.event_relations``.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("XAA", "XAB", {"relation": "VERBAL_CONFLICT_WITH"})])
    >>> has_events(G), has_events(nx.MultiDiGraph())
    (True, False)
    """
    relations = set(load_schema().event_relations)
    return any(d.get("relation") in relations for _, _, d in G.edges(data=True))


def bloc_events(G: nx.MultiDiGraph, blocs: Sequence[str], *, as_of: dt.date | str | None = None,
                since: dt.date | str | None = None,
                members: Mapping[str, Iterable[str]] | None = None) -> list[EventFlow]:
    """Events from each bloc's members to each bloc's members, by relation.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`, with every date.
    blocs : sequence of str
        Bloc node ids.
    as_of : date or ISO string, optional
        The day: members on it, and edges that began on or before it. Default: the graph's
        day, else today.
    since : date or ISO string, optional
        Also leave out edges that ended on or before this day.
    members : mapping of bloc to countries, optional
        Each bloc's certain members on ``as_of``, when the caller has them already (a
        report); default: :func:`graphkit.analysis.blocs.bloc_members`.

    Returns
    -------
    list of EventFlow
        Ordered by source bloc, target bloc (as given), then relation (schema order); a
        pair and relation without events is left out.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for c in ("XAA", "XAB", "XAC"): G.add_node(c, kind="Country")
    >>> for b in ("x", "y"): G.add_node(b, kind="Organisation")
    >>> for c, b in (("XAA", "x"), ("XAB", "y"), ("XAC", "y")):
    ...     _ = G.add_edge(c, b, relation="MEMBER_OF", since="2000-01-01")
    >>> _ = G.add_edge("XAA", "XAB", relation="VERBAL_CONFLICT_WITH", since="2019-10-01",
    ...                until="2019-10-25", events=3, goldstein=-2.0)
    >>> _ = G.add_edge("XAA", "XAC", relation="VERBAL_CONFLICT_WITH", since="2019-11-01",
    ...                until="2019-11-02", events=1, goldstein=2.0)
    >>> [(f.source, f.target, f.events, f.pairs, f.goldstein) for f in
    ...  bloc_events(G, ["x", "y"], as_of="2019-12-31")]
    [('x', 'y', 4, 2, -1.0)]
    >>> bloc_events(G, ["x", "y"], as_of="2019-10-15")[0].events  # the November edge not yet
    3
    >>> bloc_events(G, ["x", "y"], as_of="2019-12-31", since="2019-10-25")[0].events
    1
    """
    schema = load_schema()
    order = {r: i for i, r in enumerate(schema.event_relations)}
    day = graph_day(G, as_of) or dt.date.today().isoformat()
    start = str(since) if since is not None else ""
    members = {b: frozenset(members[b] if members is not None else bloc_members(G, b, as_of=day))
               for b in blocs}
    sums: dict[tuple[str, str, str], list] = {}
    for u, v, d in G.edges(data=True):
        relation = d.get("relation")
        if relation not in order:
            continue
        began, ended = str(d.get("since") or ""), str(d.get("until") or "")
        if not began or began[:10] > day or (start and ended and ended <= start):
            continue
        for a in blocs:
            if u not in members[a]:
                continue
            for b in blocs:
                if v not in members[b]:
                    continue
                s = sums.setdefault((a, b, relation), [0, 0.0, 0, set(), began, began, []])
                count, mean = int(d.get("events") or 1), d.get("goldstein")
                s[0] += count
                if mean is not None:
                    s[1] += count * float(mean)
                    s[2] += 1
                s[3].add((u, v))
                s[4], s[5] = min(s[4], began), max(s[5], _last_day(began, ended))
                s[6].append((count, Claim(u, v, relation, began, ended, u, str(d.get("source_url") or ""),
                                          str(d.get("publisher") or ""), str(d.get("evidence") or ""))))
    flows = []
    for (a, b, relation), (events, gold, weighed, pairs, first, last, edges) in sums.items():
        edges.sort(key=lambda e: (-e[0], e[1]))
        mean = round(gold / events, 2) if weighed == len(edges) else None  # else unknown
        flows.append(EventFlow(a, b, relation, events, len(edges), len(pairs), mean, first, last,
                               tuple(c for _, c in edges)))
    rank = {b: i for i, b in enumerate(blocs)}
    return sorted(flows, key=lambda f: (rank[f.source], rank[f.target], order[f.relation]))
