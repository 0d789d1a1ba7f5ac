"""A body's parts and places, named after it: "NATO headquarters", "the NATO integrated military
command", "NATO's military wing", "the bloc's free trade zone". An act on such a part is none on
the body: "France withdrew from NATO's military wing in 1966" left no alliance (but "Poland, a
member of NATO's eastern wing" is a member)."""

from __future__ import annotations

from itertools import pairwise

__all__ = ["PARTS", "military_part"]

#: a body's parts and places, after its name and a few lower-case words
PARTS = {"command", "headquarters", "premises", "secretariat", "market", "customs", "zone", "area"}
_ARMS = {"wing", "arm", "branch"}


def military_part(words) -> bool:
    """Whether the tokens ``words`` hold "military" and then a wing, arm or branch ("NATO's
    military wing", "the NATO military arm", "its integrated military branch")."""
    return any(a.lower_ == "military" and b.lower_ in _ARMS for a, b in pairwise(words))
