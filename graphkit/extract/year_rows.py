"""Lists under year lines, a page's way of telling who joined a bloc when:

    Founding members, 1949
    Belgium, Canada, Denmark, France, ...
    1952
    Greece and Turkey
    1955
    Germany

Each name joined in the year on the line above it (a year alone, or a short heading ending
in one), the bloc being the one the article names most before the first row. Three such
rows in a row at least; any other line ends them."""

from __future__ import annotations

import re

from graphkit.extract.dates import DateMention
from graphkit.extract.lookups import end_char

__all__ = ["year_rows"]

_YEAR_LINE = re.compile(r"^\s*((?:19|20)\d\d)\s*[.:]?\s*$")
_GLUE = {",", "and", "the", "&", ";", "."}
_HEADING = 6  # tokens at most in a heading line ending in a year ("Founding members, 1949")
_ROWS = 3  # rows needed


def year_rows(doc, sentences, mentions, country: str) -> list[tuple[int, int, int, object, DateMention]]:
    """(index of the first row's sentence, the row's first and end tokens from its year on,
    country mention, its year) for each name of each run of rows."""
    names = {i for m in mentions if m.kind == country for i in range(m.start, m.end)}
    found, run = [], []
    for k, (start, end) in enumerate(sentences):
        year = _year_above(doc, sentences, k) if _names_line(doc, start, end, names) else None
        if year is None:
            found += _closed(run)
            run = []
            continue
        first = next((i for i in range(start, -1, -1) if doc[i].idx <= year.start), start)
        run.append((k, first, end, [m for m in mentions if m.kind == country and start <= m.start < end],
                    year))
    return found + _closed(run)


def _closed(run) -> list:
    if len(run) < _ROWS:
        return []
    return [(run[0][0], first, end, m, year) for _, first, end, listed, year in run for m in listed]


def _names_line(doc, start: int, end: int, names: set[int]) -> bool:
    """Whether tokens ``start:end`` are one line of names with commas or "and" between."""
    tokens = doc[start:end]
    return any(t.i in names for t in tokens) and all(
        t.i in names or t.lower_ in _GLUE or t.is_space and "\n" not in t.text for t in tokens
    ) and not any("\n" in t.whitespace_ for t in tokens[:-1])


def _year_above(doc, sentences, k: int) -> DateMention | None:
    """The year on the line just above sentence ``k``: a line of its own between the two
    sentences, or the sentence before, short and ending in a year."""
    c_from = end_char(doc, sentences[k - 1][1]) if k else 0
    gap = doc.text[c_from:doc[sentences[k][0]].idx]
    lines = [line for line in gap.split("\n") if line.strip()]
    if lines:
        found = _YEAR_LINE.match(lines[-1]) if len(lines) == 1 else None
        if not found:
            return None
        at = c_from + gap.rindex(found.group(1))
        return DateMention(at, at + 4, found.group(1), "year line above a list")
    if not k:
        return None
    start, end = sentences[k - 1]
    last = doc[end - 1]
    if end - start > _HEADING or not re.fullmatch(r"(?:19|20)\d\d", last.text) or any(
            t.is_digit and t.i != last.i for t in doc[start:end]):
        return None
    return DateMention(last.idx, last.idx + 4, last.text, "year line above a list")
