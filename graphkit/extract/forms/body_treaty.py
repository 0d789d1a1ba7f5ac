"""The signers of a treaty named for an organisation are its members: "The Treaty on the Eurasian
Economic Union was signed on 29 May 2014 by the leaders of Belarus, Kazakhstan, and Russia",
"the post-Soviet states of A, B and C signed the Charter of the CSTO". The treaty's name holds
the organisation's (data/ records a party to an organisation's own treaty as its member, as
:mod:`graphkit.extract.founding_treaty` does for a treaty named as a node of its own); the
signing's date is the membership's."""

from __future__ import annotations

import re

from graphkit.extract.groups import group_around
from graphkit.extract.lookups import end_char
from graphkit.extract.vocabulary import POSSESSIVE_MARKS

__all__ = ["body_treaty_signers"]

_TEXT_OF = re.compile(r"\b(?:Treaty|Charter|Convention|Statute)\s+(?:on|of|establishing)\s+(?:the\s+)?$")
_PASSIVE = re.compile(r"^\s*(?:was|were|has\s+been|had\s+been)\s+(?:(?!not\b|never\b)\w+\s+)?signed\b(?P<gap>[^.;]{0,60}?)"
                      r"\bby\s+(?:the\s+)?(?:(?:leaders|presidents|heads\s+of\s+state|representatives|"
                      r"governments|foreign\s+ministers)\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
_ACTIVE = re.compile(r"\bsigned\s+(?:the\s+)?$", re.IGNORECASE)
# "never signed", "have not signed", "were expected to have signed", "Had A and B signed": no signing
_UNDONE = re.compile(r"\b(?:not|never|expected|would|could|might|may|to\s+have)\s+(?:\w+\s+)?$|n['’]t\s+$",
                     re.IGNORECASE)
_CONDITION = re.compile(r"^\W*(?:had|if|unless|should|were)\b", re.IGNORECASE)


def body_treaty_signers(doc, s, words, country, blocs):
    """(subjects, object, date, confidence, rule, status) for sentence ``s`` (``words``: its text)."""
    out = []
    if _CONDITION.match(words):
        return out  # "Had Ukraine and Moldova signed the Treaty on ...": a condition
    for k, body in enumerate(s.mentions):
        start = doc[body.start].idx - s.c_start
        named = _TEXT_OF.search(words[:start]) if body.kind in blocs else None
        if not named or doc[body.end:body.end + 1].text in POSSESSIVE_MARKS:
            continue  # not "the Statute of the SCO's business council"
        title, after = named.start(), end_char(doc, body.end) - s.c_start
        signers, signed_at = [], None
        first = next((m for m in s.mentions[k + 1:] if m.kind == country), None)
        passive = _PASSIVE.match(words[after:doc[first.start].idx - s.c_start]) if first else None
        active = None if passive else _ACTIVE.search(words[:title])
        if passive:
            signers = [m for m in group_around(s.mentions, s.mentions.index(first), doc, 1) if m.kind == country]
            signed_at = after + passive.start("gap")
        elif active and not _UNDONE.search(words[:active.start()]):
            last = [i for i, m in enumerate(s.mentions[:k]) if m.kind == country
                    and end_char(doc, m.end) - s.c_start <= active.start()]
            signers = [m for m in group_around(s.mentions, last[-1], doc, -1) if m.kind == country] if last else []
            signed_at = after
        if len(signers) >= 2:
            date = next((d for d in s.dates if d.start - s.c_start >= signed_at), None) or next(
                (d for d in reversed(s.dates) if d.end - s.c_start <= title), None)  # "On 29 May 2014, A, B"
            out.append((signers, body, date, 0.7, "the signers of a treaty named for the body", ""))
    return out
