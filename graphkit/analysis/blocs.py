"""Declared blocs: who belongs to an organisation, agreement or programme on a given day.

This is graphkit's one membership rule. The page gets its result precomputed
(:func:`membership_spans`), and the saved Cypher queries restate it; tests compare both
with it. The special names come from ``roles`` in schema.yaml:

A country (the ``country`` kind) belongs to bloc ``X`` on day ``D`` when it has an edge to
``X`` whose relation has ``bloc: true`` in the schema (MEMBER_OF, SIGNED, RATIFIED, LEADS)
and that is valid on ``D``, unless a ``withdrawal_relation`` (WITHDREW_FROM) edge to ``X``
valid on ``D`` started on or after every such edge (so a later re-accession counts again).
An agency's edges count for its country (through the ``agency_relation``, AGENCY_OF),
citing the agency's own source. With ``as_of=None`` dates are ignored except for that
ordering of withdrawals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graphkit.errors import GraphkitError
from graphkit.io.dates import as_iso, first_day, is_valid_on
from graphkit.schema import load_schema

__all__ = [
    "Claim",
    "bloc_growth",
    "bloc_members",
    "bloc_relations",
    "check_bloc_anchor",
    "country_claims",
    "declared_blocs",
    "membership_spans",
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


#: A country's claims about one node, and the (since, until) of its withdrawals from it.
_Pair = tuple[list[Claim], list[tuple[str, str]]]


def bloc_relations(G: nx.MultiDiGraph | None = None) -> frozenset[str]:
    """Relation types with ``bloc: true`` in the schema."""
    return frozenset(load_schema().bloc_relations)


def check_bloc_anchor(G: nx.MultiDiGraph, node: str, *, named: str | None = None) -> None:
    """Refuse a node that cannot anchor a bloc: one not of ``roles.bloc_anchor_kinds``.

    Raises
    ------
    GraphkitError
        Saying what the node is, as ``named`` (default: its id) and its id, and what was
        expected.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country"); G.add_node("x", kind="Organisation")
    >>> check_bloc_anchor(G, "x")
    >>> check_bloc_anchor(G, "XAA", named="Aland")
    Traceback (most recent call last):
    ...
    graphkit.errors.GraphkitError: 'Aland' is a country (XAA); expected an organisation, agreement or programme
    """
    schema = load_schema()
    kind = G.nodes[node].get("kind")
    if kind not in schema.bloc_anchor_kinds:
        what = schema.describe_kinds([kind]) if kind else "of no kind"
        raise GraphkitError(f"{named if named is not None else node!r} is {what} ({node}); "
                            f"expected {schema.describe_kinds(schema.bloc_anchor_kinds)}")


def _agency_countries(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The countries each agency is the agency of (a joint agency has several), sorted."""
    schema = load_schema()
    out: dict[str, set[str]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("relation") == schema.agency_relation \
                and G.nodes[v].get("kind") == schema.country_kind:
            out.setdefault(u, set()).add(v)
    return {agency: sorted(countries) for agency, countries in out.items()}


def _pairs(G: nx.MultiDiGraph) -> dict[tuple[str, str], _Pair]:
    """Every claim of a country (or its agency) about a non-country node, by (country, node)."""
    schema = load_schema()
    agency = _agency_countries(G)
    kinds = nx.get_node_attributes(G, "kind")
    pairs: dict[tuple[str, str], _Pair] = {}
    for u, v, d in G.edges(data=True):
        rel = d.get("relation")
        if rel == schema.agency_relation or kinds.get(v) == schema.country_kind:
            continue
        since, until = d.get("since", ""), d.get("until") or ""
        for country in [u] if kinds.get(u) == schema.country_kind else agency.get(u, []):
            claims, withdrawals = pairs.setdefault((country, v), ([], []))
            if rel == schema.withdrawal_relation:
                withdrawals.append((since, until))
            else:
                claims.append(Claim(country, v, rel, since, until, u, d.get("source_url", ""),
                                    d.get("publisher", ""), d.get("evidence", "")))
    return pairs


def _standing(claims: list[Claim], withdrawals: list[tuple[str, str]],
              day: str | None) -> list[Claim]:
    """The rule: the claims valid on ``day`` that no withdrawal valid on ``day`` undoes.

    A withdrawal undoes the claims it is dated on or after; ``day=None`` ignores dates
    but keeps that ordering.
    """
    if day is not None:
        claims = [c for c in claims if is_valid_on(c.since, c.until or None, day)]
        withdrawals = [w for w in withdrawals if is_valid_on(w[0], w[1] or None, day)]
    last = max((since for since, _ in withdrawals), default=None)
    return [c for c in claims if last is None or c.since > last]


def country_claims(G: nx.MultiDiGraph, *, as_of: dt.date | str | None = None) -> list[Claim]:
    """Every edge from a country (or its agency) to a non-country node, valid on ``as_of``.

    Withdrawals are applied: a claim is dropped when a withdrawal edge (WITHDREW_FROM) from
    the same country to the same node, valid on ``as_of``, started on or after it.
    Withdrawal and agency (AGENCY_OF) edges themselves are not returned.

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
    return sorted(c for claims, withdrawals in _pairs(G).values()
                  for c in _standing(claims, withdrawals, day))


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


def membership_spans(G: nx.MultiDiGraph, blocs: Iterable[str],
                     ) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """The days each country is in each bloc, as spans: what a page needs to show any day.

    The rule is the one :func:`bloc_members` applies; it can only change on a day some
    claim or withdrawal of that country about that bloc starts or ends (a partial date
    counts from its first day), so it is evaluated on those days.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    blocs : iterable of str
        Node ids of the blocs.

    Returns
    -------
    dict
        Bloc -> country -> ``[(first, end), ...]``: member from ``first`` (a full ISO
        day) to before ``end`` (``""``: still one). So ``country in bloc_members(G, b,
        as_of=d)`` exactly when some span has ``first <= d`` and (``end == ""`` or
        ``d < end``). Blocs in the order given, countries and spans sorted.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country"); G.add_node("x", kind="Organisation")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="1992", until="1999")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2006-08")
    >>> _ = G.add_edge("XAA", "x", relation="WITHDREW_FROM", since="2012-06-28")
    >>> membership_spans(G, ["x"])
    {'x': {'XAA': [('1992-01-01', '1999-01-01'), ('2006-08-01', '2012-06-28')]}}
    """
    rels = bloc_relations()
    out: dict[str, dict[str, list[tuple[str, str]]]] = {b: {} for b in dict.fromkeys(blocs)}
    for (country, target), (claims, withdrawals) in sorted(_pairs(G).items()):
        claims = [c for c in claims if c.relation in rels]
        if target not in out or not claims:
            continue
        days = sorted({first_day(x) for c in claims for x in (c.since, c.until) if x}
                      | {first_day(x) for w in withdrawals for x in w if x})
        spans: list[list[str]] = []
        for day in days:
            member = bool(_standing(claims, withdrawals, day))
            if member and (not spans or spans[-1][1]):
                spans.append([day, ""])
            elif not member and spans and not spans[-1][1]:
                spans[-1][1] = day
        if spans:
            out[target][country] = [(a, b) for a, b in spans]
    return out


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
