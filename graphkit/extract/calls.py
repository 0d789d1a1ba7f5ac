"""A call on others to act, which is no act of theirs yet: "India called for the pan-African
organisation to become a permanent member", "called on Egypt to join", "asked Kenya to sign".
The trigger after such a call is none (:func:`called_on`), and a list right after the call is
no list of members (:func:`call_before`); not a passive ("Egypt was asked by Russia to join"),
which the invitation forms read."""

from __future__ import annotations

__all__ = ["call_before", "called_on"]

_CALLS = {"call", "calls", "called", "calling"}
_ASKS = {"ask", "asks", "asked", "asking", "requested"}
_PASSIVE = {"was", "were", "been", "being", "is", "are"}


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
    """Whether "to" before ``start`` (a trigger) ends a call on someone named in up to six words
    before it: "called on Egypt to join"; not "Egypt, asked about it, said it would like to join"."""
    if start - 2 < sent_start or doc[start - 1].lower_ != "to":
        return False
    for k in range(start - 2, max(sent_start, start - 9) - 1, -1):
        if doc[k].lower_ in _ASKS or doc[k].lower_ in {"on", "upon", "for"}:
            return k < start - 2 and _call_at(doc, k, sent_start)
        if doc[k].lower_ in {"to", ".", ";", ":"} or doc[k].text == "," and doc[k + 1].is_lower:
            return False
    return False


def call_before(doc, i: int, sent_start: int) -> bool:
    """Whether the name at token ``i`` is the first of those a call is made on: "called on
    Egypt, Ethiopia and Iran to join the G20"."""
    k = i - 1 - (i - 1 > sent_start and doc[i - 1].lower_ == "the")
    return k >= sent_start and _call_at(doc, k, sent_start)
