"""A treaty's status as a tally with its list, as UNOOSA's slides and reports give it: "As of 1
November 2010, there were 55 ratifications and 4 signatures: Algeria, Antigua and Barbuda,
..., Burundi (Signature only), ..., Islamic Republic of Iran (S), ...". Each state listed
ratified, those marked "(S)" or "(signature only)" signed only.

The treaty is the node of the agreements' kind named nearest before the tally, within a few
lines and after any earlier tally's list (the slide's title). The list ends at the sentence's
end or at the first entry that names no country (a bare two-letter word is no country here,
"St." no sentence's end; "Korea, Republic of" is one entry). No date of the acts: the tally is
a status on a day, so each claim has the publication's year, as a page's list of current
members does."""

from __future__ import annotations

import re

from graphkit.extract.candidate import Candidate
from graphkit.io.countries import to_iso3

__all__ = ["tallied_status"]

RULE = "depositary: a status tally"
_TALLY = re.compile(r"\b\d+\s+ratifications?\s+and\s+\d+\s+signatures?\s*:", re.IGNORECASE)
_SIGNED_ONLY = re.compile(r"\s*\((?:s|signature(?:\s+only)?|signed(?:\s+only)?)\)\s*$", re.IGNORECASE)
#: a full stop that ends the list: not one closing "St." or "U.S."
_END = re.compile(r"(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\.[A-Z])\.(?:\s|$)|\n\s*\n")
#: the second half of an inverted name: "Korea, Republic of", "Iran, Islamic Republic of (S)"
_INVERTED = re.compile(r"^\s*[A-Z][\w' ]*\bof\s*(?:\([^)]*\))?\s*$")
_REACH = 500  # characters before the tally its treaty is named in
_STEP = 25  # the window grows by this much until a treaty is named in it: the nearest


def tallied_status(text: str, gazetteer, agreement: str, published: str | None,
                   offset: int = 0) -> list[Candidate]:
    """RATIFIED (SIGNED for an entry marked as signed only) for each state of every tallied
    list in ``text`` (character offsets plus ``offset``), on the agreement named before it."""
    out: list[Candidate] = []
    year = (published or "")[:4]
    listed_to = 0  # where the last tally's list ended: no treaty is looked for before it
    for tally in _TALLY.finditer(text):
        treaty = _nearest_treaty(text, max(listed_to, tally.start() - _REACH), tally.start(),
                                 gazetteer, agreement)
        listed_to = tally.end()
        if treaty is None:
            continue
        for states, end in _listed(text, tally.end()):
            listed_to = end
            for state, relation in states:
                out.append(Candidate(state, relation, treaty, year, text[tally.start():end].strip(),
                                     tally.start() + offset, end + offset, 0.9,
                                     f"{RULE}; column:{relation.lower()}", "", "",
                                     "published year" if year else ""))
    return out


def _nearest_treaty(text: str, start: int, end: int, gazetteer, agreement: str) -> str | None:
    """The agreement named in ``text[start:end]`` nearest its end."""
    for reach in range(_STEP, end - start + _STEP, _STEP):
        found = gazetteer.named_in(text[max(start, end - reach):end], agreement)
        if found is not None:
            return found
    return None


def _listed(text: str, start: int):
    """([(state, relation)], end) of each entry after ``start``, to the end of the sentence or
    paragraph or the first entry that names no country; "Korea, Republic of" is one entry."""
    stop = _END.search(text, start)
    end = stop.start() if stop else len(text)
    pieces = [(m.group(), start + m.end()) for m in re.finditer(r"[^,]+", text[start:end])]
    k = 0
    while k < len(pieces):
        entry, at = re.sub(r"^\s*and\s+", "", pieces[k][0]).strip(), pieces[k][1]
        if k + 1 < len(pieces) and _INVERTED.search(pieces[k + 1][0]):  # "Korea, Republic of"
            entry, at, k = f"{entry},{pieces[k + 1][0]}", pieces[k + 1][1], k + 1
        states = _states(entry) if entry else []
        if states is None:
            return
        if states:
            yield states, at
        k += 1


def _states(entry: str) -> list[tuple[str, str]] | None:
    """[(state, relation)] of one entry: "Burundi (Signature only)", "Antigua and Barbuda", or
    the list's last two run together ("Uruguay and Venezuela (S)"); None for no state."""
    if state := _state(entry):
        return [state]
    first, _, last = entry.rpartition(" and ")
    pair = [_state(first), _state(last)] if first else [None]
    return None if None in pair else pair


def _state(entry: str) -> tuple[str, str] | None:
    signed_only = _SIGNED_ONLY.search(entry)
    name = (entry[:signed_only.start()] if signed_only else entry).strip()
    state = to_iso3(name) if len(name) > 2 else None  # "St": no code of São Tomé
    return (state, "SIGNED" if signed_only else "RATIFIED") if state else None
