"""A bloc described by the count of its members, then the members: "BRICS, the five-nation
bloc of Brazil, Russia, India, China and South Africa", "the five-nation organization of A,
B, C, D and E seeks to grow", "BRICS+, an association of five major emerging economies (A,
B, C, D, and E)". Only when the list holds as many countries as the count says; the bloc is
the last named before the list in its sentence, else in the two sentences before.

Without a count, only the bloc's own name right before its noun says whose the list is: "the
BRICS group of Brazil, Russia, ..." (not "warned of the bloc of Russia and China")."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char, last_bloc, listed_with
from graphkit.extract.vocabulary import count_of

__all__ = ["INCLUDED", "counted_bloc"]

_GROUP = r"(?:bloc|group|grouping|organi[sz]ation|alliance|association|club|forum|body|partnership)"
_PEOPLE = r"(?:nations|countries|states|economies|members|member\s+states)"
# "the five-nation bloc of", "a 10-member intergovernmental organization of"
_COUNT_FIRST = re.compile(r"\b(?:the|an?)\s+(?P<n>\w+)[-\s](?:nation|member|country|state)\s+"
                          r"(?:[a-z-]+\s+){0,3}?" + _GROUP + r"\s+(?:of|comprising|made\s+up\s+of)"
                          r"\s+(?:the\s+)?$", re.IGNORECASE)
# "an association of five major emerging economies (", "a group of ten countries:"
_COUNT_AFTER = re.compile(r"\b(?:the|an?)\s+" + _GROUP + r"\s+of\s+(?P<n>\w+)\s+(?:[a-z-]+\s+){0,3}?"
                          + _PEOPLE + r"\s*(?:\(|:|—|–|,\s+namely)\s*(?:the\s+)?$", re.IGNORECASE)
# "The 'Quadrilateral Security Dialogue' among four major democratic nations in the Indo-Pacific –":
# the count after "among" right after the bloc's name
_AMONG = re.compile(r"^\s*['’\"”]?\s*among\s+(?P<n>\w+)\s+(?:[a-z-]+\s+){0,3}?" + _PEOPLE
                    + r"(?:\s+in\s+the\s+[\w-]+(?:\s+[\w-]+)?)?\s*(?:\(|:|—|–|,\s*namely)\s*(?:the\s+)?$",
                    re.IGNORECASE)
_OPENING = re.compile(r"^\W*(?:the\s+)?['’\"“‘]?\s*$", re.IGNORECASE)
# "It includes the European Union, the African Union and 19 of the most industrialized countries
# in the world, which are", "The alliance comprises 32 member states, namely": the count after a
# verb of including, the bloc its subject
_INCLUDING = re.compile(r"\b(?:includ(?:es?|ed|ing)|compris(?:es?|ed|ing)|consist(?:s|ed|ing)?\s+of|"
                        r"brings?\s+together|unit(?:es?|ed|ing))\b", re.IGNORECASE)
_COUNT_INCLUDED = re.compile(r"\b(?P<n>\w+)\s+(?:of\s+the\s+)?(?:[a-z-]+\s+){0,4}?" + _PEOPLE
                             + r"(?:\s+(?:in|of)\s+the\s+world)?\s*(?:,\s*(?:which|that)\s+(?:are|were)"
                             r"|,?\s*namely|:)\s*(?:the\s+)?$", re.IGNORECASE)
# "It includes", "The group currently comprises": the bloc named in the sentence before
_BLOC_PRONOUN = re.compile(r"^\s*(?:it|the\s+" + _GROUP + r")\s+(?:now\s+|currently\s+|also\s+)?$", re.IGNORECASE)
# the bloc the subject of the verb: "The G20 includes", "The alliance, which now comprises"
_VERB_OF = re.compile(r"^\s*(?:,[^,;:]{1,60},\s*|,\s*(?:which|that)\s+)?(?:now\s+|currently\s+|also\s+|today\s+)?$",
                      re.IGNORECASE)  # or an aside: "The Arctic Council, founded about 20 years ago, includes"
_NOT_ALL = re.compile(r"\b(?:not|never|no\s+longer|as)\b|n['’]t\b", re.IGNORECASE)
#: a list whose count the verb of including gives: the reader leaves it as read
#: (:data:`graphkit.extract.pair_features.COUNTED_LISTS`)
INCLUDED = "a count after including"
# "the BRICS group of" right after the bloc's name
_NAMED = re.compile(r"^\s*(?:" + _GROUP + r"|format|grouping)\s+(?:of|comprising)\s+(?:the\s+)?$",
                    re.IGNORECASE)
_NOT = re.compile(r"\b(?:former|future|would-be|candidate|prospective|potential|partner|observer|guests?|invit\w*|visiting|"
                  r"outreach|non)\b",
                  re.IGNORECASE)


def counted_bloc(doc, sents, i, words, country, blocs):
    """(subjects, object, date, confidence, rule, status) for sentence ``i`` (``words``: its
    text)."""
    s, out = sents[i], []
    for k, m in enumerate(s.mentions):
        if m.kind != country or (k and s.mentions[k - 1].kind == country
                                 and _joined(doc, s.mentions[k - 1], m)):
            continue  # only the first name of a list
        head = words[:doc[m.start].idx - s.c_start]
        named = _named_bloc(doc, s, k, words, blocs)
        if named is not None:
            group = listed_with(doc, s.mentions, m)
            if len(group) >= 2:
                out.append((group, named, None, 0.6, "a bloc's name and its list", ""))
            continue
        found = _COUNT_FIRST.search(head) or _COUNT_AFTER.search(head)
        among = _among(doc, s, k, words, blocs) if not found else None
        if among is not None:
            group = listed_with(doc, s.mentions, m)
            if len(group) >= 2 and count_of(among[1]) == len({g.node for g in group}):
                out.append((group, among[0], None, 0.7, "a bloc counted and listed", ""))
            continue
        including = None if found else _INCLUDING.search(head)
        if including:
            found = _COUNT_INCLUDED.search(head, including.end())
        if not found or _NOT.search(found.group(0)) or including and _NOT_ALL.search(
                head[max(0, including.start() - 12):found.start()]):
            continue  # "does not include", "also includes, as observers, two countries:"
        group = listed_with(doc, s.mentions, m)
        if len(group) < 2 or count_of(found["n"]) != len({g.node for g in group}):
            continue
        upto = including.start() if including else len(head)  # the includer, not those it includes
        before = [b for b in s.mentions[:k] if b.kind in blocs and doc[b.start].idx - s.c_start < upto]
        if including and not (_BLOC_PRONOUN.match(head[:upto]) if not before else _VERB_OF.match(
                head[end_char(doc, before[-1].end) - s.c_start:upto])):
            continue  # "This list includes", "NATO's partners include": not the bloc's members
        obj = before[-1] if before else last_bloc(doc, sents, i - 1, blocs, 1) if i else None
        if obj is not None:
            out.append((group, obj, None, 0.7, INCLUDED if including else "a bloc counted and listed", ""))
    return out


def _among(doc, s, k, words, blocs):
    """(the bloc, the count) when "among N nations" stands between the bloc's name, which opens
    the sentence, and mention ``k``, if it does."""
    before = [b for b in s.mentions[:k] if b.kind in blocs]
    if not before or not _OPENING.match(words[:doc[before[-1].start].idx - s.c_start]):
        return None  # the sentence's subject ("The Quad among four nations"), not "talks on the Quad among"
    found = _AMONG.match(words[end_char(doc, before[-1].end) - s.c_start:doc[s.mentions[k].start].idx - s.c_start])
    return (before[-1], found["n"]) if found and not _NOT.search(found.group(0)) else None  # not "among
    # five observer states"


def _named_bloc(doc, s, k, words, blocs):
    """The bloc whose name stands right before "group of" ahead of mention ``k``, if any."""
    if not k or s.mentions[k - 1].kind not in blocs:
        return None
    bloc = s.mentions[k - 1]
    between = words[end_char(doc, bloc.end) - s.c_start:doc[s.mentions[k].start].idx - s.c_start]
    return bloc if _NAMED.match(between) else None


def _joined(doc, a, b) -> bool:
    """Whether ``b`` follows ``a`` in one list (a comma or "and" between)."""
    return {t.lower_ for t in doc[a.end:b.start]} <= {",", "and", "the"}
