"""The bloc report's opening: key findings as sentences written from its numbers, each with
citations, and the method notes that say how every number was made."""

from __future__ import annotations

from graphkit.analysis.alignment import DEFAULT_MARGIN
from graphkit.schema import load_schema

__all__ = ["cites", "key_findings", "method_notes"]


def cites(numbers) -> str:
    """``[3] [7]`` for the source numbers (``""`` for none)."""
    return " ".join(f"[{n}]" for n in numbers)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def key_findings(r) -> list[str]:
    """Short sentences with numbers and citations, the most telling first: who is in both
    blocs, swing states, disputed members and coverage, leaning, centrality, brokers and
    the sources' kinds. ``r`` is a :class:`graphkit.report.blocs.BlocReport` with every
    field but ``findings`` filled."""
    schema = load_schema()
    names = {b["id"]: b.get("short") or b["name"] for b in r.blocs}
    label = {t: rel.label for t, rel in schema.relations.items()}
    rows = {b["id"]: {m["country"]: m for m in b["members"] + b["possible_members"]}
            for b in r.blocs}
    out = []
    for o in r.overlaps:
        a, b = o["a"], o["b"]
        if not o["in_both"]:
            out.append(f"No country is in both {names[a]} and {names[b]} on {r.as_of}.")
            continue
        parts = []
        for v in o["in_both"]:
            ra, rb = rows[a][v], rows[b][v]
            parts.append(f"{ra['name']} ({names[a]} {ra['since']} {cites(ra['sources'])}; "
                         f"{names[b]} {rb['since']} {cites(rb['sources'])})")
        out.append(f"{_plural(len(parts), 'country is', 'countries are')} in both "
                   f"{names[a]} and {names[b]}: {_and(parts)}.")
    for s in r.swing:
        if s["kind"] == "both":
            continue
        engaged = "; ".join(
            f"{label.get(e['relation'], e['relation'])} {names.get(e['bloc'], e['bloc'])} "
            f"{e['since']} {cites(e['sources'])}"
            for e in s["evidence"] if e["bloc"] in s["engages"])
        if s["kind"] == "aligned engages other":
            via = "; ".join(f"a member of {v['name']}, {v['count']} of whose {v['members']} "
                            f"members are in {names[v['side']]}" for v in s["via"])
            who = f"{s['name']}, {via},"
        elif s["kind"] == "member engages other":
            who = f"{s['name']}, a member of {_and([names[b] for b in s['member_of']])},"
        else:
            who = f"{s['name']}, in none of them,"
        maybe = " (possibly: a date known only to the month or year)" if s["possible"] else ""
        out.append(f"Swing state: {who} engages {_and([names[b] for b in s['engages']])}"
                   f"{maybe}: {engaged}.")
    for b in r.blocs:
        for m in b["members"]:
            if m["status"]:
                out.append(f"{m['name']}'s membership of {b['name']} is {m['status']} "
                           f"{cites(m['sources'])}: counted apart, {b['name']} has {b['count']} "
                           "members.")
        if b.get("coverage"):
            out.append(b["coverage"])
    leaners = [x for x in r.leaning if x["leans"]]
    if leaners:
        counts = {b["id"]: sum(1 for x in leaners if x["leans"] == b["id"]) for b in r.blocs}
        first = leaners[0]
        drivers = ", ".join(d["name"] for d in first["drivers"])
        out.append(f"Of the {len(r.leaning)} countries in none of the blocs (with other "
                   "memberships), " + _and([f"{counts[b]} lean{'s' if counts[b] == 1 else ''} to {names[b]}" for b in counts])
                   + f"; the strongest: {first['name']} to {names[first['leans']]} (margin "
                   f"{first['margin']:.3f}; shared: {drivers}).")
    if r.central:
        top = ", ".join(f"{c['name']} ({c['pagerank']:.6f})" for c in r.central[:3])
        out.append(f"Most central of the {r.method['scope_size']['countries']} countries in "
                   f"the compared scope (PageRank): {top}.")
    for br in r.brokers:
        if br["brokers"]:
            x = br["brokers"][0]
            est = ", estimated from sampled sources" if br.get("sampled") else ""
            out.append(f"Main broker between {names[br['a']]} and {names[br['b']]}: "
                       f"{x['name']} (subset betweenness {x['score']:.1f}{est}).")
    p = r.provenance
    if p.get("sources"):
        kinds = ", ".join(f"{n} {k}" for k, n in p["by_kind"].items())
        out.append(f"{_plural(p['sources'], 'source')} cited ({kinds}), retrieved "
                   f"{p['retrieved_from']} to {p['retrieved_to']}.")
    return out


def method_notes(ids: list[str], *, seed: int, seeds: int, comm, central: dict) -> dict:
    """How each number of the report is made, one sentence per part (docs/METHODS.md has
    the reasons)."""
    schema = load_schema()
    bloc_rels = ", ".join(schema.bloc_relations)
    weights = ", ".join(f"{t} {r.weight:g}" for t, r in schema.relations.items() if r.weight)
    return {
        "projection": "countries linked through each shared organisation, agreement or "
                      "programme; a shared node adds w1*w2/(n-1): the two countries' "
                      f"relation weights (schema.yaml: {weights}) divided by the number of "
                      "its other countries (Newman's collaboration weighting), summed",
        "membership": f"a bloc relation ({bloc_rels}) certain on the date, not undone by a "
                      f"later {schema.withdrawal_relation}; agencies count for their "
                      "country; a date known only to the month or year is the period it "
                      "names, so a claim dated within it is possible on the date (counted "
                      "apart, as \"+n possible\", and named), certain after it; a member "
                      "whose every membership claim has a status (disputed, announced, "
                      "suspended) is counted apart under it",
        "courted": "a member of one bloc that expressed interest in, or is a partner of, "
                   f"another ({' or '.join(schema.courting_relations)}) valid on the date",
        "swing": "in two compared blocs; or a member of one that engages another ("
                 + ", ".join(schema.engagement_relations) + ", or a possible membership); "
                 "or a member of neither, in a bloc aligned with one side, that engages "
                 f"another: a bloc is aligned when the share of its members in one side "
                 f"exceeds that in every other by {DEFAULT_MARGIN:g} or more",
        "leaning": "each country in none of the blocs: mean Jaccard similarity of its "
                   "memberships (the compared blocs left out) with each bloc's members'; "
                   "it leans to the most similar; drivers: its memberships whose share of "
                   "members differs most between the blocs",
        "alignment": "share of each compared bloc's certain members that are certain "
                     "members of every other bloc with three or more members",
        "centrality": f"ranked by {central['by']} among the {central['countries']} "
                      "countries of the compared scope (the blocs' members, certain or "
                      "possible, and every country with a claim about them), on the "
                      "projection cut to them; equal scores share a rank (\"4=\") and are "
                      f"ordered by {', then '.join(central['then'])}, then id, as the tie "
                      "column says; " + ("; ".join(central["notes"]) or "betweenness exact"),
        "communities": f"Louvain ({comm.implementation()}), resolution {comm.resolution}, "
                       f"seed {comm.seed}; stability "
                       f"over seeds {seed}..{seed + seeds - 1} x resolutions "
                       f"{', '.join(str(x) for x in comm.resolutions)}: mean share of runs in "
                       "which a country is grouped with each country it was ever grouped "
                       "with; agreement with declared blocs by adjusted Rand index on the "
                       "blocs' members, each labelled by its set of blocs",
    }
