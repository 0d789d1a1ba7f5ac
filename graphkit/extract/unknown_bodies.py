"""A body the page names but the dataset lacks, and a list of its members after it: named back
by its head noun ("The Warsaw Pact, officially known as ..., emerged as a response to the
inclusion of West Germany into NATO. The pact comprised the Soviet Union, Albania, ...") or by
the members' role ("The founding member states of ESRO were Belgium, Denmark, ..." after a
sentence on ESA): that body's members, not those of the node named before. Neither the reader,
which finds the object in a sentence before, nor the list fallback may give such a list to it; nor
the reader a list that signed a text no node stands for (:func:`signers_of_a_text`)."""

from __future__ import annotations

from graphkit.extract.groups import list_span
from graphkit.extract.schema_words import kind_of_word
from graphkit.extract.vocabulary import agreement_kind

__all__ = ["named_back_before", "role_of_a_name", "signers_of_a_text", "unknown_body_named_back",
           "unknown_object_after", "unknown_subject_body"]

#: the head nouns of a body's name that "the pact" / "the treaty" name back
_HEADS = {"pact", "treaty", "alliance", "bloc", "organisation", "organization", "union", "community",
          "association", "group", "council", "commission"}
_BACK = 80  # tokens before the sentence in which the body's name stands


def unknown_body_named_back(doc, mentions, occurrence) -> bool:
    """Whether the subject's list, for an object named in a sentence before
    (``occurrence.context``), is one :func:`named_back_before` holds for."""
    span = list_span(doc, mentions, occurrence.subject_at) if occurrence.context else None
    return span is not None and named_back_before(doc, mentions, occurrence.start, span[0])


def unknown_object_after(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the verb right after the subject's list takes a body no node stands for, and
    the clause names no ``obj`` after it: an acronym ("Bahrain, Kuwait and Qatar formally joined
    the ICI that year.") or "the" and a programme's capitalised head noun ("the United Arab
    Emirates joined the Initiative."): that body's members, not the page's bloc's; not "joined
    the OECD in 1996 and NATO in 1999", nor "joined the Agency" (ESA named back)."""
    span = list_span(doc, mentions, occurrence.subject_at)
    if span is None:
        return False
    for i in range(span[1], min(span[1] + 4, occurrence.end - 1)):
        if doc[i].lower_ == "the":
            body = doc[i + 1]
            after = doc[i + 2] if i + 2 < len(doc) else None
            closed = after is None or after.is_punct or after.is_lower and after.lower_ not in {"of", "'s"}
            named = any(m.start <= body.i < m.end for m in mentions)
            unknown = i > span[1] and not named and closed and body.is_alpha and (
                body.text.isupper() and len(body) >= 2
                or body.is_title and kind_of_word().get(body.lower_) == kind_of_word().get("programme"))
            return unknown and not any(m.node == obj and body.i < m.start < occurrence.end for m in mentions)
        if not (doc[i].is_alpha and doc[i].is_lower):
            return False
    return False


#: what a body that opens a sentence does before its members are listed ("The BIMSTEC has")
_HAVING = {"has", "had", "have", "is", "was", "comprises", "comprised", "includes", "included", "consists",
           "brings", "unites", "members", "member", "countries", "nations", "states"}


def unknown_subject_body(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the sentence opens with an acronym no node stands for and a verb of having or a
    word for members ("The BIMSTEC has the members as India, Thailand, ...") and names no ``obj``
    (not "The GCC includes the UAE, now a BRICS member"): that body's members, not those of the
    bloc named in a sentence before."""
    span = list_span(doc, mentions, occurrence.subject_at)
    i = occurrence.start
    while i < occurrence.end and (doc[i].is_space or doc[i].lower_ == "the"):
        i += 1
    if span is None or i >= span[0] or any(m.start <= i < m.end for m in mentions):
        return False
    body, after = doc[i], doc[i + 1] if i + 1 < len(doc) else None
    return (body.is_alpha and body.text.isupper() and len(body) >= 2  # not a dateline: "SEOUL, South
            and after is not None and after.lower_ in _HAVING  # Korea —", "MOSCOW (Sputnik)", nor a
            # preamble's "CONSIDERING that"
            and not any(m.node == obj and occurrence.start <= m.start < occurrence.end for m in mentions))


def named_back_before(doc, mentions, start: int, first: int) -> bool:
    """Whether "the <head>" stands between a sentence's ``start`` and a list's ``first`` token,
    and a capitalised name ending in that head that is no node's ("the Warsaw Pact") shortly
    before the sentence."""
    heads = [t.lower_ for t in doc[start + 1:first] if t.lower_ in _HEADS and doc[t.i - 1].lower_ == "the"]
    if not heads:
        return False
    named = {i for m in mentions for i in range(m.start, m.end)}
    return any(t.lower_ == heads[-1] and t.text[:1].isupper() and t.i not in named
               and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha and t.i - 1 not in named
               for t in doc[max(1, start - _BACK):start])


#: the role words before "of" and a body's name ("members of ESRO"), and the words for states
#: that count only before a body's name, an acronym or one its head noun ends ("the founding
#: member states of ESRO"; not "the eight Arctic states of Russia, ...", "Four countries of
#: Central Asia, A, B")
_ROLES = {"member", "members", "partner", "partners", "signatory", "signatories"}
_STATES = {"states", "countries", "nations"}


def role_of_a_name(doc, mentions, start: int, end: int, *, known_too: bool) -> bool:
    """Whether the tokens from ``start`` to ``end`` hold a role "of" a capitalised name
    ("members of ESRO", "member states of the ELDO"); a name a mention stands for counts only
    with ``known_too`` and after a role word ("as members of the G20 forum")."""
    words = doc[start:end]
    named = {i for m in mentions for i in range(m.start, m.end)}
    for k, t in enumerate(words[:-2]):
        if t.lower_ in _ROLES | _STATES and words[k + 1].lower_ == "of":
            name = words[k + 3] if words[k + 2].lower_ == "the" and k + 3 < len(words) else words[k + 2]
            if not name.text[:1].isupper():
                continue
            if t.lower_ in _STATES and (name.i in named or not _a_body(doc, name.i, end)):
                continue
            if name.i not in named or known_too and t.lower_ in _ROLES:
                return True
    return False


def _a_body(doc, i: int, end: int) -> bool:
    """Whether the capitalised name at token ``i`` is a body's: an acronym ("ESRO") or a name
    its head noun ends ("the European Space Research Organisation")."""
    if doc[i].text.isupper() and len(doc[i].text) >= 2:
        return True
    k = i
    while k + 1 < end and (doc[k + 1].text[:1].isupper() or doc[k + 1].lower_ in {"of", "for", "and"}):
        k += 1
    return doc[k].lower_ in _HEADS


_ACTS = {"signed", "ratified", "concluded", "initialled", "initialed", "adopted", "endorsed"}
_PASSIVE = {"was", "were", "been", "is", "are"}


def signers_of_a_text(doc, mentions, at: int, start: int) -> bool:
    """Whether the list at token ``at`` is the agent ("by") of a passive act on a text the
    sentence names by a title of no node's a few words before it ("The Treaty of Amity ... was
    signed on 24 February 1976 by"; not a table's heading "Signed by", nor "They were signed by")."""
    words = [t.text for t in doc[max(start, at - 8):at] if t.lower_ != "the"]
    if words[-1:] != ["by"] or not any(w in _ACTS and words[k - 1:k] and words[k - 1] in _PASSIVE
                                       for k, w in enumerate(words)):
        return False  # the cheap test first: this runs for every occurrence the reader weighs
    named = {i for m in mentions if start <= m.start < at for i in range(m.start, m.end)}
    texts = agreement_kind()
    return any(t.is_title and kind_of_word().get(t.lower_) == texts and t.i not in named for t in doc[start:at])
