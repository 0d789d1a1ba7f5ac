"""A treaty's status as a tally with its list, as UNOOSA's slides and reports give it: "As of 1
November 2010, there were 55 ratifications and 4 signatures: Algeria, Antigua and Barbuda,
..., Burundi (Signature only), ..., Islamic Republic of Iran (S), ...". Each state listed
ratified, those marked "(S)" or "(Signature only)" signed only.

The treaty is the node of the agreements' kind the text names in the few lines before the
tally (the slide's title). The list ends at the first entry the country library does not
know, or at the sentence's end. No date of the acts: the tally is a status on a day, so each
claim has the publication's year, as a page's list of current members does."""

from __future__ import annotations

import re

from graphkit.extract.candidate import Candidate
from graphkit.io.countries import to_iso3

__all__ = ["tallied_status"]

RULE = "depositary: a status tally"
_TALLY = re.compile(r"\b\d+\s+ratifications?\s+and\s+\d+\s+signatures?\s*:", re.IGNORECASE)
_SIGNED_ONLY = re.compile(r"\s*\((?:S|Signature only|signature)\)\s*$")
_BEFORE = 500  # characters before the tally the treaty's name is looked for in


def tallied_status(text: str, gazetteer, agreement: str, published: str | None,
                   offset: int = 0) -> list[Candidate]:
    """RATIFIED (SIGNED for an entry marked as signed only) for each state of every tallied
    list in ``text`` (character offsets plus ``offset``), on the agreement named before it."""
    out: list[Candidate] = []
    year = (published or "")[:4]
    for tally in _TALLY.finditer(text):
        treaty = gazetteer.named_in(text[max(0, tally.start() - _BEFORE):tally.start()], agreement)
        if treaty is None:
            continue
        for entry, end in _entries(text, tally.end()):
            states = _states(entry)
            if states is None:
                break
            for state, relation in states:
                out.append(Candidate(state, relation, treaty, year, text[tally.start():end].strip(),
                                     tally.start() + offset, end + offset, 0.9,
                                     f"{RULE}; column:{relation.lower()}", "", "", "published year"))
    return out


def _states(entry: str) -> list[tuple[str, str]] | None:
    """[(state, relation)] of one entry: "Burundi (Signature only)", "Antigua and Barbuda", or
    the list's last two run together ("Uruguay and Venezuela"); None for no state."""
    signed_only = _SIGNED_ONLY.search(entry)
    name = entry[:signed_only.start()] if signed_only else entry
    relation = "SIGNED" if signed_only else "RATIFIED"
    if state := to_iso3(name):
        return [(state, relation)]
    first, _, last = name.rpartition(" and ")
    pair = [to_iso3(first), to_iso3(last)] if first else [None]
    if None in pair:
        return None
    return [(pair[0], "RATIFIED"), (pair[1], relation)]


def _entries(text: str, start: int):
    """(entry, end) of each comma-separated entry after ``start`` to the end of the sentence
    or paragraph, a leading "and" aside."""
    stop = re.compile(r"\.(?:\s|$)|\n\s*\n").search(text, start)
    end = stop.start() if stop else len(text)
    for piece in re.finditer(r"[^,]+", text[start:end]):
        entry = re.sub(r"^\s*and\s+", "", piece.group()).strip()
        if entry:
            yield entry, start + piece.end()
