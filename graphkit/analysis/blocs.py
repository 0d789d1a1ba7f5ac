"""Declared blocs: who belongs to an organisation, agreement or programme on a given day.

A country belongs to bloc ``X`` on day ``D`` when it has an edge to ``X`` whose relation
has ``bloc: true`` in the schema (MEMBER_OF, SIGNED, RATIFIED, LEADS) and that is valid on
``D``, unless a WITHDREW_FROM edge to ``X`` valid on ``D`` started on or after every such
edge (so a later re-accession counts again). An agency's edges count for its country
(through AGENCY_OF), citing the agency's own source. With ``as_of=None`` dates are ignored
except for that ordering of withdrawals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graphkit.io.dates import as_iso, is_valid_on

__all__ = [
    "Claim",
    "bloc_growth",
    "bloc_members",
    "bloc_relations",
    "country_claims",
    "declared_blocs",
]


@dataclass(frozen=True, order=True)
class Claim:
    """One sourced edge from a country (or its agency) to a non-country node."""

    country: str
    target: str
    relation: str
    since: str
    until: str
    subject: str
    source_url: str
    publisher: str
    evidence: str


def bloc_relations(G: nx.MultiDiGraph | None = None) -> frozenset[str]:
    """Relation types with ``bloc: true`` in the schema."""
    from graphkit.schema import load_schema

    return frozenset(load_schema().bloc_relations)


def _agency_countries(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The countries each agency is AGENCY_OF (a joint agency has several), sorted."""
    out: dict[str, set[str]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("relation") == "AGENCY_OF" and G.nodes[v].get("kind") == "Country":
            out.setdefault(u, set()).add(v)
    return {agency: sorted(countries) for agency, countries in out.items()}


def country_claims(G: nx.MultiDiGraph, *, as_of: dt.date | str | None = None) -> list[Claim]:
    """Every edge from a country (or its agency) to a non-country node, valid on ``as_of``.

    Withdrawals are applied: a claim is dropped when a WITHDREW_FROM edge from the same
    country to the same node, valid on ``as_of``, started on or after it. WITHDREW_FROM
    and AGENCY_OF edges themselves are not returned.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    as_of : date or ISO string, optional
        Keep only edges valid that day; ``None`` keeps all.

    Returns
    -------
    list of Claim
        Sorted.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country"); G.add_node("x", kind="Organisation")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2000")
    >>> _ = G.add_edge("XAA", "x", relation="WITHDREW_FROM", since="2010")
    >>> [c.relation for c in country_claims(G, as_of="2005-01-01")]
    ['MEMBER_OF']
    >>> country_claims(G, as_of="2011-01-01")
    []

    A claim by an agency counts for every country it is the agency of (as in Cypher):

    >>> G.add_node("joint", kind="Agency"); G.add_node("XBB", kind="Country")
    >>> _ = G.add_edge("joint", "XAA", relation="AGENCY_OF", since="1990")
    >>> _ = G.add_edge("joint", "XBB", relation="AGENCY_OF", since="1990")
    >>> _ = G.add_edge("joint", "x", relation="SIGNED", since="2012")
    >>> [(c.country, c.relation) for c in country_claims(G, as_of="2013-01-01")]
    [('XAA', 'SIGNED'), ('XBB', 'SIGNED')]
    """
    day = as_iso(as_of)
    agency = _agency_countries(G)
    kinds = nx.get_node_attributes(G, "kind")
    claims, withdrawn = [], {}
    for u, v, d in G.edges(data=True):
        rel = d.get("relation")
        if rel == "AGENCY_OF" or kinds.get(v) == "Country":
            continue
        countries = [u] if kinds.get(u) == "Country" else agency.get(u, [])
        since, until = d.get("since", ""), d.get("until") or ""
        if not countries or (day is not None and not is_valid_on(since, until or None, day)):
            continue
        for country in countries:
            if rel == "WITHDREW_FROM":
                key = (country, v)
                withdrawn[key] = max(withdrawn.get(key, ""), since)
                continue
            claims.append(Claim(country, v, rel, since, until, u, d.get("source_url", ""),
                                d.get("publisher", ""), d.get("evidence", "")))
    return sorted(c for c in claims
                  if (c.country, c.target) not in withdrawn
                  or c.since > withdrawn[(c.country, c.target)])


def bloc_members(G: nx.MultiDiGraph, bloc: str, *,
                 as_of: dt.date | str | None = None) -> dict[str, list[Claim]]:
    """The countries in ``bloc`` on ``as_of``, each with the claims that make it a member.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    bloc : str
        Node id of the organisation, agreement or programme.
    as_of : date or ISO string, optional
        The day; ``None`` ignores dates (withdrawals still apply).

    Returns
    -------
    dict
        Country id -> sorted list of :class:`Claim`, in id order.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB"): G.add_node(n, kind="Country")
    >>> G.add_node("x", kind="Programme")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2021-03")
    >>> _ = G.add_edge("XAB", "x", relation="EXPRESSED_INTEREST_IN", since="2021")
    >>> list(bloc_members(G, "x", as_of="2022-01-01"))
    ['XAA']
    """
    rels = bloc_relations()
    members: dict[str, list[Claim]] = {}
    for c in country_claims(G, as_of=as_of):
        if c.target == bloc and c.relation in rels:
            members.setdefault(c.country, []).append(c)
    return dict(sorted(members.items()))


def declared_blocs(G: nx.MultiDiGraph, blocs: Iterable[str] | None = None, *,
                   as_of: dt.date | str | None = None) -> dict[str, frozenset[str]]:
    """Members of each bloc on ``as_of`` (every node with a bloc member when ``blocs`` is None).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB"): G.add_node(n, kind="Country")
    >>> for n in ("x", "y"): G.add_node(n, kind="Organisation")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2000")
    >>> _ = G.add_edge("XAB", "x", relation="MEMBER_OF", since="2000")
    >>> _ = G.add_edge("XAB", "y", relation="MEMBER_OF", since="2000")
    >>> {k: sorted(v) for k, v in declared_blocs(G).items()}
    {'x': ['XAA', 'XAB'], 'y': ['XAB']}
    """
    rels = bloc_relations()
    found: dict[str, set[str]] = {}
    for c in country_claims(G, as_of=as_of):
        if c.relation in rels:
            found.setdefault(c.target, set()).add(c.country)
    keys = sorted(found) if blocs is None else list(blocs)
    return {b: frozenset(found.get(b, ())) for b in keys}


def bloc_growth(G: nx.MultiDiGraph, bloc: str, *,
                until: dt.date | str | None = None) -> list[tuple[int, int]]:
    """Member counts at the end of each year, from the first bloc edge's year to ``until``.

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
    dates = [d.get(k) for _, v, d in G.edges(data=True) if v == bloc
             for k in ("since", "until") if d.get(k)]
    if not dates:
        return []
    last = as_iso(until) if until is not None else max(dates)
    first_year, last_year = int(min(dates)[:4]), int(last[:4])
    rows = []
    for year in range(first_year, last_year + 1):
        day = f"{year}-12-31" if year < last_year else (as_iso(until) if until is not None
                                                          else f"{year}-12-31")
        rows.append((year, len(bloc_members(G, bloc, as_of=day))))
    return rows
