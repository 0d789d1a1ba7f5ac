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

    Only bloc, withdrawal and agency edges bear on membership. The first and the last day
    of the period each of their dates names (a claim dated ``2021`` is possible from
    2021-01-01 and certain from 2021-12-31; an ``until`` of ``2021-03`` makes it possible
    from 2021-03-01 and over on 2021-03-31: membership, certain or possible, is the same
    from one such day to the next), with ``day_before`` the day before each too, and a day
    inside the period of each partial date (``2021`` -> 2021-07-01, ``2021-03`` ->
    2021-03-15), where the claim is possible.
    """
    schema = load_schema()
    relations = {*schema.bloc_relations, schema.withdrawal_relation, schema.agency_relation}
    dates = {d[k] for _, _, d in G.edges(data=True) if d.get("relation") in relations
             for k in ("since", "until") if d.get(k)}
    starts = {day.isoformat() for d in dates for day in (Period.of(d).first, Period.of(d).last)}
    before = {(dt.date.fromisoformat(d) - dt.timedelta(days=1)).isoformat()
              for d in (starts if day_before else [min(starts, default="2000-01-01")])}
    inside = {d + "-07-01" if len(d) == 4 else d + "-15" for d in dates if len(d) < 10}
    return sorted(starts | before | inside)
