"""What a claim's own row says about it beyond the claim: its status (disputed, announced,
suspended), note, retrieval date and kind of source, and membership split by status.

A claim (:class:`~graphkit.analysis.claims.Claim`) is one edge of the graph; its row in
``data/`` may carry ``status``, ``note``, ``retrieved``, ``source_kind`` and
``evidence_en`` (:func:`graphkit.io.to_networkx` puts them on the edge). A member whose
every membership claim has a status is counted under that status, apart from the plain
members: a disputed member is never a plain one.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graphkit.analysis.claims import Claim

__all__ = ["PROVENANCE_FIELDS", "claim_details", "member_status", "split_by_status"]

#: The edge attributes :func:`claim_details` returns (empty string when unset).
PROVENANCE_FIELDS = ("status", "note", "retrieved", "source_kind", "evidence_en")


def claim_details(G: nx.MultiDiGraph, claim: Claim) -> dict[str, str]:
    """The status, note, retrieved date, source kind and English evidence of ``claim``'s edge.

    ``claim`` may be anything naming one edge by ``subject``, ``relation``, ``since`` and
    ``target`` (or ``object``, as :class:`graphkit.analysis.changes.EdgeChange` does).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2024", status="disputed")
    >>> c = Claim("XAA", "x", "MEMBER_OF", "2024", "", "XAA", "", "", "")
    >>> claim_details(G, c)["status"], claim_details(G, c)["note"]
    ('disputed', '')
    """
    target = getattr(claim, "target", None) or getattr(claim, "object", None)
    for d in (G.get_edge_data(claim.subject, target) or {}).values():
        if d.get("relation") == claim.relation and d.get("since", "") == claim.since:
            return {k: str(d.get(k) or "") for k in PROVENANCE_FIELDS}
    return dict.fromkeys(PROVENANCE_FIELDS, "")


def member_status(G: nx.MultiDiGraph, claims: Iterable[Claim]) -> str:
    """The status of a membership resting on ``claims``: ``""`` when one of them has no
    status (a plain member), else their statuses, sorted and joined by ``"/"``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2024", status="disputed")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2023")
    >>> disputed = Claim("XAA", "x", "MEMBER_OF", "2024", "", "XAA", "", "", "")
    >>> plain = Claim("XAA", "x", "SIGNED", "2023", "", "XAA", "", "", "")
    >>> member_status(G, [disputed]), member_status(G, [disputed, plain])
    ('disputed', '')
    """
    statuses = [claim_details(G, c)["status"] for c in claims]
    if not statuses or not all(statuses):
        return ""
    return "/".join(sorted(set(statuses)))


def split_by_status(G: nx.MultiDiGraph, members: dict[str, list[Claim]],
                    ) -> dict[str, dict[str, list[Claim]]]:
    """``members`` (country -> claims, e.g. ``Membership.certain``) grouped by
    :func:`member_status`: ``""`` holds the plain members; keys sorted, countries in order.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2024", status="disputed")
    >>> _ = G.add_edge("XAB", "x", relation="MEMBER_OF", since="2024")
    >>> a = Claim("XAA", "x", "MEMBER_OF", "2024", "", "XAA", "", "", "")
    >>> b = Claim("XAB", "x", "MEMBER_OF", "2024", "", "XAB", "", "", "")
    >>> {k: list(v) for k, v in split_by_status(G, {"XAA": [a], "XAB": [b]}).items()}
    {'': ['XAB'], 'disputed': ['XAA']}
    """
    out: dict[str, dict[str, list[Claim]]] = {}
    for country, claims in members.items():
        out.setdefault(member_status(G, claims), {})[country] = claims
    return dict(sorted(out.items()))
