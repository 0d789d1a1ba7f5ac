"""Alignment between declared blocs: how many of one bloc's members are in another.

Two readings of the same counts. :func:`alignment` goes from each compared bloc outwards:
the share of its members in every other declared bloc (what share of the Artemis Accords'
signatories are NATO members). :func:`bloc_sides` goes inwards: for every other bloc, the
share of *its* members in each compared bloc, and the side it is aligned with, if any
(NATO's members signed the Artemis Accords far more often than they joined the ILRS).
Swing states (:mod:`graphkit.analysis.swing`) use the second; nothing is hard-coded.

Both count plain certain members on the day (:func:`~graphkit.analysis.blocs.declared_memberships`):
a country only possibly in one of the two blocs is counted apart, as ``possible``, and a
member whose every membership claim has a status (disputed, suspended...:
:func:`~graphkit.analysis.provenance.split_by_status`) apart, as ``flagged``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import networkx as nx

from graphkit.analysis.blocs import Membership, declared_memberships
from graphkit.analysis.provenance import split_by_status

__all__ = ["DEFAULT_MARGIN", "alignment", "bloc_sides"]

#: How much larger (in share of its members) a bloc's overlap with one compared bloc must be
#: than with every other compared bloc for it to count as aligned with that one.
DEFAULT_MARGIN = 0.5


def _plain(G: nx.MultiDiGraph, m: Membership) -> tuple[set[str], dict[str, str]]:
    """A bloc's plain certain members, and its certain members with a status (-> status)."""
    by_status = split_by_status(G, m.certain)
    flagged = {c: status for status, members in by_status.items() if status for c in members}
    return set(by_status.get("", {})), flagged


def _others(G: nx.MultiDiGraph, compared: list[str], as_of, min_size: int):
    every = declared_memberships(G, as_of=as_of)
    mine = {b: every.get(b) or declared_memberships(G, [b], as_of=as_of)[b] for b in compared}
    others = {b: m for b, m in every.items()
              if b not in mine and len(m.certain) >= min_size}
    return mine, others


def alignment(G: nx.MultiDiGraph, blocs: Iterable[str], *,
              as_of: dt.date | str | None = None, min_size: int = 3) -> list[dict]:
    """For each compared bloc, the share of its members in every other declared bloc.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    blocs : iterable of str
        The compared blocs' node ids.
    as_of : date or ISO string, optional
        The day (default: ``G.graph["as_of"]``, else today; ``"all"``: all dates).
    min_size : int, default 3
        Other blocs with fewer certain members are left out (a two-party agreement says
        nothing about alignment).

    Returns
    -------
    list of dict
        One per (compared bloc, other bloc): ``bloc``, ``other``, ``members`` (plain
        certain members of ``bloc``), ``in_other`` (of them, certain members of ``other``),
        ``share`` (``in_other / members``, 0.0 for an empty bloc), ``countries`` (sorted),
        ``possible`` (countries certainly in one and possibly in the other) and
        ``flagged`` (members of ``bloc`` with a status, such as disputed, that are in
        ``other``: country -> status). Compared
        blocs in the order given, other blocs by falling share, then id; the other
        compared blocs are among the other blocs.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC", "XAD"): G.add_node(n, kind="Country")
    >>> for n in ("a", "x"): G.add_node(n, kind="Organisation")
    >>> for n in ("XAA", "XAB", "XAC", "XAD"):
    ...     _ = G.add_edge(n, "x", relation="MEMBER_OF", since="2000")
    >>> for n in ("XAA", "XAB"): _ = G.add_edge(n, "a", relation="MEMBER_OF", since="2000")
    >>> [(r["bloc"], r["other"], r["in_other"], r["share"]) for r in alignment(G, ["a"], min_size=2)]
    [('a', 'x', 2, 1.0)]
    """
    compared = list(dict.fromkeys(blocs))
    mine, others = _others(G, compared, as_of, min_size)
    for b in compared:
        if b not in others and len(mine[b].certain) >= min_size:
            others[b] = mine[b]
    rows = []
    for b in compared:
        m = mine[b]
        certain, flagged = _plain(G, m)
        found = []
        for o, om in others.items():
            if o == b:
                continue
            both = certain & set(om.certain)
            maybe = (certain & set(om.possible)) | (set(m.possible) & set(om.certain))
            found.append({"bloc": b, "other": o, "members": len(certain),
                          "in_other": len(both),
                          "share": len(both) / len(certain) if certain else 0.0,
                          "countries": sorted(both), "possible": sorted(maybe),
                          "flagged": {c: s for c, s in sorted(flagged.items())
                                      if c in om.certain}})
        rows += sorted(found, key=lambda r: (-r["share"], r["other"]))
    return rows


def bloc_sides(G: nx.MultiDiGraph, blocs: Iterable[str], *,
               as_of: dt.date | str | None = None, margin: float = DEFAULT_MARGIN,
               min_size: int = 3) -> list[dict]:
    """For every other declared bloc, the share of its members in each compared bloc, and
    the compared bloc it is aligned with.

    A bloc is aligned with compared bloc ``A`` when the share of its plain certain members
    (a member with a status, such as suspended, left out) that are plain certain members of
    ``A`` exceeds the share in every other compared bloc by at least
    ``margin`` (0.5: half its members). A UN committee with members on every side is
    aligned with none.

    Returns
    -------
    list of dict
        ``bloc``, ``members`` (its plain certain members), ``shares`` (compared bloc -> share,
        in the order given), ``counts`` (compared bloc -> how many), ``side`` (the compared
        bloc it is aligned with, or ``""``); sorted by id.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC"): G.add_node(n, kind="Country")
    >>> for n in ("a", "b", "x", "u"): G.add_node(n, kind="Organisation")
    >>> for n in ("XAA", "XAB"): _ = G.add_edge(n, "a", relation="MEMBER_OF", since="2000")
    >>> _ = G.add_edge("XAC", "b", relation="MEMBER_OF", since="2000")
    >>> for n in ("XAA", "XAB"): _ = G.add_edge(n, "x", relation="MEMBER_OF", since="2000")
    >>> for n in ("XAA", "XAC"): _ = G.add_edge(n, "u", relation="MEMBER_OF", since="2000")
    >>> [(r["bloc"], r["side"]) for r in bloc_sides(G, ["a", "b"], min_size=2)]
    [('u', ''), ('x', 'a')]
    """
    compared = list(dict.fromkeys(blocs))
    mine, others = _others(G, compared, as_of, min_size)
    sides = {b: _plain(G, mine[b])[0] for b in compared}
    rows = []
    for o, om in sorted(others.items()):
        members = _plain(G, om)[0]
        if len(members) < min_size:
            continue
        counts = {b: len(members & sides[b]) for b in compared}
        shares = {b: counts[b] / len(members) for b in compared}
        side = ""
        for b in compared:
            rest = max((shares[x] for x in compared if x != b), default=0.0)
            if shares[b] - rest >= margin - 1e-12:
                side = b
        rows.append({"bloc": o, "members": len(members), "shares": shares, "counts": counts,
                     "side": side})
    return rows
