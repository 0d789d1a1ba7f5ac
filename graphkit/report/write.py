"""Write a BlocReport as one self-contained HTML page, Markdown or JSON, with the same
numbers in each (the sections are laid out once, then rendered)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from graphkit.errors import GraphkitError
from graphkit.io.files import write_atomic
from graphkit.output import markdown_table
from graphkit.report.blocs import BlocReport
from graphkit.report.svg import bar_chart, line_chart

__all__ = ["FORMATS", "to_html", "to_json", "to_markdown", "write_report"]

FORMATS = (".html", ".md", ".json")


@dataclass(frozen=True)
class Cite:
    """Numbers of sources in the numbered source list."""

    numbers: tuple[int, ...]


def _pct(x: float) -> str:
    return f"{x:.3f}"


def _sections(r: BlocReport) -> list[tuple[str, list[tuple]]]:
    """The report as (heading, blocks); a block is ("p", text), ("table", cols, rows) or
    ("svg", markup, caption)."""
    names = {b["id"]: b["name"] for b in r.blocs}

    def bl(ids: list[str]) -> str:
        return ", ".join(names.get(i, i) for i in ids)

    out = []
    summary = [[b["name"], b["id"], b["kind"], b["count"],
                b["growth"][0][0] if b["growth"] else "", len(b["regions"]),
                _pct(b["portfolio_similarity"])] for b in r.blocs]
    blocks = [
        ("p", (f"Declared members as of {r.as_of}: countries with a membership, signature, "
              "ratification or leading role certain on that date (withdrawals applied); "
              "\"+n possible\": countries whose claim is dated only by a month or a year "
              "that holds the date, so they may or may not be members yet. "
              "Every member row below cites its sources [n].")),
        ("table", ["bloc", "id", "kind", "members", "first year", "UN regions",
                   "portfolio similarity within"], summary)]
    for b in r.blocs:
        if b["possible_members"]:
            named = ", ".join(f"{m['name']} ({m['country']}, {m['since']})"
                              for m in b["possible_members"])
            blocks.append(("p", f"Possible members of {b['name']} on {r.as_of}: {named}."))
    out.append(("Summary", blocks))
    if r.changes:
        out.append(_changes_section(r, names))
    growth = {b["name"]: [tuple(x) for x in b["growth"]] for b in r.blocs}
    years = sorted({x[0] for b in r.blocs for x in b["growth"]})

    def cell(row) -> str:
        return "" if row is None else f"{row[1]} (+{row[2]})" if row[2] else f"{row[1]}"

    table = [[y] + [cell({x[0]: x for x in b["growth"]}.get(y)) for b in r.blocs]
             for y in years]
    out.append(("Members over time", [
        ("svg", line_chart(growth, title="members per year"),
         ("Members at the end of each year (the last year: on the report date); a dashed "
          "line and shaded band: with the possible members, whose dates are only a month "
          "or year.")),
        ("table", ["year"] + [b["name"] for b in r.blocs], table)]))
    regions = {b["name"]: b["regions"] for b in r.blocs}
    cats = sorted({c for b in r.blocs for c in b["regions"]})
    out.append(("Regional composition", [
        ("svg", bar_chart(regions, title="members by UN region"), "Members by UN region."),
        ("table", ["UN region"] + [b["name"] for b in r.blocs],
         [[c] + [b["regions"].get(c, 0) for b in r.blocs] for c in cats])]))
    blocks = [("table", ["bloc A", "bloc B", "size A", "size B", "in both", "Jaccard",
                         "portfolio similarity across"],
               [[names[o["a"]], names[o["b"]], o["size_a"], o["size_b"], len(o["in_both"]),
                 _pct(o["jaccard"]), _pct(o["portfolio_similarity"])] for o in r.overlaps])]
    for o in r.overlaps:
        both = ", ".join(o["in_both"]) or "none"
        blocks.append(("p", f"In both {names[o['a']]} and {names[o['b']]}: {both}."))
    blocks.append(("p", f"Courted: {r.method['courted']}."))
    blocks.append(("table", ["country", "name", "member of", "interested in", "relation",
                             "sources"],
                   [[c["country"], c["name"], bl(c["member_of"]), bl(c["interested_in"]),
                     ", ".join(c["relations"]), Cite(tuple(c["sources"]))]
                    for c in r.courted] or [["none", "", "", "", "", ""]]))
    out.append(("Overlap, countries in both and courted by both", blocks))
    blocks = [("p", "Countries of the whole projection with the highest PageRank. "
                    + r.method["centrality"] + "."),
              ("table", ["country", "name", "blocs", "degree", "weighted degree",
                         "betweenness", "eigenvector", "PageRank"],
               [[c["node"], c["name"], bl(c["blocs"]), _pct(c["degree"]),
                 f"{c['weighted_degree']:.2f}", _pct(c["betweenness"]),
                 f"{c['eigenvector']:.4f}", f"{c['pagerank']:.4f}"] for c in r.central])]
    for b in r.brokers:
        blocks.append(("p", f"Brokers between {names[b['a']]} and {names[b['b']]} (subset "
                            "betweenness on members of both): "
                            + (", ".join(f"{x['country']} {x['score']:.3f}" for x in b["brokers"])
                               or "none") + "."))
    out.append(("Most central countries", blocks))
    c = r.communities
    out.append(("Detected communities against declared blocs", [
        ("p", (f"{c['count']} communities detected ({r.method['communities']}). Adjusted Rand "
              f"index between detected communities and declared blocs: {c['ari']:.3f} "
              "(1 = same grouping, about 0 = chance).")),
        ("table", ["country", "name", "declared", "community", "stability"],
         [[x["country"], x["name"], x["declared"].replace("+", " + "),
           "" if x["community"] is None else x["community"],
           "" if x["stability"] is None else _pct(x["stability"])] for x in c["rows"]])]))
    for b in r.blocs:
        rows = [[m["country"], m["name"], m["un_region"], holds, ", ".join(m["relations"]),
                 m["since"], Cite(tuple(m["sources"]))]
                for holds, key in (("certain", "members"), ("possible", "possible_members"))
                for m in b[key]]
        out.append((f"Members: {b['name']}", [
            ("table", ["country", "name", "UN region", "member", "relation", "since", "sources"],
             rows or [["none", "", "", "", "", "", ""]])]))
    out.append(("Method", [("p", f"{k}: {v}") for k, v in sorted(r.method.items())
                           if isinstance(v, str)] + [
        ("p", (f"projection: {r.method['projection_size']['countries']} countries, "
              f"{r.method['projection_size']['links']} links; seed {r.seed}."))]))
    return out


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


def to_json(r: BlocReport) -> str:
    """The report as indented JSON with sorted keys."""
    return json.dumps(r.to_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _md_cell(v) -> str:
    if isinstance(v, Cite):
        return " ".join(f"[{n}]" for n in v.numbers)
    text = str(v).replace("\n", " ")
    # backslash-escape Markdown punctuation, so data cannot make links, emphasis or code
    text = re.sub(r"([\\`*_{}\[\]()#+!|~])", r"\\\1", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_markdown(r: BlocReport) -> str:
    """The report as Markdown (charts as their tables)."""
    lines = [f"# {_md_cell(r.title)}", "", f"As of {r.as_of}.", ""]
    for heading, blocks in _sections(r):
        lines += [f"## {_md_cell(heading)}", ""]
        for block in blocks:
            if block[0] == "p":
                lines += [_md_cell(block[1]), ""]
            elif block[0] == "svg":
                lines += [f"*{block[2]}*", ""]
            else:
                _, cols, rows = block
                lines += [markdown_table(cols, rows, cell=_md_cell), ""]
    lines += ["## Sources", ""]
    for s in r.sources:
        url = s["source_url"].replace(">", "%3E").replace("<", "%3C").replace(" ", "%20")
        lines.append(f"{s['n']}. <{url}> {_md_cell(s['publisher'])}: "
                     f"\"{_md_cell(s['evidence'])}\"")
    return "\n".join(lines) + "\n"


def _html_cell(v) -> str:
    if isinstance(v, Cite):
        return " ".join(f'<a href="#src-{n}">[{n}]</a>' for n in v.numbers)
    return escape(str(v))


_CSS = """body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;
color:#222;line-height:1.4}table{border-collapse:collapse;margin:.5em 0 1em;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}h2{border-bottom:1px solid #ddd;margin-top:1.6em}
figure{margin:0}figcaption{font-size:12px;color:#555}ol.sources li{margin:.3em 0;font-size:13px}
.ev{color:#444}"""


def _link(url: str) -> str:
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" rel="noreferrer">{escape(url)}</a>'
    return escape(url)


def to_html(r: BlocReport) -> str:
    """One self-contained HTML page: inline CSS and SVG, no script, every string escaped."""
    body = [f"<h1>{escape(r.title)}</h1>", f"<p>As of {escape(r.as_of)}.</p>"]
    for heading, blocks in _sections(r):
        body.append(f"<h2>{escape(heading)}</h2>")
        for block in blocks:
            if block[0] == "p":
                body.append(f"<p>{escape(block[1])}</p>")
            elif block[0] == "svg":
                body.append(f"<figure>{block[1]}<figcaption>{escape(block[2])}</figcaption>"
                            "</figure>")
            else:
                _, cols, rows = block
                head = "".join(f"<th>{escape(c)}</th>" for c in cols)
                trs = "".join("<tr>" + "".join(f"<td>{_html_cell(v)}</td>" for v in row)
                              + "</tr>" for row in rows)
                body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{trs}</tbody></table>")
    body.append("<h2>Sources</h2><ol class=\"sources\">")
    for s in r.sources:
        body.append(f'<li id="src-{s["n"]}">{_link(s["source_url"])} '
                    f'({escape(s["publisher"])}): <span class="ev">&ldquo;'
                    f'{escape(s["evidence"])}&rdquo;</span></li>')
    body.append("</ol>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src data:\">"
            f"<title>{escape(r.title)}</title><style>{_CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def write_report(r: BlocReport, path: Path | str) -> Path:
    """Write ``r`` to ``path`` as .html, .md or .json (by its suffix), atomically.

    The folder is created; the file is written with :func:`graphkit.io.files.write_atomic`,
    so on any error (a full disk included) a previous report there is left as it was.

    Raises
    ------
    GraphkitError
        For any other suffix, or when the file cannot be written (one line saying why).
    """
    path = Path(path)
    writers = {".html": to_html, ".md": to_markdown, ".json": to_json}
    if path.suffix.lower() not in writers:
        raise GraphkitError(f"{path}: expected a file name ending in .html, .md or .json")
    return write_atomic(path, writers[path.suffix.lower()](r), what="the report")
