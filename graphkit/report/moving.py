"""The bloc report's "Blocs that move" section: countries whose detected community changed
over the yearly slices up to the report's day, each move with its own claims cited
(:func:`graphkit.analysis.moving.communities_over_time`, ``until`` the report's day)."""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from graphkit.analysis.moving import communities_over_time
from graphkit.report.citations import Citations

__all__ = ["REPORT_YEARS", "moving_section"]

#: Yearly slices the report looks at: the report's year (on its day) and the nine before
#: (on 31 December). The temporal optimisation's cost grows faster than the number of
#: slices (each slice is a layer over the countries of every slice): on ``data/`` ten take
#: 2.4 s of CPU time, thirty 12.3 s; ``graphkit blocs communities --over-time`` goes
#: further back.
REPORT_YEARS = 10


def moving_section(G: nx.MultiDiGraph, day: str, *, seed: int, cite: Citations,
                   node_row: Callable[[str], dict], skip: str = "") -> dict:
    """What the section shows, as plain data: the years, each move with its claims and
    their sources, each moving country's community per year (the chart), the caveats.

    ``skip`` (a reason) leaves the section out, saying why (a large graph:
    :mod:`graphkit.report.scale`).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> moving_section(G, "2024-06-30", seed=0, cite=Citations(G), node_row=dict)["moves"]
    []
    """
    year = int(day[:4])
    first = year - REPORT_YEARS + 1
    base = {"from": first, "as_of": day, "seed": seed, "skipped": skip, "years": [],
            "moves": [], "timeline": [], "caveats": []}
    if skip:
        return base
    result = communities_over_time(G, years=range(first, year + 1), seed=seed, until=day)
    moves = []
    for m in result.moves:
        claims = [{"relation": c.relation, "object": c.target, "since": c.since,
                   "until": c.until} for c in m.claims]
        moves.append({**node_row(m.country), "country": m.country, "year": m.year,
                      "from": m.before, "to": m.after, "claims": claims,
                      "sources": cite.cite(m.claims)})
    moved = sorted({m.country for m in result.moves},
                   key=lambda c: (min(m.year for m in result.moves if m.country == c), c))
    label = {(c, y): result.names[y][k] for y in result.years
             for k, members in result.communities[y].items() for c in members}
    timeline = [{"country": c, "name": node_row(c).get("name", c),
                 "path": [[y, label.get((c, y), "")] for y in result.years]} for c in moved]
    return {**base, "years": list(result.years), "resolution": result.resolution,
            "coupling": result.coupling, "moves": moves, "timeline": timeline,
            "caveats": list(result.caveats),
            "communities": [[y, len(result.communities[y])] for y in result.years]}
