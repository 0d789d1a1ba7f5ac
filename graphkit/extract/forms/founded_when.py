"""A founding told as an event: "ASEAN was inaugurated on 8 August 1967, when the foreign
ministers of five countries, A, B, ..., signed the ASEAN Declaration": the countries listed
between "when" and the act are founding members, at the date before "when"."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char, listed_with

__all__ = ["founded_when"]

_FOUNDED_WHEN = re.compile(r"\b(?:itself\s+)?(?:was|were)\s+(?:officially\s+)?(?:inaugurated|"
                           r"founded|established|created|formed|launched|set\s+up)\b[^.;]{0,80}?"
                           r",?\s+when\b", re.IGNORECASE)
_WHEN_ACT = re.compile(r"\b(?:signed|adopted|agreed|issued|launched|founded|established)\b",
                       re.IGNORECASE)


def founded_when(doc, s, words, country, blocs):
    """(subjects, object, date, confidence, rule, status) for sentence ``s`` (``words``: its text)."""
    out = []
    when = _FOUNDED_WHEN.search(words)
    if when:
        owner = [m for m in s.mentions if m.kind in blocs
                 and end_char(doc, m.end) - s.c_start <= when.start() + 1]
        act = _WHEN_ACT.search(words, when.end())
        if owner and act and end_char(doc, owner[-1].end) - s.c_start >= when.start() - 8:
            inside = [m for m in s.mentions if m.kind == country
                      and when.end() <= doc[m.start].idx - s.c_start < act.start()]
            group = listed_with(doc, s.mentions, inside[0]) if inside else []
            if len(group) >= 2:
                date = next((d for d in s.dates if d.start - s.c_start < when.end()), None)
                out.append((group, owner[-1], date, 0.8, "founded when ... signed", ""))
    return out
