"""Swing states between compared blocs, each with the claims that make it one.

A country is a swing state between compared blocs when, on the day:

- ``both``: it is a certain member of two or more of them;
- ``member engages other``: it is a certain member of one and engages another;
- ``aligned engages other``: it is a member of none, but a certain member of a bloc aligned
  with one side (:func:`graphkit.analysis.alignment.bloc_sides`: measured from the data),
  and engages another side (a NATO member that applied to join the ILRS);
- ``engages several``: it is a member of none and engages two or more.

To *engage* a bloc is to have a claim about it that holds on the day, certainly or
possibly, by a relation of ``roles.engagement_relations`` in schema.yaml (interest,
partnership, cooperation, a proposal), or a possible membership (a bloc relation dated
by month or year that holds the day). Every row keeps its claims, so that each can be
cited, and says whether any of them is only possible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import networkx as nx

from graphkit.analysis.alignment import DEFAULT_MARGIN, bloc_sides
from graphkit.analysis.blocs import Claim, claim_standing, declared_memberships
from graphkit.analysis.claims import bloc_relations
from graphkit.io.periods import Holds
from graphkit.schema import load_schema

__all__ = ["SWING_KINDS", "swing_states"]

#: The kinds of swing state, strongest first: the order of :func:`swing_states`.
SWING_KINDS = ("both", "member engages other", "aligned engages other", "engages several")


def swing_states(G: nx.MultiDiGraph, blocs: Iterable[str], *,
                 as_of: dt.date | str | None = None,
                 margin: float = DEFAULT_MARGIN) -> list[dict]:
    """Countries between the compared ``blocs``, each with why and the claims that show it.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`graphkit.io.to_networkx`.
    blocs : iterable of str
        Two or more compared blocs' node ids.
    as_of : date or ISO string, optional
        The day (default: ``G.graph["as_of"]``, else today; ``"all"``: all dates).
    margin : float, default 0.5
        How much more of an aligned bloc's members must be in one side than in any other
        (:func:`~graphkit.analysis.alignment.bloc_sides`).

    Returns
    -------
    list of dict
        ``country``, ``kind`` (one of :data:`SWING_KINDS`), ``member_of`` (compared blocs it
        is certainly in), ``engages`` (compared blocs it engages), ``via`` (for ``aligned
        engages other``: ``[{"bloc", "side", "share", "count", "members"}]``, the aligned
        blocs it is in), ``possible`` (True when a claim it rests on only possibly holds),
        ``claims`` (membership and engagement claims, and the aligned blocs' membership
        claims; sorted). Sorted by kind as in :data:`SWING_KINDS`, then country.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC", "XAD"): G.add_node(n, kind="Country")
    >>> for n in ("a", "b"): G.add_node(n, kind="Programme")
    >>> G.add_node("n", kind="Organisation")
    >>> for n in ("XAA", "XAB", "XAD"): _ = G.add_edge(n, "a", relation="SIGNED", since="2020")
    >>> _ = G.add_edge("XAB", "b", relation="SIGNED", since="2021")
    >>> for n in ("XAA", "XAC", "XAD"):  # n: two thirds of its members are in a, none in b
    ...     _ = G.add_edge(n, "n", relation="MEMBER_OF", since="1990")
    >>> _ = G.add_edge("XAC", "b", relation="EXPRESSED_INTEREST_IN", since="2022")
    >>> [(r["country"], r["kind"]) for r in swing_states(G, ["a", "b"])]
    [('XAB', 'both'), ('XAC', 'aligned engages other')]
    """
    compared = list(dict.fromkeys(blocs))
    schema = load_schema()
    engaging = set(schema.engagement_relations)
    membership_rels = bloc_relations()
    memberships = declared_memberships(G, compared, as_of=as_of)
    sides = [r for r in bloc_sides(G, compared, as_of=as_of, margin=margin, min_size=3)
             if r["side"]]
    aligned = {r["bloc"]: r for r in sides}
    standing = claim_standing(G, as_of=as_of)

    member_claims: dict[str, dict[str, list[Claim]]] = {}
    for b, m in memberships.items():
        for country, claims in m.certain.items():
            member_claims.setdefault(country, {})[b] = claims
    engages: dict[str, dict[str, list[tuple[Claim, Holds]]]] = {}
    in_aligned: dict[str, dict[str, list[Claim]]] = {}
    for claim, holds in standing:
        if claim.target in memberships:
            certain_member = claim.target in member_claims.get(claim.country, {})
            if certain_member:
                continue
            if claim.relation in engaging or claim.relation in membership_rels:
                engages.setdefault(claim.country, {}).setdefault(
                    claim.target, []).append((claim, holds))
        elif claim.target in aligned and holds is Holds.CERTAIN \
                and claim.relation in membership_rels:
            in_aligned.setdefault(claim.country, {}).setdefault(claim.target, []).append(claim)

    rows = []
    for country in sorted(set(member_claims) | set(engages)):
        member_of = [b for b in compared if b in member_claims.get(country, {})]
        engaged = [b for b in compared if b in engages.get(country, {})]
        via: list[dict] = []
        if len(member_of) >= 2:
            kind = "both"
        elif member_of and engaged:
            kind = "member engages other"
        elif not member_of and len(engaged) >= 2:
            kind = "engages several"
        elif not member_of and engaged:
            via = [{"bloc": o, "side": aligned[o]["side"],
                    "share": aligned[o]["shares"][aligned[o]["side"]],
                    "count": aligned[o]["counts"][aligned[o]["side"]],
                    "members": aligned[o]["members"]}
                   for o in sorted(in_aligned.get(country, {}))
                   if aligned[o]["side"] not in engaged]
            if not via:
                continue
            kind = "aligned engages other"
        else:
            continue
        claims = [c for b in member_of for c in member_claims[country][b]]
        pairs = [p for b in engaged for p in engages[country][b]]
        claims += [c for c, _ in pairs]
        claims += [c for v in via for c in in_aligned[country][v["bloc"]]]
        rows.append({"country": country, "kind": kind, "member_of": member_of,
                     "engages": engaged, "via": via,
                     "possible": any(h is Holds.POSSIBLE for _, h in pairs),
                     "claims": sorted(set(claims))})
    return sorted(rows, key=lambda r: (SWING_KINDS.index(r["kind"]), r["country"]))
