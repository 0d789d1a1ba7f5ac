"""Build a BlocReport: every number the bloc-comparison report shows, computed once by
:mod:`graphkit.analysis`, with a numbered source for each claim."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

import networkx as nx

from graphkit.errors import GraphkitError

__all__ = ["BlocReport", "bloc_report", "resolve_blocs"]


@dataclass
class BlocReport:
    """Everything a bloc-comparison report shows; plain data, sorted, JSON-ready.

    ``blocs``: one dict per bloc (id, name, kind, ``size`` (certain members),
    ``possible`` (how many more may be members), ``count`` (``"55 (+3 possible)"``),
    ``growth`` (``[year, certain, possible]`` at each year end), regions, ``members`` and
    ``possible_members`` with their cited sources); ``overlaps``: pairs of blocs;
    ``courted``; ``central`` (top countries of the projection); ``brokers`` per pair;
    ``communities``; ``sources`` numbered from 1; ``changes``: what changed from ``since``
    to ``as_of`` (``{}`` without ``since``; else ``since``, ``as_of``, ``members`` and
    ``claims`` rows citing sources). Overlaps, centrality and communities use the certain
    members.
    """

    as_of: str
    seed: int
    blocs: list[dict]
    overlaps: list[dict]
    courted: list[dict]
    central: list[dict]
    brokers: list[dict]
    communities: dict
    sources: list[dict]
    method: dict = field(default_factory=dict)
    changes: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        return "Bloc comparison: " + " / ".join(b["name"] for b in self.blocs)

    def to_dict(self) -> dict:
        """The report as plain dicts and lists (what the JSON file holds)."""
        return {"title": self.title, **asdict(self)}


def resolve_blocs(G: nx.MultiDiGraph, names: list[str]) -> list[str]:
    """Node ids for bloc names, ids or aliases (``find_node``); refuse non-blocs and repeats.

    Raises
    ------
    NodeNotFound
        A name matches no node.
    GraphkitError
        Fewer than two blocs, a node of a kind that cannot anchor a bloc
        (``roles.bloc_anchor_kinds`` in schema.yaml: a country, an agency), or the same
        bloc twice.
    """
    from graphkit.analysis.blocs import check_bloc_anchor
    from graphkit.io.lookup import find_node

    ids = [find_node(G.nodes, n) for n in names]
    for text, node in zip(names, ids):
        check_bloc_anchor(G, node, named=text)
    if len(set(ids)) != len(ids):
        raise GraphkitError(f"the same bloc was given twice: {names} -> {ids}")
    if len(ids) < 2:
        raise GraphkitError("a comparison needs at least two blocs, e.g. ILRS artemis-accords")
    return ids


def _r(x: float) -> float:
    return round(float(x), 6)


def bloc_report(G: nx.MultiDiGraph, blocs: list[str], *, as_of: dt.date | str,
                seed: int = 0, top: int = 15, seeds: int = 20,
                since: dt.date | str | None = None) -> BlocReport:
    """Compare declared blocs on ``as_of``: members, growth, regions, overlap, centrality,
    detected communities; every member and interest row cites numbered sources.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The whole graph (:func:`graphkit.io.read_graph`), not filtered: growth needs history.
    blocs : list of str
        Ids, names or aliases of two or more organisations, agreements or programmes.
    as_of : date or ISO string
        The day the comparison describes.
    seed : int, default 0
        Seed of the Louvain run shown; stability uses ``seeds`` seeds from it.
    top : int, default 15
        Rows in the most-central and brokers tables.
    since : date or ISO string, optional
        Add what changed in these blocs from ``since`` to ``as_of``
        (:func:`graphkit.analysis.changes.changes_between`).

    Returns
    -------
    BlocReport

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB", "XAC"): G.add_node(n, kind="Country", name=n, aliases=[])
    >>> for n in ("x", "y"): G.add_node(n, kind="Programme", name=n.upper(), aliases=[])
    >>> src = dict(source_url="https://example.org/a", publisher="Ex", evidence="Quote.")
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2020", **src)
    >>> _ = G.add_edge("XAB", "x", relation="SIGNED", since="2021", **src)
    >>> _ = G.add_edge("XAB", "y", relation="SIGNED", since="2021", **src)
    >>> _ = G.add_edge("XAC", "y", relation="SIGNED", since="2022", **src)
    >>> r = bloc_report(G, ["X", "Y"], as_of="2023-01-01")
    >>> [(b["id"], b["size"]) for b in r.blocs], r.overlaps[0]["in_both"]
    ([('x', 2), ('y', 2)], ['XAB'])
    >>> r = bloc_report(G, ["X", "Y"], as_of="2022-06-30", since="2021-12-31")
    >>> [(b["id"], b["count"]) for b in r.blocs], r.changes["members"][0]["change"]
    ([('x', '2'), ('y', '1 (+1 possible)')], 'became possible')
    """
    from graphkit import analysis as A
    from graphkit.analysis.changes import changes_between
    from graphkit.io.dates import as_iso, check_day
    from graphkit.schema import load_schema

    schema = load_schema()

    day = as_iso(as_of)
    start = check_day(since, name="since")
    if start is not None and start > day:
        raise GraphkitError(f"since: expected a day on or before the report's {day}, got {start!r}")
    ids = resolve_blocs(G, list(blocs))
    membership = A.declared_memberships(G, ids, as_of=day)
    members = {b: membership[b].certain for b in ids}
    if not any(members.values()) and not any(membership[b].possible for b in ids):
        starts = sorted(d["since"] for b in ids for _, _, d in G.in_edges(b, data=True))
        first = f"; the earliest claim about them starts {starts[0]}" if starts else ""
        raise GraphkitError(f"none of {', '.join(ids)} has a member on {day}{first}")
    declared = {b: frozenset(members[b]) for b in ids}
    union = sorted(set().union(*declared.values()))
    P = A.country_projection(G, as_of=day)
    portfolio = A.portfolios(G, as_of=day)

    sources: dict[tuple, int] = {}

    def cite(claims) -> list[int]:
        keys = {(c.source_url, c.publisher, c.evidence) for c in claims}
        for k in keys:
            sources.setdefault(k, 0)
        return sorted(keys)  # replaced by numbers once all sources are known

    def node_row(v: str) -> dict:
        d = G.nodes[v] if v in G else {}
        return {"country": v, "name": d.get("name", v), "un_region": d.get("un_region", ""),
                "continent": d.get("continent", "")}

    def member_rows(by_country) -> list[dict]:
        return [{**node_row(v), "relations": sorted({c.relation for c in claims}),
                 "since": min(c.since for c in claims), "sources": cite(claims)}
                for v, claims in by_country.items()]

    bloc_rows = []
    for b in ids:
        rows = member_rows(members[b])
        nd = G.nodes[b]
        bloc_rows.append({
            "id": b, "name": nd.get("name", b), "kind": nd.get("kind", ""),
            "url": nd.get("url", ""), "size": len(rows),
            "possible": len(membership[b].possible), "count": membership[b].count,
            "growth": [list(x) for x in A.bloc_growth_range(G, b, until=day)],
            "regions": A.regional_composition(G, declared[b]),
            "continents": A.regional_composition(G, declared[b], attribute="continent"),
            "portfolio_similarity": _r(A.portfolio_similarity(portfolio, declared[b])),
            "members": rows,
            "possible_members": member_rows(membership[b].possible),
        })

    changes: dict = {}
    if start is not None:
        ch = changes_between(G, start, day, ids)
        changes = {
            "since": ch.start, "as_of": ch.end,
            "members": [{"bloc": m.bloc, **node_row(m.country), "change": m.change,
                         "before": m.before, "after": m.after,
                         "relations": sorted({c.relation for c in m.claims}),
                         "dates": sorted({c.since for c in m.claims}),
                         "sources": cite(m.claims)} for m in ch.members],
            "claims": [{"subject": e.subject, "relation": e.relation, "object": e.object,
                        "since": e.since, "until": e.until, "change": e.change,
                        "before": e.before, "after": e.after, "sources": cite([e])}
                       for e in ch.edges],
        }

    overlaps = []
    for row in A.overlap(declared):
        overlaps.append({**row, "jaccard": _r(row["jaccard"]),
                         "portfolio_similarity": _r(A.portfolio_similarity(
                             portfolio, declared[row["a"]], declared[row["b"]]))})

    courted = [{**node_row(r["country"]), "member_of": r["member_of"],
                "interested_in": r["interested_in"],
                "relations": sorted({c.relation for c in r["claims"]}),
                "sources": cite(r["claims"])}
               for r in A.courted(G, ids, as_of=day)]

    cent = A.centrality(P, seed=seed)
    central = [{**row, "name": node_row(row["node"])["name"],
                "blocs": sorted(b for b in ids if row["node"] in declared[b])}
               for row in cent.rows(by="pagerank", top=top)]

    broker_rows = []
    for row in overlaps:
        ranked = A.brokers(P, declared[row["a"]], declared[row["b"]], top=top)
        broker_rows.append({"a": row["a"], "b": row["b"],
                            "brokers": [{"country": v, "name": node_row(v)["name"],
                                         "score": _r(s)} for v, s in ranked]})

    comm = A.detect_communities(P, seed=seed, seeds=range(seed, seed + seeds))
    labels = comm.labels()
    declared_labels = A.membership_labels(declared)
    detected = {v: labels[v] for v in union if v in labels}
    comm_rows = [{**node_row(v), "community": labels.get(v), "declared": declared_labels[v],
                  "stability": _r(comm.stability[v]) if v in comm.stability else None}
                 for v in union]
    communities = {
        "method": comm.method, "resolution": comm.resolution, "seed": comm.seed,
        "seeds": list(comm.seeds), "resolutions": list(comm.resolutions),
        "count": len(comm.partition),
        "ari": _r(A.adjusted_rand_index(detected, declared_labels)),
        "rows": comm_rows,
    }

    numbers = {k: i for i, k in enumerate(sorted(sources), start=1)}
    for row in ([m for b in bloc_rows for m in b["members"] + b["possible_members"]] + courted
                + changes.get("members", []) + changes.get("claims", [])):
        row["sources"] = [numbers[k] for k in row["sources"]]
    source_rows = [{"n": numbers[k], "source_url": k[0], "publisher": k[1], "evidence": k[2]}
                   for k in sorted(sources)]
    method = {
        "projection": "countries linked through each shared organisation, agreement or "
                      "programme; a shared node adds w1*w2 (schema relation weights; a "
                      "country's tie is its strongest valid relation to the node); summed",
        "membership": "a bloc relation (" + ", ".join(sorted(A.blocs.bloc_relations()))
                      + f") certain on the date, not undone by a later {schema.withdrawal_relation}"
                      "; agencies count for their country; a date known only to the month or "
                      "year is the period it names, so a claim dated within it is possible "
                      "on the date (counted apart, as \"+n possible\", and named), certain "
                      "after it",
        "courted": "a member of one bloc that expressed interest in, or is a partner of, "
                   f"another ({' or '.join(schema.courting_relations)}) valid on the date",
        "centrality": "PageRank and eigenvector on link weights, betweenness on 1/weight; "
                      + ("; ".join(cent.notes) if cent.notes else "betweenness exact"),
        "communities": f"Louvain, resolution {comm.resolution}, seed {comm.seed}; stability "
                       f"over seeds {seed}..{seed + seeds - 1} x resolutions "
                       f"{', '.join(str(r) for r in comm.resolutions)}: mean share of runs in "
                       "which a country is grouped with each country it was ever grouped "
                       "with; agreement with declared blocs by adjusted Rand index on the "
                       "blocs' members, each labelled by its set of blocs",
        "projection_size": {"countries": P.number_of_nodes(), "links": P.number_of_edges()},
    }
    return BlocReport(as_of=day, seed=seed, blocs=bloc_rows, overlaps=overlaps,
                      courted=courted, central=central, brokers=broker_rows,
                      communities=communities, sources=source_rows, method=method,
                      changes=changes)
