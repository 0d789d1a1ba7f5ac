"""``graphkit review --html``: the candidates as one self-contained page for a browser.

Every candidate shows its claim, its sentence with the matched words marked, its
confidence and rule, and the existing claims it repeats or contradicts, with a box to tick
(ticked from a confidence of 0.9). "Download the ticked rows" saves them as a candidates
CSV for ``graphkit review FILE --accept-above 0 --into data/edges/FILE.csv``, which
validates and appends them. Every string from the candidates is HTML-escaped, the data
travels as JSON with ``<``, ``>`` and ``&`` escaped, and a Content-Security-Policy lets the
page load nothing at all.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from graphkit.extract.articles import CANDIDATE_COLUMNS
from graphkit.extract.review import read_candidates, related
from graphkit.io.files import write_atomic

__all__ = ["review_page", "write_review_page"]

_STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}
li{margin:0 0 1.2em;list-style:none}mark{background:#fde68a}.claim{font-weight:600}
.meta,.rel{color:#666;font-size:13px}.rel{color:#a33}button{font-size:15px;padding:.4em 1em}"""

_SCRIPT = """const rows = JSON.parse(document.getElementById('rows').textContent);
const columns = JSON.parse(document.getElementById('columns').textContent);
function cell(v){v=String(v==null?'':v);return /[",\\n\\r]/.test(v)?'"'+v.replace(/"/g,'""')+'"':v;}
document.getElementById('save').addEventListener('click', function(){
  const lines=[columns.map(cell).join(',')];
  document.querySelectorAll('input.pick').forEach(function(box){
    if(box.checked){const r=rows[Number(box.dataset.i)];lines.push(columns.map(c=>cell(r[c])).join(','));}
  });
  const blob=new Blob([lines.join('\\n')+'\\n'],{type:'text/csv'});
  const a=document.createElement('a');a.href=URL.createObjectURL(blob);
  a.download='accepted.csv';document.body.appendChild(a);a.click();a.remove();
});"""


def _json(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _marked(evidence: str, marks: str) -> str:
    spans = []
    for part in (marks or "").split(";"):
        a, _, b = part.partition("-")
        if a.isdigit() and b.isdigit() and 0 <= int(a) < int(b) <= len(evidence):
            spans.append((int(a), int(b)))
    out, at = [], 0
    for a, b in sorted(spans):
        if a < at:
            continue
        out += [html.escape(evidence[at:a]), "<mark>", html.escape(evidence[a:b]), "</mark>"]
        at = b
    out.append(html.escape(evidence[at:]))
    return "".join(out)


def review_page(rows: list[dict], dataset=None, *, title: str = "graphkit review") -> str:
    """The review page of candidate ``rows`` as HTML text (``dataset``: for repeats).

    Examples
    --------
    >>> page = review_page([{"subject": "<b>", "relation": "SIGNED", "object": "x",
    ...                      "since": "2024", "evidence": "<script>x</script>", "confidence": "1"}])
    >>> "<script>x</script>" in page, "&lt;script&gt;x&lt;/script&gt;" in page
    (False, True)
    """
    items = []
    for i, row in enumerate(rows):
        e = html.escape
        lines = related(row, dataset) if dataset is not None else []
        checked = " checked" if float(row.get("confidence") or 0) >= 0.9 else ""
        items.append(
            f'<li><label><input type="checkbox" class="pick" data-i="{i}"{checked}> '
            f'<span class="claim">{e(row["subject"])} {e(row["relation"])} {e(row["object"])}'
            f' since {e(row.get("since") or "?")}</span></label>'
            f'<div>{_marked(row.get("evidence", ""), row.get("marks", ""))}</div>'
            f'<div class="meta">confidence {e(row.get("confidence", ""))} · '
            f'{e(row.get("rule", ""))} · {e(row.get("source_url", ""))}</div>'
            + "".join(f'<div class="rel">{e(line)}</div>' for line in lines) + "</li>")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src blob:\">"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{len(rows)} candidates. Tick the claims the "
        "sentences prove, then save them and run <code>graphkit review accepted.csv "
        "--accept-above 0 --into data/edges/FILE.csv</code>.</p>"
        "<p>A confidence is the probability graphkit's reader gives the claim, learnt from "
        "annotated real articles; a claim it does not weigh (on a node the data lacks, or of a "
        "relation it has too few examples of) keeps the rules' score. Claims only the reader "
        "found have a rule that starts with \"reader:\". Rows from 0.9 come ticked.</p>"
        f'<p><button id="save" type="button">Download the ticked rows</button></p>'
        f"<ul>{''.join(items)}</ul>"
        f'<script type="application/json" id="rows">{_json(rows)}</script>'
        f'<script type="application/json" id="columns">{_json(list(CANDIDATE_COLUMNS))}</script>'
        f"<script>{_SCRIPT}</script></body></html>\n")


def write_review_page(candidates: Path | str, out: Path | str, *,
                      data: Path | str | None = None) -> Path:
    """Write the review page of a candidates file (repeats checked against ``data``)."""
    from graphkit.io.read import read_dataset

    rows = read_candidates(candidates)
    dataset = read_dataset(*(() if data is None else (data,)))
    title = f"graphkit review: {Path(candidates).name}"
    return write_atomic(out, review_page(rows, dataset, title=title), what="the review page")
