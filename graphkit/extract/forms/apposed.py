"""The members of a bloc named in apposition right after it: "The leaders of the AUKUS
partnership, Australia, the United Kingdom and the United States, have announced ...",
"The founding members of the group, A, B and C, met", "The leaders of the Collective Security
Treaty Organization (CSTO), including Russia, Kazakhstan, ..., are scheduled to meet". Only
two or more countries, only after "leaders / heads of state / ministers / members / founders
of" the bloc (with at most one
word for the bloc after its name: "partnership", "alliance", "bloc"; after "leaders" or
"ministers" that word or "including" is needed: "The leaders of NATO, Finland and Sweden,
met" may name three parties), only when the list is closed by a comma or a dash (or, after
"including", by the sentence's end) and not after a hedge
("former", "future", "would-be") nor a denial ("not members of"). The apposition gives no date."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char

__all__ = ["apposed_members"]

_HEADS = re.compile(r"(?:^|[^\w-])(?:the\s+)?(?:(?:founding\s+)?members|member\s+(?:states|countries|"
                    r"nations)|founders|leaders|heads\s+of\s+(?:state|government)|(?:foreign\s+|"
                    r"defen[cs]e\s+|prime\s+)?ministers|presidents)\s+of\s+(?:the\s+)?$",
                    re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:former|future|would-be|prospective|potential|aspiring|new)\s+[\w\s]{0,20}$",
                    re.IGNORECASE)
# "5 other countries that are not members of the G20, including Spain and Singapore": none
_DENIED = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+){0,2}$|\bnon-?\s*$", re.IGNORECASE)
_OPEN = re.compile(r"(?P<noun>\s+(?:partnership|alliance|bloc|group|grouping|pact|organi[sz]ation|"
                   r"forum))?(?:\s*\([^()]{1,12}\)|\))?\s*,\s+(?P<including>(?:including|such\s+as|"
                   r"notably|namely)\s+)?(?:the\s+)?$", re.IGNORECASE)
_MEMBERS = re.compile(r"\b(?:members|member\s+\w+|founders)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_GLUE = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:the\s+)?", re.IGNORECASE)
_CLOSE = re.compile(r"\s*(?:,\s+[a-z]|[—–])")


def apposed_members(doc, text: str, sentence, country: str, blocs) -> list[tuple]:
    """(countries, "member", bloc mention, None, confidence, rule) for each such apposition in
    ``sentence`` (its ``mentions`` in order, ``c_start`` in ``text``)."""
    mentions, found = sentence.mentions, []
    start = [doc[m.start].idx for m in mentions]
    end = [end_char(doc, m.end) for m in mentions]
    for k, b in enumerate(mentions[:-2]):
        before = text[max(sentence.c_start, start[k] - 60):start[k]]
        heads = _HEADS.search(before)
        if b.kind not in blocs or not heads or _HEDGE.search(before[:heads.start() + 1]) or _DENIED.search(
                before[:heads.start() + 1]):
            continue
        last = k + 1 if _bracketed(text, mentions, start, end, k) else k  # "Organization (CSTO)"
        if last + 1 >= len(mentions):
            continue
        opened = _OPEN.fullmatch(text[end[last]:start[last + 1]])
        if mentions[last + 1].kind != country or not opened or not (
                opened["noun"] or opened["including"] or _MEMBERS.search(before)):
            continue  # "The leaders of NATO, Finland and Sweden, met": leaders of three, or of one?
        group = [last + 1]
        while (group[-1] + 1 < len(mentions) and mentions[group[-1] + 1].kind == country
               and _GLUE.fullmatch(text[end[group[-1]]:start[group[-1] + 1]])):
            group.append(group[-1] + 1)
        closed = _CLOSE.match(text, end[group[-1]], sentence.c_end) or (
            opened["including"] and not text[end[group[-1]]:sentence.c_end].strip(" .!?\n"))
        if len(group) >= 2 and closed:
            found.append(([mentions[j] for j in group], "member", b, None, 0.6, "members in apposition"))
    return found


def _bracketed(text: str, mentions, start, end, k: int) -> bool:
    """Whether the bloc named at ``k`` is named again right after it in brackets ("the
    Collective Security Treaty Organization (CSTO)")."""
    return (k + 1 < len(mentions) and mentions[k + 1].node == mentions[k].node
            and text[end[k]:start[k + 1]].strip() == "(")
