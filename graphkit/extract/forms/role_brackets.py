"""A role and its countries in brackets, the bloc named in the sentence: "With 10 members
(Brazil, Russia, ..., and later joined by South Africa, Iran) and eight official partner
countries (Belarus, Bolivia, ...), BRICS members account for ...". Every country inside the
brackets holds the role named right before them: members a membership, partners a
partnership; observers, candidates and invitees nothing (the caller makes no claim for
them). Only with exactly one bloc named in the sentence, and not after a negation or a hedge
in the words before the brackets."""

from __future__ import annotations

import re

__all__ = ["role_brackets"]

_ROLE = re.compile(r"\b(?P<role>(?:full\s+|founding\s+|permanent\s+)?(?:members|member\s+(?:states|countries|"
                   r"nations))|(?:official\s+|dialogue\s+)?(?:partners|partner\s+(?:states|countries|"
                   r"nations))|observers|observer\s+(?:states|countries)|candidates|candidate\s+"
                   r"(?:states|countries)|invitees|invited\s+(?:states|countries))\s*\(\s*$",
                   re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:not|no|never|may|might|could|would|will|if|potential|prospective|"
                    r"future|former)\b", re.IGNORECASE)


def role_brackets(doc, text: str, s, country: str, blocs) -> list[tuple[list, str, object]]:
    """(countries, role, bloc mention) for each bracketed list in sentence ``s`` (which has
    ``c_start``, ``c_end`` and ``mentions``); role is "member", "partner" or "" (none)."""
    named = {m.node for m in s.mentions if m.kind in blocs}
    if len(named) != 1:
        return []
    bloc = next(m for m in s.mentions if m.kind in blocs)
    out = []
    for m in s.mentions:
        before = text[s.c_start:doc[m.start].idx]
        if m.kind != country or not before.rstrip().endswith("("):
            continue  # the role's pattern ends at an opening bracket: no search without one
        head = _ROLE.search(before)
        if head is None or _HEDGE.search(text[max(s.c_start, s.c_start + head.start() - 40):
                                              s.c_start + head.start()]):
            continue
        close = text.find(")", doc[m.start].idx, s.c_end)
        if close < 0:
            continue
        nested = text.find("(", doc[m.start].idx, close)  # "eight member States (A, ..., H as well
        close = nested if nested >= 0 else close  # as four countries as observers (I, J)": unclosed
        inside = [x for x in s.mentions if x.kind == country and doc[m.start].idx <= doc[x.start].idx < close]
        role = head["role"].lower()
        kind = "member" if "member" in role else "partner" if "partner" in role else ""
        out.append((inside, kind, bloc))
    return out
