"""``graphkit extract`` and ``graphkit review``: from articles to candidate claims, and from
candidates to validated rows of data/."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import err, reported
from graphkit.errors import GraphkitError

__all__ = ["extract_command", "review_command"]

DataOpt = Annotated[Path | None, typer.Option(
    "--data", help="Data folder whose nodes are recognised. Default: ./data, else graphkit's "
    "curated dataset.")]
IntoDataOpt = Annotated[Path | None, typer.Option(
    "--data", help="Data folder --into belongs to. Default: the folder above --into's edges/.")]


def extract_command(
    articles: Annotated[list[Path], typer.Argument(
        metavar="ARTICLE...", show_default=False,
        help="Article files: UTF-8 text or saved HTML pages.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Candidates CSV to write (not in "
                                      "data/).")] = Path("candidates.csv"),
    source_url: Annotated[str | None, typer.Option(
        "--source-url", help="The article's URL. Default: the URL on its '#' header line.")] = None,
    publisher: Annotated[str | None, typer.Option(
        help="Who published it. Default: the URL's host name.")] = None,
    published: Annotated[str | None, typer.Option(
        metavar="YYYY[-MM[-DD]]", help="Publication date: 'in June', 'last year' are "
        "resolved against it; a claim with no date of its own gets its year.")] = None,
    retrieved: Annotated[str | None, typer.Option(
        metavar="YYYY-MM-DD", help="When the source was read. Default: today.")] = None,
    nodes_out: Annotated[Path | None, typer.Option(
        "--nodes-out", help="Node candidates CSV. Default: OUT with .nodes.csv.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Leave out candidates under this confidence: the reader's probability (default: "
        "its threshold; 0 keeps every candidate), or with --rules-only the rules' score.")] = None,
    rules_only: Annotated[bool, typer.Option(
        "--rules-only", help="The rules' candidates and confidences, without the reader.")] = False,
    data: DataOpt = None,
) -> None:
    """Propose sourced claims found in news articles, each with its sentence.

    Writes candidate edges in data/'s edge format plus confidence, the evidence's
    character span and the rule that fired, and node candidates for organisations and
    programmes not in the data. Rules propose; a reader trained on annotated articles
    weighs each claim, and its probability is the confidence (graphkit.extract.reader).
    Nothing is written into data/: use graphkit review. Runs graphkit.extract.extract_files.

    Example: graphkit extract article.txt --source-url https://example.org/a
    --published 2024-08 --out c.csv
    """
    from graphkit.extract import extract_files, write_extraction

    with reported():
        found = extract_files(articles, source_url=source_url, publisher=publisher,
                              published=published, retrieved=retrieved,
                              data=() if data is None else (data,), reader=not rules_only,
                              min_confidence=min_confidence)
        path, nodes_path = write_extraction(found, out, nodes_out,
                                            data=() if data is None else (data,))
    more = f" and {len(found.nodes)} node candidates to {nodes_path}" if nodes_path else ""
    err(f"wrote {len(found.rows)} candidate claims to {path}{more}")


def review_command(
    candidates: Annotated[Path, typer.Argument(help="A candidates CSV from graphkit extract.")],
    into: Annotated[Path | None, typer.Option(
        "--into", help="Edge file of a data folder to append accepted claims to, e.g. "
        "data/edges/new.csv.")] = None,
    accept_above: Annotated[float | None, typer.Option(
        "--accept-above", min=0.0, max=1.0,
        help="No questions: accept every candidate with at least this confidence.")] = None,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Write a self-contained review page for a browser instead.")] = None,
    data: IntoDataOpt = None,
    decisions: Annotated[Path | None, typer.Option(
        help="Where decisions are kept so a review can resume. Default: CANDIDATES with "
        ".review.json.")] = None,
) -> None:
    """Accept, reject, edit or skip candidate claims; append accepted ones to the data.

    Accepted rows are validated with the whole data folder and appended atomically;
    nothing is written on any problem. Repeats of claims already in the data are left
    out. Runs graphkit.extract.review.batch_review / interactive_review.

    Examples: graphkit review c.csv --accept-above 0.9 --into data/edges/new.csv ;
    graphkit review c.csv --into data/edges/new.csv ; graphkit review c.csv --html r.html
    """
    from graphkit.extract.review import batch_review, interactive_review

    with reported():
        if html is not None:
            from graphkit.extract.review_page import write_review_page

            page = write_review_page(candidates, html, data=data)
            err(f"wrote {page}")
            return
        if into is None:
            raise GraphkitError("--into: expected the edge file to append accepted claims to "
                                "(e.g. data/edges/new.csv), or --html FILE for a review page")
        if accept_above is not None:
            review = batch_review(candidates, into, accept_above=accept_above, data=data)
        else:
            review = interactive_review(
                candidates, into, data=data, decisions=decisions,
                ask=lambda prompt: typer.prompt(prompt, default="s", show_default=False),
                show=lambda text: typer.echo(text))
    count = len(review.written)
    parts = [f"wrote {count} claim{'s' if count != 1 else ''} to {into}" if count
             else f"wrote nothing to {into}"]
    if review.nodes:
        parts.append(f"{len(review.nodes)} new nodes to {into.parent.parent / 'nodes' / into.name}")
    if review.already:
        parts.append(f"{review.already} already in the data (left out)")
    if review.below:
        parts.append(f"{review.below} below {accept_above}")
    if review.pending:
        parts.append(f"{review.pending} still to review")
    err("; ".join(parts))
