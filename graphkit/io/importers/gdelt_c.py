"""GDELT 2.0 events summed in one C pass (``_gdelt.c``): the same claims as the Python engine.

The C engine reads each file once, in 8 MB chunks, checks every row in the strict forms
GDELT writes (those the DuckDB engine checks, :mod:`.gdelt_duckdb`) and sums the kept
events into claims in a hash table; the claims are sorted in C and made into
:class:`GdeltClaim` objects when they are read, in batches. Whatever is outside those forms
(a row without 61 columns, bytes that are not UTF-8, a carriage return, ``+3`` for a count,
a 16th decimal place...) makes :func:`aggregate_c` return ``None``, and the caller hands
the import to DuckDB, then to Python, which names each bad row. ``None`` too when the
extension was not compiled (no C compiler at install) or for more than 64 files.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from graphkit.io.countries import country_codes
from graphkit.io.importers.gdelt_claims import (
    IDS_KEPT,
    QUAD_RELATIONS,
    GdeltClaim,
    GdeltFilter,
    GdeltImport,
)
from graphkit.io.importers.output import Progress, plain_copies

try:  # compiled at install where a C compiler is found (setup.py)
    from graphkit.io.importers import _gdelt
except ImportError:
    _gdelt = None

__all__ = ["aggregate_c"]

_BATCH = 20_000
_MAX_FILES = 64
_WIDTH = {"year": 4, "month": 6, "day": 8}


def _day(day) -> int:
    return int(day.strftime("%Y%m%d")) if day else 0


def aggregate_c(paths: list[Path], filters: GdeltFilter, *, max_urls: int = 3,
                progress: Progress | None = None, total: int = 0) -> GdeltImport | None:
    """The claims of :func:`graphkit.io.importers.gdelt.aggregate_gdelt`, summed in C, or
    ``None`` when the input is not in the strict forms or the engine is not there (see the
    module docstring)."""
    if _gdelt is None:
        return None
    by_name = sorted(QUAD_RELATIONS, key=QUAD_RELATIONS.get)  # the output order of relations
    rank = [0] + [by_name.index(q) for q in range(1, 5)]
    try:
        state = _gdelt.new(country_codes(), sum(1 << q for q in filters.quad_classes),
                           None if filters.roots is None else sorted(filters.roots),
                           _day(filters.start), _day(filters.end), filters.min_sources,
                           _WIDTH[filters.period], IDS_KEPT, max_urls, rank)
    except ValueError:  # a code or root the strict forms do not cover: the next engine
        return None
    rows = kept = done = 0
    with plain_copies(paths) as plain:
        if len(plain) > _MAX_FILES:
            return None
        names = [name for name, _ in plain]
        for index, (_, path) in enumerate(plain):
            def said(read: int, before: int = done) -> None:  # after each 8 MB chunk
                progress(min(before + read, total), total)

            read = _gdelt.add_file(state, str(path), index, said if progress else None)
            if read is None:
                return None
            rows, kept = rows + read[0], kept + read[1]
            done += path.stat().st_size
    count = _gdelt.finish(state)
    held = [state]

    def build() -> Iterator[GdeltClaim]:
        return _claims(held[0], count, names) if held[0] is not None else iter(())

    def release() -> None:
        held[0] = None

    return GdeltImport(rows, kept, names, "c", count, build=build, release=release)


def _claims(state, count: int, names: list[str]) -> Iterator[GdeltClaim]:
    """The claims as objects, in output order, made ``_BATCH`` at a time."""
    roots_of: dict[int, frozenset[str]] = {}
    files_of: dict[int, frozenset[str]] = {}
    for start in range(0, count, _BATCH):
        for (a1, a2, quad, period, first, last, events, mentions, sources, articles, gold, tone,
             roots, added, files, ids, urls) in _gdelt.batch(state, start, _BATCH):
            if roots not in roots_of:
                roots_of[roots] = frozenset(f"{i:02d}" for i in range(1, 21) if roots >> i & 1)
            if files not in files_of:
                files_of[files] = frozenset(n for i, n in enumerate(names) if files >> i & 1)
            yield GdeltClaim(a1, a2, quad, period, first=first, last=last, events=events,
                             mentions=mentions, sources=sources, articles=articles,
                             goldstein=Decimal(gold), tone=Decimal(tone),
                             roots=set(roots_of[roots]), files=set(files_of[files]), ids=ids,
                             urls=dict(urls), added=added)
