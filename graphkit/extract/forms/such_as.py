""""such states as A, B" / "countries such as A, B" after a membership or interest cue
("potential members such as A, B": interest; "current members include states such as A,
B": members, unless hedged), of the bloc named before "such"; and "member states like A, B"
(or "members such as"), of the bloc named before them or, failing that, in the sentence before
("... the permanent members of the Arctic Council. Since 2009, member states like Norway,
Sweden, Iceland and USA have opened for ...")."""

from __future__ import annotations

import re

from graphkit.extract.lookups import HEDGE, end_char, last_bloc, listed_with

__all__ = ["such_as"]

_SUCH_AS = re.compile(r"\b(?:such\s+(?:states|countries|nations)\s+as|(?:states|countries|nations)"
                      r"\s+such\s+as)\b", re.IGNORECASE)
_INTEREST_CUE = re.compile(r"\b(?:potential|prospective|aspiring|candidate|would-be)\s+members?\b|"
                           r"\b(?:applying|applied|apply|seeking|seek|want|wanting|wish|wishing|"
                           r"hoping|interested|interest)\b", re.IGNORECASE)
_MEMBER_CUE = re.compile(r"\b(?:members|member\s+states|member\s+countries)\s+(?:include|included|"
                         r"are|were)\b|\bcurrent\s+members\b", re.IGNORECASE)


# "member states like A, B", "members such as A, B" (not "non-member states like", "potential members like")
_MEMBERS_LIKE = re.compile(r"(?<![\w-])(?<!non-)(?<!non\s)(?:member\s+(?:states|countries|nations)|members)\s+"
                           r"(?:like|such\s+as)\s+(?:the\s+)?$", re.IGNORECASE)


# members of another standing: "former members like", "observer members like", "partner members like"
_OTHER_STANDING = re.compile(r"\b(?:former|ex|observer|associate|partner|hopeful|applicant|aspirant|prospective|"
                             r"potential|candidate|would-be|dialogue)[\s-]+$", re.IGNORECASE)


def such_as(doc, sents, i: int, words, country, blocs):
    """(subjects, object, date, confidence, rule, status) for sentence ``i`` of ``sents``
    (``words``: its text); the rule is "such as: interest" or "such as: members"."""
    s = sents[i]
    out = []
    for m in s.mentions:
        at = doc[m.start].idx - s.c_start
        like = _MEMBERS_LIKE.search(words[:at]) if m.kind == country else None
        if like is None or (HEDGE.search(words[:like.start()]) or _OTHER_STANDING.search(words[:like.start()])
                            or _INTEREST_CUE.search(words[max(0, like.start() - 30):at])):
            continue
        own = [b for b in s.mentions if b.kind in blocs and doc[b.start].idx - s.c_start < like.start()]
        # the bloc right before "members" ("EU member states like"), else none named in the sentence
        near = [b for b in own if re.fullmatch(r"\s*(?:['’]s\s*)?", words[end_char(doc, b.end) - s.c_start:like.start()])]
        bloc = near[-1] if near else None if own else (last_bloc(doc, sents, i - 1, blocs, 0) if i else None)
        if bloc is not None:
            out.append((listed_with(doc, s.mentions, m), bloc, None, 0.7, "such as: members", ""))
        break
    such = _SUCH_AS.search(words)
    if such:
        head = words[:such.start()]
        after = [m for m in s.mentions if m.kind == country
                 and such.end() <= doc[m.start].idx - s.c_start <= such.end() + 2]
        own = [m for m in s.mentions if m.kind in blocs and doc[m.start].idx - s.c_start < such.start()]
        rule = ("such as: interest" if _INTEREST_CUE.search(head) else
                "such as: members" if _MEMBER_CUE.search(head) and not HEDGE.search(head) else "")
        if after and own and rule:
            date = next((d for d in s.dates if d.start - s.c_start > such.end()), None)
            out.append((listed_with(doc, s.mentions, after[0]), own[-1], date, 0.75, rule, ""))
    return out
