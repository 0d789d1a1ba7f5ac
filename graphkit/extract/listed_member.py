"""Whether a bloc's name is itself one of the members a group is said to include: "It includes
19 countries and the European Union", "a forum that brings together 20 economies and the
African Union". Such a bloc is no topic for the group's member list that follows ("The member
countries are A, B, ..." lists the forum's members, not the European Union's): the bloc comes
after "countries / nations / states / economies / members and (the)" (or a comma: "represents 19
countries, the European Union and"), within ten words of a verb of including, or before "and N
countries" after such a verb."""

from __future__ import annotations

from graphkit.extract.lookups import MEMBERS_PLURAL
from graphkit.extract.vocabulary import POSSESSIVE_MARKS

__all__ = ["COUNTED_BESIDE", "counted_beside", "named_as_member"]

_NOUNS = MEMBERS_PLURAL | {"governments"}
_INCLUDE = {"includes", "included", "include", "comprises", "comprised", "comprise", "gathers",
            "together", "consists", "consisting", "comprising", "brings", "unites", "encompasses",
            "composed", "represents", "represent", "represented", "representing"}  # "represents the EU and 19 countries"
_BE = {"is", "was", "are", "were"}
# what joins the counted members and the bloc: "19 countries and the EU", "..., as well as the EU"
_GLUE = ([",", "as", "well", "as"], ["as", "well", "as"], [",", "along", "with"], ["along", "with"], [",", "plus"],
         ["plus"], ["and"])  # the longest first


def _including(doc, i: int) -> bool:
    """Whether token ``i`` is a verb of including: one of ``_INCLUDE``, "made up", or "group"
    after a form of "be" ("The G20 is an informal group of 19 countries and the EU"; not
    "NATO coordinates a group of 50 countries and the EU", nor "was made by 30 countries")."""
    word = doc[i].lower_
    before = list(doc[max(0, i - 5):i])
    return (word in _INCLUDE or word == "made" and doc[i + 1:i + 2].text.lower() == "up"
            or word in {"group", "grouping"} and doc[i].is_lower and (  # not "The Group of Twenty"
                bool(_BE & {t.lower_ for t in before})  # "The G20 is the world's leading group"
                or [t.text for t in before[-2:]] in ([",", "a"], [",", "an"])  # "The G20, a group of"
                or bool(before) and before[-1].text[:1].isupper()))  # "The G20 grouping of"


def named_as_member(doc, mention) -> bool:
    """Whether ``mention`` (a bloc) is named as a member after "N countries and (the)"."""
    return _including_at(doc, mention) is not None


def _including_at(doc, mention) -> int | None:
    """Where the verb of including stands before "N countries and (the)" ``mention``, or before
    ``mention`` "and N countries" ("represents the European Union and 19 countries: A, B"), if
    it does."""
    k = mention.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    glue = next((len(g) for g in _GLUE if [t.lower_ for t in doc[max(0, k - len(g) + 1):k + 1]] == g), 0)
    if glue > 1:
        k -= glue - 1  # "19 countries, as well as the European Union": k at the glue's first word
    if glue > 1 and not _closes(doc, mention.end):
        return None  # "along with ASEAN as an observer", "as well as the NDB, which finances": beside them
    if k >= 1 and (glue or doc[k].lower_ == ",") and doc[k - 1].lower_ in _NOUNS:  # "19 countries, the EU"
        return next((t.i for t in doc[max(0, k - 10):k - 1] if _including(doc, t.i)), None)
    after = [t.lower_ for t in doc[mention.end:mention.end + 3]]
    if after[:1] == ["and"] and after[1:2] and after[1][:1].isdigit() and after[2:] and after[2] in _NOUNS:
        return next((t.i for t in doc[max(0, k - 8):k + 1] if _including(doc, t.i)), None)
    return None


def _closes(doc, end: int) -> bool:
    """Whether the clause ends at token ``end`` (a stop, a semicolon, a bracket, a dash)."""
    return end >= len(doc) or doc[end].text in {".", ";", "(", ")", "—", "–", ":"}


#: the rule of :func:`counted_beside`'s claims, which the reader leaves as the rules made them
#: (``pair_features.COUNTED_LISTS``): it learnt from pages where a bloc is rarely another's member
COUNTED_BESIDE = "n countries and the bloc"


def counted_beside(doc, mentions, blocs) -> list[tuple]:
    """(bloc, group) for each bloc of ``blocs`` named as a member after "N countries and (the)"
    when the sentence (``mentions``) names the group before the verb of including: "The G20 is
    a forum that brings together 19 countries and the European Union (EU)". ``mentions`` are
    one sentence's."""
    found = []
    for m in mentions:
        at = _including_at(doc, m) if m.kind in blocs else None
        if at is None:
            continue
        group = [g for g in mentions if g.end <= at and g.kind in blocs and g.node != m.node]
        if group and doc[group[-1].end:group[-1].end + 1].text not in POSSESSIVE_MARKS:  # not "NATO's
            # Ukraine Defence Contact Group includes 50 countries, as well as the EU"
            found.append((m, group[-1]))
    return found
