"""Which way the countries in none of the compared blocs lean, and why.

A country's *portfolio* is the set of blocs it certainly belongs to on the day
(:func:`graphkit.analysis.compare.portfolios`: memberships, signatures, ratifications,
accessions), with the compared blocs themselves left out, so that the score says what a
country shares with a bloc's members *besides* the bloc. Its similarity to a compared bloc
is the mean Jaccard index between its portfolio and each plain certain member's (a member
with a status, such as disputed, is left out); it leans to the
bloc it is most similar to, by the difference to the next. The drivers are the blocs in
its portfolio whose share of members differs most between the compared blocs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import networkx as nx

from graphkit.analysis.blocs import declared_memberships
from graphkit.analysis.compare import jaccard, portfolios
from graphkit.analysis.provenance import split_by_status

__all__ = ["leaning"]


def leaning(G: nx.MultiDiGraph, blocs: Iterable[str], *, as_of: dt.date | str | None = None,
            drivers: int = 3) -> list[dict]:
    """Every country in none of ``blocs``, with its portfolio similarity to each, and why.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    blocs : iterable of str
        Two or more compared blocs' node ids.
    as_of : date or ISO string, optional
        The day (default: ``G.graph["as_of"]``, else today; ``"all"``: all dates).
    drivers : int, default 3
        How many driving memberships to keep per country.

    Returns
    -------
    list of dict
        ``country``; ``scores`` (compared bloc -> mean Jaccard similarity with its certain
        members, blocs in the order given); ``leans`` (the most similar bloc, ``""`` when
        all scores are equal); ``margin`` (its score minus the next one); ``possible``
        (compared blocs it is possibly a member of); ``portfolio`` (sorted); ``drivers``
        (``[{"bloc", "shares": {compared bloc: share of its members in that bloc}}]``,
        the largest spread first). Countries with a non-empty portfolio only; sorted by
        falling margin, then id.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC", "XAD"): G.add_node(n, kind="Country")
    >>> for n in ("a", "b", "x", "y"): G.add_node(n, kind="Organisation")
    >>> _ = G.add_edge("XAA", "a", relation="MEMBER_OF", since="2000")
    >>> _ = G.add_edge("XAB", "b", relation="MEMBER_OF", since="2000")
    >>> for n in ("XAA", "XAC"): _ = G.add_edge(n, "x", relation="MEMBER_OF", since="2000")
    >>> for n in ("XAB", "XAD"): _ = G.add_edge(n, "y", relation="MEMBER_OF", since="2000")
    >>> [(r["country"], r["leans"], r["margin"], r["drivers"][0]["bloc"])
    ...  for r in leaning(G, ["a", "b"])]
    [('XAC', 'a', 1.0, 'x'), ('XAD', 'b', 1.0, 'y')]

    References
    ----------
    .. [1] Signorino, C. S. and Ritter, J. M. "Tau-b or not tau-b: measuring the similarity
       of foreign policy positions." Int. Stud. Q. 43 (1999).
       https://doi.org/10.1111/0020-8833.00113 (the S-score; Jaccard here, on sets).
    """
    compared = list(dict.fromkeys(blocs))
    skip = set(compared)
    memberships = declared_memberships(G, compared, as_of=as_of)
    inside = {c for m in memberships.values() for c in m.certain}
    members = {b: sorted(split_by_status(G, m.certain).get("", {}))  # plain members only
               for b, m in memberships.items()}
    portfolio = {c: frozenset(p - skip) for c, p in portfolios(G, as_of=as_of).items()}
    shares: dict[str, dict[str, float]] = {}

    def share(bloc: str) -> dict[str, float]:
        if bloc not in shares:
            shares[bloc] = {b: (sum(bloc in portfolio.get(m, ()) for m in members[b])
                                / len(members[b]) if members[b] else 0.0) for b in compared}
        return shares[bloc]

    rows = []
    for country, own in portfolio.items():
        if country in inside or not own:
            continue
        scores = {b: (sum(jaccard(own, portfolio.get(m, ())) for m in members[b])
                      / len(members[b]) if members[b] else 0.0) for b in compared}
        ranked = sorted(compared, key=lambda b: -scores[b])
        top = scores[ranked[0]]
        second = scores[ranked[1]] if len(ranked) > 1 else 0.0
        spread = sorted(own, key=lambda o: (-(max(share(o).values()) - min(share(o).values())),
                                            o))
        rows.append({
            "country": country, "scores": scores,
            "leans": ranked[0] if top - second > 1e-12 else "",
            "margin": top - second,
            "possible": [b for b in compared if country in memberships[b].possible],
            "portfolio": sorted(own),
            "drivers": [{"bloc": o, "shares": share(o)} for o in spread[:drivers]],
        })
    return sorted(rows, key=lambda r: (-round(r["margin"], 12), r["country"]))
