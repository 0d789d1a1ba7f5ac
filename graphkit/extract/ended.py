"""A membership a sentence says ended: "Until 2012, Uzbekistan was a member of the CSTO",
"Until 1999, Georgia, Uzbekistan and Azerbaijan also participated": the membership's end,
a withdrawal at that date (the annotation convention), not a membership from the
publication's year."""

from __future__ import annotations

from graphkit.extract.dates import DateMention, find_dates
from graphkit.extract.vocabulary import relation_of

__all__ = ["ends_membership", "until_date"]

_UNTIL = {"until", "till", "up"}  # "up to 2012" needs "to" after it
_OPENING = {",", ";", ":", "—", "–", "("}  # before an "until" that opens a clause


def until_date(doc, start: int, sent_start: int, published: str | None) -> DateMention | None:
    """The date after an "until" that opens the clause of the trigger at ``start`` (within
    the 12 words before it, in its sentence), if any: not "postpone a G7 summit until
    September and expand the list to include A"."""
    for i in range(max(sent_start, start - 12), start):
        word = doc[i].lower_
        if word not in _UNTIL or (word == "up" and doc[i + 1].lower_ != "to"):
            continue
        if i > sent_start and not doc[i - 1].is_space and doc[i - 1].text not in _OPENING:
            continue
        at = i + 1 + (word == "up")
        text = doc[at:min(at + 4, start)].text
        dates = find_dates(f"in {text}", published)  # "until 1999": read as "in 1999"
        if dates and dates[0].start == 0:
            return dates[0]
    return None


def ends_membership(rel_type: str, phrase: str, object_kind: str, schema) -> bool:
    """Whether a claim read under an "until" is a membership that ended: a membership, or a
    participation in what a country can be a member of ("Until 1999, Georgia ... also
    participated in the CSTO"), not cooperation on a programme that went on."""
    membership = relation_of("join", "verb")
    return rel_type == membership or (phrase.startswith("participate|")
                                      and object_kind in schema.relations[membership].target)
