"""A count of countries said to join, named in the next sentence: "China has drawn ten
countries to join the venture. These are A, B, ..., and, most recently, J." Each listed
country joins what the count joins: the organisation or programme named after the count's
verb, else the last one named in the sentence or the four before. Only when the list has
exactly as many names as the count, and not after a hedge or a negation before the verb
("hopes ten countries will join"). A place in the count works too ("Turkey applied to join
the ILRS, becoming the ninth nation in it. Those nations are A, B, ...": the others are in
it, the newcomer has its own claim). "These include" after "a number of countries that have
signed up to X" names some of them, with no count. The date is the count's sentence's, if it
gives one."""

from __future__ import annotations

import re

from graphkit.extract.lookups import countries_from
from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.vocabulary import NUMBER_WORDS, count_of, ordinal_of

__all__ = ["these_are"]

_THESE_ARE = re.compile(r"^\W*(?:these|they|those)\s+(?:countries\s+|nations\s+|states\s+)?"
                        r"(?:are|were|include|included)\s*[:—–-]?\s*(?:the\s+)?$", re.IGNORECASE)
_COUNT_JOIN = re.compile(r"\b(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?:more\s+|other\s+|new\s+)?"
                         r"(?:countries|nations|states)\b[^.;]{0,60}?\b(?:to\s+join|joined|have\s+"
                         r"joined|has\s+joined|became\s+members\s+of|to\s+become\s+members\s+of|"
                         r"(?P<part>(?:are|were)\s+taking\s+part\s+in|took\s+part\s+in|take\s+part\s+in|"
                         r"(?:are|were)\s+participating\s+in|participated?\s+in))\b",
                         re.IGNORECASE)
# "a number of countries that have already signed up to the ILRS. These include A, B": "include"
# names some of them, so the count may be none
_SOME_JOIN = re.compile(r"\b(?:a\s+number\s+of|several|many|some|a\s+few|various)\s+(?:countries|"
                        r"nations|states)\s+(?:that|which|who)\s+(?:have\s+|had\s+)?(?:already\s+)?"
                        r"(?:signed\s+up\s+(?:to|for)|joined|become\s+members\s+of)\b", re.IGNORECASE)
# "Turkey applied to join the ILRS, becoming the ninth nation in that partnership. Those
# nations are A, B, ..., Turkey, ...": the others listed are in it; the newcomer has its own claim
_NTH = re.compile(r"\b(?:becoming|became|becomes|as)\s+the\s+(?P<n>\w+)\s+(?:country|nation|state|"
                  r"member|partner)\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|no|may|might|could|would|hopes?|hoping|aims?|aiming|wants?|"
                  r"plans?|planning|expects?|expected|invited|invites?|inviting|invitations?)\b", re.IGNORECASE)
_GLUE = {",", "and", "most", "recently", "finally", "lastly", "also", "the", "more"}


def _listed(doc, mentions, first: int, country: str) -> list:
    group = countries_from(doc, mentions, first, country, glue=_GLUE)
    return group


def these_are(doc, text: str, sents, i: int, country: str, blocs) -> list[tuple[list, object, str]]:
    """(countries, what they join, "member" or "takes part") for "These are A, B, ..." after
    a sentence that counts the countries joining or taking part ("Eight countries are taking
    part in the Artemis Program. They are A, ...": a programme's participants cooperate on it)."""
    if i == 0:
        return []
    s, prev = sents[i], sents[i - 1]
    first = next((k for k, m in enumerate(s.mentions) if m.kind == country), None)
    head = text[s.c_start:doc[s.mentions[first].start].idx] if first is not None else ""
    if first is None or not _THESE_ARE.match(head):
        return []
    said = text[prev.c_start:prev.c_end]
    nth = next((m for m in _NTH.finditer(said) if ordinal_of(m.group("n"))), None)
    cue = (_COUNT_JOIN.search(said) or ("includ" in head.lower() and _SOME_JOIN.search(said))
           or nth or None)
    if not cue or (cue is not nth and _NOT.search(said[:cue.end()])):
        return []
    group = _listed(doc, s.mentions, first, country)
    if cue.re is _COUNT_JOIN and len({m.node for m in group}) != count_of(cue.group("n").lower()):
        return []
    if cue is nth:
        if len({m.node for m in group}) != ordinal_of(nth.group("n")):
            return []
        newcomers = {m.node for m in prev.mentions}
        group = [m for m in group if m.node not in newcomers]
        before_cue = [m for m in prev.mentions if m.kind in blocs and doc[m.start].idx - prev.c_start < cue.start()]
        return [(group, before_cue[-1], "member")] if group and before_cue else []
    after = [m for m in prev.mentions if m.kind in blocs and doc[m.start].idx - prev.c_start >= cue.end()]
    before = [m for k in range(i - 1, max(-1, i - 6), -1) for m in sents[k].mentions[::-1]
              if m.kind in blocs]
    obj = (after or before or [None])[0]
    if obj is None:
        return []
    # taking part in an organisation is membership (as in roles.py); in a programme, cooperation
    part = cue.re is _COUNT_JOIN and cue.group("part") and obj.kind != kind_of_word().get("organisation")
    return [(group, obj, "takes part" if part else "member")]
