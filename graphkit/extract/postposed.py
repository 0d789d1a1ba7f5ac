"""A passive trigger's subject named after it: "In addition, they were admitted as partner
countries Belarus, Bolivia, Kazakhstan, ..." (the list after "as" and its role, not "they")."""

from __future__ import annotations

from graphkit.extract import vocabulary as vocab
from graphkit.extract.groups import End, ends_of, group_around
from graphkit.extract.patterns import Trigger

__all__ = ["postposed"]

_BE = {"be", "is", "are", "was", "were", "been", "being"}
_ROLE = vocab.GROUP_NOUNS | {"new", "full", "partner", "member", "observer", "founding"}


def postposed(sent, trigger: Trigger, kinds) -> list[End]:
    """The names right after "as" and a role that a passive trigger ("were admitted") ends
    with, or none."""
    doc = sent.doc
    passive = doc[trigger.end - 1].lower_.endswith("ed") and any(
        t.lower_ in _BE for t in doc[max(sent.start, trigger.start - 1):trigger.end])
    i = trigger.end
    if not passive or i >= sent.end or doc[i].lower_ != "as":
        return []
    i += 1
    while i < sent.end and i < trigger.end + 5 and doc[i].lower_ in _ROLE:
        i += 1
    after = [k for k, m in enumerate(sent.mentions) if m.start == i and m.kind in kinds]
    if i == trigger.end + 1 or not after:
        return []
    return ends_of(group_around(sent.mentions, after[0], doc, 1), kinds)
