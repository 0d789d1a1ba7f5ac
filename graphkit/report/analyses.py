"""The bloc report's comparison sections as plain rows: alignment, swing states, leaning,
centrality in the compared scope and brokers, each computed by :mod:`graphkit.analysis`
and citing its claims through :class:`~graphkit.report.citations.Citations`."""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from graphkit.analysis.alignment import alignment
from graphkit.analysis.blocs import bloc_membership
from graphkit.analysis.centrality import centrality
from graphkit.analysis.claims import Claim
from graphkit.analysis.compare import brokers, compared_scope
from graphkit.analysis.growth import bloc_growth_range
from graphkit.analysis.leaning import leaning
from graphkit.analysis.provenance import claim_details, split_by_status
from graphkit.analysis.swing import swing_states
from graphkit.report.citations import Citations
from graphkit.report.scale import sample_sources

__all__ = [
    "CENTRALITY_BY",
    "alignment_rows",
    "broker_rows",
    "central_rows",
    "evidence_rows",
    "growth_rows",
    "leaning_rows",
    "short_name",
    "swing_rows",
]

#: The score the centrality table ranks by, then the scores that break its ties.
CENTRALITY_BY = ("pagerank", "betweenness", "weighted_degree")


def _r(x: float) -> float:
    return round(float(x), 6)


def short_name(G: nx.MultiDiGraph, node: str, *, limit: int = 24) -> str:
    """A node's name for a chart label: the name when it fits ``limit`` characters, else
    its first alias that does (``COPUOS``, ``Outer Space Treaty``), else the id.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ost", name="Treaty on Principles Governing the Activities of States",
    ...            aliases=["Outer Space Treaty", "OST"])
    >>> short_name(G, "ost"), short_name(G, "nowhere")
    ('Outer Space Treaty', 'nowhere')
    """
    d = G.nodes[node] if node in G else {}
    name = d.get("name") or node
    if len(name) <= limit:
        return name
    return next((a for a in d.get("aliases") or () if 0 < len(a) <= limit), node)


def growth_rows(G: nx.MultiDiGraph, bloc: str, day: str) -> tuple[list[list], dict]:
    """Year-end member counts (:func:`~graphkit.analysis.growth.bloc_growth_range`) with the
    members that have a status (disputed...) taken out of the certain count and returned
    apart: ``([[year, plain, possible], ...], {year: {status: n}})``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB"): G.add_node(n, kind="Country")
    >>> G.add_node("x", kind="Organisation")
    >>> _ = G.add_edge("XAA", "x", relation="MEMBER_OF", since="2020")
    >>> _ = G.add_edge("XAB", "x", relation="MEMBER_OF", since="2021", status="disputed")
    >>> growth_rows(G, "x", "2022-06-30")
    ([[2020, 1, 0], [2021, 1, 0], [2022, 1, 0]], {2021: {'disputed': 1}, 2022: {'disputed': 1}})
    """
    rows = [list(x) for x in bloc_growth_range(G, bloc, until=day)]
    starts = [d["since"] for _, _, d in G.in_edges(bloc, data=True) if d.get("status")]
    flagged: dict[int, dict[str, int]] = {}
    if not starts or not rows:
        return rows, flagged
    first, last = int(min(starts)[:4]), rows[-1][0]
    for row in rows:
        if row[0] < first:
            continue
        when = day if row[0] == last else f"{row[0]}-12-31"
        by_status = split_by_status(G, bloc_membership(G, bloc, as_of=when).certain)
        counts = {k: len(v) for k, v in by_status.items() if k}
        if counts:
            row[1] -= sum(counts.values())
            flagged[row[0]] = counts
    return rows, flagged


def evidence_rows(G: nx.MultiDiGraph, claims: list[Claim], cite: Citations) -> list[dict]:
    """One row per claim: bloc (target), relation, since, status, note and its sources."""
    rows = []
    for c in sorted(claims, key=lambda c: (c.target, c.since, c.relation, c.source_url)):
        d = claim_details(G, c)
        rows.append({"bloc": c.target, "relation": c.relation, "since": c.since,
                     "status": d["status"], "note": d["note"], "sources": cite.cite([c])})
    return rows


def alignment_rows(G: nx.MultiDiGraph, ids: list[str], day: str) -> list[dict]:
    """:func:`graphkit.analysis.alignment.alignment` with shares rounded and the other
    bloc's name."""
    return [{**r, "share": _r(r["share"]),
             "other_name": G.nodes[r["other"]].get("name", r["other"]),
             "other_short": short_name(G, r["other"]), "bloc_short": short_name(G, r["bloc"])}
            for r in alignment(G, ids, as_of=day)]


def swing_rows(G: nx.MultiDiGraph, ids: list[str], day: str, cite: Citations,
               node_row: Callable[[str], dict]) -> list[dict]:
    """:func:`graphkit.analysis.swing.swing_states`, each claim a cited evidence row."""
    rows = []
    for r in swing_states(G, ids, as_of=day):
        evidence = evidence_rows(G, r["claims"], cite)
        rows.append({**node_row(r["country"]), "kind": r["kind"], "member_of": r["member_of"],
                     "engages": r["engages"], "possible": r["possible"],
                     "via": [{**v, "share": _r(v["share"]),
                              "name": short_name(G, v["bloc"])}
                             for v in r["via"]],
                     "status": "/".join(sorted({e["status"] for e in evidence if e["status"]})),
                     "evidence": evidence})
    return rows


def leaning_rows(G: nx.MultiDiGraph, ids: list[str], day: str,
                 node_row: Callable[[str], dict]) -> list[dict]:
    """:func:`graphkit.analysis.leaning.leaning` with scores rounded."""
    return [{**node_row(r["country"]), "leans": r["leans"], "margin": _r(r["margin"]),
             "scores": {b: _r(s) for b, s in r["scores"].items()},
             "possible": r["possible"], "portfolio": r["portfolio"],
             "drivers": [{"bloc": d["bloc"], "name": short_name(G, d["bloc"]),
                          "shares": {b: _r(s) for b, s in d["shares"].items()}}
                         for d in r["drivers"]]}
            for r in leaning(G, ids, as_of=day)]


def central_rows(G: nx.MultiDiGraph, P: nx.Graph, ids: list[str], day: str, *, seed: int,
                 top: int, declared: dict[str, frozenset[str]],
                 node_row: Callable[[str], dict]) -> tuple[list[dict], dict]:
    """Centrality on the projection cut to the compared scope, ranked with visible ties.

    Returns the rows and a summary (scope size, links, notes, how many of the top rows
    share their score with another).
    """
    S = _cut(P, compared_scope(G, ids, as_of=day))
    cent = centrality(S, seed=seed)
    by, *then = CENTRALITY_BY
    rows = [{**row, "name": node_row(row["node"])["name"],
             "blocs": sorted(b for b in ids if row["node"] in declared[b])}
            for row in cent.ranked(by=by, then=tuple(then), top=top)]
    tied = sum(1 for r in rows if r["tie"])
    summary = {"countries": S.number_of_nodes(), "links": S.number_of_edges(),
               "notes": list(cent.notes), "by": by, "then": list(then), "tied_in_top": tied}
    return rows, summary


def _cut(P: nx.Graph, nodes) -> nx.Graph:
    """``P.subgraph(nodes).copy()``, the same graph in the same order, built from ``P``'s
    adjacency directly: a subgraph view filters each neighbour in Python, seconds on a
    scope of a thousand countries with a hundred thousand links among them."""
    keep = set(nodes)
    S = nx.Graph()
    S.graph.update(P.graph)
    S.add_nodes_from((v, d) for v, d in P.nodes(data=True) if v in keep)
    adj = P._adj
    S.add_edges_from((u, v, d) for u in S for v, d in adj[u].items() if v in keep)
    return S


def broker_rows(P: nx.Graph, overlaps: list[dict], declared: dict[str, frozenset[str]], *,
                top: int, node_row: Callable[[str], dict], sources: int | None = None,
                seed: int = 0) -> list[dict]:
    """For each pair of blocs, the countries on the shortest paths between their members.

    With ``sources``, each pair's paths start from that many members of the first bloc,
    sampled with ``seed`` (:func:`graphkit.report.scale.sample_sources`), and the scores
    are scaled by members / sampled: an unbiased estimate of the sum over every member,
    said in the row's ``sampled`` (``{"sources", "members", "seed"}``; None: every member).
    """
    out = []
    for row in overlaps:
        a = [v for v in declared[row["a"]] if v in P]
        chosen = sample_sources(a, sources, seed=seed)
        sampled = None if len(chosen) == len(a) else {"sources": len(chosen), "members": len(a),
                                                      "seed": seed}
        ranked = brokers(P, chosen, declared[row["b"]], top=None)
        factor = len(a) / len(chosen) if sampled else 1.0
        out.append({"a": row["a"], "b": row["b"], "sampled": sampled,
                    "brokers": [{"rank": i, "country": v, "name": node_row(v)["name"],
                                 "score": _r(s * factor),
                                 "member_of": sorted(b for b in declared if v in declared[b])}
                                for i, (v, s) in enumerate(ranked[:top], start=1)]})
    return out
