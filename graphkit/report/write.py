"""Write a BlocReport as one self-contained HTML page, Markdown or JSON, with the same
numbers in each (the sections are laid out once, then rendered)."""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

from graphkit.errors import GraphkitError
from graphkit.io.files import write_atomic
from graphkit.output import markdown_table
from graphkit.report.blocs import BlocReport
from graphkit.report.sections import Cite, report_sections

__all__ = ["FORMATS", "to_html", "to_json", "to_markdown", "write_report"]

FORMATS = (".html", ".md", ".json")


def _source_extra(s: dict) -> str:
    """What follows a source's evidence: its English rendering, kind and retrieval day."""
    extra = [f" {s['evidence_en']}"] if s.get("evidence_en") else []
    facts = [x for x in (s.get("source_kind", ""),
                         f"retrieved {s['retrieved']}" if s.get("retrieved") else "") if x]
    return "".join(extra) + (f" ({', '.join(facts)})" if facts else "")


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
    for heading, blocks in report_sections(r):
        lines += [f"## {_md_cell(heading)}", ""]
        for block in blocks:
            if block[0] == "p":
                lines += [_md_cell(block[1]), ""]
            elif block[0] == "list":
                lines += [f"- {_md_cell(item)}" for item in block[1]] + [""]
            elif block[0] == "svg":
                lines += [f"*{block[2]}*", ""]
            else:
                _, cols, rows = block
                lines += [markdown_table(cols, rows, cell=_md_cell), ""]
    lines += ["## Sources", ""]
    for s in r.sources:
        url = s["source_url"].replace(">", "%3E").replace("<", "%3C").replace(" ", "%20")
        lines.append(f"{s['n']}. <{url}> {_md_cell(s['publisher'])}: "
                     f"\"{_md_cell(s['evidence'])}\"{_md_cell(_source_extra(s))}")
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
    for heading, blocks in report_sections(r):
        body.append(f"<h2>{escape(heading)}</h2>")
        for block in blocks:
            if block[0] == "p":
                body.append(f"<p>{escape(block[1])}</p>")
            elif block[0] == "list":
                body.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in block[1])
                            + "</ul>")
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
                    f'{escape(s["evidence"])}&rdquo;</span>{escape(_source_extra(s))}</li>')
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
