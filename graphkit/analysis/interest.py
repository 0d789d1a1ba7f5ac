"""Who expressed interest in a bloc without joining it, and where sources disagree on that.

The rule the saved query ``interested_not_joined`` restates in Cypher (a test compares
them on ``data/`` and on hand-made corner cases). On a day, among the claims
:func:`~graphkit.analysis.claims.country_claims` counts (certain, withdrawals applied, an
agency's claim for its country), a country is listed when it has an interest claim
(``roles.interest_relation`` in schema.yaml: EXPRESSED_INTEREST_IN) in the target and

- no joining claim (one of ``relations``, the bloc relations by default): it is not a
  member; or
- a joining claim from *another* source, dated on or before the interest (text dates,
  as withdrawals are ordered: ``2023-10`` is before ``2024``), and none from the
  interest's own source: a source still reports only interest after another recorded
  the joining. Both claims stand, and the row names the joining, so the difference shows.

The second case is the seed story's: MENAFN (2024) says the ILRS "has attracted interest
from several other countries, including Azerbaijan, Belarus, Egypt, and Turkey", while
official sources list the first three as participants since 2023.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graphkit.analysis.claims import Claim, country_claims
from graphkit.schema import load_schema

__all__ = ["Interest", "interested_not_joined"]


@dataclass(frozen=True)
class Interest:
    """A country's earliest qualifying interest claim, and the joining other sources record
    before it (``None``: not a member on the day)."""

    country: str
    interest: Claim
    joined: Claim | None


def interested_not_joined(G: nx.MultiDiGraph, target: str, *, as_of: dt.date | str | None = None,
                          relations: Iterable[str] | None = None) -> list[Interest]:
    """Countries interested in ``target`` but not members on ``as_of``, and those a source
    calls only interested after another recorded them joining; sorted by country.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    target : str
        Node id of the organisation, agreement or programme.
    as_of : date or ISO string, optional
        The day; default ``None``: ``G.graph["as_of"]``, else today; ``"all"``: all dates.
    relations : iterable of str, optional
        Relations that count as having joined. Default: the schema's bloc relations.

    Returns
    -------
    list of Interest
        ``interest``: the earliest qualifying interest claim (ties: by who made it, then
        source); ``joined``: the earliest joining claim dated on or before it (ties: by
        source), or ``None`` when the country is not a member.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB"): G.add_node(n, kind="Country")
    >>> G.add_node("moon", kind="Programme")
    >>> _ = G.add_edge("XAA", "moon", relation="MEMBER_OF", since="2023-10", source_url="https://a.org")
    >>> for c in ("XAA", "XAB"):
    ...     _ = G.add_edge(c, "moon", relation="EXPRESSED_INTEREST_IN", since="2024",
    ...                    source_url="https://story.org")
    >>> [(i.country, i.joined and i.joined.since) for i in interested_not_joined(G, "moon", as_of="2025-01-01")]
    [('XAA', '2023-10'), ('XAB', None)]
    """
    schema = load_schema()
    joining = set(relations) if relations is not None else set(schema.bloc_relations)
    interest_relation = schema.interest_relation
    mine = [c for c in country_claims(G, as_of=as_of) if c.target == target]
    out = []
    for country in sorted({c.country for c in mine if c.relation == interest_relation}):
        claims = [c for c in mine if c.country == country]
        joined = [c for c in claims if c.relation in joining]
        found = []
        for i in (c for c in claims if c.relation == interest_relation):
            before = [j for j in joined if j.since <= i.since]
            if not joined or (any(j.source_url != i.source_url for j in before)
                              and all(j.source_url != i.source_url for j in joined)):
                found.append((i, before))
        if found:
            i, before = min(found, key=lambda f: (f[0].since, f[0].subject, f[0].source_url))
            first = min(before, key=lambda j: (j.since, j.source_url), default=None)
            out.append(Interest(country, i, first))
    return out
