"""Some of a counted membership named as examples: "With 38 nations now part of the Artemis
Accords, including countries like A, B and C, NASA expects more", "the Accords now boast 38
signatory nations, including space-faring nations like A, B", "NATO's 32 members, including
states such as A and B", "Ten countries signed the Accords in 2023, from major spacefarers such
as A and B to C". The examples are members of the organisation, or signatories of the
agreement, named in the sentence before "including" (the last one before it). Only after a
count of nations, countries, states, members or signatories, with "like" or "such as" before
the names, two or more countries, and not after a negation or a hedge ("could", "hopes", "aims",
"would-be", "potential", "invited") before the count. A body described by its count takes a
plain "including" ("The G7 is a forum of seven of the world's largest advanced economies,
including A, B, C"), when it names no more than the count. No date."""

from __future__ import annotations

import re

from graphkit.extract.lookups import countries_from
from graphkit.extract.vocabulary import count_of

__all__ = ["count_including"]

_COUNT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+(?:[\w-]+\s+)?"
                    r"(?:nations|countries|states|members|signatories|member\s+states)\b", re.IGNORECASE)
_INCLUDING = re.compile(r"(?:,?\s+including|,\s+from)\s+(?:[\w-]+\s+){0,3}?(?:(?:countries|nations|states|members)\s+)?"
                        r"(?:like|such\s+as)\s+(?:the\s+)?$", re.IGNORECASE)
# "The G7 ... is a forum of seven of the world's largest advanced economies, including A",
# "BRICS is now a multilateral forum of eleven emerging economies, including A"
_DESCRIBED = re.compile(r"\b(?:is|was)\s+(?:now\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:forum|group|grouping|bloc|alliance|"
                        r"organi[sz]ation|club|union|association)\s+of\s+(?:the\s+)?(?P<n>\d+|two|three|four|five|"
                        r"six|seven|eight|nine|ten|eleven|twelve)\b[^,;.]{0,60}?\b(?:economies|nations|countries|states|"
                        r"democracies|powers),\s+including\s+(?:the\s+)?$", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|no|could|might|may|would|hopes?|aims?|plans?|wants?|would-be|"
                  r"potential|prospective|invited|candidate|candidates|expects?)\b", re.IGNORECASE)


def count_including(doc, text: str, s, country: str, kinds) -> list[tuple[list, object]]:
    """(countries, organisation or agreement mention) in sentence ``s``."""
    cue = _counted(doc, text, s, country) or _described(doc, text, s, country)
    if cue is None:
        return []
    first, count, cut, most = cue
    if _NOT.search(text[s.c_start:count]):
        return []
    owner = [m for m in s.mentions if m.kind in kinds and doc[m.start].idx < cut]
    group = countries_from(doc, s.mentions, first, country)
    fits = len(group) >= 2 and (most is None or len({m.node for m in group}) <= most)
    return [(group, owner[-1])] if owner and fits else []


def _counted(doc, text: str, s, country: str) -> tuple[int, int, int, None] | None:
    """(the first country listed, where its count starts, where "including" starts, no limit)
    for "38 nations ..., including countries like A, B"."""
    first = next((k for k, m in enumerate(s.mentions) if m.kind == country
                  and _INCLUDING.search(text[s.c_start:doc[m.start].idx])), None)
    if first is None:
        return None
    cut = _INCLUDING.search(text[s.c_start:doc[s.mentions[first].start].idx]).start() + s.c_start
    count = None
    for count in _COUNT.finditer(text, s.c_start, cut):
        pass
    return (first, count.start(), cut, None) if count else None


def _described(doc, text: str, s, country: str) -> tuple[int, int, int, int] | None:
    """(the first country listed, where the description starts, twice, its count) for "[The
    G7] is a forum of seven ... economies, including A, B": the body named before "is"."""
    first = next((k for k, m in enumerate(s.mentions) if m.kind == country), None)
    said = _DESCRIBED.search(text[s.c_start:doc[s.mentions[first].start].idx]) if first is not None else None
    if said is None:
        return None
    at = said.start() + s.c_start
    return first, at, at, count_of(said.group("n").lower())
