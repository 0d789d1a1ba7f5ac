"""The rest of a count, listed in the next sentence: "Malaysia was recognised as one of the 13
new partner countries in BRICS. The other 12 countries are A, B, ..." Each listed country
makes the claim the sentence before made for its own country: the same relation and object,
at its date. Only when the sentence before counts them ("one of the 13") and the list holds
the rest of that count (and as many as "the other 12" says), and when that sentence's claims
on countries share one relation and one object: "Finland joined NATO in 2023. The other
members are ..." gives no date of theirs. A place in the count works as "one of" does
("Belarus became the tenth member of the SCO. The other nine are A, B, ..."), but the others
came before it, so at no date. A list that goes on in the next sentence ("Countries including
A, B, C, ... Others are; D, E") makes the claims of the three or more before it, uncounted."""

from __future__ import annotations

import re
from dataclasses import replace

from graphkit.extract.lookups import LIST_GLUE, countries_from, end_char, marks_of
from graphkit.extract.vocabulary import NUMBER_WORDS, count_of, ordinal_of

__all__ = ["the_others"]

_OTHERS = re.compile(r"^\W*the\s+(?:other|remaining)\s+(?:(?P<n>\d+|" + "|".join(NUMBER_WORDS)
                     + r")\s+)?(?:new\s+)?(?:partner\s+|member\s+|founding\s+)?(?:(?:countries|nations|"
                     r"states|members|partners|signatories|founders)\s+|(?(n)|(?!)))(?:are|were|include|included)?"
                     r"\s*[:—–-]?\s*(?:the\s+)?$", re.IGNORECASE)
# "Countries including A, B, C. Others are; D, E": the same list, on
_MORE = re.compile(r"^\W*(?:others|other\s+(?:countries|nations|states))\s+(?:are|were|include|included)"
                   r"\s*[:;—–-]?\s*(?:the\s+)?$", re.IGNORECASE)
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
#: "Belarus became the tenth member": the others came before it
_NTH = re.compile(r"\bthe\s+(?P<n>\w+)\s+(?:full\s+|new\s+|full-fledged\s+)?(?:member|partner|"
                  r"signatory|party)\b", re.IGNORECASE)
_GLUE = LIST_GLUE | {"also"}


def the_others(doc, sentences, mentions, country: str, claims: list, offset: int = 0) -> list:
    """Claims for the countries listed after "The other N countries are", copied from the
    claims of the sentence before."""
    text = doc.text
    out = []
    for i in range(1, len(sentences)):
        start, end = sentences[i]
        own = [m for m in mentions if start <= m.start and m.end <= end]
        first = next((k for k, m in enumerate(own) if m.kind == country), None)
        if first is None:
            continue
        lead = text[doc[start].idx:doc[own[first].start].idx]
        cue, more = _OTHERS.match(lead), _MORE.match(lead)
        if not cue and not more:
            continue
        group = countries_from(doc, own, first, country, glue=_GLUE)
        listed = list(dict.fromkeys(m.node for m in group))
        p_start, p_end = sentences[i - 1]
        before_text = text[doc[p_start].idx:end_char(doc, p_end)]
        counted = _ONE_OF.search(before_text)
        nth = next((m for m in _NTH.finditer(before_text) if ordinal_of(m.group("n"))), None)
        whole = count_of(counted.group("n")) if counted else ordinal_of(nth.group("n")) if nth else 0
        if cue and (len(listed) + 1 != whole or (cue.group("n") and len(listed) != count_of(cue.group("n")))):
            continue
        named = {m.node for m in mentions if p_start <= m.start < p_end and m.kind == country}
        before = [c for c in claims if c.start == doc[p_start].idx + offset and c.subject in named]
        if len({(c.relation, c.object) for c in before}) != 1 or more and len(before) < 3:
            continue
        model = max(before, key=lambda c: c.confidence)
        c_start, c_end = doc[start].idx, end_char(doc, end)
        for node, m in {m.node: m for m in group}.items():
            if node in named:
                continue
            mark = marks_of(doc, [(m.start, m.end)], c_start)
            dated = {"date_rule": f"sentence before: {model.date_rule}"} if counted or more else {
                "since": "", "date_rule": "came before: no date"}  # "the tenth": nine before it
            out.append(replace(model, subject=node, evidence=text[c_start:c_end],
                               start=c_start + offset, end=c_end + offset,
                               confidence=min(model.confidence, 0.6), marks=mark,
                               rule="structure:" + ("others are, after a list" if more else
                                                    "the other n countries are"), **dated))
    return out
