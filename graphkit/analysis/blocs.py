"""Declared blocs: who belongs to an organisation, agreement or programme on a given day.

This is graphkit's one membership rule. The page gets its result precomputed
(:func:`membership_spans`), and the saved Cypher queries restate it; tests compare both
with it. The special names come from ``roles`` in schema.yaml:

A country (the ``country`` kind) belongs to bloc ``X`` on day ``D`` when it has an edge to
``X`` whose relation has ``bloc: true`` in the schema (MEMBER_OF, SIGNED, RATIFIED, LEADS)
and that is valid on ``D``, unless a ``withdrawal_relation`` (WITHDREW_FROM) edge to ``X``
valid on ``D`` started on or after every such edge (so a later re-accession counts again).
An agency's edges count for its country (through the ``agency_relation``, AGENCY_OF),
citing the agency's own source. With ``as_of="all"`` dates are ignored except for that
ordering of withdrawals.

Dates are periods (:mod:`graphkit.io.periods`): ``2025`` is some day of 2025. So a claim is
**certain** on a day, **possible** (the day falls inside its ``since`` or ``until``
period), or does not hold. A withdrawal that certainly holds undoes the claims it is
dated on or after; one that only possibly holds (a withdrawal dated ``2014-03``, asked
about 15 March 2014) leaves them possible. A country is a *certain* member when one of
its bloc claims is certain, a *possible* member when none is but one is possible.

The rule for one claim, and :class:`Claim`, :func:`country_claims`, :func:`claim_standing`
and :func:`graph_day`, live in :mod:`graphkit.analysis.claims` (and are importable from here
too). Every function that answers for one day keeps the two apart: :func:`bloc_membership`
and :func:`declared_memberships` return :class:`Membership` (``certain`` and
``possible``); :func:`bloc_members`, :func:`declared_blocs` and :func:`country_claims`
return the certain part only (what they returned before for day-precision data);
:func:`membership_periods` gives the page both, :func:`membership_spans` the certain
days; :func:`graphkit.analysis.growth.bloc_growth_range` the year-end counts with their possible range.

The default ``as_of=None`` is the same everywhere in graphkit, the command line included:
the day the graph was read for (``G.graph["as_of"]``, which :func:`graphkit.io.read_graph`
and :func:`graphkit.io.filter_as_of` set), else **today**; ``as_of="all"`` asks for all
dates (every claim counts, certain; only the ordering of withdrawals applies). Results
say which day they answer for: ``Membership.as_of``, ``country_projection(G).graph["as_of"]``
(``None``: all dates). A notebook that must give the same answer next year names its day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graphkit.analysis.claims import (
    Claim,
    bloc_relations,
    claim_holds,
    claim_standing,
    claims_by_pair,
    country_claims,
    graph_day,
)
from graphkit.errors import GraphkitError
from graphkit.io.dates import ALL_DATES
from graphkit.io.periods import Holds, Period
from graphkit.schema import load_schema

__all__ = [
    "Claim",
    "Membership",
    "bloc_members",
    "bloc_membership",
    "bloc_relations",
    "check_bloc_anchor",
    "claim_standing",
    "country_claims",
    "declared_blocs",
    "declared_memberships",
    "graph_day",
    "membership_periods",
    "membership_spans",
]


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


@dataclass(frozen=True)
class Membership:
    """Who is in one bloc on one day: the certain members, and the possible ones.

    ``certain`` and ``possible`` map a country id to its sorted claims (certain claims,
    resp. possible ones), in id order; a country is in one of them at most. ``as_of`` is
    the ISO day, or ``None`` for all dates.
    """

    bloc: str
    as_of: str | None
    certain: dict[str, list[Claim]]
    possible: dict[str, list[Claim]]

    @property
    def count(self) -> str:
        """The honest count: ``"55"``, or ``"55 (+3 possible)"``."""
        extra = f" (+{len(self.possible)} possible)" if self.possible else ""
        return f"{len(self.certain)}{extra}"

    def to_dict(self) -> dict:
        """Plain data: bloc, as_of, certain and possible as sorted lists of country ids."""
        return {"bloc": self.bloc, "as_of": self.as_of, "certain": list(self.certain),
                "possible": list(self.possible)}


def declared_memberships(G: nx.MultiDiGraph, blocs: Iterable[str] | None = None, *,
                         as_of: dt.date | str | None = None) -> dict[str, Membership]:
    """:class:`Membership` of each bloc on ``as_of`` (every node with a member when ``blocs``
    is None, in id order; else in the order given).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB"): G.add_node(n, kind="Country")
    >>> G.add_node("x", kind="Organisation")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2000")
    >>> _ = G.add_edge("XAB", "x", relation="MEMBER_OF", since="2000-06")
    >>> declared_memberships(G, as_of="2000-06-15")["x"].count
    '0 (+2 possible)'
    >>> declared_memberships(G, ["x"], as_of="2000-07-01")["x"].count
    '1 (+1 possible)'
    """
    rels = bloc_relations()
    day = graph_day(G, as_of)
    found: dict[str, tuple[dict, dict]] = {}
    for c, holds in claim_standing(G, as_of=day or ALL_DATES):
        if c.relation in rels:
            certain, possible = found.setdefault(c.target, ({}, {}))
            (certain if holds is Holds.CERTAIN else possible).setdefault(c.country, []).append(c)
    keys = sorted(found) if blocs is None else list(dict.fromkeys(blocs))
    out = {}
    for b in keys:
        certain, possible = found.get(b, ({}, {}))
        out[b] = Membership(b, day, dict(sorted(certain.items())),
                            {k: v for k, v in sorted(possible.items()) if k not in certain})
    return out


def bloc_membership(G: nx.MultiDiGraph, bloc: str, *,
                    as_of: dt.date | str | None = None) -> Membership:
    """The certain and the possible members of ``bloc`` on ``as_of``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    bloc : str
        Node id of the organisation, agreement or programme.
    as_of : date or ISO string, optional
        The day; default ``None``: ``G.graph["as_of"]``, else today; ``"all"``: all dates (everyone
        certain, withdrawals still apply).

    Returns
    -------
    Membership

    Examples
    --------
    A day-precision signature, a month one and a year one, on 30 June 2025:

    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC"): G.add_node(n, kind="Country")
    >>> G.add_node("x", kind="Agreement")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2025-01-21")
    >>> _ = G.add_edge("XAB", "x", relation="SIGNED", since="2025-06")
    >>> _ = G.add_edge("XAC", "x", relation="SIGNED", since="2025")
    >>> m = bloc_membership(G, "x", as_of="2025-06-30")
    >>> list(m.certain), list(m.possible), m.count
    (['XAA', 'XAB'], ['XAC'], '2 (+1 possible)')
    """
    return declared_memberships(G, [bloc], as_of=as_of)[bloc]


def bloc_members(G: nx.MultiDiGraph, bloc: str, *,
                 as_of: dt.date | str | None = None) -> dict[str, list[Claim]]:
    """The countries certainly in ``bloc`` on ``as_of``, each with the claims that make it
    a member (``bloc_membership(G, bloc, as_of=as_of).certain``; the possible members are
    in :func:`bloc_membership`).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    bloc : str
        Node id of the organisation, agreement or programme.
    as_of : date or ISO string, optional
        The day; default ``None``: ``G.graph["as_of"]``, else today; ``"all"``: all dates
        (withdrawals still apply).

    Returns
    -------
    dict
        Country id -> sorted list of its certain :class:`Claim`, in id order.

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
    return bloc_membership(G, bloc, as_of=as_of).certain


def declared_blocs(G: nx.MultiDiGraph, blocs: Iterable[str] | None = None, *,
                   as_of: dt.date | str | None = None) -> dict[str, frozenset[str]]:
    """Certain members of each bloc on ``as_of`` (every node with a bloc member when ``blocs``
    is None); :func:`declared_memberships` has the possible ones too.

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


def _change_days(claims: list[Claim], withdrawals: list[tuple[str, str]]) -> list[str]:
    """The days on which the rule's answer for these claims may change: the first and the
    last day of every ``since`` and ``until`` period (see :func:`~graphkit.io.periods.holds_on`)."""
    dates = [x for c in claims for x in (c.since, c.until) if x]
    dates += [x for w in withdrawals for x in w if x]
    days = set()
    for x in dates:
        p = Period.of(x)
        days.update((p.first.isoformat(), p.last.isoformat()))
    return sorted(days)


def membership_periods(G: nx.MultiDiGraph, blocs: Iterable[str],
                       ) -> dict[str, dict[str, list[tuple[str, str, str]]]]:
    """The days each country is certainly or possibly in each bloc, as stretches.

    What a page needs to show any day with the two kept apart: the rule of
    :func:`bloc_membership`, evaluated on every day it can change (:func:`_change_days`).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    blocs : iterable of str
        Node ids of the blocs.

    Returns
    -------
    dict
        Bloc -> country -> ``[(first, end, holds), ...]``: ``holds`` (``"certain"`` or
        ``"possible"``) from ``first`` (a full ISO day) to before ``end`` (``""``: still).
        Consecutive stretches differ in ``holds`` or leave a gap. So ``country`` is in
        ``bloc_membership(G, b, as_of=d).certain`` (``.possible``) exactly when a stretch
        has ``first <= d``, ``end == ""`` or ``d < end``, and that ``holds``. Blocs in the
        order given, countries and stretches sorted.

    Examples
    --------
    Signed some day of 2025, withdrew some day of March 2027:

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country"); G.add_node("x", kind="Agreement")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2025")
    >>> _ = G.add_edge("XAA", "x", relation="WITHDREW_FROM", since="2027-03")
    >>> for row in membership_periods(G, ["x"])["x"]["XAA"]: print(row)
    ('2025-01-01', '2025-12-31', 'possible')
    ('2025-12-31', '2027-03-01', 'certain')
    ('2027-03-01', '2027-03-31', 'possible')
    """
    rels = bloc_relations()
    out: dict[str, dict[str, list[tuple[str, str, str]]]] = {
        b: {} for b in dict.fromkeys(blocs)}
    for (country, target), (claims, withdrawals) in sorted(claims_by_pair(G).items()):
        claims = [c for c in claims if c.relation in rels]
        if target not in out or not claims:
            continue
        stretches: list[list[str]] = []
        for day in _change_days(claims, withdrawals):
            holds = max((claim_holds(c, withdrawals, day) for c in claims),
                        key=[Holds.NO, Holds.POSSIBLE, Holds.CERTAIN].index)
            open_ = stretches and not stretches[-1][1]
            if open_ and stretches[-1][2] == holds.value:
                continue
            if open_:
                stretches[-1][1] = day
            if holds:
                stretches.append([day, "", holds.value])
        if stretches:
            out[target][country] = [(a, b, h) for a, b, h in stretches]
    return out


def membership_spans(G: nx.MultiDiGraph, blocs: Iterable[str],
                     ) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """The days each country is certainly in each bloc, as spans (the certain stretches of
    :func:`membership_periods`, which has the possible ones too).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    blocs : iterable of str
        Node ids of the blocs.

    Returns
    -------
    dict
        Bloc -> country -> ``[(first, end), ...]``: certainly a member from ``first`` (a
        full ISO day) to before ``end`` (``""``: still one). So ``country in
        bloc_members(G, b, as_of=d)`` exactly when some span has ``first <= d`` and
        (``end == ""`` or ``d < end``). Blocs in the order given, countries and spans
        sorted; a country never certainly in a bloc is left out.

    Examples
    --------
    A year-precision membership is certain from the last day of its year, and until its
    ``until`` period begins; a day withdrawal ends it that day:

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country"); G.add_node("x", kind="Organisation")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="1992", until="1999")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2006-08")
    >>> _ = G.add_edge("XAA", "x", relation="WITHDREW_FROM", since="2012-06-28")
    >>> membership_spans(G, ["x"])
    {'x': {'XAA': [('1992-12-31', '1999-01-01'), ('2006-08-31', '2012-06-28')]}}
    """
    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for bloc, countries in membership_periods(G, blocs).items():
        out[bloc] = {}
        for country, stretches in countries.items():
            spans = [(a, b) for a, b, h in stretches if h == Holds.CERTAIN.value]
            if spans:
                out[bloc][country] = spans
    return out
