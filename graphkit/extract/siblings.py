"""Names that are items of one enumeration, or added to a bloc's members: a bloc listed
beside countries is not what they belong to, nor are countries listed "plus" its members.

"Current and future core system providers, including China (BeiDou ...), the European Union
(Galileo), the Russian Federation (GLONASS) and the United States", "China's Beidou, the EU's
Galileo and Russia's Glonass", "the seven most industrialised countries – the US, Canada, ...
and the UK – and the European Union are gathering", "leaders from the European Union and
countries: Canada, France": the European Union is one more item of the list, as Russia is,
and nothing in the sentence says that Russia (or Canada) is its member.

Between two items only list punctuation may stand: commas, "and", dashes, "the", brackets
with whatever they hold (at the same depth on both sides), and an owner's name for a thing
("Russia's Global Navigation Satellite System", "India's Navigation with Indian
Constellation"); or a plural of countries before a colon ("and countries: Canada"); or the
people of each ("G8 Leaders, the Leaders of Brazil, China and India")."""

from __future__ import annotations

from graphkit.extract.groups import group_around, list_span
from graphkit.extract.list_roles import closes_apposition
from graphkit.extract.lookups import MEMBERS_PLURAL
from graphkit.extract.vocabulary import GROUP_NOUNS, NUMBER_WORDS, POSSESSIVE_MARKS, VISITORS

__all__ = ["before_counted_members", "beside"]

_OPEN, _CLOSE = {"(", "["}, {")", "]"}
_SEPARATORS = {",", "and"}
_DASHES = {"—", "–", "-"}
_PLURALS = {"countries", "nations", "states"}  # "the European Union and countries: Canada"
_BESIDE = {"addition", "besides", "apart", "aside"}  # "in addition to", "apart from"


def beside(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the subject is named only beside ``obj`` (:func:`sibling_only`) or beside its
    members, added to them ("the ten ASEAN members plus China, Japan and India", "ASEAN
    members along with China", "the G8 leaders and leaders of five other nations, namely, A",
    "the EU ..., together with the leaders of A, B",
    "Among President X of Nigeria, ... and G8 Leaders")."""
    return (sibling_only(doc, mentions, occurrence, obj) or _added(doc, mentions, occurrence, obj)
            or _others_after_bloc(doc, mentions, occurrence, obj) or _people_closing(doc, mentions, occurrence, obj)
            or _together_with_bloc(doc, mentions, occurrence, obj)
            or before_counted_members(doc, mentions, next(
                (m.end for m in mentions if m.start == occurrence.subject_at), None), obj))


_SOME = {"several", "some", "many", "various"}  # "and several members of the European Space Agency"
# (not "and some other members")


_ALONG = (["along", "with"], ["together", "with"], ["as", "well", "as"], ["plus"], ["alongside"])


def before_counted_members(doc, mentions, k: int | None, obj: str) -> bool:
    """Whether the list that runs on from token ``k`` (a name's end) ends in "and" and a count
    of ``obj``'s members ("signed by the United States, Russia, Japan, Canada and eleven member
    states of the European Space Agency (A, B)", "..., Japan, and several members of the
    European Space Agency", "..., along with the 10 members of ASEAN": the four beside the
    agency's members; "A, B – and eight neighbouring EU Member States – C")."""
    if k is None:
        return False
    while k < len(doc) and (doc[k].text in {",", "*"} or doc[k].lower_ in {"and", "the", "former"}
                            or any(m.start <= k < m.end for m in mentions)):
        k += 1  # on over the names of the list after the subject ("Kosovo*", "former Yugoslav Republic of")
    if doc[k:k + 1].text in _DASHES and doc[k + 1:k + 2].text.lower() == "and":
        k += 2  # "Contracting Parties – A, B – and eight neighbouring EU Member States – C, D"
    beside = next((len(w) for w in _ALONG if [t.lower_ for t in doc[k:k + len(w)]] == w), 0)
    if beside:  # "A, B and C, along with the 10 members of ASEAN"
        k += beside + (doc[k + beside:k + beside + 1].text.lower() == "the")
    if k >= len(doc) or doc[k - 1].lower_ != "and" and not beside or not (
            doc[k].like_num or doc[k].lower_ in NUMBER_WORDS
            or doc[k].lower_ in _SOME and doc[k + 1:k + 2].text.lower() != "other"):
        return False
    words = [t.lower_ for t in doc[k + 1:k + 4]]
    if beside and "other" in words:
        return False  # "Vietnam, along with two other members of ASEAN": one of them
    if any(m.node == obj and k < m.start <= k + 3 and doc[m.end:m.end + 1].text.lower() in {"member", "members"}
           for m in mentions):
        return True  # "and eight neighbouring EU Member States"
    at = k + 1 + next((i + 1 for i, w in enumerate(words) if w in MEMBERS_PLURAL), 0)
    return at > k + 1 and doc[at:at + 1].text == "of" and any(
        m.node == obj and m.start in (at + 1, at + 2) for m in mentions)


def _added(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the list the subject stands in follows "plus" (or "+", "along with", "and") right
    after a members' noun or the bloc's name ("ASEAN Plus 3 (A, B and C)"), or a comma after
    one that "in addition to" or "besides" stands before."""
    start = next((m.start for m in mentions if m.start == occurrence.subject_at), None)
    if start is None:
        return False
    k = start - 1
    while k > occurrence.start and (doc[k].text == "," or doc[k].lower_ in {"and", "the"}
                                    or any(m.start <= k < m.end for m in mentions)):
        k -= 1  # back over the names of the list before the subject
    if doc[k].lower_ in MEMBERS_PLURAL and k + 1 < occurrence.end and (  # the bloc's: "the SCO member
            doc[k - 1].lower_ == "member" or any(m.end == k and m.node == obj for m in mentions)):
        return doc[k + 1].lower_ == "and" or (  # states and Afghanistan"; "In addition to the G7
            doc[k + 1].text == "," and bool(_BESIDE & {t.lower_ for t in doc[max(occurrence.start, k - 5):k]}
                                            or _all_of(doc, k, obj, mentions, occurrence.end)))
        # countries, A, B", "are: all ASEAN members, A, B" (not "the Benelux countries and Italy")
    if k - 1 > occurrence.start and doc[k].lower_ == "with" and doc[k - 1].lower_ in {"along", "together"}:
        k -= 1  # "ASEAN members along with China, Japan, and South Korea"
    elif k - 2 > occurrence.start and [t.lower_ for t in doc[k - 2:k + 1]] == ["as", "well", "as"]:
        k -= 2 + (doc[k - 3].text == ",")  # "25 of the EU's 27 member states, as well as Switzerland"
    elif doc[k].text == "(" and k - 2 > occurrence.start and (
            doc[k - 1].like_num or doc[k - 1].lower_ in NUMBER_WORDS) and doc[k - 2].lower_ in {"plus", "+"}:
        k -= 2  # "Asean Plus 3 (China, Japan and South Korea)": the three beside ASEAN
    elif not (k > occurrence.start and doc[k].lower_ in {"plus", "+"}):
        return False
    return doc[k - 1].lower_ in MEMBERS_PLURAL or any(m.end == k and m.node == obj for m in mentions)  # "ASEAN +
    # China, Japan and Korea"


_BLOCS_OWN = VISITORS | GROUP_NOUNS | {"member"}  # "the G8 leaders", "the G8 nations"
_OTHERS = {"other", "more"}
# what may stand between the bloc's own and the others' list: "and leaders of five other nations, namely,"
_TO_OTHERS = VISITORS | {"nations", "countries", "states", "governments"} | _OTHERS | {"and", ",", "the", "of", "from", "namely", ":", "—", "–", "-"}


def _others_after_bloc(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the subject's list follows the bloc's own people or nations and "and" or a comma,
    as others beside them: "among the G8 leaders and leaders of five other nations, namely, A,
    B" (an "other" says so), "Leaders from the G8 nations, A, B" (people from each, no count)."""
    span = list_span(doc, mentions, occurrence.subject_at)
    first = occurrence.subject_at if span is None else span[0]
    for m in mentions:
        if m.node != obj or not occurrence.start <= m.start or m.end >= first:
            continue
        k = m.end
        while k < first and doc[k].lower_ in _BLOCS_OWN:
            k += 1
        if k == m.end or k >= first or doc[k].lower_ not in {"and", ","}:
            continue
        between = doc[k + 1:first]
        if not len(between):  # "Leaders from the G8 nations, A, B": not "the five BRICS nations, A, B"
            if span is not None and doc[span[1]:span[1] + 1].text == ",":
                continue  # "Heads of the ASEAN governments, A, B and C, criticised": an apposition
            before = [t.lower_ for t in doc[max(occurrence.start, m.start - 3):m.start]]
            if VISITORS & set(before) and not any(w in NUMBER_WORDS or w.isdigit() for w in before):
                return True
        elif _OTHERS & {t.lower_ for t in between} and all(
                t.lower_ in _TO_OTHERS or t.like_num or t.lower_ in NUMBER_WORDS for t in between):
            return True
    return False


def _together_with_bloc(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the subject's list follows "together with (the leaders of)" and the bloc is named
    before it ("the leaders of the European Union and its member states ..., together with the
    leaders of A, B, adopted the Declaration"): beside the bloc (not "Sweden, together with
    Finland, joined NATO")."""
    span = list_span(doc, mentions, occurrence.subject_at)
    first = occurrence.subject_at if span is None else span[0]
    k = first - 1
    while k > occurrence.start and (doc[k].lower_ in VISITORS or doc[k].lower_ in {"the", "of", "from"}):
        k -= 1
    return (k - 1 > occurrence.start and [t.lower_ for t in doc[k - 1:k + 1]] in (["together", "with"], ["along", "with"])
            and any(m.node == obj and occurrence.start <= m.start < k - 1 for m in mentions))


def _people_closing(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the bloc's people close a list of others' people the sentence is "among"
    ("Summit Meeting Among President X of Nigeria, ... and G8 Leaders")."""
    return any(m.node == obj and m.start > occurrence.subject_at and doc[m.start - 1].lower_ == "and"
               and doc[m.end:m.end + 1].text.lower() in VISITORS
               and "among" in {t.lower_ for t in doc[occurrence.start:occurrence.subject_at]}
               and not any(t.is_alpha and t.is_lower and t.lower_ not in {"of", "and", "the"}
                           for t in doc[occurrence.subject_at:m.start])  # one list, no clause between
               for m in mentions if m.end < occurrence.end)


def _all_of(doc, k: int, obj: str, mentions, sent_end: int) -> bool:
    """Whether "all" stands right before the bloc whose members' noun ends at token ``k``
    ("all ASEAN members", "all 10 ASEAN members"), after a colon, and the list after it runs
    on: the whole list's first item (not "all NATO members, A and B included, ratified")."""
    bloc = next((m for m in mentions if m.end == k and m.node == obj), None)
    at = bloc.start if bloc else k - 1
    at -= bool(doc[at - 1].like_num or doc[at - 1].lower_ in NUMBER_WORDS)
    after = [m for m in mentions if m.start > k]
    listed = group_around(after, 0, doc, 1) if after else []
    return (doc[at - 1].lower_ == "all" and doc[at - 2].text in {":", ";"}
            and not (listed and closes_apposition(doc, listed[-1].end, sent_end)))


def sibling_only(doc, mentions, occurrence, obj: str) -> bool:
    """Whether every mention of ``obj`` in the sentence of ``occurrence`` is another item of
    the enumeration the subject stands in, the subject not right after it as what it owns
    ("the EU's France")."""
    subject = next((m for m in mentions if m.start == occurrence.subject_at), None)
    if subject is None:
        return False
    level = _depth(doc, occurrence.start, subject.start)
    named = [m for m in mentions if m.node == obj and occurrence.start <= m.start < occurrence.end
             and _depth(doc, occurrence.start, m.start) <= level]  # not "(European Satellite ...)"
    inside = {i for m in mentions for i in range(m.start, m.end)}
    return bool(named) and all(
        _link(doc, inside, *sorted((subject, m), key=lambda x: x.start)) is not None
        and _listed(doc, inside, mentions, m, occurrence) for m in named)


def _listed(doc, inside: set, mentions, m, occurrence) -> bool:
    """Whether mention ``m`` is an item of its list in its own right: joined to the name next
    to it by "and", or between two ("China (BeiDou), the European Union (Galileo), the Russian
    Federation"); not a name a list runs into ("Through signing the Artemis Accords,
    Australia, Bahrain ... have", "by A, B, and C, ASEAN today has")."""
    level = _depth(doc, occurrence.start, m.start)
    same = [n for n in mentions if occurrence.start <= n.start < occurrence.end and n is not m
            and _depth(doc, occurrence.start, n.start) == level]
    before = max((n for n in same if n.end <= m.start), key=lambda n: n.start, default=None)
    after = min((n for n in same if n.start >= m.end), key=lambda n: n.start, default=None)
    left = _link(doc, inside, before, m) if before else None
    right = _link(doc, inside, m, after) if after else None
    people = "people" in (left or set()) | (right or set()) and not (  # not "The G7 leaders, the heads
        right and "people" in right and _closes_apposition(doc, same, after, occurrence.end))  # of A, B, agreed"
    return "and" in (left or set()) | (right or set()) or people or (left is not None and right is not None)


def _closes_apposition(doc, same, first, sent_end: int) -> bool:
    """Whether the list that mention ``first`` opens closes an apposition the clause goes on after."""
    after = sorted((n for n in same if n.start >= first.start), key=lambda n: n.start)
    return closes_apposition(doc, group_around(after, 0, doc, 1)[-1].end, sent_end)


def _depth(doc, start: int, at: int) -> int:
    """How many brackets opened between ``start`` and ``at`` are still open there."""
    return sum((t.text in _OPEN) - (t.text in _CLOSE) for t in doc[start:at])


def _link(doc, inside: set, first, second) -> set | None:
    """The separators between mentions ``first`` and ``second`` if only list punctuation, the
    people of each ("people": "G8 Leaders, the Leaders of A") and owned names stand between
    them and the item ``second`` opens follows a comma or "and" (not "the EU – France,
    Germany": a gloss); else None."""
    if first.end > second.start:
        return None
    depth, seen, owned, last = 0, set(), False, None
    k = first.end
    while k < second.start:
        t = doc[k]
        if t.text in _OPEN or t.text in _CLOSE:
            depth += 1 if t.text in _OPEN else -1
            if depth < 0:
                return None
        elif depth == 0:
            if t.text in POSSESSIVE_MARKS:
                owned = True
            elif t.lower_ in _PLURALS and doc[k + 1:k + 2].text == ":" and last == "and":
                k, last = k + 2, "and"
                seen.add("and")
                continue
            elif t.lower_ in _SEPARATORS:
                seen.add(t.lower_)
                owned, last = False, t.lower_
            elif t.text in _DASHES or t.lower_ == "the":
                last = t.text if t.text in _DASHES else last
            elif t.lower_ in VISITORS or t.lower_ == "of" and doc[k - 1].lower_ in VISITORS:
                seen.add("people")  # "G8 Leaders, the Leaders of Brazil, China and India": people
                # beside people, items of one list as with "and"
            elif not (k in inside or (owned or last == ",") and (t.is_title or t.is_upper or _inside_name(doc, k))):
                return None  # an owned name, or one data/ lacks as an item ("Egypt, the European
                # Centre for Medium Range Weather Forecasts, the European Space Agency")
        k += 1
    return seen if depth == 0 and seen and last in _SEPARATORS else None


def _inside_name(doc, k: int) -> bool:
    """Whether the lower-case word at ``k`` stands between two capitalised words of a name
    ("Navigation with Indian Constellation")."""
    return k > 0 and k + 1 < len(doc) and doc[k - 1].is_title and doc[k + 1].is_title
