"""What ``graphkit review`` runs: candidates accepted in batch or one by one, validated with
the whole dataset, and appended atomically to an edge file of it.

Accepted rows are written only when the dataset with them added passes the same check as
``graphkit validate`` (a copy is checked in a temporary folder); otherwise nothing is
written and every problem is reported. A candidate that repeats a claim already in the
data (same subject, relation, object and date, or the same triple from the same source)
is never written twice. A new node that an accepted claim needs comes from the node
candidates file beside the candidates (``c.nodes.csv``) and goes to ``nodes/<same name>``.
Decisions of an interactive review are kept in ``<candidates>.review.json`` after each key,
so a review stopped half-way resumes where it was.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.errors import DataErrors, DataProblem, GraphkitError
from graphkit.extract.articles import EXTRA_COLUMNS, nodes_path_for
from graphkit.io.files import display_path, read_text, write_atomic

__all__ = ["Review", "accept_rows", "batch_review", "candidate_key", "data_root_for",
           "decisions_path_for", "existing_claims", "interactive_review", "read_candidates"]

EDITABLE = ("relation", "subject", "object", "since")


@dataclass
class Review:
    """What a review did: rows written, and candidates left out with why."""

    written: list[dict] = field(default_factory=list)
    nodes: list[dict] = field(default_factory=list)
    already: int = 0
    below: int = 0
    rejected: int = 0
    pending: int = 0


def _rows(path: Path | str, required) -> list[dict]:
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in required if c not in (reader.fieldnames or ())]
    if missing:
        raise GraphkitError(f"{display_path(path)}:1: expected the columns graphkit extract "
                            f"writes; missing {', '.join(missing)}")
    return [dict(row) for row in reader]


def read_candidates(path: Path | str) -> list[dict]:
    """The rows of a candidates file written by ``graphkit extract``.

    Raises
    ------
    GraphkitError
        When a column is missing or a confidence is not a number from 0 to 1.
    """
    from graphkit.schema import load_schema

    rows = _rows(path, (*load_schema().edge_required, "confidence"))
    for line, row in enumerate(rows, start=2):
        try:
            value = float(row["confidence"])
        except ValueError:
            value = -1
        if not 0 <= value <= 1:
            raise GraphkitError(f"{display_path(path)}:{line}: confidence: expected a number "
                                f"from 0 to 1, got {row['confidence']!r}")
    return rows


def candidate_key(row: dict) -> str:
    """A stable id of a candidate (its claim and where its evidence is), for decisions."""
    text = "|".join(row.get(c, "") for c in ("subject", "relation", "object", "since",
                                              "source_url", "start", "article"))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def data_root_for(into: Path | str, data: Path | str | None = None) -> Path:
    """The data folder an edge file belongs to: ``data``, else the folder above ``edges/``.

    Raises
    ------
    GraphkitError
        When ``into`` is not in an ``edges/`` folder and no data folder is given.
    """
    into = Path(into)
    if data is not None:
        return Path(data)
    if into.parent.name == "edges":
        return into.parent.parent
    raise GraphkitError(f"{into}: expected a file in a data folder's edges/ (e.g. "
                        "data/edges/new.csv), or --data naming the folder it belongs to")


def existing_claims(dataset) -> tuple[dict, dict, list]:
    """Claims of ``dataset`` by (s, r, o, since) and by (s, r, o, source), and all edges."""
    by_key = {(e.subject, e.relation, e.object, e.since): e for e in dataset.edges}
    by_source = {(e.subject, e.relation, e.object, e.source_url): e for e in dataset.edges}
    return by_key, by_source, dataset.edges


def _resolve_ends(row: dict, dataset) -> dict:
    row = dict(row)
    for col in ("subject", "object"):
        node = dataset.resolve(row[col]) if row.get(col) else None
        if node:
            row[col] = node
    return row


def related(row: dict, dataset) -> list[str]:
    """Existing claims a candidate repeats or contradicts, one line each."""
    withdrawal = dataset.schema.withdrawal_relation
    lines = []
    for e in dataset.edges:
        if (e.subject, e.object) != (row["subject"], row["object"]):
            continue
        if e.relation == row["relation"]:
            same = "same date" if e.since == row["since"] else f"since {e.since}"
            lines.append(f"repeats {e.origin}: {e.subject} {e.relation} {e.object} ({same})")
        elif withdrawal in (e.relation, row["relation"]):
            lines.append(f"contradicts {e.origin}: {e.subject} {e.relation} {e.object} "
                         f"since {e.since}")
    return lines


def _is_repeat(row: dict, claims) -> bool:
    by_key, by_source, _ = claims
    return ((row["subject"], row["relation"], row["object"], row["since"]) in by_key
            or (row["subject"], row["relation"], row["object"], row["source_url"]) in by_source)


def _append(path: Path, columns: list[str], rows: list[dict]) -> str:
    """The text of ``path`` (or a header of ``columns``) with ``rows`` appended."""
    if path.exists():
        text = read_text(path)
        header = next(csv.reader(io.StringIO(text)))
        columns = [h.strip() for h in header]
        if text and not text.endswith("\n"):
            text += "\n"
    else:
        text = ",".join(columns) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writerows(rows)
    return text + buffer.getvalue()


def accept_rows(rows: list[dict], into: Path | str, *, data: Path | str | None = None,
                node_rows: list[dict] = ()) -> Review:
    """Validate ``rows`` with the data folder ``into`` belongs to, then append them.

    Rows repeating a claim already there are left out; nodes the rows need that the data
    lacks are taken from ``node_rows`` and appended to ``nodes/<into's name>``.

    Raises
    ------
    DataErrors
        Every problem of the data with the rows added; nothing was written.
    """
    from graphkit.io.read import check_dataset, read_dataset
    from graphkit.schema import load_schema

    into = Path(into)
    root = data_root_for(into, data)
    dataset = read_dataset(root)
    claims = existing_claims(dataset)
    schema = load_schema()
    review = Review()
    fresh, seen = [], set()
    for row in rows:
        row = _resolve_ends(row, dataset)
        key = (row["subject"], row["relation"], row["object"], row["since"])
        if _is_repeat(row, claims) or key in seen:
            review.already += 1
            continue
        seen.add(key)
        fresh.append(row)
    if not fresh:
        return review
    offered = {n["id"]: n for n in node_rows}
    needed = [offered[n] for n in dict.fromkeys(r[c] for r in fresh for c in ("subject", "object"))
              if n not in dataset.nodes and n in offered]
    edge_columns = list(schema.edge_columns)
    node_columns = list(schema.node_columns)
    nodes_file = root / "nodes" / into.name
    edge_text = _append(into, edge_columns, fresh)
    node_text = _append(nodes_file, node_columns, needed) if needed else None
    with tempfile.TemporaryDirectory(prefix="graphkit-review-") as tmp:
        copy = Path(tmp) / "data"
        for part in ("nodes", "edges"):
            if (root / part).is_dir():
                shutil.copytree(root / part, copy / part)
            (copy / part).mkdir(parents=True, exist_ok=True)
        (copy / "edges" / into.name).write_text(edge_text, encoding="utf-8")
        if node_text is not None:
            (copy / "nodes" / nodes_file.name).write_text(node_text, encoding="utf-8")
        _, problems = check_dataset(copy, schema=schema)
        if problems:
            names = {display_path(copy / "edges" / into.name): display_path(into),
                     display_path(copy / "nodes" / nodes_file.name): display_path(nodes_file)}
            shown = [DataProblem(names.get(p.path, p.path.replace(str(copy), str(root))),
                                 p.line, p.field, p.message) for p in problems]
            raise DataErrors(shown)
    if node_text is not None:
        write_atomic(nodes_file, node_text, what="the node file")
    write_atomic(into, edge_text, what="the edge file")
    review.written, review.nodes = fresh, needed
    return review


def _node_rows(candidates: Path | str) -> list[dict]:
    path = nodes_path_for(candidates)
    return _rows(path, ("id", "kind", "name")) if path.exists() else []


def batch_review(candidates: Path | str, into: Path | str, *, accept_above: float,
                 data: Path | str | None = None) -> Review:
    """Accept every candidate whose confidence is at least ``accept_above``; write them.

    Examples
    --------
    See ``tests/extract/test_review.py``: extract, review, then ``graphkit validate``.
    """
    if not 0 <= accept_above <= 1:
        raise GraphkitError(f"--accept-above: expected a number from 0 to 1, got {accept_above}")
    rows = read_candidates(candidates)
    chosen = [r for r in rows if float(r["confidence"]) >= accept_above]
    review = accept_rows(chosen, into, data=data, node_rows=_node_rows(candidates))
    review.below = len(rows) - len(chosen)
    return review


def decisions_path_for(candidates: Path | str) -> Path:
    """Where an interactive review keeps its decisions: ``c.csv`` -> ``c.review.json``."""
    candidates = Path(candidates)
    return candidates.with_name(candidates.stem + ".review.json")


def _load_decisions(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        decisions = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise GraphkitError(f"{display_path(path)}:{exc.lineno}: expected the decisions "
                            f"graphkit review saved (JSON): {exc.msg}") from None
    return decisions if isinstance(decisions, dict) else {}


def _save(path: Path, decisions: dict) -> None:
    write_atomic(path, json.dumps(decisions, indent=1, sort_keys=True, ensure_ascii=False),
                 what="the review decisions")


def interactive_review(candidates: Path | str, into: Path | str, *,
                       ask: Callable[[str], str], show: Callable[[str], None],
                       data: Path | str | None = None,
                       decisions: Path | str | None = None) -> Review:
    """Show each undecided candidate; keys: (a)ccept, (r)eject, (e)dit, (s)kip, (q)uit.

    ``ask(prompt)`` returns what the user typed; ``show(text)`` prints. Each decision is
    saved at once; at the end (or on quit) accepted rows are validated and appended, and
    marked written, so a resumed review never writes them twice.
    """
    from graphkit.io.read import read_dataset

    rows = read_candidates(candidates)
    path = Path(decisions) if decisions else decisions_path_for(candidates)
    saved = _load_decisions(path)
    dataset = read_dataset(data_root_for(into, data))
    review = Review()
    todo = [r for r in rows if saved.get(candidate_key(r), {}).get("decision") not in
            ("accept", "reject")]
    for n, row in enumerate(todo, start=1):
        key, current = candidate_key(row), dict(row)
        while True:
            show(_describe(current, n, len(todo), related(_resolve_ends(current, dataset),
                                                           dataset)))
            answer = ask("[a]ccept [r]eject [e]dit [s]kip [q]uit").strip().lower()[:1]
            if answer == "e":
                column = ask(f"field ({'/'.join(EDITABLE)})").strip().lower()
                if column in EDITABLE:
                    current[column] = ask(f"new {column} (was {current[column]})").strip()
                continue
            break
        if answer == "q":
            break
        decision = {"a": "accept", "r": "reject"}.get(answer, "skip")
        saved[key] = {"decision": decision, "row": {c: current.get(c, "") for c in current
                                                      if c not in EXTRA_COLUMNS}}
        _save(path, saved)
    accepted = {k: d for k, d in saved.items() if d["decision"] == "accept" and not d.get("written")}
    review.rejected = sum(1 for d in saved.values() if d["decision"] == "reject")
    review.pending = len(rows) - sum(1 for d in saved.values()
                                     if d["decision"] in ("accept", "reject"))
    if accepted:
        done = accept_rows([d["row"] for d in accepted.values()], into, data=data,
                           node_rows=_node_rows(candidates))
        review.written, review.nodes, review.already = done.written, done.nodes, done.already
        for d in accepted.values():
            d["written"] = True
        _save(path, saved)
    return review


def _describe(row: dict, n: int, total: int, lines: list[str]) -> str:
    """A candidate as the terminal shows it: the claim, its sentence with the matched words
    in [brackets], and the existing claims it repeats or contradicts."""
    evidence = row["evidence"]
    marks = []
    for part in (row.get("marks") or "").split(";"):
        a, _, b = part.partition("-")
        if a.isdigit() and b.isdigit():
            marks.append((int(a), int(b)))
    for a, b in sorted(marks, reverse=True):
        if 0 <= a < b <= len(evidence):
            evidence = evidence[:a] + "[" + evidence[a:b] + "]" + evidence[b:]
    head = (f"({n}/{total}) {row['subject']} {row['relation']} {row['object']} since "
            f"{row['since'] or '?'}  confidence {row.get('confidence', '?')}")
    body = [head, f"  {evidence}", f"  {row.get('source_url', '')}  rule: {row.get('rule', '')}"]
    body += [f"  {line}" for line in lines]
    return "\n".join(body)
