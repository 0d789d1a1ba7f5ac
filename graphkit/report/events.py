"""The bloc report's "Reported events between the blocs" section: GDELT's coded events from
each bloc's members to each bloc's, summed by relation, the largest edges cited
(:func:`graphkit.analysis.events.bloc_events`). Present only when the data has such events
(``graphkit import gdelt``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx

from graphkit.analysis.events import CAVEATS, bloc_events, has_events
from graphkit.report.citations import Citations

__all__ = ["CITED", "events_section"]

#: The edges cited per row: those of most events.
CITED = 3


def events_section(G: nx.MultiDiGraph, ids: list[str], day: str, *, since: str | None,
                   cite: Citations, members: Mapping[str, Iterable[str]] | None = None) -> dict:
    """What the section shows, as plain data (``{}`` when ``G`` has no event edges).

    Examples
    --------
    >>> events_section(nx.MultiDiGraph(), ["x", "y"], "2024-06-30", since=None,
    ...                cite=Citations(nx.MultiDiGraph()))
    {}
    """
    if not has_events(G):
        return {}
    rows = [{"from": f.source, "to": f.target, "relation": f.relation, "events": f.events,
             "edges": f.edges, "pairs": f.pairs, "goldstein": f.goldstein, "first": f.first,
             "last": f.last, "sources": cite.cite(list(f.claims[:CITED]))}
            for f in bloc_events(G, ids, as_of=day, since=since, members=members)]
    return {"as_of": day, "since": since or "", "rows": rows, "caveats": list(CAVEATS),
            "cited": CITED}
