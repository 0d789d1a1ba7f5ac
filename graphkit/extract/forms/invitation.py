"""An invitation whose start date a neighbouring sentence gives: "We decided to invite A and
B to become members of BRICS. The new composition will come into effect from January 1,
2024" (by the annotation conventions a membership announced for a later date is recorded;
"... will be joining the group from DATE" in one of the two sentences before counts too)."""

from __future__ import annotations

import re

from graphkit.extract.lookups import last_bloc, listed_with
from graphkit.extract.vocabulary import EFFECT

__all__ = ["invited_instead", "invited_members"]

_READING = "invited, with a start date"
RULE = "structure:" + _READING  # as structural_claims names it

_INVITE = re.compile(r"\binvit(?:e|ed|es|ing|(?P<noun>ations?)(?=\s+to\b))\b", re.IGNORECASE)
# "has extended invitations to A, B ... to join BRICS as full members, effective from DATE"
_EFFECTIVE = re.compile(r"\b(?:effective|with\s+effect)\s+(?:from|as\s+of|on)\s+(?:the\s+)?$",
                        re.IGNORECASE)
_TO_JOIN = re.compile(r"\bto\s+(?:become\s+(?:\w+\s+){0,2}members?\b(?:\s+of\b)?|join\b)",
                      re.IGNORECASE)
# "will be invited to join the group from 1 January 2024", "to join BRICS as of": the body
# joined and the start, nothing else between (not "to join BRICS as a partner country from",
# "to join accession negotiations from", "to join the summit in Apulia starting"; not "at the
# summit held from 22 to 24 August": a range), and no refusal ("but declined the offer")
_JOINED_FROM = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:(?:group|bloc|grouping|alliance|"
                          r"organi[sz]ation|association|union)\s+)?(?:from|as\s+of|starting(?:\s+from)?|"
                          r"beginning)\s+(?:the\s+)?")
_DECLINED = re.compile(r"\b(?:declin|reject|refus|turn(?:s|ed)?\s+down)", re.IGNORECASE)
_RANGE = re.compile(r"^\s*(?:to|until|till|through|-|–)\s", re.IGNORECASE)
_ALONG = re.compile(r"\b(?:along|together)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
# a clause of the invitation's own sentence that may say when it takes effect
_AND_THEN = re.compile(r",\s*and\b|;")
# "six new countries will be joining the group from January 2024", "... will become full
# members by January 2024"
_JOIN_FROM = re.compile(r"\bwill\s+(?:\w+ly\s+)?(?:(?:be\s+)?join(?:ing)?|become\s+(?:full\s+)?members)\b"
                        r"[^.;]{0,60}?\b(?:from|as of|on|by|in)\s+$", re.IGNORECASE)
# "... inviting A, B and C to become full members of BRICS. The nations after being ratified
# will officially join the alliance on January 1, 2024": the invited, named back
_THEY = re.compile(r"^\W*(?:they|the(?:se)?\s+(?:\w+\s+){0,2}(?:nations|countries|states))\b",
                   re.IGNORECASE)  # "The six new countries", "These invited nations"


def invited_members(doc, sents, i, words, country, blocs):
    """(subjects, object, date, confidence, rule, status) for an invitation with a start
    date before or after sentence ``i`` (``words``: its text)."""
    s = sents[i]
    out = []
    invite = _INVITE.search(words)
    if invite:
        to_join = _TO_JOIN.search(words, invite.end())
        before = [m for m in s.mentions if m.kind == country
                  and doc[m.start].idx - s.c_start < invite.start()]
        bound = to_join.start() if to_join else (len(words) if not invite["noun"] else 0)
        after = [m for m in s.mentions if m.kind == country
                 and invite.end() <= doc[m.start].idx - s.c_start < bound]
        listed = listed_with(doc, s.mentions, after[0]) if after else (
            listed_with(doc, s.mentions, before[-1], -1) if before and to_join and not invite["noun"]
            and to_join.start() - invite.end() < 4 else [])  # not "Argentina declined the
        # invitation to join": the noun only with the invited after it ("invitations to A")
        if listed and to_join:  # "... to join the group from DATE along with A, B and C"
            listed = listed + _along_with(doc, s, to_join.end(), country)
        date = None
        if listed:
            date = _start_date(doc, sents, i, to_join.end()) if to_join else _they_join(doc, sents, i)
        if date:
            obj = (to_join and _object_after(doc, s, to_join.end(), blocs)) or last_bloc(
                doc, sents, i, blocs, 3)
            if obj:
                out.append((listed, obj, date, 0.75, _READING, "announced"))
    return out


def _along_with(doc, s, char: int, country) -> list:
    """The list of ``country`` mentions "along with" or "together with" opens after ``char``
    (sentence-relative) in sentence ``s``."""
    words = doc.text[s.c_start:s.c_end]
    for m in s.mentions:
        at = doc[m.start].idx - s.c_start
        if m.kind == country and at > char and _ALONG.search(words[:at]):
            return listed_with(doc, s.mentions, m)
    return []


def _start_date(doc, sents, i, joined_at: int):
    """A start date for the invitation in sentence ``i``: "The new composition will come
    into effect from DATE" or "The nations ... will officially join the alliance on DATE" in
    one of the next two sentences, or "... will be joining the group from DATE" in one of the
    two before; or "effective from DATE", "..., and their memberships will take effect on
    DATE" or "invited to join the group from DATE" in the invitation's own sentence
    (``joined_at``: where its "to join" ends, from the sentence's start)."""
    own = sents[i]
    effective = next((d for d in own.dates if _EFFECTIVE.search(doc.text[own.c_start:d.start])), None)
    if effective:
        return effective
    words = doc.text[own.c_start:own.c_end]
    starting = next((d for d in own.dates if _JOINED_FROM.fullmatch(words[joined_at:d.start - own.c_start])
                     and not _RANGE.match(doc.text[d.end:d.end + 10])), None)
    if starting and not _DECLINED.search(words):
        return starting
    for clause in _AND_THEN.finditer(words):  # "..., and their memberships will take effect on DATE"
        if EFFECT.search(words[clause.end():]):
            later = [d for d in own.dates if d.start - own.c_start >= clause.end()]
            if later:
                return later[0]
    for k in (i, i + 1, i + 2):
        if k < len(sents):
            words = doc.text[sents[k].c_start:sents[k].c_end]
            if EFFECT.search(words) and sents[k].dates:
                return sents[k].dates[0]
            joined = _named_back(doc, sents[k]) if k > i else None
            if joined:
                return joined
    for k in (i - 1, i - 2):
        joined = _joining_date(doc, sents[k]) if k >= 0 else None
        if joined:
            return joined
    return None


def _they_join(doc, sents, i):
    """For an invitation with no "to join" ("the bloc agreed to expand by inviting six
    countries -- A, B"): the date of "The six new countries will become full members by DATE"
    in one of the next two sentences."""
    return next((joined for k in (i + 1, i + 2) if k < len(sents)
                 and (joined := _named_back(doc, sents[k]))), None)


def _named_back(doc, sent):
    """The joining date of ``sent`` when it names the invited back ("The nations ... will
    officially join the alliance on DATE")."""
    return _joining_date(doc, sent) if _THEY.match(doc.text[sent.c_start:sent.c_end]) else None


def _joining_date(doc, sent):
    """The first date of ``sent`` that "... will (be) join(ing) | become (full) members ...
    from|as of|on|by|in" leads to."""
    return next((d for d in sent.dates if _JOIN_FROM.search(doc.text[sent.c_start:d.start])), None)


def _object_after(doc, s, char: int, blocs):
    """The bloc named right after ``char`` (sentence-relative), within a few words."""
    for m in s.mentions:
        at = doc[m.start].idx - s.c_start
        if m.kind in blocs and char <= at <= char + 12:
            return m
    return None


def invited_instead(claims: list, interest: str) -> list:
    """``claims`` without the invitees' interest where an invitation's start date makes them
    members ("Sweden was invited to join NATO. Its membership took effect on March 7, 2024"):
    the membership says more, and an interest beside it would have the reader weigh it down."""
    members = {(c.subject, c.object) for c in claims if c.rule == RULE}
    return [c for c in claims if not (c.relation == interest and (c.subject, c.object) in members)]
