"""One answer of the bloc report as rows, without writing a report: what ``graphkit blocs
members|compare|swing|leaning|brokers|centrality|events`` print (table, CSV, JSON or Markdown).

Every function takes the graph, two or more bloc names (ids, names or aliases, as
:func:`graphkit.report.blocs.resolve_blocs` reads them) and the day, and returns
``(columns, rows)``: plain dicts, one claim per row where a claim is cited, with its
source URL and what its row in ``data/`` says (status, retrieved day, source kind).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import networkx as nx

from graphkit.analysis.alignment import alignment
from graphkit.analysis.blocs import Claim, declared_memberships
from graphkit.analysis.compare import brokers, overlap
from graphkit.analysis.events import bloc_events
from graphkit.analysis.leaning import leaning
from graphkit.analysis.projection import country_projection
from graphkit.analysis.provenance import claim_details
from graphkit.analysis.swing import swing_states
from graphkit.io.dates import one_day
from graphkit.report.analyses import central_rows
from graphkit.report.blocs import resolve_blocs

__all__ = ["TABLES", "blocs_table"]

Table = tuple[list[str], list[dict]]

_CLAIM = ["relation", "target", "since", "status", "source_url", "publisher", "retrieved",
          "source_kind"]


def _name(G: nx.MultiDiGraph, v: str) -> str:
    return G.nodes[v].get("name", v) if v in G else v


def _claim(G: nx.MultiDiGraph, c: Claim) -> dict:
    d = claim_details(G, c)
    return {"relation": c.relation, "target": c.target, "since": c.since,
            "status": d["status"], "source_url": c.source_url, "publisher": c.publisher,
            "retrieved": d["retrieved"], "source_kind": d["source_kind"]}


def members_table(G: nx.MultiDiGraph, ids: list[str], day: str) -> Table:
    """Each bloc's members, certain or possible, one row per membership claim."""
    cols = ["bloc", "country", "name", "holds", "member_status", *_CLAIM]
    rows = []
    for b, m in declared_memberships(G, ids, as_of=day).items():
        for holds, members in (("certain", m.certain), ("possible", m.possible)):
            for country, claims in members.items():
                statuses = [claim_details(G, c)["status"] for c in claims]
                status = "/".join(sorted(set(statuses))) if all(statuses) else ""
                rows += [{"bloc": b, "country": country, "name": _name(G, country),
                          "holds": holds, "member_status": status, **_claim(G, c)}
                         for c in claims]
    return cols, rows


def compare_table(G: nx.MultiDiGraph, ids: list[str], day: str) -> Table:
    """Alignment: the share of each bloc's members in every other bloc (and each other)."""
    cols = ["bloc", "other", "members", "in_other", "share", "countries", "possible", "flagged"]
    rows = [{**r, "share": round(r["share"], 6), "countries": " ".join(r["countries"]),
             "possible": " ".join(r["possible"]),
             "flagged": " ".join(f"{c}:{s}" for c, s in r["flagged"].items())}
            for r in alignment(G, ids, as_of=day)]
    return cols, rows


def swing_table(G: nx.MultiDiGraph, ids: list[str], day: str) -> Table:
    """Swing states, one row per claim that makes a country one."""
    cols = ["country", "name", "kind", "member_of", "engages", "via", "possible", *_CLAIM]
    rows = []
    for r in swing_states(G, ids, as_of=day):
        via = "; ".join(f"{v['bloc']} ({v['count']} of {v['members']} in {v['side']})"
                        for v in r["via"])
        rows += [{"country": r["country"], "name": _name(G, r["country"]), "kind": r["kind"],
                  "member_of": " ".join(r["member_of"]), "engages": " ".join(r["engages"]),
                  "via": via, "possible": r["possible"], **_claim(G, c)}
                 for c in r["claims"]]
    return cols, rows


def leaning_table(G: nx.MultiDiGraph, ids: list[str], day: str) -> Table:
    """Countries in none of the blocs, strongest lean first, with what drives it."""
    cols = ["country", "name", "leans", "margin", *[f"score_{b}" for b in ids], "possibly_in",
            "drivers"]
    rows = []
    for r in leaning(G, ids, as_of=day):
        drivers = "; ".join(d["bloc"] + " (" + ", ".join(
            f"{b} {s:.2f}" for b, s in d["shares"].items()) + ")" for d in r["drivers"])
        rows.append({"country": r["country"], "name": _name(G, r["country"]),
                     "leans": r["leans"], "margin": round(r["margin"], 6),
                     **{f"score_{b}": round(s, 6) for b, s in r["scores"].items()},
                     "possibly_in": " ".join(r["possible"]), "drivers": drivers})
    return cols, rows


def brokers_table(G: nx.MultiDiGraph, ids: list[str], day: str) -> Table:
    """For each pair of blocs, the countries on the shortest paths between their members."""
    cols = ["a", "b", "rank", "country", "name", "score"]
    P = country_projection(G, as_of=day)
    members = {b: frozenset(m.certain) for b, m in declared_memberships(G, ids, as_of=day).items()}
    rows = []
    for o in overlap(members):
        ranked = brokers(P, members[o["a"]], members[o["b"]], top=None)
        rows += [{"a": o["a"], "b": o["b"], "rank": i, "country": v, "name": _name(G, v),
                  "score": round(s, 6)} for i, (v, s) in enumerate(ranked, start=1)]
    return cols, rows


def centrality_table(G: nx.MultiDiGraph, ids: list[str], day: str) -> Table:
    """Centrality within the compared scope, ranked by PageRank with visible ties."""
    cols = ["rank", "country", "name", "blocs", "pagerank", "betweenness", "weighted_degree",
            "eigenvector", "tie"]
    members = {b: frozenset(m.certain) for b, m in declared_memberships(G, ids, as_of=day).items()}
    rows, _ = central_rows(G, country_projection(G, as_of=day), ids, day, seed=0, top=None,
                           declared=members,
                           node_row=lambda v: {"country": v, "name": _name(G, v)})
    return cols, [{**r, "country": r["node"], "blocs": " ".join(r["blocs"])} for r in rows]


def events_table(G: nx.MultiDiGraph, ids: list[str], day: str) -> Table:
    """Reported events (GDELT) from each bloc's members to each bloc's, by relation, with
    the source of the edge of most events."""
    cols = ["from_bloc", "to_bloc", "relation", "events", "edges", "country_pairs",
            "mean_goldstein", "first", "last", "largest_edge", "source_url"]
    rows = [{"from_bloc": f.source, "to_bloc": f.target, "relation": f.relation,
             "events": f.events, "edges": f.edges, "country_pairs": f.pairs,
             "mean_goldstein": "" if f.goldstein is None else f.goldstein, "first": f.first,
             "last": f.last, "largest_edge": f"{f.claims[0].country} -> {f.claims[0].target} "
             f"from {f.claims[0].since}", "source_url": f.claims[0].source_url}
            for f in bloc_events(G, ids, as_of=day)]
    return cols, rows


#: Command name -> the function that answers it.
TABLES = {"members": members_table, "compare": compare_table, "swing": swing_table,
          "leaning": leaning_table, "brokers": brokers_table, "centrality": centrality_table,
          "events": events_table}


def blocs_table(G: nx.MultiDiGraph, what: str, names: Sequence[str], *,
                as_of: dt.date | str | None = None) -> tuple[str, list[str], list[dict]]:
    """Resolve ``names`` to blocs and answer ``what`` (a key of :data:`TABLES`) on ``as_of``
    (default: today, as the report).

    Returns
    -------
    (day, columns, rows)

    Raises
    ------
    GraphkitError
        Fewer than two blocs (one for ``members``), a country or agency named, the same
        bloc twice.
    NodeNotFound
        A name matches no node.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in ("XAA", "XAB"): G.add_node(n, kind="Country", name=n, aliases=[])
    >>> for n in ("x", "y"): G.add_node(n, kind="Programme", name=n.upper(), aliases=[])
    >>> _ = G.add_edge("XAA", "x", relation="SIGNED", since="2020", source_url="https://e.org")
    >>> _ = G.add_edge("XAA", "y", relation="SIGNED", since="2021", source_url="https://e.org")
    >>> day, cols, rows = blocs_table(G, "swing", ["X", "Y"], as_of="2022-01-01")
    >>> [(r["country"], r["kind"], r["target"]) for r in rows]
    [('XAA', 'both', 'x'), ('XAA', 'both', 'y')]
    """
    ids = resolve_blocs(G, list(names), minimum=1 if what == "members" else 2)
    day = one_day(as_of, what=f"graphkit blocs {what}")
    columns, rows = TABLES[what](G, ids, day)
    return day, columns, rows
