"""A status sought that the sentence before names: "The SCO again failed to promote any
observer to full membership. Iran, India and Pakistan lobbied hard for such status": the
countries that lobby, apply or push for "such status" want the membership of the sentence
before (interest in the bloc named there), unless the sentence says they did not.
"""

from __future__ import annotations

import re

from graphkit.extract.groups import group_around
from graphkit.extract.lookups import end_char
from graphkit.extract.vocabulary import NEGATED

__all__ = ["sought_membership"]

_SOUGHT = re.compile(r"\b(?:lobbied|lobbies|lobby|lobbying|applied|applies|apply|applying|"
                     r"pushed|pushes|pushing|pressed|pressing|sought|seeks|seeking|"
                     r"campaigned|campaigning|asked|asking|bid|bidding)\s+(?:\w+\s+){0,2}?"
                     r"for\s+(?:such|that|this|the\s+same)\s+status\b", re.IGNORECASE)
_MEMBERSHIP = re.compile(r"\b(?:full(?:-fledged)?\s+)?membership\b|\bfull(?:-fledged)?\s+members?\b",
                         re.IGNORECASE)


def sought_membership(doc, text: str, sentence, before, country: str, blocs
                      ) -> list[tuple[list, object]]:
    """([country mentions], bloc mention) when ``sentence`` says countries sought "such
    status" and ``before`` (the sentence before it) speaks of membership of a bloc it names.
    Both have ``c_start``, ``c_end`` and ``mentions`` (in order); ``text`` is ``doc``'s."""
    if before is None:
        return []
    sought = _SOUGHT.search(text, sentence.c_start, sentence.c_end)
    if not sought:
        return []
    said = text[before.c_start:before.c_end]
    owner = [m for m in before.mentions + sentence.mentions if m.kind in blocs]
    if not _MEMBERSHIP.search(said) or not owner:
        return []
    at = sought.start()
    named = [k for k, m in enumerate(sentence.mentions) if m.kind == country
             and end_char(doc, m.end) <= at]
    if not named:
        return []
    last = sentence.mentions[named[-1]]
    gap = text[end_char(doc, last.end):at]
    if len(gap) > 12 or NEGATED.search(gap) or any(c in gap for c in ",;:("):
        return []  # "Iran, India, and Pakistan lobbied hard for such status"
    group = [m for m in group_around(sentence.mentions, named[-1], doc, -1) if m.kind == country]
    return [(group, owner[-1])]
