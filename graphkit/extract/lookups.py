"""The look-ups the readers of one form in :mod:`graphkit.extract.forms.structural` share, over
sentences as it builds them (``start``, ``end`` in tokens, ``c_start``, ``c_end`` in
characters, ``mentions`` in order, ``dates``): where a mention ends, the list a name opens
(through :func:`graphkit.extract.groups.group_around`, or plainly: ``countries_from``),
the last bloc named, the sentence's last date, the words that hedge a claim, and the
character spans a claim marks."""

from __future__ import annotations

import re
from functools import cache

from graphkit.extract.groups import group_around
from graphkit.extract.vocabulary import ZONE_NAMES

__all__ = ["FOUNDERS_PARTICIPLES", "HEDGE", "LIST_GLUE", "MEMBERS_PLURAL", "MEMBER_NOUNS", "as_members", "coordinated",
           "countries_from", "date_in", "end_char", "founder_of_another", "hyphen_joined", "hyphen_pair", "in_hyphen_pair",
           "last_bloc", "listed_with", "mark_spans", "marks_of", "of_unknown_body"]

HEDGE = re.compile(r"\b(?:not|never|may|might|could|would|potential|possible|future)\b",
                   re.IGNORECASE)


def end_char(doc, end: int) -> int:
    return doc[end - 1].idx + len(doc[end - 1])


def coordinated(doc, first, second) -> bool:
    """Whether only "and" or "and the" stands between mentions ``first`` and ``second`` (token
    ``start`` and ``end``): "European Union and NATO countries", "BRICS and SCO members"."""
    return [t.lower_ for t in doc[first.end:second.start]] in (["and"], ["and", "the"])


def marks_of(doc, spans, c_start: int) -> str:
    """A claim's ``marks``: each token span (start, end) as characters from its sentence's
    first character ``c_start``, "a-b;c-d"."""
    return ";".join(f"{doc[a].idx - c_start}-{end_char(doc, b) - c_start}" for a, b in spans)


def mark_spans(marks: str) -> list[tuple[int, int]]:
    """The spans of a claim's ``marks`` ("a-b;c-d", as :func:`marks_of` writes them)."""
    return [(int(a), int(b)) for a, b in re.findall(r"(-?[0-9]+)-(-?[0-9]+)", marks)]


# what may stand between two names of a plain list: "A, B and the C"
LIST_GLUE = frozenset({",", "and", "the"})


def countries_from(doc, mentions, first: int, country: str, glue=LIST_GLUE) -> list:
    """The countries listed from ``mentions[first]`` on, each joined to the one before by
    ``glue`` words alone ("A, B and the C"); the list ends at the first other name or word."""
    group = [mentions[first]]
    for m in mentions[first + 1:]:
        between = {t.lower_ for t in doc[group[-1].end:m.start]}
        if m.kind != country or not between or not between <= glue:
            break
        group.append(m)
    return group


def listed_with(doc, mentions, first, step: int = 1):
    """The list of names ``first`` opens (commas and "and"), countries only; with ``step`` -1,
    the list it ends ("A, B and the C had been invited"), in the text's order."""
    group = group_around(mentions, mentions.index(first), doc, step)
    return [m for m in (group if step > 0 else reversed(group)) if m.kind == first.kind]


def last_bloc(doc, sents, i, blocs, back: int):
    """The last bloc named in sentence ``i`` or the ``back`` sentences before it."""
    for k in range(i, max(-1, i - back - 1), -1):
        named = [m for m in sents[k].mentions if m.kind in blocs]
        if named:
            return named[-1]
    return None


def date_in(s):
    return s.dates[-1] if s.dates else None


_MEMBER_OF = (["member", "of"], ["members", "of"], ["state", "of"], ["states", "of"], ["country", "of"])


def counted_member_to(doc, mentions, trigger_start: int) -> bool:
    """Whether "the fifth member of X to" stands right before the trigger at ``trigger_start``:
    X is not the one who acts ("Romania is the fifth member of the European Space Agency to
    sign"), the country before it is."""
    if trigger_start < 4 or doc[trigger_start - 1].lower_ != "to":
        return False
    named = next((m for m in mentions if m.end == trigger_start - 1), None)
    if named is None:
        return False
    before = [t.lower_ for t in doc[max(0, named.start - 3):named.start]]
    before = before[:-1] if before[-1:] == ["the"] else before
    return before[-2:] in _MEMBER_OF


_FOUNDED_BY = [[was, verb, "by"] for was in ("was", "were")
               for verb in ("established", "founded", "formed", "created")]
_HOLDS = {"consists", "consisted", "comprises", "comprised", "includes", "included", "is", "was",
          "made", "up", "of", "has", "had", "now", "currently"}


def of_unknown_body(doc, mentions, start: int, limit: int) -> bool:
    """Whether the words right before token ``start`` (a list, or a reverse trigger) make what
    follows the list of a name no mention stands for: "MERCOSUR was established by A, B",
    "the East Asia Summit (EAS) which consists of A, B" (a bracketed short name aside)."""
    i = start - 1
    while i > limit and start - i <= 5 and doc[i].is_lower and doc[i].lower_ not in {"which", "that"}:
        i -= 1
    between = [t.lower_ for t in doc[i + 1:start]]
    if _zone_holds([doc[i].lower_] + between):
        return True  # "The eurozone now consists of A, B", "the Schengen area includes": no bloc's members
    if doc[i].text == ")" and set(between) <= _HOLDS | _COMPRISING and _after_unknown_gloss(doc, mentions, i, limit):
        return True  # "BIMSTEC group (Bay of Bengal Initiative ...) made up of A, B", "(BIMSTEC) countries - A, B"
    if doc[i].lower_ in {"which", "that"} and set(between) <= _HOLDS:
        i -= 1 + (doc[i - 1].text == ",")
        if doc[i].text == ")":  # "(EAS)"
            i = next((k for k in range(i - 1, max(limit, i - 6), -1) if doc[k].text == "("), i) - 1
    elif between not in _FOUNDED_BY:
        return _comprising_unknown(doc, mentions, start, limit)
    return i >= limit and doc[i].text[:1].isupper() and not any(m.start <= i < m.end for m in mentions)


def _zone_holds(words: list[str]) -> bool:
    """Whether ``words`` (lower case, up to a list, perhaps after "the") are a zone's name and a
    verb of holding: "eurozone now consists of", "the euro area comprises"."""
    return any(tuple(words[lead:lead + len(zone)]) == zone and (rest := words[lead + len(zone):])
               and set(rest) <= _HOLDS for lead in (0, 1) for zone in ZONE_NAMES)


_COMPRISING = {"comprising", "consisting", "grouping", "uniting"}
_GROUPS = {"countries", "nations", "states", "economies", "group", "grouping", "bloc"}


def _after_unknown_gloss(doc, mentions, close: int, limit: int) -> bool:
    """Whether the bracket closing at token ``close`` glosses a name no mention stands for: an
    acronym alone inside before a group noun ("(BIMSTEC) countries"), or an acronym and its group
    noun before it ("BIMSTEC group (Bay of Bengal ...)")."""
    opening = next((k for k in range(close - 1, max(limit, close - 16) - 1, -1) if doc[k].text == "("), None)
    if opening is None or any(opening < m.end and m.start < close or m.end == opening for m in mentions):
        return False  # "the Collective Security Treaty Organization (CSTO)", "the CIS Collective Security
        # Treaty (CST)": a node's own gloss
    inside = doc[opening + 1:close]
    acronym = len(inside) == 1 and inside[0].is_upper and len(inside[0]) > 1
    return (acronym and close + 1 < len(doc) and doc[close + 1].lower_ in _GROUPS  # "(BIMSTEC) countries"
            or _bracketed_after_unknown(doc, mentions, opening, limit))


def _bracketed_after_unknown(doc, mentions, bracket: int, limit: int) -> bool:
    """Whether the bracket at token ``bracket`` follows a name no mention stands for, an
    acronym, and its group noun: "G5 countries (comprising Brazil, ...)"."""
    j = bracket - 1
    while j > limit and doc[j].lower_ in _GROUPS:
        j -= 1
    return (j >= limit and j < bracket - 1 and (doc[j].text.isupper() or any(c.isdigit() for c in doc[j].text))
            and not any(m.start <= j < m.end for m in mentions))  # an acronym ("G5", "GCC"), not "Baltic states ("


def _comprising_unknown(doc, mentions, start: int, limit: int) -> bool:
    """Whether "X, comprising (six countries – namely)" stands right before token ``start``,
    X a name no mention stands for: "The GCC, comprising six countries – namely Bahrain, ...";
    or "comprising" opens a bracket after such a name, an acronym, and its group noun: "joined
    by G5 countries (comprising Brazil, ...)"."""
    if start > limit and doc[start - 1].text == "(" and doc[start].lower_ in _COMPRISING:
        return _bracketed_after_unknown(doc, mentions, start - 1, limit)  # the trigger "comprising" itself
    for k in range(start - 1, max(limit, start - 8), -1):
        if doc[k].text[:1].isupper():
            return False  # another name between
        if doc[k].lower_ in _COMPRISING and doc[k - 1].text == "(":
            return _bracketed_after_unknown(doc, mentions, k - 1, limit)
        if doc[k].lower_ in _COMPRISING:
            j = k - 2
            return (j >= limit and doc[k - 1].text == "," and doc[j].text[:1].isupper()
                    and not any(m.start <= j < m.end for m in mentions))
    return False


#: a founder's participle: "The New Development Bank (NDB) set up by the BRICS group"
FOUNDERS_PARTICIPLES = frozenset({"established", "founded", "formed", "created", "launched", "set"})


def founder_of_another(doc, mentions, m) -> bool:
    """Whether mention ``m`` is only who founded the name before it, a node's or one no node
    stands for (``mentions`` hold such names with ``how`` "new"): "The New Development Bank
    (NDB) set up by the BRICS group of nations has admitted A as members" (the bank admits,
    not BRICS)."""
    i = m.start - 1 - (m.start > 0 and doc[m.start - 1].lower_ == "the")
    if i < 2 or doc[i].lower_ != "by":
        return False
    i -= 1 + (doc[i - 1].lower_ == "up")
    if doc[i].lower_ not in FOUNDERS_PARTICIPLES:
        return False
    i -= 1 + (doc[i - 1].text == ",")
    if doc[i].text == ")":  # "(NDB)"
        i = next((k for k in range(i - 1, max(-1, i - 5), -1) if doc[k].text == "("), i + 1) - 1
    return any(n.end == i + 1 and n.node != m.node for n in mentions)


#: words by which a phrase founds a body: "establish [Organisation]", "be|was|been founded * by"
_FOUNDING = FOUNDERS_PARTICIPLES | {"establish", "found", "co-found", "co-founded", "form", "create",
                                    "launch", "creation", "establishment"}


@cache  # once per phrase of the schema, not once per trigger
def founding(phrase: str) -> bool:
    """Whether a trigger phrase founds a body ("set|set up [Organisation]", "establish|established
    * by"), not "form|formed part of": a bloc that founds another is its founder, no member of it
    ("The New Development Bank, established by BRICS")."""
    words = {w for word in phrase.split() for w in word.split("|")}
    return bool(words & _FOUNDING) and not words & {"part", "leg"}


#: a body's dealings with others: "free trade agreements with A, B"
_DEALS = {"agreement", "agreements", "deal", "deals", "fta", "ftas", "pact", "pacts", "zone", "zones",
          "treaty", "treaties"}
#: nouns of trouble or its end: "peace in Sudan, the DRC, Palestine, Ukraine"
_TROUBLES = {"peace", "war", "wars", "conflict", "conflicts", "crisis", "crises", "violence",
             "fighting", "ceasefire", "situation", "situations", "instability",
             "exercises", "exercise", "drills", "drill", "games", "training",  # "will hold exercises in Kazakhstan, Russia"
             "commands", "bases", "headquarters"}  # "NATO to establish new commands in US, Germany"
#: what a list is talked about under: "developments related to Russia and Ukraine", "Quad
#: Foreign Ministers Discuss Ukraine, Myanmar"
_TALKED_OF = {"discuss", "discusses", "discussed", "discussing"}
_TALKS = {"talks", "discussions", "consultations", "debate", "focus"}  # "held talks on Ukraine, Georgia and Moldova", "focus on Kosovo"
#: what a body says against a list: "united in a rebuke of Iran and North Korea", "condemned Iran"
_CENSURE = {"rebuke", "rebukes", "rebuked", "rebuking", "condemnation", "condemnations", "condemn", "condemns",
            "condemned", "condemning", "censure", "censures", "censured"}


def _censured(doc, first: int, end: int) -> bool:
    """Whether the list from token ``first`` to ``end`` is what a body censures ("a rebuke of
    Iran and North Korea", "condemned Iran"), not a member named so in an aside after it
    ("rebuked Turkey, a member of the alliance since 1952")."""
    k = first - 1 - int(first > 1 and doc[first - 1].lower_ == "the")
    said = k >= 1 and (doc[k].lower_ in _CENSURE or doc[k].lower_ in {"of", "to"} and doc[k - 1].lower_ in _CENSURE)
    return said and not (doc[end:end + 1].text == "," and bool(
        {t.lower_ for t in doc[end + 1:end + 5]} & (MEMBER_NOUNS | {"ally", "allies"})))


def places_or_counterparts(doc, first: int, span: tuple[int, int] | None = None) -> bool:
    """Whether the list starting at token ``first`` names where a trouble is ("work towards
    fair and lasting peace in Sudan, the DRC, Palestine, Ukraine") or exercises are held, what is
    talked about ("developments related to Russia and Ukraine") or, given the list's ``span``,
    censured ("a rebuke of Iran and North Korea") or whom a body deals with
    ("negotiating Free Trade Agreements ... with numerous countries, including China, India",
    "free trade agreements with Vietnam, Singapore and Serbia", "the free trade zone between
    Iran and member countries of the EAEU"): not a bloc's members."""
    k = first - 1 - int(first > 1 and doc[first - 1].lower_ == "the")
    j = k
    if k >= 1 and doc[k].text == ",":  # a list's first name read apart: "exercises in Kazakhstan, Russia"
        j = k - 1
        while j > 1 and doc[j].is_title:
            j -= 1
    if j >= 1 and doc[j].lower_ == "in" and doc[j - 1].lower_ in _TROUBLES:
        return True
    if span is not None and _censured(doc, first, span[1] or first + 1):
        return True  # the reader's: "united in a rebuke of Iran and North Korea"
    if k >= 1 and (doc[k].lower_ in _TALKED_OF or doc[k].lower_ == "to" and doc[k - 1].lower_ in {
            "related", "relating"} or doc[k].lower_ in {"on", "about"} and doc[k - 1].lower_ in _TALKS):
        return True  # "the latest developments related to Russia and Ukraine": topics
    if k >= 1 and doc[k].lower_ in {"with", "between"} and _DEALS & {  # "free trade agreements
            t.lower_ for t in doc[max(0, k - 4):k]}:  # with Vietnam, Singapore and Serbia"
        return True
    words = {t.lower_ for t in doc[max(0, k - 5):max(0, k)]}
    return k >= 0 and doc[k].lower_ in {"including", "like"} and "with" in words and bool(
        {"countries", "nations", "states", "economies"} & words)


#: the plural nouns that stand for a bloc's members, after its name or a list ("the SCO member
#: states", "the BRICS nations", "G20 economies"), and with their singulars, those after a
#: bloc's name before its list: "the BRICS member states (A, B)", "the BRICS nations—A, B"
MEMBERS_PLURAL = frozenset({"members", "states", "countries", "nations", "economies"})
MEMBER_NOUNS = MEMBERS_PLURAL | {"member", "state"}


def as_members(doc, end: int, bracket: int) -> bool:
    """Whether the words between a bloc's name (ending at token ``end``) and a bracket at
    ``bracket`` are none or its members' noun ("BRICS (A, B)", "BRICS member states (A, B)"):
    the bracket lists the bloc's members."""
    return end <= bracket <= end + 2 and all(t.lower_ in MEMBER_NOUNS for t in doc[end:bracket])


def hyphen_joined(doc, at: int) -> bool:
    """Whether token ``at`` is a hyphen joining two words ("NATO-Russia"; not a spaced dash)."""
    return at > 0 and doc[at].text in {"-", "–"} and not doc[at - 1].whitespace_ and not doc[at].whitespace_


def hyphen_pair(doc, mentions, index: int) -> bool:
    """Whether ``mentions[index]`` is joined by a hyphen to the name right after it and a
    capitalised word follows the pair: a name of the pair's own ("the NATO-Russia Council",
    "The NATO-Russia Founding Act"), neither name alone."""
    m = mentions[index]
    nxt = mentions[index + 1] if index + 1 < len(mentions) else None
    return (nxt is not None and nxt.start == m.end + 1 and m.end < len(doc) and hyphen_joined(doc, m.end)
            and nxt.end < len(doc) and doc[nxt.end].text[:1].isupper() and doc[nxt.end].is_alpha)


def in_hyphen_pair(doc, mentions, index: int | None) -> bool:
    """Whether ``mentions[index]`` is either name of a :func:`hyphen_pair` (no index: no)."""
    return index is not None and (hyphen_pair(doc, mentions, index) or index > 0 and hyphen_pair(doc, mentions, index - 1))
