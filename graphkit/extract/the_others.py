"""The rest of a count, listed in the next sentence: "Malaysia was recognised as one of the 13
new partner countries in BRICS. The other 12 countries are A, B, ..." Each listed country
makes the claim the sentence before made for its own country: the same relation and object,
at its date. Only when the sentence before counts them ("one of the 13") and the list holds
the rest of that count (and as many as "the other 12" says), and when that sentence's claims
on countries share one relation and one object: "Finland joined NATO in 2023. The other
members are ..." gives no date of theirs. A place in the count works as "one of" does
("Belarus became the tenth member of the SCO. The other nine are A, B, ..."), but the others
came before it, so at no date. A list that goes on in the next sentence ("Countries including
A, B, C, ... Others are; D, E") makes the claims of the three or more before it, uncounted.
A count that acts with no name ("Eight nations have signed the Artemis Accords") is named in the
next sentence by the same count and a list of as many ("The path is now clear for those eight
nations - A, B, ... - to"): each name makes the act (:func:`the_counted`)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from graphkit.extract.candidate import Candidate
from graphkit.extract.dates import date_for, find_dates
from graphkit.extract.groups import group_around
from graphkit.extract.lookups import LIST_GLUE, countries_from, end_char, marks_of
from graphkit.extract.patterns import find_triggers
from graphkit.extract.vocabulary import NUMBER_WORDS, count_of, ordinal_of

__all__ = ["the_counted", "the_others"]

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


_COUNT = r"(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")"
#: "Eight nations have signed": a count of countries that acts, no name before it
_COUNT_ACTS = re.compile(r"^\W*" + _COUNT + r"\s+(?:more\s+|new\s+)?(?:countries|nations|states)"
                         r"(?:\s+(?:have|has|had))?\s*$", re.IGNORECASE)
#: the part of a rule that marks names given to a count in the next sentence
_NAMED_AGAIN = "structure:a count named again"
#: a sentence opening with a count of countries, the only one whose triggers are read here
_COUNT_OPENS = re.compile(r"\W*" + _COUNT + r"\s+(?:more\s+|new\s+)?(?:countries|nations|states)\b", re.IGNORECASE)
#: "those eight nations - ", "The eight countries are": the count named again, its list next
_COUNT_NAMED = re.compile(r"\b(?:the|those|these|all)\s+" + _COUNT + r"\s+(?:countries|nations|states)"
                          r"\s*(?:[-–—:(]|,|are\b|were\b)\s*(?:the\s+)?$", re.IGNORECASE)


def the_counted(doc, sentences, mentions, schema, published: str | None, claims: list,
                offset: int = 0) -> list:
    """Claims for the countries the next sentence lists after the count that acted in the one
    before ("Eight nations have signed the Artemis Accords, ... The path is now clear for those
    eight nations - A, B, ... - to"): as many names as the count, the act's relation and the
    first node after its trigger that the relation may join to a country."""
    country, text = schema.country_kind, ""
    known = {(c.subject, c.relation, c.object) for c in claims}
    out = []
    for (p_start, p_end), (start, end) in itertools.pairwise(sentences):
        opens = _COUNT_OPENS.match(doc[p_start:min(p_end, p_start + 8)].text)
        if not opens:
            continue  # triggers (and the page's text) only for a sentence that opens with a count of countries
        text = text or doc.text
        triggers = find_triggers(doc, p_start, p_end)
        acting = next((t for t in triggers if not t.negated and t.specs[0].form == "verb" and _COUNT_ACTS.match(
            text[doc[p_start].idx:doc[t.start].idx])), None)
        if acting is None:
            continue
        spec = acting.specs[0]
        relation = schema.relations[spec.relation]
        allowed = set(relation.target) | set(spec.instead)  # "have joined the Artemis Accords": signed
        kinds = allowed & set(spec.kinds) if spec.kinds else allowed
        # the object right after the verb: not "have joined the debate over NATO"
        target = next((m for m in mentions if acting.end <= m.start and m.end <= p_end and m.kind in kinds
                       and all(t.lower_ in {"the", "a", "an"} for t in doc[acting.end:m.start])), None)
        own = [m for m in mentions if start <= m.start and m.end <= end]
        first = next((k for k, m in enumerate(own) if m.kind == country and _COUNT_NAMED.search(
            text[doc[start].idx:doc[m.start].idx])), None)
        if target is None or first is None:
            continue
        rel = spec.relation if target.kind in relation.target else spec.instead[target.kind]
        n = count_of(opens.group("n"))  # the count the acting lead opens with
        group = [m for m in group_around(own, first, doc, 1) if m.kind == country]
        named = _COUNT_NAMED.search(text[doc[start].idx:doc[own[first].start].idx])
        if not n or count_of(named.group("n")) != n or len({m.node for m in group}) != n:
            continue
        c_start, c_end = doc[p_start].idx, end_char(doc, end)
        evidence = text[c_start:c_end]
        dates = find_dates(text[c_start:end_char(doc, p_end)], published, offset=c_start)
        date = date_for(acting, triggers, dates, doc, c_start) if dates else None
        for node, m in {m.node: m for m in group}.items():
            if (node, rel, target.node) in known:
                continue
            spans = [(m.start, m.end), (acting.start, acting.end), (target.start, target.end)]
            out.append(Candidate(node, rel, target.node, date.value if date else (published or "")[:4],
                                 evidence, c_start + offset, c_end + offset, min(0.6, spec.confidence),
                                 f"{spec.form}:{spec.phrase}; subject:counted; object:{target.how}; {_NAMED_AGAIN}",
                                 marks_of(doc, spans, c_start), "announced" if acting.hedged else "",
                                 date.rule if date else "published year"))
    return out
