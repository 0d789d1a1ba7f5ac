"""Build a BlocReport: every number the bloc-comparison report shows, computed once by
:mod:`graphkit.analysis`, with a numbered source for each claim."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
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
    members. Added for issue 15: ``findings`` (sentences with numbers and citations, the
    report's opening), ``alignment`` (share of each bloc's members in every other bloc),
    ``swing`` (swing states with cited evidence), ``leaning`` (countries in neither bloc),
    ``provenance`` (sources by kind, retrieval dates); each bloc's ``status_counts``
    (certain members with a status such as disputed, counted apart from ``size``) and
    ``coverage`` (a sentence, when the data declares the bloc's expected size), and
    ``growth_flagged`` (year -> status -> members, taken out of ``growth``'s certain
    count); ``central``
    is ranked within the compared scope, with ``rank`` and ``tie``. Added for issue 19:
    ``moving`` (:func:`graphkit.report.moving.moving_section`: countries whose detected
    community changed over the yearly slices up to ``as_of``, with their claims cited).
    Added for issue 18: ``events`` (:func:`graphkit.report.events.events_section`: reported
    GDELT events between the blocs' members, ``{}`` when the data has none).
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
    findings: list[str] = field(default_factory=list)
    alignment: list[dict] = field(default_factory=list)
    swing: list[dict] = field(default_factory=list)
    leaning: list[dict] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)
    moving: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        return "Bloc comparison: " + " / ".join(b["name"] for b in self.blocs)

    def to_dict(self) -> dict:
        """The report as plain dicts and lists (what the JSON file holds)."""
        return {"title": self.title, **asdict(self)}


def resolve_blocs(G: nx.MultiDiGraph, names: list[str], *, minimum: int = 2) -> list[str]:
    """Node ids for bloc names, ids or aliases (``find_node``); refuse non-blocs and repeats,
    and fewer than ``minimum`` blocs (a comparison needs two; a member list, one).

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
    if len(ids) < minimum:
        raise GraphkitError("a comparison needs at least two blocs, e.g. ILRS artemis-accords"
                            if minimum > 1 else "expected at least one bloc, e.g. ILRS")
    return ids


def _r(x: float) -> float:
    return round(float(x), 6)


def bloc_report(G: nx.MultiDiGraph, blocs: list[str], *, as_of: dt.date | str,
                seed: int = 0, top: int = 15, seeds: int = 20,
                since: dt.date | str | None = None,
                expected: dict[str, dict[str, str]] | None = None) -> BlocReport:
    """Compare declared blocs on ``as_of``: key findings, members (by status), coverage,
    growth, regions, alignment, swing states, leaning, overlap, centrality in the compared
    scope, brokers, detected communities; every claim cited by a numbered source.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The whole graph (:func:`graphkit.io.read_graph`), not filtered: growth needs history.
    blocs : list of str
        Ids, names or aliases of two or more organisations, agreements or programmes.
    as_of : date or ISO string
        The day the comparison describes.
    seed : int, default 0
        Seed of the Louvain run shown; stability uses ``seeds`` seeds from it (on a
        large projection fewer, and sampled broker sources: :mod:`graphkit.report.scale`,
        said in the method notes).
    top : int, default 15
        Rows in the most-central and brokers tables.
    since : date or ISO string, optional
        Add what changed in these blocs from ``since`` to ``as_of``
        (:func:`graphkit.analysis.changes.changes_between`).
    expected : dict, optional
        Bloc id -> its row of ``expected_sizes.csv``
        (:func:`graphkit.report.coverage.read_expected_sizes`), for the coverage lines.

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
    >>> r.findings[0]
    '1 country is in both X and Y: XAB (X 2021 [1]; Y 2021 [1]).'
    >>> r = bloc_report(G, ["X", "Y"], as_of="2022-06-30", since="2021-12-31")
    >>> [(b["id"], b["count"]) for b in r.blocs], r.changes["members"][0]["change"]
    ([('x', '2'), ('y', '1 (+1 possible)')], 'became possible')
    """
    with _gc_frozen():
        return _bloc_report(G, blocs, as_of=as_of, seed=seed, top=top, seeds=seeds,
                            since=since, expected=expected)


@contextmanager
def _gc_frozen() -> Iterator[None]:
    """The objects that exist now (the graph: millions of them on a large one) left out of
    the cyclic garbage collector's passes while the report runs: each pass, set off by the
    report's own new objects, would otherwise walk the whole graph again (measured on
    300,000 claims under load: the projection 6.0-6.3 s frozen against 7.4-8.3 s, gathering
    the claims 3.2 s against 4.8 s). New objects are still collected; nothing changes when
    something else has frozen objects already."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _bloc_report(G: nx.MultiDiGraph, blocs: list[str], *, as_of: dt.date | str, seed: int,
                 top: int, seeds: int, since: dt.date | str | None,
                 expected: dict[str, dict[str, str]] | None) -> BlocReport:
    from graphkit import analysis as A
    from graphkit.analysis.changes import changes_between
    from graphkit.analysis.provenance import claim_details, split_by_status
    from graphkit.io.dates import as_iso, check_day
    from graphkit.report import analyses as R
    from graphkit.report.citations import Citations
    from graphkit.report.coverage import coverage_line
    from graphkit.report.events import events_section
    from graphkit.report.findings import key_findings, method_notes
    from graphkit.report.moving import moving_section
    from graphkit.report.scale import report_scale

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
    cite = Citations(G)

    def node_row(v: str) -> dict:
        d = G.nodes[v] if v in G else {}
        return {"country": v, "name": d.get("name", v), "un_region": d.get("un_region", ""),
                "continent": d.get("continent", "")}

    def member_rows(by_country) -> list[dict]:
        rows = []
        for v, claims in by_country.items():
            details = [claim_details(G, c) for c in claims]
            statuses = [d["status"] for d in details]
            rows.append({**node_row(v), "relations": sorted({c.relation for c in claims}),
                         "since": min(c.since for c in claims),
                         "status": "" if not all(statuses) else "/".join(sorted(set(statuses))),
                         "note": "; ".join(dict.fromkeys(d["note"] for d in details if d["note"])),
                         "sources": cite.cite(claims)})
        return rows

    bloc_rows = []
    for b in ids:
        by_status = split_by_status(G, members[b])
        plain = by_status.get("", {})
        status_counts = {k: len(v) for k, v in by_status.items() if k}
        m = membership[b]
        count = f"{len(plain)}" + "".join(f" (+{n} {k})" for k, n in status_counts.items()) \
            + (f" (+{len(m.possible)} possible)" if m.possible else "")
        nd = G.nodes[b]
        growth, growth_flagged = R.growth_rows(G, b, day)
        bloc_rows.append({
            "id": b, "name": nd.get("name", b), "short": R.short_name(G, b),
            "kind": nd.get("kind", ""),
            "url": nd.get("url", ""), "size": len(plain), "status_counts": status_counts,
            "possible": len(m.possible), "count": count,
            "coverage": coverage_line(nd.get("name", b), (expected or {}).get(b), len(plain),
                                      status_counts, len(m.possible)),
            "growth": growth,
            "growth_flagged": {str(y): c for y, c in growth_flagged.items()},
            "regions": A.regional_composition(G, declared[b]),
            "continents": A.regional_composition(G, declared[b], attribute="continent"),
            "portfolio_similarity": _r(A.portfolio_similarity(portfolio, declared[b])),
            "members": member_rows(members[b]),
            "possible_members": member_rows(m.possible),
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
                         "sources": cite.cite(m.claims)} for m in ch.members],
            "claims": [{"subject": e.subject, "relation": e.relation, "object": e.object,
                        "since": e.since, "until": e.until, "change": e.change,
                        "before": e.before, "after": e.after, "sources": cite.cite([e])}
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
                "sources": cite.cite(r["claims"])}
               for r in A.courted(G, ids, as_of=day)]
    swing = R.swing_rows(G, ids, day, cite, node_row)
    central, central_summary = R.central_rows(G, P, ids, day, seed=seed, top=top,
                                              declared=declared, node_row=node_row)
    scale = report_scale(P.number_of_edges(), seed=seed, seeds=seeds)
    broker_rows = R.broker_rows(P, overlaps, declared, top=top, node_row=node_row,
                                sources=scale.broker_sources, seed=seed)

    comm = A.detect_communities(P, seed=seed, seeds=scale.seeds,
                                resolutions=scale.resolutions)
    labels = comm.labels()
    declared_labels = A.membership_labels(declared)
    detected = {v: labels[v] for v in union if v in labels}
    communities = {
        "method": comm.method, "implementation": comm.implementation(),
        "resolution": comm.resolution, "seed": comm.seed,
        "seeds": list(comm.seeds), "resolutions": list(comm.resolutions),
        "count": len(comm.partition),
        "ari": _r(A.adjusted_rand_index(detected, declared_labels)),
        "rows": [{**node_row(v), "community": labels.get(v), "declared": declared_labels[v],
                  "stability": _r(comm.stability[v]) if v in comm.stability else None}
                 for v in union],
    }

    moving = moving_section(G, day, seed=seed, cite=cite, node_row=node_row,
                            skip=scale.skip_moving)
    events = events_section(G, ids, day, since=start, cite=cite, members=members)
    source_rows = cite.number()
    kinds: dict[str, int] = {}
    for s in source_rows:
        kinds[s["source_kind"] or "unstated"] = kinds.get(s["source_kind"] or "unstated", 0) + 1
    retrieved = sorted(s["retrieved"] for s in source_rows if s["retrieved"])
    provenance = {"sources": len(source_rows), "by_kind": dict(sorted(kinds.items())),
                  "retrieved_from": retrieved[0] if retrieved else "",
                  "retrieved_to": retrieved[-1] if retrieved else ""}
    method = method_notes(ids, seed=seed, seeds=len(scale.seeds), comm=comm,
                          central=central_summary)
    method.update(scale.notes())
    method["projection_size"] = {"countries": P.number_of_nodes(), "links": P.number_of_edges()}
    method["scope_size"] = {"countries": central_summary["countries"],
                            "links": central_summary["links"]}
    report = BlocReport(as_of=day, seed=seed, blocs=bloc_rows, overlaps=overlaps,
                        courted=courted, central=central, brokers=broker_rows,
                        communities=communities, sources=source_rows, method=method,
                        changes=changes, alignment=R.alignment_rows(G, ids, day),
                        swing=swing, leaning=R.leaning_rows(G, ids, day, node_row),
                        provenance=provenance, moving=moving, events=events)
    report.findings = key_findings(report)
    return report
