"""A date at its real precision is a period, and a claim on a day is certain, possible or not.

``2025`` means some day of 2025, ``2025-10`` some day of October 2025, and only
``2025-10-23`` one day. Treating ``2025`` as 1 January 2025 counts Hungary among the
Artemis signatories in June 2025, four months before it signed. So:

- a claim is **certain** on a day when its whole ``since`` period lies on or before
  that day and its ``until`` (exclusive: the first day it no longer holds) cannot have
  come yet;
- it is **possible** when the day falls inside its ``since`` period, or inside its
  ``until`` period;
- otherwise it does not hold on that day.

A day-precision claim is never merely possible: certain from ``since`` up to the day
before ``until``, as before.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from dataclasses import dataclass
from functools import lru_cache

from graphkit.io.dates import parse_full_date, parse_partial_date

__all__ = ["Holds", "Period", "holds_on"]


class Holds(enum.Enum):
    """Whether a claim holds on a day."""

    CERTAIN = "certain"
    POSSIBLE = "possible"
    NO = "no"

    def __bool__(self) -> bool:  # "holds at all": certain or possible
        return self is not Holds.NO


@dataclass(frozen=True, order=True)
class Period:
    """The days a partial date may stand for: ``first`` to ``last`` inclusive.

    Examples
    --------
    >>> Period.of("2024-02")
    Period(first=datetime.date(2024, 2, 1), last=datetime.date(2024, 2, 29), precision='month')
    >>> Period.of("2025").last.isoformat(), Period.of("2025-10-23").precision
    ('2025-12-31', 'day')
    """

    first: dt.date
    last: dt.date
    precision: str  # "year", "month" or "day"

    @classmethod
    def of(cls, text: str) -> Period:
        """The period an ISO date of any precision names (``ValueError`` if it is none)."""
        return _period(parse_partial_date(text))


@lru_cache(maxsize=8192)
def _period(text: str) -> Period:
    """Period.of, remembered: a membership check on a day asks for the same few hundred
    dates again and again (a Period is immutable, so sharing one is safe)."""
    year = int(text[:4])
    if len(text) == 4:
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    month = int(text[5:7])
    if len(text) == 7:
        return Period(dt.date(year, month, 1),
                      dt.date(year, month, calendar.monthrange(year, month)[1]), "month")
    day = dt.date(year, month, int(text[8:10]))
    return Period(day, day, "day")


@lru_cache(maxsize=1024)
def _day(text: str) -> dt.date:
    return parse_full_date(text)


def holds_on(since: str, until: str | None, day: dt.date | str) -> Holds:
    """Whether a claim from ``since`` until (exclusive) ``until`` holds on ``day``.

    Examples
    --------
    A year-only signature, asked about mid-year and at the year's end:

    >>> holds_on("2025", None, "2025-06-30"), holds_on("2025", None, "2025-12-31")
    (<Holds.POSSIBLE: 'possible'>, <Holds.CERTAIN: 'certain'>)

    A membership that ended some day in March 2014:

    >>> [holds_on("1998", "2014-03", d).value for d in ("2014-02-28", "2014-03-15", "2014-04-01")]
    ['certain', 'possible', 'no']

    Days are exact, as before:

    >>> holds_on("1973-01-01", "2020-01-31", "2020-01-30"), holds_on("1973-01-01", "2020-01-31", "2020-01-31")
    (<Holds.CERTAIN: 'certain'>, <Holds.NO: 'no'>)
    """
    if isinstance(day, dt.datetime):
        day = day.date()
    today = day if isinstance(day, dt.date) else _day(str(day))
    start = Period.of(since)
    end = Period.of(until) if until else None
    if today < start.first or (end is not None and today >= end.last):
        return Holds.NO
    if today >= start.last and (end is None or today < end.first):
        return Holds.CERTAIN
    return Holds.POSSIBLE
