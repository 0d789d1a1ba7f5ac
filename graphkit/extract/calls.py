"""A call on others to act, which is no act of theirs yet: "India called for the pan-African
organisation to become a permanent member", "called on Egypt to join", "asked Kenya to sign".
The trigger after such a call is none (:func:`called_on`), and a list right after the call is
no list of members (:func:`call_before`). A passive ("Egypt was asked by Russia to join") is no
call here: the other rules read it as they did before."""

from __future__ import annotations

__all__ = ["call_before", "called_on", "demanded"]

_CALLS = {"call", "calls", "called", "calling"}
_ASKS = {"ask", "asks", "asked", "asking", "requested"}
_PASSIVE = {"was", "were", "been", "being", "is", "are"}
#: how the ones called on may open: "called on the governments of", "called on all countries to
#: ratify", "called on partner agencies to sign" (not "requested in writing to join")
_CALLED_OPENERS = {"the", "all", "other", "more", "its", "their", "partner", "fellow", "both", "several",
                   "many", "some", "every", "each"}
#: words that end the search for the one called on: a clause of the subject's own ("and was
#: the latest to sign") or another infinitive
_STOPS = _PASSIVE | {"to", ".", ";", ":", "be", "has", "have", "had", "will", "would", "should", "could",
                     "can", "may", "might", "must", "did", "does", "do"}


def _call_at(doc, k: int, sent_start: int) -> bool:
    """Whether token ``k`` ends an active call: "asked", or "on" / "upon" / "for" after "called"."""
    word = doc[k].lower_
    if word in _ASKS:
        verb = k
    elif word in {"on", "upon", "for"} and k > sent_start and doc[k - 1].lower_ in _CALLS:
        verb = k - 1
    else:
        return False
    return not (verb > sent_start and doc[verb - 1].lower_ in _PASSIVE)


def called_on(doc, start: int, sent_start: int) -> bool:
    """Whether "to" before ``start`` (a trigger) ends a call on others named in up to twelve
    words before it, opening with a name or a determiner: "called on Egypt to join", "called on
    Saudi Arabia, the United Arab Emirates and Algeria to join", "called on all countries to
    ratify"; not "Egypt, asked about it, said it would like to join", "Ecuador called for more
    cooperation and was the latest to sign", "called for reform and decided this year to join",
    "requested in writing to join"."""
    if start - 2 < sent_start or doc[start - 1].lower_ != "to":
        return False
    for k in range(start - 2, max(sent_start, start - 15) - 1, -1):
        if doc[k].lower_ in _ASKS or doc[k].lower_ in {"on", "upon", "for"}:
            called = doc[k + 1:start - 1]
            return (len(called) > 0 and _call_at(doc, k, sent_start)
                    and (called[0].text[:1].isupper() or called[0].lower_ in _CALLED_OPENERS))
        if doc[k].lower_ in _STOPS or (doc[k].lower_ in {",", "and"} and doc[k + 1].is_lower
                                       and doc[k + 1].lower_ != "the"):
            return False  # not "called for reform ... and decided this year to join"
    return False


def call_before(doc, i: int, sent_start: int) -> bool:
    """Whether the name at token ``i`` is the first of those a call is made on: "called on
    Egypt, Ethiopia and Iran to join the G20", "called on the governments of Egypt, ...";
    the words between no more than "the", lower-case nouns and "of"."""
    k = i - 1
    while k > sent_start and i - k <= 4 and _before_the_called(doc[k]):
        k -= 1
    return k >= sent_start and _call_at(doc, k, sent_start)


def _before_the_called(token) -> bool:
    """Whether ``token`` may stand between a call and the first name called on ("the
    governments of")."""
    return token.lower_ in {"the", "of"} or (token.is_lower and token.is_alpha
                                             and token.lower_ not in _STOPS | {"on", "upon", "for"} | _ASKS)


#: verbs whose clause asks for an act, not one done ("insisting the group readmit Russia")
_MANDATIVE = {"insist", "insists", "insisted", "insisting", "demand", "demands", "demanded",
              "demanding", "urge", "urges", "urged", "urging", "propose", "proposes", "proposed",
              "proposing", "suggest", "suggests", "suggested", "suggesting", "recommend",
              "recommends", "recommended", "recommending"}


def demanded(doc, start: int, sent_start: int) -> bool:
    """Whether the verb at ``start``, in its plain form, is what a demand or insistence just
    before asks of a body it names: "Trump insisted the group readmit Russia", "demanded that
    the G7 readmit Russia" (a call, nothing done; not "the group readmitted Russia", "urge
    caution as Finland and Sweden join", "insisted that Sweden will join")."""
    if doc[start].lower_.endswith(("ed", "s")) or doc[start].lower_ == "be" or start - 1 <= sent_start:
        return False
    for k in range(start - 1, max(sent_start, start - 6) - 1, -1):
        if doc[k].lower_ in _MANDATIVE:
            return k < start - 1  # someone asked to act between (not "urging member states")
        if not (doc[k].lower_ in _ASKED or doc[k].text[:1].isupper() or any(c.isdigit() for c in doc[k].text)):
            return False
    return False


#: what may name who is asked: "that the group", "the G7", "the alliance"
_ASKED = {"that", "the", "group", "bloc", "alliance", "organisation", "organization", "union", "club"}
