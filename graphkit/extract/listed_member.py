"""Whether a bloc's name is itself one of the members a group is said to include: "It includes
19 countries and the European Union", "a forum that brings together 20 economies and the
African Union". Such a bloc is no topic for the group's member list that follows ("The member
countries are A, B, ..." lists the forum's members, not the European Union's): the bloc comes
after "countries / nations / states / economies / members and (the)", within ten words of a
verb of including."""

from __future__ import annotations

__all__ = ["named_as_member"]

_NOUNS = {"countries", "nations", "states", "economies", "members", "governments"}
_INCLUDE = {"includes", "included", "include", "comprises", "comprised", "comprise", "gathers",
            "together", "consists", "brings", "unites", "encompasses"}


def named_as_member(doc, mention) -> bool:
    """Whether ``mention`` (a bloc) is named as a member after "N countries and (the)"."""
    k = mention.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "and" or doc[k - 1].lower_ not in _NOUNS:
        return False
    return any(t.lower_ in _INCLUDE for t in doc[max(0, k - 10):k - 1])
