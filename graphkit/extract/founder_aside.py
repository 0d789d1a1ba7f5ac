"""A bloc named only as the founder of another body, in an aside: "The New Development Bank
(NDB) – established by BRICS (Brazil, Russia, India, China and South Africa) in 2015 – has
admitted Bangladesh as a new member of the organisation", "The NDB, founded by the BRICS
nations, announced the admission of Colombia and Uzbekistan as official members". The names
after the aside join the bank, not the bloc; those in it (the founders) stay the bloc's, and
are the bank's founding members too where the aside names them (:func:`founding_countries`).
The reader may propose no claim on the bloc (:mod:`graphkit.extract.vetoes`) and the rules
keep none (:func:`founders_only`)."""

from __future__ import annotations

from bisect import bisect_right
from types import SimpleNamespace

from graphkit.extract.lookups import MEMBER_NOUNS, countries_from, listed_with, mark_spans
from graphkit.extract.vocabulary import glued_name

__all__ = ["founder_aside", "founders_only", "founding_countries", "founds_another"]

_DASHES = {"—", "–"}
_FOUNDING = {"established", "founded", "created", "launched", "initiated", "formed", "backed"}
# what may stand between "established by" and the bloc: a list of its founders before its
# name in brackets ("established by Brazil, Russia, India, China and South Africa (BRICS)")
_LIST_GLUE = {",", "and", "the", "("}


def founder_aside(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the object is named only as the founder of another body, in an aside between
    dashes (or commas) before the subject, or after it ("Egypt became a member of the New
    Development Bank (NDB) established by the BRICS countries"); ``occurrence`` has the
    sentence's token range (``start``, ``end``) and the subject's first token (``subject_at``).
    A word that points back ("the organisation") stands for the name it points to."""
    named = [m for m in mentions if m.node == obj and occurrence.start <= m.start < occurrence.end
             and m.how != "anaphor"]  # "... has admitted Bangladesh as a member of the organisation"
    if not named:
        return False
    for m in named:
        by = _by_before(doc, mentions, m, occurrence.start)
        founded = by is not None and (doc[by - 1].lower_ in _FOUNDING  # or "set up by"
                                      or doc[by - 2:by].text.lower() == "set up")
        opener = doc[by - 2].text if founded and by - 2 >= occurrence.start else ""
        marks = _DASHES if opener in _DASHES else {","}  # or ", established by BRICS nations,"
        dashed = opener in marks
        if founded and not dashed and occurrence.subject_at < m.start:
            continue  # "Egypt became a member of the New Development Bank (NDB) established by the BRICS countries"
        close = next((t.i for t in doc[m.end:occurrence.end] if t.text in marks), None)
        if not (founded and dashed) or close is None or occurrence.subject_at < close:
            return False
        subject = next((x for x in mentions if x.start == occurrence.subject_at), None)
        if subject is not None and subject in founding_countries(doc, mentions, m, subject.kind):
            return False  # "established by the BRICS nations—Brazil, Russia, ...—": a founder
    return True


# what may stand between a bloc and the countries it names: "the BRICS (Brazil, ...)", "the
# BRICS nations—Brazil, ...", "BRICS member states (Brazil, ...)"
_NAMES_ITS = MEMBER_NOUNS | {"(", "—", "–", ":", "the"}


def founding_countries(doc, mentions, bloc, country: str) -> list:
    """The countries a founding bloc's name glosses or is glossed by, its founders: "established
    by the BRICS (Brazil, Russia, India, China and South Africa)", "by the BRICS nations—Brazil,
    ...", "by Brazil, Russia, India, China and South Africa (BRICS)"; none for a bloc named
    alone ("established by BRICS")."""
    after = next((k for k, m in enumerate(mentions) if m.start >= bloc.end), None)
    if after is not None and mentions[after].kind == country and {
            t.lower_ for t in doc[bloc.end:mentions[after].start]} & {"(", "—", "–", ":"} and all(
            t.lower_ in _NAMES_ITS for t in doc[bloc.end:mentions[after].start]):
        group = countries_from(doc, mentions, after, country)
        return group if len(group) >= 2 else []
    before = [m for m in mentions if m.end <= bloc.start]
    if before and doc[bloc.start - 1].text == "(" and before[-1].end == bloc.start - 1 \
            and before[-1].kind == country:
        group = listed_with(doc, before, before[-1], -1)
        return group if len(group) >= 2 else []
    return []


_OPENING = {"the", "a", "an", "its", "their", "new"}
# nouns a body's name qualifies when it is no body founded: "launch the EU membership process"
_QUALIFIED = {"membership", "accession", "process", "talks", "negotiations", "bid", "summit",
              "mission", "office", "fund", "initiative"}  # not "the Quad dialogue": its own name


def founds_another(doc, trigger_end: int, objects: list, known_starts) -> bool:
    """Whether a founding verb's object is not what it founds: a name no node stands for, a
    capitalised word glued to another by "des", "of"..., comes first after it ("establishing the
    Alliance des États du Sahel (AES), a pact forged against the threat of ECOWAS
    intervention"), or the body only qualifies a noun ("adopted the bill to launch the EU
    membership process"); ``known_starts``: the first tokens of the sentence's known names."""
    if not objects or objects[0].start < trigger_end:
        return False
    i = trigger_end
    while i < objects[0].start and doc[i].lower_ in _OPENING:
        i += 1
    first_unknown = i + 1 < objects[0].start and i not in known_starts and glued_name(doc, i)
    end = objects[0].end  # not "launched Monday the BRICS group", "the West African bloc ECOWAS"
    return first_unknown or end < len(doc) and doc[end].lower_ in _QUALIFIED


def _by_before(doc, mentions, m, start: int) -> int | None:
    """The "by" before the mention ``m`` ("by the BRICS"), across "the", or across a list of
    names its name glosses in brackets ("by Brazil, ..., South Africa (BRICS)"), or None."""
    at = {n.end: n for n in mentions} if doc[m.start - 1].text == "(" else {}  # a gloss in brackets
    i = m.start - 1
    while i >= start and i >= m.start - 40:
        if doc[i].lower_ == "by":
            return i if i > start else None
        if i + 1 in at and at[i + 1].start < i + 1 and at[i + 1] is not m:
            i = at[i + 1].start - 1  # a name of the list
        elif doc[i].lower_ in _LIST_GLUE:
            i -= 1
        else:
            return None
    return None


def founders_only(doc, sentences, mentions, claims: list, member: str, offset: int) -> list:
    """``claims`` without the memberships whose object their sentence names only as the founder
    of another body, in an aside the subject stands after."""
    starts = [doc[a].idx for a, _ in sentences]
    kept = []
    for c in claims:
        spans = mark_spans(c.marks) if c.relation == member else []
        k = bisect_right(starts, c.start - offset) - 1 if spans else -1
        if k >= 0 and starts[k] == c.start - offset:
            first = doc.char_span(c.start - offset + spans[0][0], c.start - offset + spans[0][1],
                                  alignment_mode="expand")
            where = SimpleNamespace(start=sentences[k][0], end=sentences[k][1],
                                    subject_at=first.start if first is not None else sentences[k][0])
            if first is not None and founder_aside(doc, mentions, where, c.object):
                continue
        kept.append(c)
    return kept
