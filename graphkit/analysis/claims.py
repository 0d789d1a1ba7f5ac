"""A country's claims and whether each holds on a day: the rule for one claim.

Every edge from a country (or from its agency, through ``roles.agency_relation``) to a
non-country node is a :class:`Claim`. On a day a claim holds certainly, possibly or not
(:mod:`graphkit.io.periods`: a partial date is the period it names), and a withdrawal
(``roles.withdrawal_relation``) undoes the claims it is dated on or after: certainly when
it certainly holds, possibly when it possibly holds. :mod:`graphkit.analysis.blocs` builds
membership on this; the default day (:func:`graph_day`) is the same for all of
:mod:`graphkit.analysis`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import networkx as nx

from graphkit.io.dates import resolve_day
from graphkit.io.periods import Holds, holds_on
from graphkit.schema import load_schema

__all__ = ["Claim", "agency_countries", "bloc_relations", "claim_holds", "claim_standing", "claims_by_pair",
           "country_claims", "graph_day"]


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


def agency_countries(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The countries each agency is the agency of (a joint agency has several), sorted."""
    schema = load_schema()
    out: dict[str, set[str]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("relation") == schema.agency_relation \
                and G.nodes[v].get("kind") == schema.country_kind:
            out.setdefault(u, set()).add(v)
    return {agency: sorted(countries) for agency, countries in out.items()}


#: Key of the claims kept in ``G.__networkx_cache__``, which NetworkX empties whenever
#: the graph changes through its methods: a report asks for a graph's claims a dozen
#: times, and a million claims take seconds to gather.
_CACHE_KEY = "graphkit_claims"


def _cached(G: nx.MultiDiGraph, key: tuple, make):
    cache = getattr(G, "__networkx_cache__", None)
    if cache is None:
        return make()
    mine = cache.setdefault(_CACHE_KEY, {})
    if key not in mine:
        mine[key] = make()
    return mine[key]


def claims_by_pair(G: nx.MultiDiGraph) -> dict[tuple[str, str], _Pair]:
    """Every claim of a country (or its agency) about a non-country node, by (country, node).

    Gathered once per graph and kept in ``G.__networkx_cache__`` until the graph changes
    (:func:`_cached`): do not change the lists returned.
    """
    return _cached(G, ("pairs",), lambda: _claims_by_pair(G))


def _claims_by_pair(G: nx.MultiDiGraph) -> dict[tuple[str, str], _Pair]:
    schema = load_schema()
    agency = agency_countries(G)
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


def graph_day(G: nx.MultiDiGraph, as_of: dt.date | str | None = None) -> str | None:
    """The day an analysis answers for: ``as_of``, else the day ``G`` was read for
    (``G.graph["as_of"]``), else today; ``"all"`` gives ``None``, all dates. The one
    default of graphkit (:func:`graphkit.io.dates.resolve_day`), as on the command line.

    Examples
    --------
    >>> G = nx.MultiDiGraph(as_of="2024-12-31")
    >>> graph_day(G), graph_day(G, "2020-01-01"), graph_day(G, "all")
    ('2024-12-31', '2020-01-01', None)
    >>> graph_day(nx.MultiDiGraph()) == dt.date.today().isoformat()
    True
    """
    return resolve_day(as_of if as_of is not None else G.graph.get("as_of"))


def claim_holds(claim: Claim, withdrawals: list[tuple[str, str]], day: str | None) -> Holds:
    """The rule for one claim: does it hold on ``day``, with the withdrawals applied?

    A withdrawal undoes the claims it is dated on or after (``since`` compared as text,
    so ``2006`` is before ``2006-08``): certainly when it certainly holds on ``day``,
    possibly when it possibly holds. ``day=None`` ignores dates but keeps that ordering.
    """
    later = [w for w in withdrawals if w[0] >= claim.since]
    if day is None:
        return Holds.NO if later else Holds.CERTAIN
    holds = holds_on(claim.since, claim.until or None, day)
    if holds is Holds.NO:
        return holds
    undone = {holds_on(since, until or None, day) for since, until in later}
    if Holds.CERTAIN in undone:
        return Holds.NO
    return Holds.POSSIBLE if Holds.POSSIBLE in undone else holds


def claim_standing(G: nx.MultiDiGraph, *, as_of: dt.date | str | None = None,
                   every: bool = False) -> list[tuple[Claim, Holds]]:
    """Every country claim that holds on ``as_of``, certainly or possibly, with which.

    The claims :func:`country_claims` considers (withdrawals applied, withdrawal and
    agency edges not returned), each with :class:`~graphkit.io.periods.Holds`
    ``CERTAIN`` or ``POSSIBLE``; claims that do not hold are left out, unless ``every``
    (then they come with ``Holds.NO``: not begun, ended or withdrawn).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    as_of : date or ISO string, optional
        The day; default ``None``: ``G.graph["as_of"]``, else today; ``"all"``: all dates (every claim
        certain, withdrawals ordered).

    Returns
    -------
    list of (Claim, Holds)
        Sorted by claim.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country"); G.add_node("x", kind="Organisation")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2025")
    >>> [h.value for _, h in claim_standing(G, as_of="2025-06-30")]
    ['possible']
    >>> [h.value for _, h in claim_standing(G, as_of="2025-12-31")]
    ['certain']
    """
    day = graph_day(G, as_of)

    def standing() -> list[tuple[Claim, Holds]]:
        out = []
        for claims, withdrawals in claims_by_pair(G).values():
            for c in claims:
                holds = claim_holds(c, withdrawals, day)
                if holds or every:
                    out.append((c, holds))
        return sorted(out, key=lambda x: x[0])

    return list(_cached(G, ("standing", day, every), standing))


def country_claims(G: nx.MultiDiGraph, *, as_of: dt.date | str | None = None) -> list[Claim]:
    """Every edge from a country (or its agency) to a non-country node, certain on ``as_of``.

    Withdrawals are applied: a claim is dropped when a withdrawal edge (WITHDREW_FROM) from
    the same country to the same node, holding on ``as_of``, started on or after it.
    Withdrawal and agency (AGENCY_OF) edges themselves are not returned. Claims that only
    possibly hold that day (a ``2025`` signature asked about in June 2025) are left out:
    :func:`claim_standing` has them.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    as_of : date or ISO string, optional
        Keep only claims certain that day; default ``None``: ``G.graph["as_of"]``,
        else today; ``"all"``: all dates.

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
    return [c for c, holds in claim_standing(G, as_of=as_of) if holds is Holds.CERTAIN]
