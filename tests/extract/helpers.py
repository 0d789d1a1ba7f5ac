"""What the extract tests share: one call from text to (subject, relation, object, since).

The form tests check the rules, which propose; ``reader=False`` leaves out the reader that
weighs their proposals (tests/extract/test_reader.py), whose learnt weights would otherwise
decide what a one-sentence test sees."""

from __future__ import annotations

from graphkit.extract import article_from_text, extract_article
from tests.conftest import DATA

URL = "https://example.org/a"


def claims(text: str, published: str | None = "2024-05-04", **options) -> list[tuple]:
    """The rules' candidate claims of ``text`` against the repository's data/."""
    options.setdefault("reader", False)
    found = extract_article(article_from_text(text), source_url=URL, published=published,
                            retrieved="2026-12-02", data=(DATA,), **options)
    return [(r["subject"], r["relation"], r["object"], r["since"]) for r in found.rows]


def rows(text: str, published: str | None = "2024-05-04", reader: bool = False) -> list[dict]:
    return extract_article(article_from_text(text), source_url=URL, published=published,
                           retrieved="2026-12-02", data=(DATA,), reader=reader).rows


def found(text: str, *, reader: bool = True) -> set[tuple]:
    """The (subject, relation, object) triples of ``text``, the reader's by default (the
    held-out form tests check what a user gets)."""
    return {(r["subject"], r["relation"], r["object"]) for r in rows(text, reader=reader)}
