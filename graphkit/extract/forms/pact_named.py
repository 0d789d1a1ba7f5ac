"""A pact told by description with its parties, its name given only later: "A new defence pact
has been announced between A, B and C" (the name in a later sentence: "the first initiative
under AUKUS", "the AUKUS pact is"), "The leaders of A, B and C unveiled a trilateral security
alliance ... the new group, which goes by the acronym Aukus", "the A-B-C defence cooperation
pact, established in 2021 and known as AUKUS". The parties are members of the organisation
the description names: the first organisation named after the description, in its sentence or
the eight after it, and only when that name is given as the pact's ("known as", "called",
"dubbed", "the acronym", or "the X pact / alliance / partnership" anywhere later in the text).
Two or more countries; not after a negation or a hedge ("could form a pact"), nor for a pact
"proposed", "planned" or "talked about". No date: the sentence's own dates stay the rules'."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char

__all__ = ["pact_named_later"]

_PACT = (r"(?:(?:new|trilateral|bilateral|quadrilateral|three-way|four-way|historic|landmark)\s+)*"
         r"(?:(?:defen[cs]e|security|military|strategic)\s+)?(?:cooperation\s+)?"
         r"(?:pact|alliance|partnership)")
_BETWEEN = re.compile(r"\b(?:a|an)\s+" + _PACT + r"\s+(?:has\s+been\s+|was\s+|had\s+been\s+)?"
                      r"(?:(?:announced|formed|launched|unveiled|agreed|signed|sealed)\s+)?between\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)
_UNVEILED = re.compile(r"[^.;]{0,40}?\b(?:unveiled|announced|launched|formed|created|forged|"
                       r"sealed|struck)\s+(?:a|an)\s+" + _PACT + r"\b", re.IGNORECASE)
_LEADERS = re.compile(r"\b(?:leaders|heads\s+of\s+government|governments|prime\s+ministers|"
                      r"presidents)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_HYPHENED = re.compile(r"\s*" + _PACT + r"\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|no|could|might|may|would|proposed|planned|possible|potential|"
                  r"talk|talks|talked|discuss|discussed|rumou?red)\b", re.IGNORECASE)
_NAMING = re.compile(r"(?:known\s+as|called|dubbed|named|acronym|nicknamed)\s+(?:the\s+)?$",
                     re.IGNORECASE)
_PACT_AFTER = re.compile(r"\s*(?:pact|alliance|partnership|agreement|deal|grouping)\b", re.IGNORECASE)



def _group(doc, text, mentions, k, country, glue=r"\s*(?:,|,?\s*and)\s*(?:the\s+)?") -> list:
    group = [mentions[k]]
    for m in mentions[k + 1:]:
        if m.kind != country or not re.fullmatch(glue, text[end_char(doc, group[-1].end):doc[m.start].idx]):
            break
        group.append(m)
    return group


def _parties(doc, text: str, s, country: str):
    """(countries, where the description ends) in sentence ``s``."""
    ms = s.mentions
    for k, m in enumerate(ms):
        if m.kind != country:
            continue
        at = doc[m.start].idx
        if _BETWEEN.search(text[max(s.c_start, at - 120):at]):
            group = _group(doc, text, ms, k, country)
            return group, end_char(doc, group[-1].end)
        if _LEADERS.search(text[max(s.c_start, at - 30):at]):
            group = _group(doc, text, ms, k, country)
            said = _UNVEILED.match(text, end_char(doc, group[-1].end), s.c_end)
            return (group, said.end()) if said else ([], 0)
        group = _group(doc, text, ms, k, country, r"-")
        if len(group) >= 2:
            said = _HYPHENED.match(text, end_char(doc, group[-1].end), s.c_end)
            if said:
                return group, said.end()
    return [], 0


def pact_named_later(doc, text: str, sents, i: int, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, organisation mention) for a pact described in sentence ``i`` and named in
    it or in the eight sentences after."""
    s = sents[i]
    group, after = _parties(doc, text, s, country)
    if len(group) < 2 or _NOT.search(text[s.c_start:after]):
        return []
    later = [m for k in range(i, len(sents)) for m in sents[k].mentions
             if m.kind in blocs and doc[m.start].idx >= after]
    if not later or later[0].start > sents[min(len(sents), i + 9) - 1].end:
        return []
    name = later[0]
    given = any(m.node == name.node and (_NAMING.search(text[max(0, doc[m.start].idx - 30):doc[m.start].idx])
                                         or _PACT_AFTER.match(text, end_char(doc, m.end))) for m in later)
    return [(group, name)] if given else []
