"""The bloc report laid out once, as headed blocks that HTML and Markdown both render: key
findings first, then members and coverage, alignment, swing states, leaning, centrality,
brokers, overlap, communities, blocs that move, what changed, members by bloc and the
method."""

from __future__ import annotations

from dataclasses import dataclass

from graphkit.report.blocs import BlocReport
from graphkit.report.svg import bar_chart, heat_map, line_chart, timeline_chart

__all__ = ["Cite", "report_sections"]


@dataclass(frozen=True)
class Cite:
    """Numbers of sources in the numbered source list."""

    numbers: tuple[int, ...]


def _pct(x: float) -> str:
    return f"{x:.3f}"


def _none(cols: list[str]) -> list[list]:
    return [["none"] + [""] * (len(cols) - 1)]


def report_sections(r: BlocReport) -> list[tuple[str, list[tuple]]]:
    """The report as (heading, blocks); a block is ("p", text), ("list", items),
    ("table", cols, rows) or ("svg", markup, caption)."""
    names = {b["id"]: b["name"] for b in r.blocs}

    def bl(ids: list[str]) -> str:
        return ", ".join(names.get(i, i) for i in ids)

    out = [("Key findings", [("list", r.findings or ["Nothing to report."])])]
    out.append(_summary(r))
    if r.changes:
        out.append(_changes_section(r, names))
    out += _charts(r)
    out.append(_alignment(r, names))
    out.append(_swing(r, names, bl))
    out.append(_leaning(r, names))
    out.append(_centrality(r, names, bl))
    blocks = [("table", ["bloc A", "bloc B", "size A", "size B", "in both", "Jaccard",
                         "portfolio similarity across"],
               [[names[o["a"]], names[o["b"]], o["size_a"], o["size_b"], len(o["in_both"]),
                 _pct(o["jaccard"]), _pct(o["portfolio_similarity"])] for o in r.overlaps])]
    for o in r.overlaps:
        both = ", ".join(o["in_both"]) or "none"
        blocks.append(("p", f"In both {names[o['a']]} and {names[o['b']]}: {both}."))
    out.append(("Overlap", blocks))
    c = r.communities
    out.append(("Detected communities against declared blocs", [
        ("p", (f"{c['count']} communities detected ({r.method['communities']}). Adjusted Rand "
              f"index between detected communities and declared blocs: {c['ari']:.3f} "
              "(1 = same grouping, about 0 = chance).")),
        ("table", ["country", "name", "declared", "community", "stability"],
         [[x["country"], x["name"], x["declared"].replace("+", " + "),
           "" if x["community"] is None else x["community"],
           "" if x["stability"] is None else _pct(x["stability"])] for x in c["rows"]])]))
    if r.moving:
        out.append(_moving(r))
    if r.events:
        out.append(_events(r, names))
    cols = ["country", "name", "UN region", "member", "relation", "since", "status", "note",
            "sources"]
    for b in r.blocs:
        rows = [[m["country"], m["name"], m["un_region"], holds, ", ".join(m["relations"]),
                 m["since"], m.get("status", ""), m.get("note", ""), Cite(tuple(m["sources"]))]
                for holds, key in (("certain", "members"), ("possible", "possible_members"))
                for m in b[key]]
        out.append((f"Members: {b['name']}", [("table", cols, rows or _none(cols))]))
    out.append(("Method", [("p", f"{k}: {v}") for k, v in sorted(r.method.items())
                           if isinstance(v, str)] + [
        ("p", (f"projection: {r.method['projection_size']['countries']} countries, "
              f"{r.method['projection_size']['links']} links; seed {r.seed}."))]))
    return out


def _summary(r: BlocReport) -> tuple[str, list[tuple]]:
    summary = [[b["name"], b["id"], b["kind"], b["count"],
                b["growth"][0][0] if b["growth"] else "", len(b["regions"]),
                _pct(b["portfolio_similarity"])] for b in r.blocs]
    blocks = [
        ("p", (f"Declared members as of {r.as_of}: countries with a membership, signature, "
               "ratification, accession or leading role certain on that date (withdrawals "
               "applied). \"+n disputed\" (or announced, suspended): members whose every "
               "membership claim carries that status, counted apart. \"+n possible\": "
               "countries whose claim is dated only by a month or a year that holds the "
               "date, so they may or may not be members yet. Every member row below cites "
               "its sources [n].")),
        ("table", ["bloc", "id", "kind", "members", "first year", "UN regions",
                   "portfolio similarity within"], summary)]
    for b in r.blocs:
        if b["possible_members"]:
            named = ", ".join(f"{m['name']} ({m['country']}, {m['since']})"
                              for m in b["possible_members"])
            blocks.append(("p", f"Possible members of {b['name']} on {r.as_of}: {named}."))
    coverage = [b["coverage"] for b in r.blocs if b.get("coverage")]
    if coverage:
        blocks.append(("list", coverage))
    p = r.provenance
    if p.get("sources"):
        kinds = ", ".join(f"{k} {n}" for k, n in p["by_kind"].items())
        blocks.append(("p", (f"Sources: {p['sources']} ({kinds}; mirror: a copy of another "
                            f"publisher's page), retrieved {p['retrieved_from']} to "
                            f"{p['retrieved_to']}.")))
    return ("Summary", blocks)


def _charts(r: BlocReport) -> list[tuple[str, list[tuple]]]:
    def flagged(b: dict, year: int) -> dict[str, int]:
        return b.get("growth_flagged", {}).get(str(year), {})

    growth = {b["name"]: [(y, n, e + sum(flagged(b, y).values())) for y, n, e in b["growth"]]
              for b in r.blocs}
    years = sorted({x[0] for b in r.blocs for x in b["growth"]})

    def cell(b: dict, year: int) -> str:
        row = {x[0]: x for x in b["growth"]}.get(year)
        if row is None:
            return ""
        extra = "".join(f" (+{n} {k})" for k, n in flagged(b, year).items())
        return f"{row[1]}" + (f" (+{row[2]})" if row[2] else "") + extra

    table = [[y] + [cell(b, y) for b in r.blocs] for y in years]
    regions = {b["name"]: b["regions"] for b in r.blocs}
    cats = sorted({c for b in r.blocs for c in b["regions"]})
    return [
        ("Members over time", [
            ("svg", line_chart(growth, title="members per year", x_title="year (end of)",
                               y_title="member countries"),
             ("Certain member countries at the end of each year (the last year: on the "
              "report date), members with a status such as disputed left out; a dashed line "
              "and shaded band: with the possible members, whose dates are only a month or "
              "year, and those with a status. The table gives the possible ones as (+n).")),
            ("table", ["year"] + [b["name"] for b in r.blocs], table)]),
        ("Regional composition", [
            ("svg", bar_chart(regions, title="members by UN region",
                              x_title="certain member countries", y_title="UN region"),
             "Certain member countries of each bloc, counted by UN region."),
            ("table", ["UN region"] + [b["name"] for b in r.blocs],
             [[c] + [b["regions"].get(c, 0) for b in r.blocs] for c in cats])])]


def _alignment(r: BlocReport, names: dict[str, str]) -> tuple[str, list[tuple]]:
    others = sorted({a["other"] for a in r.alignment})
    label = {a["other"]: a.get("other_name") or names.get(a["other"], a["other"])
             for a in r.alignment}
    short = {a["other"]: a.get("other_short") or label[a["other"]] for a in r.alignment}
    short.update({a["bloc"]: a.get("bloc_short") or names[a["bloc"]] for a in r.alignment})
    values = {(short[a["other"]], short[a["bloc"]]): a["share"] for a in r.alignment}
    texts = {(short[a["other"]], short[a["bloc"]]): f"{a['share']:.2f} ({a['in_other']})"
             for a in r.alignment}
    order = sorted(others, key=lambda o: (-max((a["share"] for a in r.alignment
                                                if a["other"] == o), default=0), o))
    def cell(a: dict) -> str:
        flagged = "".join(f"; +{c} {st}" for c, st in a.get("flagged", {}).items())
        return f"{a['share']:.3f} ({a['in_other']} of {a['members']}{flagged})"

    rows = [[label[o]] + [next((cell(a) for a in r.alignment
                                if a["other"] == o and a["bloc"] == b["id"]), "")
                          for b in r.blocs] for o in order]
    return ("Alignment with other blocs", [
        ("p", ("For each compared bloc, the share of its certain members that are certain "
              "members of each other declared bloc with three or more members; members with "
              "a status (disputed, suspended...) are left out of the share and named apart.")),
        ("svg", heat_map([short[o] for o in order], [short.get(b["id"], b["name"])
                                                     for b in r.blocs], values,
                         labels=texts, title="alignment", x_title="compared bloc",
                         y_title="other bloc"),
         ("Share of each compared bloc's certain members (column) that are certain members "
         "of the other bloc (row), with their number in brackets; darker is larger.")),
        ("table", ["other bloc"] + [f"share of {b['name']}" for b in r.blocs], rows)])


def _swing(r: BlocReport, names: dict[str, str], bl) -> tuple[str, list[tuple]]:
    cols = ["country", "name", "why", "member of", "engages", "via aligned bloc", "claim",
            "status", "sources"]
    rows = []
    for s in r.swing:
        via = "; ".join(f"{v['name']}: {v['count']} of {v['members']} in {names[v['side']]}"
                        for v in s["via"])
        for e in s["evidence"]:
            claim = f"{e['relation']} {names.get(e['bloc'], e['bloc'])} {e['since']}"
            rows.append([s["country"], s["name"], s["kind"] + (" (possible)" if s["possible"]
                                                                else ""),
                         bl(s["member_of"]), bl(s["engages"]), via, claim, e["status"],
                         Cite(tuple(e["sources"]))])
    return ("Swing states", [("p", (f"Swing states: {r.method['swing']}. One row per claim "
                                   "that makes a country one.")),
                             ("table", cols, rows or _none(cols))])


def _leaning(r: BlocReport, names: dict[str, str]) -> tuple[str, list[tuple]]:
    cols = (["country", "name", "leans to", "margin"]
            + [f"similarity to {b['name']}" for b in r.blocs] + ["possibly in", "drivers"])
    rows = []
    for x in r.leaning:
        drivers = "; ".join(d["name"] + " (" + ", ".join(
            f"{s:.0%} of {names[b]}" for b, s in d["shares"].items()) + ")"
            for d in x["drivers"])
        rows.append([x["country"], x["name"], names.get(x["leans"], "even"),
                     _pct(x["margin"])] + [_pct(x["scores"][b["id"]]) for b in r.blocs]
                    + [", ".join(names[b] for b in x["possible"]), drivers])
    return ("Leaning of the countries in neither bloc", [
        ("p", f"Leaning: {r.method['leaning']}. Strongest lean first."),
        ("table", cols, rows or _none(cols))])


def _centrality(r: BlocReport, names: dict[str, str], bl) -> tuple[str, list[tuple]]:
    cols = ["rank", "country", "name", "blocs", "PageRank", "betweenness",
            "weighted degree", "eigenvector", "tie"]
    blocks = [("p", "Centrality: " + r.method["centrality"] + ". Scores to 6 places, as "
                    "ranked."),
              ("table", cols,
               [[c["rank"], c["node"], c["name"], bl(c["blocs"]), f"{c['pagerank']:.6f}",
                 f"{c['betweenness']:.6f}", f"{c['weighted_degree']:.6f}",
                 f"{c['eigenvector']:.6f}", c["tie"]] for c in r.central] or _none(cols))]
    for b in r.brokers:
        bcols = ["rank", "country", "name", "member of", "score"]
        sampled = b.get("sampled")
        how = (f" Estimated: paths from {sampled['sources']} of the {sampled['members']} "
               f"members of {names[b['a']]}, sampled with seed {sampled['seed']}, scores "
               f"scaled by {sampled['members']}/{sampled['sources']}." if sampled else "")
        blocks.append(("p", (f"Brokers between {names[b['a']]} and {names[b['b']]}: subset "
                            "betweenness on the whole projection, over shortest paths from "
                            f"members of one to members of the other.{how}")))
        blocks.append(("table", bcols,
                       [[x["rank"], x["country"], x["name"], bl(x["member_of"]),
                         f"{x['score']:.1f}"] for x in b["brokers"]] or _none(bcols)))
    return ("Centrality and brokers", blocks)


def _changes_section(r: BlocReport, names: dict[str, str]) -> tuple[str, list[tuple]]:
    """What changed from ``r.changes["since"]`` to the report's day, members then claims."""
    ch = r.changes
    members = [[names.get(m["bloc"], m["bloc"]), m["country"], m["name"], m["change"],
                f"{m['before']} → {m['after']}", ", ".join(m["relations"]),
                ", ".join(m["dates"]), Cite(tuple(m["sources"]))] for m in ch["members"]]
    claims = [[c["subject"], c["relation"], c["object"], c["since"], c["until"], c["change"],
               f"{c['before']} → {c['after']}", Cite(tuple(c["sources"]))]
              for c in ch["claims"]]
    return (f"What changed from {ch['since']} to {ch['as_of']}", [
        ("p", ("Who joined, left, became possible or became certain in each bloc between the "
               "two days (the state on the first day against the state on the second), and "
               "the claims about these blocs that started or ended.")),
        ("table", ["bloc", "country", "name", "change", "standing", "relation", "dated",
                   "sources"], members or [["none", "", "", "", "", "", "", ""]]),
        ("table", ["subject", "relation", "object", "since", "until", "change", "holds",
                   "sources"], claims or [["none", "", "", "", "", "", "", ""]])])


def _moving(r: BlocReport) -> tuple[str, list[tuple]]:
    """Countries whose detected community changed, year by year up to the report's day."""
    m = r.moving
    years = m["years"]
    heading = f"Blocs that move, {years[0] if years else m['from']} to {m['as_of']}"
    if m["skipped"]:
        return (heading, [("p", f"This section is {m['skipped']}.")])
    span = f"the country projection on the report's day, {m['as_of']}, for {years[-1]}" \
        if years else ""
    if len(years) > 1:
        span = (f"the country projection on 31 December of each year from {years[0]} to "
                f"{years[-2]}, and {span}")
    blocks = [("p", (f"Communities detected year by year ({span}), followed through time by "
                    f"leidenalg's temporal optimisation (resolution {m['resolution']:g}, "
                    f"coupling {m['coupling']:g} between years, seed {m['seed']}). A country "
                    "moves when its community differs from the year before; each community is "
                    "named ~X after the declared bloc it overlaps most. Each move lists the "
                    "country's own claims that began or ended that year, up to the report's "
                    "day, with their sources; a move without one was caused by other "
                    f"countries' links changing. Caveats: {'; '.join(m['caveats'])}." if years else
                    f"No yearly slice from {m['from']} to {m['as_of']} links two countries."))]
    if m["timeline"]:
        cells = {(t["name"], y): name for t in m["timeline"] for y, name in t["path"] if name}
        blocks.append(("svg", timeline_chart([t["name"] for t in m["timeline"]], years, cells,
                                             title="blocs that move", x_title="year",
                                             y_title="country"),
                       ("Each country that moved, year by year, coloured by the name of its "
                        "community that year (legend); a community renamed because its overlap "
                        "with the declared blocs changed changes colour without a move, so the "
                        "table below lists the moves. The last column is the report's day.")))
    cols = ["year", "country", "name", "from", "to", "claims that year", "sources"]
    rows = [[x["year"], x["country"], x["name"], x["from"], x["to"],
             "; ".join(f"{c['relation']} {c['object']} {c['since']}"
                       + (f" to {c['until']}" if c["until"] else "") for c in x["claims"])
             or "none of its own", Cite(tuple(x["sources"]))] for x in m["moves"]]
    blocks.append(("table", cols, rows or [["none"] + [""] * (len(cols) - 1)]))
    return (heading, blocks)


def _events(r: BlocReport, names: dict[str, str]) -> tuple[str, list[tuple]]:
    """GDELT's reported events from each bloc's members to each bloc's, by relation."""
    e = r.events
    window = f"from {e['since']} to {e['as_of']}" if e["since"] else f"up to {e['as_of']}"
    blocks = [("p", (f"Events GDELT coded between countries (`graphkit import gdelt`), {window}: "
                    "each row sums the event edges from the members of one bloc to those of "
                    "another (or of the same bloc), by CAMEO QuadClass, with the number of "
                    "edges and of country pairs, the mean GoldsteinScale and the first and "
                    f"last day; the sources are the {e['cited']} edges of most events. "
                    f"Caveats: {'; '.join(e['caveats'])}."))]
    cols = ["from", "to", "relation", "events", "edges", "country pairs", "mean Goldstein",
            "first", "last", "sources"]
    rows = [[names.get(x["from"], x["from"]), names.get(x["to"], x["to"]), x["relation"],
             x["events"], x["edges"], x["pairs"], "" if x["goldstein"] is None else f"{x['goldstein']:.2f}",
             x["first"], x["last"], Cite(tuple(x["sources"]))] for x in e["rows"]]
    blocks.append(("table", cols, rows or [["none"] + [""] * (len(cols) - 1)]))
    return ("Reported events between the blocs (GDELT)", blocks)
