"""A fronted participle naming a bloc's first members: "Initially beginning as an economic forum
among A, B, C and D, the group now has nine members", "Founded as a security dialogue between A
and B, the Quad has grown". The countries listed after "among", "between" or "of" are members of
the bloc named right after the comma, else, after "the group" ("bloc", "alliance", ...), of the
last bloc named in the three sentences before. Only at the start of the sentence, with the
participle ("beginning", "started", "founded", "formed", ...) directly before "as a(n)"."""

from __future__ import annotations

import re

from graphkit.extract.lookups import countries_from

__all__ = ["fronted_forum"]

_HEAD = re.compile(r"^\W*(?:(?:initially|originally|first)\s+)?(?:beginning|begun|begin|starting|started|"
                   r"founded|formed|created|established|launched|set\s+up)\s+(?:in\s+\d{4}\s+)?as\s+an?\s+"
                   r"(?:[\w-]+\s+){0,4}?(?:forum|bloc|group|grouping|club|partnership|alliance|dialogue|"
                   r"association|organi[sz]ation)\s+(?:among|amongst|between|of)\s+(?:the\s+)?$",
                   re.IGNORECASE)
_THE_GROUP = re.compile(r"^\s*,\s*the\s+(?:group|bloc|grouping|alliance|club|organi[sz]ation|forum|"
                        r"partnership)\b", re.IGNORECASE)


def fronted_forum(doc, text: str, sents, i: int, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for "Initially beginning as a forum among A, B, the group ..."."""
    s = sents[i]
    first = next((k for k, m in enumerate(s.mentions) if m.kind == country), None)
    if first is None or not _HEAD.match(text[s.c_start:doc[s.mentions[first].start].idx]):
        return []
    group = countries_from(doc, s.mentions, first, country)
    last = doc[group[-1].end - 1]
    tail = text[last.idx + len(last):s.c_end]
    after = [m for m in s.mentions if m.start >= group[-1].end and m.kind in blocs]
    if after and re.match(r"^\s*,\s*(?:the\s+)?$", text[last.idx + len(last):doc[after[0].start].idx]):
        return [(group, after[0])]
    if not _THE_GROUP.match(tail):
        return []
    before = [m for k in range(i - 1, max(-1, i - 4), -1) for m in sents[k].mentions[::-1] if m.kind in blocs]
    return [(group, before[0])] if before else []
