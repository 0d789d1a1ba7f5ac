"""Who a name inside a trigger is, when it is no subject: the owner of a role ("providing
Azerbaijan with the status of the SCO dialogue partner": the SCO, standing right before the
role's noun that ends the trigger, is whose partner Azerbaijan becomes, not a second partner),
or what others are admitted to."""

from __future__ import annotations

__all__ = ["admitted_to", "role_owner"]

_ROLE = {"dialogue", "partner", "partners", "member", "members", "full", "observer",
         "signatory", "state", "country", "states", "countries", "nation", "nations", "-"}


def role_owner(doc, end, trigger_end: int) -> bool:
    """Whether ``end`` (a node inside a trigger) is followed only by role words up to the
    trigger's end ("the SCO dialogue partner"): the role's owner, the object."""
    between = [t.lower_ for t in doc[end.end:trigger_end]]
    return bool(between) and all(w in _ROLE for w in between) and between[-1] in _ROLE - {"-"}


def admitted_to(doc, start: int) -> bool:
    """Whether the name at ``start`` is what others are admitted to, inside the trigger:
    "proposed that the countries of Central Europe be admitted to NATO as members"."""
    k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    return k >= 0 and doc[k].lower_ in {"to", "into"}
