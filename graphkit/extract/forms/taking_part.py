"""The countries whose leaders or ministers, each named by title and country, are said to
take part in a bloc's own meeting: "In attendance at that summit were President of Chile A,
Prime Minister of Fiji B, ...", "Taking part in it were Minister of Foreign Affairs of the
Republic of Peru C, Premier of the State Council of D ...". The meeting is the one the
sentence names, or the sentence before or the two before it ("the 22nd meeting of the
Council of the SCO"; "the first BRIC summit in Yekaterinburg"); a bloc's summit is held by
its members (meetings.py's convention), so each country named after a title and "of" is a
member. Not for guests: not when observers, partners, guests, invitees or representatives
of other states are the ones taking part, and only two or more countries. No date: the
meeting's is not the membership's."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char

__all__ = ["taking_part"]

_CUE = re.compile(r"^\W*(?:(?:taking\s+part|participating|present)\s+(?:in|at)\s+(?:it|(?:the|that|this)"
                  r"\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks))|in\s+attendance\s+at\s+"
                  r"(?:it|(?:the|that|this)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session)))\s+"
                  r"(?:were|was)\s+", re.IGNORECASE)
_GUESTS = re.compile(r"\b(?:also|observers?|partners?|guests?|invited|invitees?|representatives|"
                     r"envoys?|delegations?)\b", re.IGNORECASE)
# a title then "of (the)" right before the country: "President of", "Minister of ... of the"
_TITLE = re.compile(r"\b(?:President|Minister|Premier|Chairman|Chancellor|King|Emir|Sultan|"
                    r"Secretary|Leader|Head)\b[^,;]{0,80}?\bof\s+(?:the\s+)?$")
_MEETING = re.compile(r"\b(?:summit|meeting|council|session)\b", re.IGNORECASE)


def _meeting_bloc(doc, text: str, sents, i: int, until: int, blocs):
    for k in range(i, max(-1, i - 3), -1):
        for m in sents[k].mentions[::-1]:
            at = doc[m.start].idx
            if m.kind in blocs and at < until and _MEETING.search(text[max(0, at - 80):at + 40]):
                return m
    return None


def taking_part(doc, text: str, sents, i: int, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for "Taking part in it were President of A X, ..." in
    sentence ``i``."""
    s = sents[i]
    cue = _CUE.match(text[s.c_start:s.c_end])
    if not cue or _GUESTS.search(cue.group(0)):
        return []
    after = s.c_start + cue.end()
    group, last = [], after
    for m in s.mentions:
        at = doc[m.start].idx
        if at < after:
            continue
        if m.kind == country and _TITLE.search(text[last:at]):
            group.append(m)
        last = end_char(doc, m.end)
    bloc = _meeting_bloc(doc, text, sents, i, s.c_start + cue.start() + 1, blocs) if len(group) >= 2 else None
    return [(group, bloc)] if bloc else []
