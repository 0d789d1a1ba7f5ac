"""Countries said to seek a bloc, named only in the next sentence: "22 countries have
formally applied for BRICS membership. This list includes seven Arab countries: A, B, ...",
"Two dozen countries are showing interest in cooperation with BRICS. The countries are A,
B, ...". Each listed country is interested in the bloc named after the sentence's cue
(applied for, intention to join or become a member, interest in); not after a negation or a
hedge before the cue, and only for two or more countries. The date is the cue sentence's,
if it gives one."""

from __future__ import annotations

import re

from graphkit.extract.lookups import countries_from

__all__ = ["next_list_interest"]

_LIST = re.compile(r"^\W*(?:(?:this|the)\s+list\s+(?:includes|included|comprises|is)|(?:the|these)\s+"
                   r"(?:countries|nations|states)\s+(?:are|were|include|included))\s*:?\s*(?:(?:[\w-]+\s+)"
                   r"{0,3}(?:countries|nations|states)\s*:\s*)?(?:the\s+)?$", re.IGNORECASE)
_CUE = re.compile(r"\b(?:(?:applied|apply|applying)\s+for\b|(?:intention|intentions|intent|wish|bid)\s+"
                  r"to\s+(?:join|become)\b|(?:showing|shown|showed|expressed|express)\s+(?:\w+\s+)?"
                  r"interest\s+in\b|interested\s+in\b|(?:hope|hoping|seek|seeking|want|wanting)\s+to\s+"
                  r"join\b)", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|no|may|might|could|would|invited)\b", re.IGNORECASE)


def next_list_interest(doc, text: str, sents, i: int, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for "This list includes A, B" after a sentence in which
    countries apply for or show interest in a bloc."""
    if i == 0:
        return []
    s, prev = sents[i], sents[i - 1]
    first = next((k for k, m in enumerate(s.mentions) if m.kind == country), None)
    if first is None or not _LIST.match(text[s.c_start:doc[s.mentions[first].start].idx]):
        return []
    said = text[prev.c_start:prev.c_end]
    cue = _CUE.search(said)
    if not cue or _NOT.search(said[:cue.start()]):
        return []
    bloc = next((m for m in prev.mentions if m.kind in blocs
                 and doc[m.start].idx - prev.c_start >= cue.start()), None)
    group = countries_from(doc, s.mentions, first, country)
    return [(group, bloc)] if bloc and len(group) >= 2 else []
