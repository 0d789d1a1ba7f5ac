"""A list of countries glossed by a bloc's name in an aside before the verb: "Brazil, Russia,
India, China and South Africa – known together as BRICS – are members of the New Development
Bank". The bloc's name is the nearest name before the verb, but the subject is the list it
glosses (the list is the bloc's members too: the apposition "collectively known as" says so)."""

from __future__ import annotations

from graphkit.extract.groups import ends_of, group_around

__all__ = ["known_as"]

_OPENERS = {"–", "—", "-", ",", "("}
_MANNER = {"together", "collectively", "jointly", "commonly", "also"}


def known_as(sent, subjects: list, kinds) -> list:
    """``subjects``, or the list of ``kinds`` an aside "– known (together) as X –" glosses
    when ``subjects`` is that X alone."""
    if len(subjects) != 1:
        return subjects
    doc, k = sent.doc, subjects[0].start - 1
    k -= k > sent.start and doc[k].lower_ == "the"
    if k - 1 <= sent.start or doc[k].lower_ != "as":
        return subjects
    j = k - 1
    while j > sent.start and doc[j].lower_ in _MANNER:  # "known together as"
        j -= 1
    if doc[j].lower_ not in {"known", "called"}:
        return subjects
    j -= 1
    while j > sent.start and doc[j].lower_ in _MANNER:  # "collectively known as"
        j -= 1
    before = [i for i, m in enumerate(sent.mentions) if m.end == j]
    if doc[j].text not in _OPENERS or not before or sent.mentions[before[0]].kind not in kinds:
        return subjects  # "the group known as BRICS": no list before it
    group = ends_of(group_around(sent.mentions, before[0], doc, -1), kinds)
    return group if len(group) >= 2 else subjects
