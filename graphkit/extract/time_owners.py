"""A time that owns the noun phrase after it ("this month's G8 summit", "Thursday's BRICS
summit", "2014's G8 summit") qualifies the phrase's head, as a year before it does ("the 2023
SCO summit"): the head is the name and noun after it, not the time."""

from __future__ import annotations

from graphkit.extract.vocabulary import OWNER_MARKS

__all__ = ["time_owned"]

_TIMES = {"month", "year", "week", "day", "today", "yesterday", "tomorrow", "weekend", "tonight",
          "spring", "summer", "autumn", "fall", "winter", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday", "january", "february", "april", "june",
          "july", "august", "september", "october", "november", "december"}  # not "may", "march"
_TIME_OPENERS = {"this", "last", "next", "coming", "past", "previous", "following"}


def time_owned(doc, i: int) -> bool:
    """Whether token ``i`` is part of a time that owns what follows: "this", "last" or "next"
    before it, the time itself, or its "'s" ("this month's G8 summit", "Thursday's BRICS
    summit", "2014's G8 summit"): a qualifier of the head noun after it."""
    owner = i - 1 if doc[i].text in OWNER_MARKS else i + 1 if doc[i].lower_ in _TIME_OPENERS else i
    word = doc[owner:owner + 1].text.lower()
    return owner >= 0 and (word in _TIMES or len(word) == 4 and word.isdigit()) and doc[
        owner + 1:owner + 2].text in OWNER_MARKS
