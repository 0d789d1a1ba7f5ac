"""ISO 8601 dates at the source's precision: ``2024``, ``2024-06`` or ``2024-06-11``.

A partial date stands for the first day of its period when compared, which is exactly
how its string compares with a full ISO date: ``"2024-06" <= "2024-06-01"``. The same
string comparison works in Cypher, so Neo4j stores the strings as they are.
"""

from __future__ import annotations

import datetime as dt
import re

from graphkit.errors import GraphkitError

__all__ = ["ALL_DATES", "as_iso", "check_day", "day_phrase", "first_day", "is_all_dates",
           "is_valid_on", "one_day", "parse_full_date", "parse_partial_date", "resolve_day"]

#: What a user writes for "every claim, whatever its dates": ``--as-of all``,
#: ``as_of="all"``. graphkit's one default, everywhere a day is asked, is today.
ALL_DATES = "all"

# [0-9], not \d: \d, int() and str.isdigit() also take other scripts' digits ("٢٠٢١",
# fullwidth "２０２０"), which would pass here and then never compare as dates.
_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_FULL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _expected(what: str, text: str) -> str:
    """``expected <what>``, with a word on digits when ``text`` holds non-ASCII ones."""
    message = f"expected {what}"
    if any(ch.isdigit() and not ch.isascii() for ch in text):
        message += " written with ASCII digits 0-9"
    return message


def parse_partial_date(text: str) -> str:
    """Check ``text`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and a real date; return it.

    Raises
    ------
    ValueError
        With what was expected.

    Examples
    --------
    >>> parse_partial_date("2024-06")
    '2024-06'
    >>> parse_partial_date("2024-02-30")
    Traceback (most recent call last):
    ...
    ValueError: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD
    """
    m = _PARTIAL.fullmatch(text) if isinstance(text, str) else None
    if not m:
        raise ValueError(_expected("a date as YYYY, YYYY-MM or YYYY-MM-DD", str(text)))
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError("expected a real date as YYYY, YYYY-MM or YYYY-MM-DD") from None
    return text


def parse_full_date(text: str) -> dt.date:
    """Parse a full ``YYYY-MM-DD`` date.

    Examples
    --------
    >>> parse_full_date("2024-06-11")
    datetime.date(2024, 6, 11)
    >>> parse_full_date("٢٠٢٤-٠٦-١١")
    Traceback (most recent call last):
    ...
    ValueError: expected a full date as YYYY-MM-DD written with ASCII digits 0-9
    """
    if not isinstance(text, str) or not _FULL.fullmatch(text):
        raise ValueError(_expected("a full date as YYYY-MM-DD", str(text)))
    try:
        return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        raise ValueError("expected a real date as YYYY-MM-DD") from None


def as_iso(day: dt.date | str | None) -> str | None:
    """A date or ISO string as a full ISO date string (``None`` stays ``None``)."""
    if day is None:
        return None
    if isinstance(day, dt.datetime):
        day = day.date()
    if isinstance(day, dt.date):
        return day.isoformat()
    return parse_full_date(str(day)).isoformat()


def is_all_dates(day: object) -> bool:
    """Whether ``day`` asks for all dates: ``"all"`` (or ``"all dates"``, which exported
    graphs carry), in any case.

    >>> is_all_dates("All"), is_all_dates("all dates"), is_all_dates("2024-06-30"), is_all_dates(None)
    (True, True, False, False)
    """
    return isinstance(day, str) and day.strip().lower() in (ALL_DATES, "all dates")


def resolve_day(day: dt.date | str | None, *, name: str = "as_of") -> str | None:
    """The day an answer is for, by graphkit's one rule: ``None`` is today, ``"all"`` is
    all dates (returned as ``None``), anything else must be a full date (:func:`check_day`).

    Examples
    --------
    >>> resolve_day(None) == dt.date.today().isoformat(), resolve_day("all"), resolve_day("2024-06-30")
    (True, None, '2024-06-30')
    """
    if day is None:
        return dt.date.today().isoformat()
    if is_all_dates(day):
        return None
    return check_day(day, name=name)


def one_day(day: dt.date | str | None, *, name: str = "as_of", what: str = "this answer") -> str:
    """:func:`resolve_day` for answers that need a day (a bloc report, a bloc table): today
    by default, and ``"all"`` refused in one line.

    >>> one_day("2024-06-30"), one_day(None) == dt.date.today().isoformat()
    ('2024-06-30', True)
    >>> one_day("all", name="--as-of", what="a bloc report")
    Traceback (most recent call last):
    ...
    graphkit.errors.GraphkitError: --as-of: a bloc report is for one day: expected YYYY-MM-DD, or nothing for today, got 'all'
    """
    resolved = resolve_day(day, name=name)
    if resolved is None:
        raise GraphkitError(f"{name}: {what} is for one day: expected YYYY-MM-DD, or nothing "
                            f"for today, got {day!r}")
    return resolved


def day_phrase(given: dt.date | str | None, day: str | None, *, all_dates: bool = True) -> str:
    """How an answer states its day: ``given`` as the user gave it, ``day`` as resolved;
    ``all_dates``: whether the answer could also be for all dates (then the default says how).

    >>> day_phrase("2024-06-30", "2024-06-30"), day_phrase("all", None)
    ('as of 2024-06-30', 'all dates')
    >>> day_phrase(None, "2026-01-01")
    'as of 2026-01-01 (today, the default; --as-of all for all dates)'
    >>> day_phrase(None, "2026-01-01", all_dates=False)
    'as of 2026-01-01 (today, the default)'
    """
    if day is None:
        return "all dates"
    if given is not None:
        return f"as of {day}"
    return f"as of {day} (today, the default{'; --as-of all for all dates' if all_dates else ''})"


def check_day(day: dt.date | str | None, *, name: str = "as_of") -> str | None:
    """``day`` (a date or ``YYYY-MM-DD``) as an ISO string, or an error naming ``name``.

    What every ``as_of`` parameter and the CLI's ``--as-of`` go through, so the same bad
    day gets the same one-line message everywhere. ``None`` stays ``None``.

    Raises
    ------
    GraphkitError
        ``<name>: expected a full date as YYYY-MM-DD, got '...'``.

    Examples
    --------
    >>> check_day(dt.date(2024, 6, 30)), check_day("2024-06-30"), check_day(None)
    ('2024-06-30', '2024-06-30', None)
    >>> check_day("2024-6-30", name="--as-of")
    Traceback (most recent call last):
    ...
    graphkit.errors.GraphkitError: --as-of: expected a full date as YYYY-MM-DD, got '2024-6-30'
    """
    try:
        return as_iso(day)
    except ValueError as exc:
        raise GraphkitError(f"{name}: {exc}, got {day!r}") from None


def first_day(text: str) -> str:
    """The first day of a partial ISO date's period: the day it starts to count.

    Examples
    --------
    >>> first_day("2024"), first_day("2024-06"), first_day("2024-06-11")
    ('2024-01-01', '2024-06-01', '2024-06-11')
    """
    return (text + "-01-01")[:10] if len(text) == 4 else (text + "-01")[:10]


def is_valid_on(since: str, until: str | None, day: dt.date | str) -> bool:
    """Whether a relation from ``since`` (inclusive) to ``until`` (exclusive) holds on ``day``.

    Partial dates count from the first day of their period.

    Examples
    --------
    >>> is_valid_on("1973-01-01", "2020-01-31", "2020-01-30")
    True
    >>> is_valid_on("1973-01-01", "2020-01-31", "2020-01-31")
    False
    >>> is_valid_on("2024-06", None, "2024-06-01")
    True
    >>> is_valid_on("2024", None, "2023-12-31")
    False
    """
    iso = as_iso(day)
    return since <= iso and (not until or iso < until)
