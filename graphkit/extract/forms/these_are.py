"""A count of countries said to join, named in the next sentence: "China has drawn ten
countries to join the venture. These are A, B, ..., and, most recently, J." Each listed
country joins what the count joins: the organisation or programme named after the count's
verb, else the last one named in the sentence or the four before. Only when the list has
exactly as many names as the count, and not after a hedge or a negation before the verb
("hopes ten countries will join"). A place in the count works too ("Turkey applied to join
the ILRS, becoming the ninth nation in it. Those nations are A, B, ...": the others are in
it, the newcomer has its own claim). "These include" after "a number of countries that have
signed up to X" names some of them, with no count, and after "more than 40 countries have
expressed interest to join X" their interest. A count of partners lists partners ("nine
countries have now officially become partner members. These countries are A, B, ..."; "it
accepted 13 partners. This list includes four countries in Southeast Asia: A, B, C and D. The
other nine countries are E, ..."): a list split in two counts when its parts add up to the
count. "In addition to China, these are A, B, ..." counts China in. The date is the count's
sentence's, if it gives one."""

from __future__ import annotations

import re

from graphkit.extract.lookups import countries_from, end_char
from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.vocabulary import NUMBER_WORDS, agreement_kind, count_of, ordinal_of

__all__ = ["these_are"]

_THESE_ARE = re.compile(r"^\W*(?:(?P<besides>in\s+addition\s+to\s+[^,.;]{2,40},\s*)?(?:(?:these|they|"
                        r"those|the)\s+(?:other\s+(?P<others>\w+)\s+)?(?:countries\s+|nations\s+|states\s+)?"
                        r"(?:are|were|include|included)|(?:this|the|their)\s+list\s+(?:includes|included|"
                        r"comprises)(?:\s+(?:[\w-]+\s+){0,3}(?:countries|nations|states)(?:\s+in\s+(?:[\w-]+\s+)"
                        r"{0,2}[\w-]+)?\s*:)?)|(?P<bare>))(?:\s+the\s+following)?\s*[:—–-]?\s*(?:the\s+)?$", re.IGNORECASE)
_COUNT_JOIN = re.compile(r"\b(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?:more\s+|other\s+|new\s+)?"
                         r"(?:countries|nations|states)\b[^;]{0,90}?\b(?:to\s+join|joined|founded|(?<!used to )belong\s+to|are\s+members\s+of|(?P<signed>(?:have\s+|has\s+|"
                         r"had\s+)?signed)|have\s+"
                         r"joined|has\s+joined|became\s+members\s+of|to\s+become\s+members\s+of|"
                         r"(?P<part>(?:are|were)\s+taking\s+part\s+in|took\s+part\s+in|take\s+part\s+in|"
                         r"(?:are|were)\s+participating\s+in|participated?\s+in)|(?:(?:now\s+)?(?:officially\s+|"
                         r"formally\s+)?(?:become|became)|(?:have|has|had)\s+been\s+added\s+(?:to\s+(?:the\s+)?"
                         r"[\w-]+\s+)?as)\s+(?P<partner>partner\s+members|partners|partner\s+"
                         r"countries|partner\s+states)\b)", re.IGNORECASE)
# "it accepted 13 “partners”": the count after the bloc's verb
_ADMITS_COUNT = re.compile(r"\b(?:accepted|admitted|welcomed|added)\s+(?P<n>\d+|" + "|".join(NUMBER_WORDS)
                           + r")\s+(?:new\s+)?[\"“]?(?:(?P<partner>partners|partner\s+countries|partner\s+"
                           r"states)|members|member\s+states)\b", re.IGNORECASE)
# "The G20 consists of 19 countries, as well as the European Union. The countries are A, B, ...":
# the count after the bloc's verb of having, the bloc its subject
_HAS_COUNT = re.compile(r"\b(?:consists?\s+of|consisted\s+of|compris(?:es|ed)|(?:is|was)\s+made\s+up\s+of|"
                        r"brings?\s+together)\s+(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?:[a-z-]+\s+){0,2}?"
                        r"(?:countries|nations|states|member\s+states|members|economies)\b", re.IGNORECASE)
# between the bloc and its verb of having: nothing, an aside or an adverb ("The G20, founded in
# 1999, consists of"; not "The SCO's observer group consists of", "a mediation panel consists of")
_HAS_SUBJECT = re.compile(r"^\s*(?:,[^,;:]{1,60},\s*)?(?:now\s+|currently\s+|also\s+|today\s+)?$", re.IGNORECASE)
_ACCEPTED = re.compile(r"\baccepted\s+(?:the|their|its)\s+invitations?\b", re.IGNORECASE)
# "a number of countries that have already signed up to the ILRS. These include A, B": "include"
# names some of them, so the count may be none
_SOME_JOIN = re.compile(r"\b(?:a\s+number\s+of|several|many|some|a\s+few|various)\s+(?:countries|"
                        r"nations|states)\s+(?:that|which|who)\s+(?:have\s+|had\s+)?(?:already\s+)?"
                        r"(?:signed\s+up\s+(?:to|for)|joined|become\s+members\s+of)\b", re.IGNORECASE)
# "More than 40 countries have expressed interest to join BRICS. These include A, B": interest
_SOME_WANT = re.compile(r"\b(?:\d+|" + "|".join(NUMBER_WORDS) + r"|several|many|some|dozens\s+of|a\s+number\s+of)"
                        r"\s+(?:other\s+)?(?:countries|nations|states)\s+(?:that\s+|which\s+|who\s+)?(?:have\s+|"
                        r"had\s+)?(?:(?:expressed|shown|voiced|signalled|signaled)\s+(?:an\s+|their\s+)?"
                        r"interest|applied|asked|want|wanted|sought|seek)\b"
                        # "many of those who have applied play an important role. These include A"
                        r"|\b(?:many|some|most|several)\s+of\s+(?:those|them)\s+(?:who|that|which)\s+(?:have\s+|"
                        r"had\s+)?(?:applied|asked|sought|(?:expressed|shown)\s+(?:an\s+)?interest)\b", re.IGNORECASE)
# "Turkey applied to join the ILRS, becoming the ninth nation in that partnership. Those
# nations are A, B, ..., Turkey, ...": the others listed are in it; the newcomer has its own claim
_NTH = re.compile(r"\b(?:becoming|became|becomes|as)\s+the\s+(?P<n>\w+)\s+(?:country|nation|state|"
                  r"member|partner)\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|no|may|might|could|would|hopes?|hoping|aims?|aiming|wants?|"
                  r"plans?|planning|expects?|expected|invited|invites?|inviting|invitations?)\b", re.IGNORECASE)
_GLUE = {",", "and", "most", "recently", "finally", "lastly", "also", "the", "more"}


def _list_in(doc, text: str, s, country: str):
    """The list head ("These are", "The other nine countries are", "This list includes ...:")
    and the countries it opens in sentence ``s``, with those after "In addition to"; else
    (None, [])."""
    firsts = [k for k, m in enumerate(s.mentions) if m.kind == country][:2]
    for k in firsts:
        head = _THESE_ARE.match(text[s.c_start:doc[s.mentions[k].start].idx])
        if head:
            group = countries_from(doc, s.mentions, k, country, glue=_GLUE)
            if head.group("besides"):
                group = [m for m in s.mentions[:k] if m.kind == country] + group
            return head, group
    return None, []


def _count_of_size(said: str, size: int) -> re.Match | None:
    """The count of countries joining in ``said`` that has ``size`` ("the 29 countries in order
    that they joined, bearing in mind that 12 countries founded NATO": 12 for a list of 12), else
    the first count."""
    counts = [*_COUNT_JOIN.finditer(said), *_ADMITS_COUNT.finditer(said), *_HAS_COUNT.finditer(said)]
    return next((c for c in counts if count_of(c.group("n").lower()) == size), counts[0] if counts else None)


def _subject_of(doc, said: str, prev, m, cue: re.Match) -> bool:
    """Whether ``m``, in the sentence ``prev`` (its text ``said``), is the subject of the verb
    of having that ``cue`` opens: named before it, nothing but an aside or an adverb between."""
    gap = end_char(doc, m.end) - prev.c_start
    return gap <= cue.start() and bool(_HAS_SUBJECT.match(said[gap:cue.start()]))


def _size(group) -> int:
    return len({m.node for m in group})


def _split_list(doc, text: str, sents, i: int, head, group, country: str) -> tuple[int, int] | None:
    """(sentences back to the count, countries in the other part) of a list told in two
    sentences: "This list includes four countries: A, B, C and D. The other nine countries are
    E, ..."; None when the parts do not add up."""
    others = head.group("others")
    if others:
        if i < 2 or count_of(others) != _size(group):
            return None
        head0, group0 = _list_in(doc, text, sents[i - 1], country)
        if head0 is not None:
            return None if head0.group("others") else (2, _size(group0))
        # "Four countries – A, B, C and D – have become partners. ... 13 nations have been
        # added as partners. The other nine are E, ...": the count in the sentence before,
        # the rest listed in the one or two before it
        said = text[sents[i - 1].c_start:sents[i - 1].c_end]
        counted = _COUNT_JOIN.search(said) or _ADMITS_COUNT.search(said)
        rest = count_of(counted.group("n").lower()) - _size(group) if counted else 0
        earlier = [[m for m in sents[k].mentions if m.kind == country] for k in (i - 2, i - 3) if k >= 0]
        listed = {_size(countries_from(doc, named, j, country, glue=_GLUE))
                  for named in earlier for j in range(len(named))}
        return (1, rest) if rest > 1 and rest in listed else None
    if i + 1 < len(sents):
        head1, group1 = _list_in(doc, text, sents[i + 1], country)
        if head1 is not None and head1.group("others") and count_of(head1.group("others")) == _size(group1):
            return 1, _size(group1)
    return 1, 0


def these_are(doc, text: str, sents, i: int, country: str, blocs) -> list[tuple[list, object, str]]:
    """(countries, what they join, "member", "partner", "interest" or "takes part") for "These are A, B,
    ..." after a sentence that counts the countries joining or taking part ("Eight countries
    are taking part in the Artemis Program. They are A, ...": a programme's participants
    cooperate on it)."""
    if i == 0:
        return []
    head, group = _list_in(doc, text, sents[i], country)
    split = _split_list(doc, text, sents, i, head, group, country) if head is not None else None
    if split is None:
        return []
    back, rest = split
    prev = sents[i - back]
    said = text[prev.c_start:prev.c_end]
    nth = next((m for m in _NTH.finditer(said) if ordinal_of(m.group("n"))), None) if not rest else None
    include = "includ" in head.group(0).lower() and not rest
    want = include and _SOME_WANT.search(said)
    if want:
        after = [m for m in prev.mentions if m.kind in blocs and doc[m.start].idx - prev.c_start >= want.end()]
        if after:
            return [(group, after[0], "interest")]
        # "... applying to join the BRICS and SCO has surged to 20. He added that many of those
        # who have applied ... These include A": what the sentence before named, each
        named = next(([m for m in sents[k].mentions if m.kind in blocs]
                      for k in range(i - back - 1, max(-1, i - back - 3), -1)
                      if any(m.kind in blocs for m in sents[k].mentions)), [])
        return [(group, o, "interest") for o in {m.node: m for m in named}.values()]
    counted = _count_of_size(said, _size(group) + rest)
    some = include and _SOME_JOIN.search(said)
    cue = counted or some or nth or None
    if not cue or (cue is not nth and _NOT.search(_ACCEPTED.sub(" ", said[:cue.end()]))):
        return []
    if head.group("bare") is not None and (cue is not counted or len(group) < 3 or rest):
        return []  # a sentence that opens with the names: only a full count of three or more
    if cue is counted and _size(group) + rest != count_of(cue.group("n").lower()):
        return []
    if cue is nth:
        if _size(group) != ordinal_of(nth.group("n")):
            return []
        newcomers = {m.node for m in prev.mentions}
        group = [m for m in group if m.node not in newcomers]
        before_cue = [m for m in prev.mentions if m.kind in blocs and doc[m.start].idx - prev.c_start < cue.start()]
        return [(group, before_cue[-1], "member")] if group and before_cue else []
    signed = cue is counted and cue.re is _COUNT_JOIN and cue.group("signed")
    if signed:  # "Eight countries have signed the Artemis Accords"
        blocs = set(blocs) | {agreement_kind()}
    after = [m for m in prev.mentions if m.kind in blocs and doc[m.start].idx - prev.c_start >= cue.end()
             and cue.re is not _HAS_COUNT]  # "consists of 19 countries, as well as the EU": the G20's
    before = [m for k in range(i - back, max(-1, i - back - 5), -1) for m in sents[k].mentions[::-1]
              if m.kind in blocs and (cue.re is not _HAS_COUNT or k == i - back and _subject_of(doc, said, prev, m, cue))]
    obj = (after or before or [None])[0]
    if obj is None:
        return []
    if cue is counted and cue.groupdict().get("partner"):
        return [(group, obj, "partner")]
    if signed:
        return [(group, obj, "signed")] if obj.kind == agreement_kind() else []
    # taking part in an organisation is membership (as in roles.py); in a programme, cooperation
    part = cue.re is _COUNT_JOIN and cue.group("part") and obj.kind != kind_of_word().get("organisation")
    return [(group, obj, "takes part" if part else "member")]
