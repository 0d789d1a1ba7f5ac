"""Vetoes of the reader's own claims read off the sentence's trigger of the claim's relation
(:func:`graphkit.extract.vetoes.standing` calls them): a trigger negated by a "not yet" word, a
wish standing before the names ("other countries that aspire to join the Alliance, and those
are A, B": no membership of theirs), and an "includes" whose object is a body the sentence
leaves unnamed ("China and Russia are moving to strengthen a security and economic bloc that
includes Iran and Saudi Arabia": nobody joins the NATO named before); and names called a
programme's members or partners before an object named before that is no programme ("Other
members of the programme include A, B" after a sentence on the Artemis Accords: no signatories
of the Accords; :func:`graphkit.extract.vocabulary.members_of_a_programme`); and a trigger
made possible for the names ("The path is now clear for those eight nations - A, B, ... - to
participate in": a prospect, :func:`graphkit.extract.undoing.made_possible`)."""

from __future__ import annotations

from itertools import pairwise

from graphkit.extract.groups import list_span
from graphkit.extract.undoing import NOT_YET, made_possible
from graphkit.extract.unnamed import unnamed_body
from graphkit.extract.vocabulary import ZONE_WORDS, members_of_a_programme

__all__ = ["another_kind_before", "anothers_relative", "not_done", "unnamed_includes", "way_opened", "wish_before"]


def not_done(doc, occurrence) -> bool:
    """Whether the sentence's trigger of the relation is negated, by a word of ``NOT_YET`` in the
    three words before it."""
    trig = occurrence.trigger
    return (trig is not None and trig.negated
            and bool(NOT_YET & {t.lower_ for t in doc[max(occurrence.start, trig.start - 3):trig.start]}))


#: words that open a noun phrase, no verb, after "to" ("to the summit")
_ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our"}


def way_opened(doc, occurrence) -> bool:
    """Whether the names stand between a way opened and the act it makes possible ("the path is
    clear for A, B and C to participate in"), whatever trigger the sentence has."""
    to = next((t.i for t in doc[occurrence.subject_at:occurrence.end - 1]
               if t.lower_ == "to" and doc[t.i + 1].is_lower and doc[t.i + 1].is_alpha
               and doc[t.i + 1].lower_ not in _ARTICLES), None)  # "to join", not "to the"
    return to is not None and made_possible(doc, occurrence.start, to + 1)


def wish_before(occurrence) -> bool:
    """Whether the sentence's trigger is a wish ("aspire to join") that ends before the
    subject: the names are those who wish, not members."""
    trig = occurrence.trigger
    return trig is not None and trig.aspired and trig.end <= occurrence.subject_at


def unnamed_includes(doc, occurrence) -> bool:
    """Whether the sentence's trigger is a reverse one right after "a (...) bloc that", an
    unnamed body or a region (:func:`graphkit.extract.unnamed.unnamed_body`)."""
    trig = occurrence.trigger
    return (trig is not None and any(s.form == "reverse" for s in trig.specs)
            and unnamed_body(doc, occurrence.start, trig.start))


def another_kind_before(doc, mentions, occurrence, obj: str) -> bool:
    """Whether, for an object named in a sentence before that is no programme, the words before
    the subject's list call the names a programme's members or partners ("Other members of the
    programme include A, B" after "Israel signed the Artemis Accords"), or the sentence speaks
    of a currency's membership ("Greece was excluded from the first candidates for euro
    membership", after the EU)."""
    span = list_span(doc, mentions, occurrence.subject_at)
    kind = next((m.kind for m in mentions if m.node == obj), None)
    return occurrence.context and (span is not None and kind is not None and members_of_a_programme(
        doc[occurrence.start:span[0]], kind) or _currency_membership(doc[occurrence.start:occurrence.end]))


_MEMBERSHIP = {"membership", "member", "members", "candidates", "candidate", "entry", "accession"}


def _currency_membership(words) -> bool:
    """Whether ``words`` hold a zone's word right before a word of membership ("euro membership")."""
    return any(a.lower_ in ZONE_WORDS and b.lower_ in _MEMBERSHIP for a, b in pairwise(words))


def anothers_relative(doc, mentions, occurrence) -> bool:
    """Whether the sentence's trigger stands in a relative clause opened right after a name
    outside the subject's list, and the subject outside that clause ("Russia sent a note to
    Georgia, which joined NATO in 2008", "Finland and Sweden, which joined NATO, border Russia":
    not Russia's joining; "Finland and Sweden, which joined" stays the list's own)."""
    trig, span = occurrence.trigger, list_span(doc, mentions, occurrence.subject_at)
    if trig is None or span is None:
        return False
    for m in mentions:
        if not occurrence.start <= m.start < occurrence.end or span[0] <= m.start < span[1] or m.end >= occurrence.end:
            continue
        k = m.end + (doc[m.end].text == ",")
        if k >= occurrence.end or doc[k].lower_ not in {"which", "who"}:
            continue
        close = next((t.i for t in doc[k + 1:occurrence.end] if t.text in {",", ";"}), occurrence.end)
        if k < trig.start < close and not k <= occurrence.subject_at < close:
            return True
    return False
