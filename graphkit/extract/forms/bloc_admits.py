"""A bloc as the subject admitting members: "NATO accepted A, B and C as its newest members",
"the union admitted A and B as new member states". The bloc named right before the verb, the
countries right after it, then "as its / their (new, newest, full) members"; not after a
hedge or a negation ("may admit", "refused to accept", "will not accept"), and not for
partners, observers or candidates (the words must be "members" or "member states")."""

from __future__ import annotations

import re

from graphkit.extract.lookups import countries_from, end_char

__all__ = ["bloc_admits"]

_VERB = re.compile(r"^\s*(?:formally\s+|officially\s+)?(?:has\s+|have\s+|had\s+)?(?:formally\s+|"
                   r"officially\s+)?(?:accepted|admitted|welcomed)\s+(?:the\s+)?$", re.IGNORECASE)
_AS = re.compile(r"^\s*,?\s*as\s+(?:its|their|the\s+bloc's|the\s+group's)\s+(?:\w+\s+)?(?:new|newest|"
                 r"latest|full)\s+(?:members|member\s+states)\b", re.IGNORECASE)


def bloc_admits(doc, text: str, s, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for "X accepted A, B and C as its newest members" in ``s``."""
    out, ms = [], s.mentions
    for k, m in enumerate(ms[:-1]):
        nxt = ms[k + 1]
        end = end_char(doc, m.end)
        if m.kind not in blocs or nxt.kind != country or not _VERB.match(text[end:doc[nxt.start].idx]):
            continue
        group = countries_from(doc, ms, k + 1, country)
        last = doc[group[-1].end - 1]
        if _AS.match(text[last.idx + len(last):s.c_end]):
            out.append((group, m))
    return out
