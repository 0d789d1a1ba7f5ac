"""Days to compare bloc membership on, for the tests that hold the page, Python and Cypher
to one rule (graphkit.analysis.blocs)."""

from __future__ import annotations

import datetime as dt

import networkx as nx

from graphkit.io.periods import Period
from graphkit.schema import load_schema

__all__ = ["days_membership_can_change"]


def days_membership_can_change(G: nx.MultiDiGraph, *, day_before: bool = True) -> list[str]:
    """Every day the membership of ``G`` can change on, and days inside partial dates.

    Only bloc, withdrawal and agency edges bear on membership. A date is a period (``2021``
    is some day of 2021): the first and the last day of each of their periods (membership
    is the same from one such day to the next), with ``day_before`` the day before each
    too, and a day inside each partial date's period (``2021`` -> 2021-07-01, ``2021-03``
    -> 2021-03-15), where a claim may hold without being certain.
    """
    schema = load_schema()
    relations = {*schema.bloc_relations, schema.withdrawal_relation, schema.agency_relation}
    dates = {d[k] for _, _, d in G.edges(data=True) if d.get("relation") in relations
             for k in ("since", "until") if d.get(k)}
    ends = {day for d in dates for day in (Period.of(d).first, Period.of(d).last)}
    before = {day - dt.timedelta(days=1)
              for day in (ends if day_before else [min(ends, default=dt.date(2000, 1, 1))])}
    inside = {d + "-07-01" if len(d) == 4 else d + "-15" for d in dates if len(d) < 10}
    return sorted({day.isoformat() for day in ends | before} | inside)
