"""The founders named after "founding nations including" in a founding sentence: "The Accords
were initiated in 2020 by NASA, the State Department and seven founding nations including A,
B and C", "BRICS was created in 2009 by four founding members: A, B, C and D", "The Declaration
on the Establishment of the SCO was signed in June 2001 by the six founding states – A, B, ...".
The countries
listed, and the countries or agencies named between "by" and the founding noun (NASA, not
the State Department, which no node stands for), are founders: members of an organisation,
signatories of an agreement, dated by the one date between the verb and the list."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char

__all__ = ["founding_members"]

_FOUNDED = re.compile(r"^\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:founded|created|"
                      r"established|set\s+up|initiated|launched|formed|signed)\b(?P<mid>[^.;]{0,160}?)\bby\s+"
                      r"(?P<agents>[^.;]{0,100}?)\b(?:\w+\s+)?(?:founding|original)\s+(?:nations|"
                      r"members|countries|states|signatories|member\s+states)\s*,?\s*(?:including|"
                      r"such\s+as|:|—|–)\s*(?:the\s+)?$", re.IGNORECASE)
_GLUE = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:the\s+)?", re.IGNORECASE)
_BODY = re.compile(r"\s+[A-Z]")
_NOT = re.compile(r"\b(?:not|never|would|will|could|may|might|plan|planned|proposed)\b", re.IGNORECASE)


def founding_members(doc, text: str, sentence, country: str, agency: str, objects) -> list[tuple]:
    """(founders, object mention, date or None, rule) for each such sentence part in
    ``sentence`` (its ``mentions`` in order, its ``dates``); ``objects``: the node kinds
    that can be founded."""
    mentions, found = sentence.mentions, []
    start = [doc[m.start].idx for m in mentions]
    end = [end_char(doc, m.end) for m in mentions]
    for k, b in enumerate(mentions):
        if b.kind not in objects:
            continue
        first = next((j for j in range(k + 1, len(mentions)) if mentions[j].kind == country
                      and _FOUNDED.fullmatch(text[end[k]:start[j]])), None)
        if first is None:
            continue
        head = _FOUNDED.fullmatch(text[end[k]:start[first]])
        if _NOT.search(head["mid"]) or _NOT.search(text[max(sentence.c_start, start[k] - 30):start[k]]):
            continue
        agents_at = end[k] + head.start("agents")
        group = [j for j in range(k + 1, first) if mentions[j].kind in (country, agency)
                 and start[j] >= agents_at and not _BODY.match(text, end[j])]  # not "US State Department"
        last = first
        while (last + 1 < len(mentions) and mentions[last + 1].kind == country
               and _GLUE.fullmatch(text[end[last]:start[last + 1]])):
            last += 1
        group += list(range(first, last + 1))
        mid = (end[k] + head.start("mid"), end[k] + head.end("mid"))
        dates = [d for d in sentence.dates if mid[0] <= d.start and d.end <= mid[1]]
        found.append(([mentions[j] for j in group], b, dates[0] if len(dates) == 1 else None,
                      "founding nations including"))
    return found
