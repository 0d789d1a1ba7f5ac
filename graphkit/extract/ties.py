"""Lists of those a body or a country has ties with, not its members or partners in a bloc:
"continues to deepen its engagement with Australia, Japan, South Korea and New Zealand",
"hosted a conversation with representatives of A, B", "deepening its bilateral partnerships
with Australia, Japan and South Korea", "met with African leaders from A, B"; and a partner
word that is a country's ("Portugal is a key U.S. partner": no partner of a bloc)
(:mod:`graphkit.extract.vetoes` sets the reader's claims on them aside)."""

from __future__ import annotations

from graphkit.extract.groups import list_span, subject_index
from graphkit.extract.vocabulary import GROUP_NOUNS, MET, POSSESSIVE_MARKS, VISITORS

__all__ = ["a_countrys_partner_only", "between_the_object", "bilateral_ties", "counterparts", "met_with",
           "the_objects_counterparts"]

_TIES = {"engagement", "engagements", "ties", "relations", "relationship", "relationships", "partnerships",
         "cooperation", "dialogue", "talks", "links", "contacts", "consultations", "coordination",
         "conversation", "conversations", "discussion", "discussions"}
_ENVOYS = VISITORS | {"of"}


def counterparts(doc, mentions, occurrence) -> bool:
    """Whether the subject's list is whom a body has ties or talks with ("continues to deepen
    its engagement with Australia, Japan, South Korea and New Zealand", "hosted a conversation
    with representatives of A, B"), not its members."""
    span = list_span(doc, mentions, occurrence.subject_at)
    if span is None:
        return False
    words = [t.lower_ for t in doc[max(occurrence.start, span[0] - 5):span[0]] if t.lower_ != "the"]
    while words and words[-1] in _ENVOYS:
        words = words[:-1]
    return words[-1:] == ["with"] and len(words) > 1 and words[-2] in _TIES or met_with(
        doc, max(occurrence.start, span[0] - 8), span[0])


_DESCRIBED = VISITORS | GROUP_NOUNS | {"of", "from", "—", "–", "-", ":"}
_CLAUSE = {"and", "which", "that", "who", "to", "as", "in", "on", "for", "by", "at", "after", "before",
           "but", "or", "while", "when"}


def met_with(doc, start: int, first: int) -> bool:
    """Whether the words from ``start`` to token ``first`` (a list's first name, or the end of a
    reverse trigger) hold "met with" (or "meeting with") and then only the people or the
    countries described ("the G8 Leaders met with African leaders from A, B", "met with the
    five major developing countries -- A, B"): counterparts, not members."""
    words = [t.lower_ for t in doc[start:first] if t.lower_ != "the"]
    at = max((k for k, w in enumerate(words) if w == "with"), default=None)
    if not at or words[at - 1] not in MET:
        return False
    return all(w in _DESCRIBED or w.isalpha() and w not in _CLAUSE or w.isdigit() for w in words[at + 1:])


_PEERS = {"counterparts", "counterpart", "colleagues", "peers"}


def the_objects_counterparts(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the object is named in the sentence only as whose counterparts stand beside the
    subject ("The leaders of Ukraine, Moldova and Georgia, together with their EU counterparts,
    signed": set apart from it, not among its members)."""
    named = [m for m in mentions if m.node == obj and occurrence.start <= m.start < occurrence.end]
    return bool(named) and all(m.end < occurrence.end and doc[m.end].lower_ in _PEERS for m in named)


def bilateral_ties(doc, mentions, occurrence) -> bool:
    """Whether the subject's list follows "bilateral ... with" ("deepening its bilateral
    partnerships with Australia, Japan and South Korea"): ties of each with the one acting; or
    a quarrel's "between" ("amid tensions between the US and Russia"): its sides."""
    span = list_span(doc, mentions, occurrence.subject_at)
    words = [] if span is None else [t.lower_ for t in doc[max(occurrence.start, span[0] - 4):span[0]]]
    if words[-1:] == ["the"]:
        words = words[:-1]
    return words[-1:] == ["with"] and "bilateral" in words or (  # "amid tensions between the US and Russia"
        words[-1:] == ["between"] and words[-2:-1] != [] and words[-2] in _QUARRELS
        and not _apposed_members(doc, span[1], occurrence.end))


def between_the_object(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the subject is one side of "between" whose other side is the object itself ("a
    framework for cooperation between NATO and Russia"): ties of the two, no membership."""
    subj = next((m for m in mentions if m.start == occurrence.subject_at), None)
    if subj is None:
        return False
    def pair(a, b):  # a, "and" ("the"), b
        return [t.lower_ for t in doc[a.end:b.start] if t.lower_ != "the"] == ["and"]
    sides = [m for m in mentions if m.node == obj and occurrence.start <= m.start < occurrence.end
             and (pair(m, subj) or pair(subj, m))]
    first = min([subj.start, *(m.start for m in sides)])
    k = first - 1 - (first - 1 > occurrence.start and doc[first - 1].lower_ == "the")
    return bool(sides) and k >= occurrence.start and doc[k].lower_ == "between"


def _apposed_members(doc, end: int, stop: int) -> bool:
    """Whether a comma and a members' noun follow a list ("between China and India, two of its
    founding members")."""
    after = [t.lower_ for t in doc[end:min(end + 7, stop)]]
    return after[:1] == [","] and bool({"member", "members"} & set(after))


#: what stands between two sides: "tensions between the US and Russia, and the US and China"
_QUARRELS = {"tension", "tensions", "rivalry", "rivalries", "dispute", "disputes", "feud", "rift", "standoff",
             "hostilities", "war", "conflict", "clash", "clashes", "spat"}


def a_countrys_partner_only(doc, mentions, occurrences) -> bool:
    """Whether the sentences with a partner word among ``occurrences`` (a partnership's) all
    have it as a country's (:func:`_a_countrys_partner`)."""
    worded = [o for o in occurrences if _PARTNER_WORDS & {t.lower_ for t in doc[o.start:o.end]}]
    return bool(worded) and all(_a_countrys_partner(doc, mentions, o) for o in worded)


_PARTNER_WORDS = {"partner", "partners", "partnership", "partnerships"}


def _owner_end(doc, at: int) -> int:
    """Where the name that owns the partner word at ``at`` would end: right before it ("a key
    U.S. partner"), or before its "'s" and up to three lower-case words ("Brazil's top trade
    partner")."""
    k = at
    while k > at - 3 and k > 0 and doc[k - 1].is_alpha and doc[k - 1].is_lower:
        k -= 1
    return k - 1 if k > 0 and doc[k - 1].text in POSSESSIVE_MARKS else at


def _a_countrys_partner(doc, mentions, occurrence) -> bool:
    """Whether a partner word of the sentence is a country's, its name right before it
    ("Portugal is a key U.S. partner") or owning it ("Brazil's top trade partner"), and each
    other one points back ("that close partnership"): no partner of a bloc."""
    at = subject_index(mentions, occurrence.subject_at)
    if at is None:
        return False
    kind, ends = mentions[at].kind, {m.end: m for m in mentions}
    words = [t for t in doc[occurrence.start:occurrence.end] if t.lower_ in _PARTNER_WORDS]
    owners = {t.i: ends.get(_owner_end(doc, t.i)) for t in words}
    owned = [t for t in words if owners[t.i] is not None and owners[t.i].kind == kind]
    return bool(owned) and all(t in owned or {"that", "this"} & {w.lower_ for w in doc[t.i - 2:t.i]}
                               for t in words)
