"""Dates at their precision: every case worked out by hand (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.io.periods import Holds, Period, holds_on

C, P, N = Holds.CERTAIN, Holds.POSSIBLE, Holds.NO


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [("2025", "2025-01-01", "2025-12-31", "year"), ("2024-02", "2024-02-01", "2024-02-29", "month"),
     ("2023-02", "2023-02-01", "2023-02-28", "month"), ("2025-10-23", "2025-10-23", "2025-10-23", "day")],
)
def test_a_date_names_the_period_of_its_precision(text, first, last, precision):
    assert Period.of(text) == Period(dt.date.fromisoformat(first), dt.date.fromisoformat(last), precision)


@pytest.mark.parametrize("bad", ["2025-13", "2025-02-30", "25", "２０２５", ""])
def test_a_period_refuses_what_is_not_a_date(bad):
    with pytest.raises(ValueError, match="expected"):
        Period.of(bad)


@pytest.mark.parametrize(
    ("since", "until", "day", "expected"),
    [
        # year against day: Hungary signed the Artemis Accords in October 2025, the row says 2025
        ("2025", None, "2024-12-31", N),
        ("2025", None, "2025-01-01", P),
        ("2025", None, "2025-06-30", P),
        ("2025", None, "2025-12-30", P),
        ("2025", None, "2025-12-31", C),
        ("2025", None, "2026-01-01", C),
        # month against month
        ("2024-06", None, "2024-05-31", N),
        ("2024-06", None, "2024-06-01", P),
        ("2024-06", None, "2024-06-29", P),
        ("2024-06", None, "2024-06-30", C),
        # a day is exact
        ("2024-06-12", None, "2024-06-11", N),
        ("2024-06-12", None, "2024-06-12", C),
        # an until at month precision (exclusive: the first day it no longer holds)
        ("1998", "2014-03", "2014-02-28", C),
        ("1998", "2014-03", "2014-03-01", P),
        ("1998", "2014-03", "2014-03-30", P),
        ("1998", "2014-03", "2014-03-31", N),
        ("1998", "2014-03", "2020-01-01", N),
        # an until at day precision
        ("1973-01-01", "2020-01-31", "2020-01-30", C),
        ("1973-01-01", "2020-01-31", "2020-01-31", N),
        # both uncertain at once: started some day of 2019, ended some day of 2019-12
        ("2019", "2019-12", "2019-06-01", P),
        ("2019", "2019-12", "2019-12-15", P),
        ("2019", "2019-12", "2019-12-31", N),
    ],
)
def test_holds_on_keeps_certain_and_possible_apart(since, until, day, expected):
    assert holds_on(since, until, day) is expected
    assert holds_on(since, until, dt.date.fromisoformat(day)) is expected


def test_a_membership_possible_then_certain():
    days = ["2025-09-30", "2025-10-01", "2025-10-15", "2025-10-31", "2025-11-01"]
    assert [holds_on("2025-10", None, d) for d in days] == [N, P, P, C, C]


def test_only_no_is_false():
    assert [bool(h) for h in (C, P, N)] == [True, True, False]
