"""data/ read once for all of tests/data (reading it, country names included, is most of
these tests' time)."""

from __future__ import annotations

from functools import cache

from graphkit.io.read import Dataset, read_dataset
from tests.conftest import DATA


@cache
def dataset() -> Dataset:
    return read_dataset(DATA)


@cache
def graph():
    from graphkit.io.graph import to_networkx

    return to_networkx(dataset())
