"""What changed between two days: who joined or left each bloc, who became possible or
certain, and which claims started or ended, each with its source.

Both days are read with the one membership rule (:mod:`graphkit.analysis.blocs`), dates
as periods (:mod:`graphkit.io.periods`): the answer compares the state on ``start`` with
the state on ``end``, so a change dated ``start`` itself is already in the state on
``start``, one dated ``end`` counts. A signature dated only ``2025`` is *possible* on
2025-01-01 and *certain* on 2025-12-31: between the two it "became certain".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graphkit.analysis.blocs import Membership, declared_memberships
from graphkit.analysis.claims import Claim, agency_countries, bloc_relations
from graphkit.errors import GraphkitError
from graphkit.io.dates import check_day
from graphkit.io.periods import Holds, Period, holds_on
from graphkit.schema import load_schema

__all__ = ["CHANGE_COLUMNS", "BlocChange", "Changes", "EdgeChange", "changes_between"]

#: The columns of :meth:`Changes.rows`, in order (what ``graphkit diff`` prints).
#: ``via`` is who made the claim cited: the country itself, or its agency (``roscosmos``
#: for Russia's ILRS claims), while ``subject`` is the member.
CHANGE_COLUMNS = ("section", "object", "subject", "via", "change", "before", "after",
                  "relation", "since", "until", "publisher", "source_url", "evidence")

_RANK = {Holds.NO: 0, Holds.POSSIBLE: 1, Holds.CERTAIN: 2}


@dataclass(frozen=True, order=True)
class BlocChange:
    """One country whose standing in one bloc differs between the two days.

    ``change`` is ``joined`` (no -> certain), ``became possible`` (no -> possible, or
    certain -> possible: it may have left), ``became certain`` (possible -> certain) or
    ``left`` (certain or possible -> no); ``before`` and ``after`` are ``"certain"``,
    ``"possible"`` or ``"no"``. ``claims`` are its sources: the bloc claims that hold on
    ``end`` for a gain, the withdrawals and ended claims in between (else the claims of
    ``start``) for a loss. A withdrawal is cited as a :class:`Claim` of its relation.
    """

    bloc: str
    country: str
    change: str
    before: str
    after: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, order=True)
class EdgeChange:
    """One edge (any claim of the data, withdrawals and agencies included) that started or
    ended between the two days: ``change`` is ``started``, ``ended`` or ``started and
    ended``; ``before`` and ``after`` say whether it held on each day."""

    subject: str
    relation: str
    object: str
    since: str
    until: str
    change: str
    before: str
    after: str
    source_url: str
    publisher: str
    evidence: str


@dataclass(frozen=True)
class Changes:
    """The result of :func:`changes_between`: ``start``, ``end`` (ISO days), ``blocs`` (the
    ids looked at), ``members`` (:class:`BlocChange`, by bloc then country) and ``edges``
    (:class:`EdgeChange`, by since, subject, relation, object)."""

    start: str
    end: str
    blocs: tuple[str, ...]
    members: tuple[BlocChange, ...]
    edges: tuple[EdgeChange, ...]

    def rows(self) -> list[dict]:
        """One row per member change and cited claim (section ``member``), then one per
        edge change (section ``claim``), with the :data:`CHANGE_COLUMNS`."""
        rows = []
        for m in self.members:
            for c in m.claims or (None,):
                rows.append({"section": "member", "object": m.bloc, "subject": m.country,
                             "via": c.subject if c else "", "change": m.change, "before": m.before, "after": m.after,
                             "relation": c.relation if c else "", "since": c.since if c else "",
                             "until": c.until if c else "",
                             "publisher": c.publisher if c else "",
                             "source_url": c.source_url if c else "",
                             "evidence": c.evidence if c else ""})
        for e in self.edges:
            rows.append({"section": "claim", "object": e.object, "subject": e.subject,
                         "via": e.subject, "change": e.change, "before": e.before, "after": e.after,
                         "relation": e.relation, "since": e.since, "until": e.until,
                         "publisher": e.publisher, "source_url": e.source_url,
                         "evidence": e.evidence})
        return rows


def _standing(m: Membership, country: str) -> Holds:
    return Holds.CERTAIN if country in m.certain else \
        Holds.POSSIBLE if country in m.possible else Holds.NO


def _happens_between(date: str, start: str, end: str) -> bool:
    """Whether the day a partial ``date`` names may fall after ``start`` and by ``end``:
    its period ends after ``start`` and begins on or before ``end``."""
    p = Period.of(date)
    return p.last.isoformat() > start and p.first.isoformat() <= end


def _edge_changes(G: nx.MultiDiGraph, start: str, end: str,
                  blocs: frozenset[str] | None) -> list[EdgeChange]:
    out = []
    for u, v, d in G.edges(data=True):
        if blocs is not None and u not in blocs and v not in blocs:
            continue
        since, until = d.get("since", ""), d.get("until") or ""
        if not since:
            continue
        started = _happens_between(since, start, end)
        ended = bool(until) and _happens_between(until, start, end)
        if not (started or ended):
            continue
        out.append(EdgeChange(
            u, d.get("relation", ""), v, since, until,
            "started and ended" if started and ended else "started" if started else "ended",
            holds_on(since, until or None, start).value, holds_on(since, until or None, end).value,
            d.get("source_url", ""), d.get("publisher", ""), d.get("evidence", "")))
    return sorted(out, key=lambda e: (e.since, e.subject, e.relation, e.object, e.until))


def _change(before: Holds, after: Holds) -> str:
    if after is Holds.NO:
        return "left"
    if after is Holds.CERTAIN:
        return "became certain" if before is Holds.POSSIBLE else "joined"
    return "became possible"


def changes_between(G: nx.MultiDiGraph, start: dt.date | str, end: dt.date | str,
                    blocs: Iterable[str] | None = None) -> Changes:
    """Who joined, left, became possible or became certain in each bloc between two days,
    and the claims that started or ended, each with its source.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The whole graph (:func:`graphkit.io.read_graph`), not filtered to a day.
    start, end : date or "YYYY-MM-DD"
        The two days, ``start <= end``: the state on ``start`` is compared with the state on
        ``end``.
    blocs : iterable of str, optional
        Bloc node ids. Default ``None``: every node with a bloc claim, and every edge of
        the graph; given, only those blocs and the edges to or from them.

    Returns
    -------
    Changes

    Raises
    ------
    GraphkitError
        A bad day, or ``end`` before ``start``: ``the second day (...) is before the first (...)``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC"): G.add_node(n, kind="Country")
    >>> G.add_node("x", kind="Agreement")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2020-05-04")
    >>> _ = G.add_edge("XAB", "x", relation="SIGNED", since="2025")
    >>> _ = G.add_edge("XAC", "x", relation="SIGNED", since="2019")
    >>> _ = G.add_edge("XAC", "x", relation="WITHDREW_FROM", since="2025-03-01")
    >>> ch = changes_between(G, "2025-01-01", "2025-12-31")
    >>> [(m.country, m.change, m.before, m.after) for m in ch.members]
    [('XAB', 'became certain', 'possible', 'certain'), ('XAC', 'left', 'certain', 'no')]
    >>> [(e.subject, e.relation, e.change) for e in ch.edges]
    [('XAB', 'SIGNED', 'started'), ('XAC', 'WITHDREW_FROM', 'started')]
    """
    first = check_day(start, name="start")
    last = check_day(end, name="end")
    if last < first:
        raise GraphkitError(f"the second day ({last}) is before the first ({first})")
    wanted = None if blocs is None else frozenset(blocs)
    order = None if blocs is None else list(dict.fromkeys(blocs))
    before = declared_memberships(G, order, as_of=first)
    after = declared_memberships(G, order, as_of=last)
    ids = order if order is not None else sorted(set(before) | set(after))
    edges = _edge_changes(G, first, last, wanted)
    schema = load_schema()
    agencies = agency_countries(G)
    rels = bloc_relations()

    def moved(country: str, bloc: str) -> tuple[Claim, ...]:
        """The edges of ``country`` (or its agency) about ``bloc`` that changed, as claims."""
        found = []
        for e in edges:
            countries = [e.subject] if e.subject == country else agencies.get(e.subject, [])
            if e.object == bloc and country in countries and \
                    (e.relation == schema.withdrawal_relation or e.relation in rels):
                found.append(Claim(country, bloc, e.relation, e.since, e.until, e.subject,
                                   e.source_url, e.publisher, e.evidence))
        return tuple(sorted(found))

    empty = Membership("", None, {}, {})
    members = []
    for bloc in ids:
        b, a = before.get(bloc, empty), after.get(bloc, empty)
        for country in sorted(set(b.certain) | set(b.possible) | set(a.certain) | set(a.possible)):
            was, now = _standing(b, country), _standing(a, country)
            if was is now:
                continue
            if _RANK[now] > _RANK[was]:
                cited = tuple(a.certain.get(country) or a.possible.get(country) or ())
            else:
                cited = moved(country, bloc) or tuple(b.certain.get(country)
                                                      or b.possible.get(country) or ())
            members.append(BlocChange(bloc, country, _change(was, now), was.value, now.value,
                                      cited))
    return Changes(first, last, tuple(ids), tuple(members), tuple(edges))
