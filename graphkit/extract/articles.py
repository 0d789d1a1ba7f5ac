"""What ``graphkit extract`` runs: articles in, candidate claims and nodes out as CSV.

The candidates file has data/'s edge columns (so an accepted row is a data/ row as it
stands) followed by ``confidence``, ``start`` and ``end`` (the evidence's characters in
the article's text), ``marks`` (subject, trigger and object within the evidence), ``rule``
(what fired) and ``article``. New nodes go to a second file in data/'s node format plus
``confidence``, ``evidence`` and ``source_url``. Nothing is written into data/.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from graphkit.errors import GraphkitError
from graphkit.extract.bids_granted import with_bids_granted
from graphkit.extract.candidate import unique
from graphkit.extract.candidates import Candidate, NodeCandidate, claims_in_doc
from graphkit.extract.ceremony import ceremony_dates
from graphkit.extract.forms.status_columns import status_column_claims
from graphkit.extract.given_up import with_bids_given_up
from graphkit.extract.lookups import mark_spans
from graphkit.extract.reader import read_claims, reading_units
from graphkit.extract.text import (
    Article,
    Dehyphenated,
    dehyphenate,
    nlp,
    read_article,
    sentence_spans,
)
from graphkit.extract.vocabulary import agreement_kind, relation_of

__all__ = ["CANDIDATE_COLUMNS", "NODE_CANDIDATE_COLUMNS", "Extraction", "extract_article",
           "extract_files", "gazetteer_for", "nodes_path_for", "write_extraction"]

EXTRA_COLUMNS = ("confidence", "start", "end", "marks", "rule", "article")
NODE_EXTRA_COLUMNS = ("confidence", "source_url", "evidence", "article")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def _edge_columns():
    from graphkit.schema import load_schema

    schema = load_schema()
    return schema.edge_required[:4] + ("until",) + tuple(
        c for c in schema.edge_required[4:] + schema.edge_optional if c != "until")


CANDIDATE_COLUMNS = (*_edge_columns(), *EXTRA_COLUMNS)
NODE_CANDIDATE_COLUMNS = ("id", "kind", "name", "aliases", "description", "url",
                          *NODE_EXTRA_COLUMNS)


@dataclass
class Extraction:
    """Candidate claims (rows of ``CANDIDATE_COLUMNS``) and new nodes from some articles."""

    rows: list[dict]
    nodes: list[dict]
    articles: int
    skipped: list[str]


@cache
def _gazetteer(key: tuple[str, ...]):
    from graphkit.extract.gazetteer import Gazetteer
    from graphkit.io.read import read_dataset

    return Gazetteer(read_dataset(*key), nlp())


def gazetteer_for(data: tuple[Path | str, ...] = ()):
    """The gazetteer of a dataset (default: as ``graphkit validate`` chooses), built once."""
    from graphkit.io.curated import choose_data

    return _gazetteer(tuple(str(p) for p in choose_data(*data).paths))


def _publisher(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def extract_article(article: Article, *, source_url: str | None = None,
                    publisher: str | None = None, published: str | None = None,
                    retrieved: str | None = None, data: tuple[Path | str, ...] = (),
                    reader: bool = True, min_confidence: float | None = None) -> Extraction:
    """Candidate claims and new nodes in one article.

    Parameters
    ----------
    article : Article
        From :func:`graphkit.extract.text.read_article` or ``article_from_text``.
    source_url : str, optional
        The article's URL; default the URL on its ``#`` header line. Required one way or
        the other.
    publisher : str, optional
        Default: the URL's host name.
    published : str, optional
        Publication date, ``YYYY[-MM[-DD]]``: dates like "in June" or "last year" are
        resolved against it, and a claim with no date of its own gets its year. Default:
        a ``# published: YYYY-MM-DD`` header line.
    retrieved : str, optional
        When the source was read, ``YYYY-MM-DD``; default today.
    data : paths
        The dataset whose nodes are recognised (default as ``graphkit validate``).
    reader : bool
        Weigh every triple with :mod:`graphkit.extract.reader` (default), whose probability
        becomes the confidence; ``False``: the rules' candidates and confidences alone.
    min_confidence : float, optional
        Leave out candidates under this confidence: with the reader, its probability
        (default: the model's threshold; 0 keeps every candidate); without, the rules'
        score (default: keep all).

    Raises
    ------
    GraphkitError
        No source URL, or a bad date.

    Examples
    --------
    >>> from graphkit.extract.text import article_from_text
    >>> found = extract_article(article_from_text("On 3 May 2024, Egypt signed the Artemis Accords."),
    ...                         source_url="https://example.org/a", published="2024-05-04")
    >>> [(r["subject"], r["relation"], r["object"], r["since"]) for r in found.rows]
    [('EGY', 'SIGNED', 'artemis-accords', '2024-05-03')]
    """
    from graphkit.extract.dates import parse_published
    from graphkit.io.dates import check_day

    url = source_url or article.header_url
    published = published or article.header_published
    if not url or not _URL.match(url):
        raise GraphkitError(f"{article.name}: expected a source URL (http or https): give "
                            f"--source-url, or a '# ... https://...' header line; got {url!r}")
    try:
        parse_published(published)
    except ValueError as exc:
        raise GraphkitError(f"--published: {exc}, got {published!r}") from None
    retrieved = check_day(retrieved or dt.date.today(), name="--retrieved")
    gazetteer = gazetteer_for(data)
    joined = dehyphenate(article.text)
    doc = nlp()(joined.text)
    sentences = sentence_spans(doc)
    units = reading_units(doc, sentences, gazetteer)
    claims, nodes = claims_in_doc(doc, *units, gazetteer, gazetteer.schema, published=published)
    claims = with_bids_given_up(ceremony_dates(doc, sentences, claims, published, _acts()), gazetteer.schema,
                                published)
    if reader:
        claims = read_claims(doc, *units, gazetteer, claims, published=published,
                             min_confidence=min_confidence)
    claims = with_bids_granted(claims, gazetteer.schema)  # after the reader, which weighs the bid's interest
    if joined.text != article.text:  # evidence and its offsets in the article's own text ("Tur-\nkey")
        claims = [_original(c, joined, article.text) for c in claims]
        nodes = [replace(n, start=joined.original(n.start), end=joined.original(n.end - 1) + 1,
                         evidence=article.text[joined.original(n.start):
                                               joined.original(n.end - 1) + 1]) for n in nodes]
    # a status table's columns are lines of the article's own text (unwrapping joins them);
    # the reader, which learnt from prose, leaves them as they are
    claims = unique(claims + status_column_claims(article.text, gazetteer, agreement_kind()))
    if not reader and min_confidence is not None:
        claims = [c for c in claims if c.confidence >= min_confidence]
    publisher = publisher or _publisher(url)
    rows = [_row(c, url, publisher, retrieved, article.name) for c in claims]
    node_rows = [_node_row(n, url, article.name) for n in nodes]
    return Extraction(rows, node_rows, 1, [])


@cache
def _acts() -> set[str]:
    """The relations a signing ceremony dates: signing ("sign") and joining ("join")."""
    return {relation_of("sign", "verb"), relation_of("join", "verb")}


def _original(c: Candidate, joined: Dehyphenated, text: str) -> Candidate:
    """``c`` with its evidence, offsets and marks in the text before words were joined."""
    start, end = joined.original(c.start), joined.original(c.end - 1) + 1
    marks = []
    for a, b in mark_spans(c.marks):
        marks.append(f"{joined.original(c.start + a) - start}-"
                     f"{joined.original(c.start + b - 1) + 1 - start}")
    return replace(c, start=start, end=end, evidence=text[start:end], marks=";".join(marks))


def _row(c: Candidate, url: str, publisher: str, retrieved: str, name: str) -> dict:
    row = dict.fromkeys(CANDIDATE_COLUMNS, "")
    row.update(subject=c.subject, relation=c.relation, object=c.object, since=c.since,
               source_url=url, publisher=publisher, evidence=c.evidence, retrieved=retrieved,
               note=f"graphkit extract: {c.rule}; date: {c.date_rule}", status=c.status,
               confidence=f"{c.confidence:.2f}", start=str(c.start), end=str(c.end),
               marks=c.marks, rule=c.rule, article=name)
    return row


def _node_row(n: NodeCandidate, url: str, name: str) -> dict:
    row = dict.fromkeys(NODE_CANDIDATE_COLUMNS, "")
    row.update(id=n.id, kind=n.kind, name=n.name, confidence=f"{n.confidence:.2f}",
               source_url=url, evidence=n.evidence, article=name,
               description=f"Proposed by graphkit extract from {url}")
    return row


def extract_files(paths, **options) -> Extraction:
    """:func:`extract_article` over several files, concatenated (same options for each)."""
    rows, nodes, seen = [], [], set()
    for path in paths:
        found = extract_article(read_article(path), **options)
        rows.extend(found.rows)
        for node in found.nodes:
            if node["id"] not in seen:
                seen.add(node["id"])
                nodes.append(node)
    return Extraction(rows, nodes, len(list(paths)), [])


def _csv(rows: list[dict], columns) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n",
                            extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def nodes_path_for(out: Path | str) -> Path:
    """Where the node candidates of a candidates file go: ``c.csv`` -> ``c.nodes.csv``."""
    out = Path(out)
    return out.with_name(out.stem + ".nodes.csv")


def _inside_data(path: Path, data: tuple[Path | str, ...] = ()) -> bool:
    from graphkit.io.curated import choose_data, curated_data_dir

    target = path.resolve()
    for root in (*choose_data().paths, *data, curated_data_dir()):
        root = Path(root).resolve()
        if root.is_dir() and (root / "edges").is_dir() and target.is_relative_to(root):
            return True
    return False


def write_extraction(found: Extraction, out: Path | str, nodes_out: Path | str | None = None,
                     *, data: tuple[Path | str, ...] = ()) -> tuple[Path, Path | None]:
    """Write the candidates CSV (and the node candidates CSV when there are any), atomically.

    Raises
    ------
    GraphkitError
        When ``out`` lies in a data folder (``./data``, the curated one, or one of
        ``data``): candidates reach data/ only through ``graphkit review``.
    """
    from graphkit.io.files import write_atomic

    out = Path(out)
    nodes_out = Path(nodes_out) if nodes_out else nodes_path_for(out)
    for path in (out, nodes_out):
        if _inside_data(path, data):
            raise GraphkitError(f"{path}: expected a file outside the data folder; candidates "
                                "reach data/ only through graphkit review")
    write_atomic(out, _csv(found.rows, CANDIDATE_COLUMNS), what="the candidates")
    if found.nodes:
        write_atomic(nodes_out, _csv(found.nodes, NODE_CANDIDATE_COLUMNS),
                     what="the node candidates")
        return out, nodes_out
    return out, None
