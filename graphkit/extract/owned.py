"""What a name owns, or whose a phrase next to it is: a possessive before a name or a noun of
its own ("NATO's Mediterranean Dialogue", "the alliance's Pillar Two programme": not the bloc;
"North Atlantic Treaty Organization (NATO)'s Cooperative Cyber Defense Centre" too), a phrase
right after a bloc ("The military pact, known as AUKUS, involves A, B"; not "The EU deal involves
Serbia"), the countries right after a bloc ("the four Quad countries i.e. A, B"; not "the EU
accession countries, namely A, B") and a body in brackets after another name of a list ("Rwanda
(as chairperson of the African Union)": Rwanda's role, no other name's)."""

from __future__ import annotations

from graphkit.extract.groups import list_span
from graphkit.extract.parts import military_part
from graphkit.extract.schema_words import bloc_phrase, kind_of_word
from graphkit.extract.vocabulary import AFTER_PHRASE, GROUP_NOUNS, POSSESSIVE_MARKS

__all__ = ["anothers_aside", "bloc_owns_countries", "owned_name", "owns_other", "owns_phrase", "right_after",
           "unowned_trigger"]


def owned_name(doc, mark: int, p_end: int) -> bool:
    """Whether a name of its own, two capitalised words, follows the owner's mark at ``mark``
    before ``p_end`` ("NATO's Mediterranean Dialogue", "BRICS' New Development Bank")."""
    owned = [t for t in doc[mark + 1:p_end] if not t.is_punct]
    return len(owned) >= 2 and all(t.is_title for t in owned[:2]) and owned[0].lower_ not in AFTER_PHRASE


def owns_other(doc, m, p_end: int) -> bool:
    """Whether the phrase ends in a head noun of another kind than ``m``, its owner ("the
    alliance's Pillar Two programme": a programme, not the alliance), or in a name of its own
    ("BRICS' New Development Bank", "ASEAN's Treaty of Amity": not the bloc), or in a word of its acts."""
    mark = m.end + (m.end + 1 < p_end and doc[m.end].lower_ in GROUP_NOUNS)
    if doc[mark:mark + 1].text == "(" and doc[mark + 2:mark + 3].text == ")":
        mark += 3  # "North Atlantic Treaty Organization (NATO)'s"
    elif doc[mark:mark + 1].text == ")" and m.start > 0 and doc[m.start - 1].text == "(":
        mark += 1  # "(NATO)'s", not "Turkey (a member of NATO)'s Foreign Minister"
    if mark + 1 >= p_end or doc[mark].text not in POSSESSIVE_MARKS:
        return False
    if owned_name(doc, mark, p_end):
        return True
    j = mark + 1  # the owned noun phrase: "Pillar Two programme", up to "." or "in"
    while j < p_end and doc[j].is_alpha and (
            doc[j].lower_ not in AFTER_PHRASE | {"and", "or"}
            or (doc[j - 1].is_title and j + 1 < p_end and doc[j + 1].is_title)):  # "Partnership
        j += 1  # for Peace program": a name's "for"
    kinds = {kind_of_word().get(doc[j - 1].lower_)} | ({kind_of_word().get(doc[mark + 1].lower_)} if doc[
        mark + 1].is_title else set())  # the head of a name too: "ASEAN's Treaty of Amity and Cooperation"
    return (bool(kinds - {None, m.kind}) or bool({doc[mark + 1].lower_, doc[j - 1].lower_} & _OWNED_ACTS)
            or military_part(doc[mark + 1:j]))


#: what a body's own plan or step is called ("part of the Organization's step towards its
#: expansion", "NATO's accession process"): the plan, not the body (but "part of NATO's
#: biggest enlargement in 2004" is a joining); and its parts ("to pull out of NATO's integrated
#: military command", "the bloc's free trade zone"; a military wing: :mod:`graphkit.extract.parts`)
_OWNED_ACTS = {"step", "steps", "plan", "plans", "effort", "efforts", "process", "strategy", "agenda",
               "command", "structure", "structures", "zone", "area", "market", "customs",
               "executive", "arm", "secretariat"}  # "headed the union's executive and administrative arm"


#: what may stand between a bloc and the phrase that describes it: its head noun, an adverb,
#: a relative pronoun ("The G20, which currently comprises 19 countries:", "the AUKUS pact, a")
_BESIDE_BLOC = {"group", "grouping", "bloc", "pact", "alliance", "organisation", "organization",
                "now", "currently", "also", "still", "today", "which", "that", ","}


def right_after(doc, end: int, start: int) -> bool:
    """Whether only a bracket ("The Group of Seven (G7), a coalition of") and the words of
    ``_BESIDE_BLOC`` stand between a bloc ending at ``end`` and a phrase at ``start``."""
    i = end
    while i < start:
        if doc[i].text == "(":
            close = next((k for k in range(i + 1, min(start, i + 8)) if doc[k].text == ")"), None)
            if close is None:
                return False
            i = close + 1
        elif doc[i].lower_ in _BESIDE_BLOC or doc[i].text == ")":  # "(G7)": the bloc's own bracket
            i += 1
        else:
            return False
    return True


def bloc_owns_countries(doc, bloc_end: int, start: int) -> bool:
    """Whether "countries" at ``start`` is the bloc's ending at ``bloc_end``: right after it, its
    closing quote or a members' word ("the four “Quad" countries", "the BRICS founding
    countries"; not "the EU accession countries")."""
    return start == bloc_end or start - bloc_end == 1 and (
        doc[bloc_end].lower_ in {"member", "founding", "original"} or doc[bloc_end].text in {'"', "”", "’"})


def owns_phrase(doc, phrase: str, bloc_end: int | None, start: int) -> bool:
    """Whether the trigger ``phrase`` at ``start`` is said of the bloc ending at ``bloc_end``
    (None: no bloc before it), where only a bloc right before it makes it a bloc's: "involves"
    ("The military pact, known as AUKUS, involves A, B"; not "The EU deal involves Serbia") and
    "countries i.e." or "countries, namely" (:func:`bloc_owns_countries`); any other phrase, yes."""
    kind = bloc_phrase(phrase)
    if kind == "involve":
        return bloc_end is not None and right_after(doc, bloc_end, start)
    if kind == "countries":
        return bloc_end is not None and bloc_owns_countries(doc, bloc_end, start)
    return True


def unowned_trigger(doc, mentions, o, obj: str) -> bool:
    """Whether the occurrence's trigger is one only a bloc right before it owns
    (:func:`owns_phrase`) and no mention of the object stands so (reverse_slots drops the
    rules' claims on it too): "The EU deal involves Serbia", "NATO worries about the Baltic
    countries, namely A, B"."""
    t = o.trigger
    owned = [s.phrase for s in t.specs if not owns_phrase(doc, s.phrase, None, t.start)] if t is not None else []
    return bool(owned) and not any(m.node == obj and m.end <= t.start and owns_phrase(doc, owned[0], m.end, t.start)
                                   for m in mentions)


def anothers_aside(doc, mentions, occurrence, subject: str, obj: str) -> bool:
    """Whether the sentence names the object only in brackets right after another name ("leaders
    from Argentina, Kenya, Rwanda (as chairperson of the African Union), Senegal"): that name's."""
    named = [m for m in mentions if occurrence.start <= m.start < occurrence.end and m.node == obj]
    ends = {m.end: m.node for m in mentions}
    span = list_span(doc, mentions, occurrence.subject_at)
    def owner(m) -> str | None:
        opening = next((j for j in range(m.start - 1, max(occurrence.start, m.start - 8) - 1, -1)
                        if doc[j].text in {"(", ")"}), None)
        if opening is None or doc[opening].text != "(":
            return None
        if (span is not None and span[1] == opening and span[0] < opening - 1
                and {t.lower_ for t in doc[opening + 1:m.start + 4]} & _WHOLE_LIST):
            return None  # "Hungary and Slovakia (both EU members)": the whole list's
        return ends.get(opening)
    return bool(named) and all(owner(m) not in (None, subject, obj) for m in named)


_WHOLE_LIST = {"both", "all", "each", "members", "states", "countries", "nations"}
