"""A trigger of leaving that states no exit: a wish, a threat's or a vote's object, an exit
asked for or feared, or a state someone is left in ("leaving the alliance more vulnerable")."""

from __future__ import annotations

from graphkit.extract.vocabulary import PREPOSITIONS, VOTES

__all__ = ["no_exit"]

_WANTS = {"wanted", "want", "wants", "wanting"}  # a wish to leave is no exit
_RISKS = {"risk", "risks", "risked", "risking", "face", "faces", "facing", "fear", "fears", "avoid",
          "avoided", "avoiding", "escape", "escaped"}
_LEAVE = {"leave", "leaves", "leaving", "left"}
_LEFT_SO = {"more", "less", "vulnerable", "exposed", "weaker", "weakened", "divided", "isolated",
            "intact", "stronger", "unable", "free"}  # "leaving the alliance more vulnerable"


def no_exit(doc, start: int, end: int, before: list[str], wider: list[str], sent_end: int) -> bool:
    """Whether a trigger of leaving at ``start`` states no exit: a wish ("wanted to leave"), a
    vote ("Britain voted (in 2016) to leave the EU", a referendum's answer), an exit asked for or
    feared ("called for Hungary to be expelled", "risks being expelled"; not "after being kicked
    out of the G8 in 2014") or an effect ("initially leaving the alliance more vulnerable");
    ``before``: the four words before it, nearest first; ``wider``: the seven."""
    word = doc[start].lower_
    return bool(before[:1] == ["to"] and (before[1:2] and before[1] in _WANTS
                                          or VOTES & set(wider))
                or word == "be" or word == "being" and before[:1] and before[0] in _RISKS
                or word in _LEAVE and _left_so(doc, end, sent_end))


def _left_so(doc, end: int, sent_end: int) -> bool:
    """Whether a state follows the name after "leave" ("leaving the alliance more vulnerable",
    not "left NATO more than 50 years ago"): what leaving someone in is, no exit."""
    for t in doc[end:min(end + 7, sent_end)]:
        if t.is_punct or t.like_num or t.lower_ in PREPOSITIONS | {"and", "but", "or", "after"}:
            return False  # "left the CSTO in 2012 and more recently joined"
        if t.lower_ in _LEFT_SO:
            after = doc[t.i + 1:t.i + 2].text.lower()
            return after != "than" and not after.endswith("ly")  # not "left ECOWAS more quickly than"
    return False
