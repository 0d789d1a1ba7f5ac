"""GDELT 2.0 events summed by DuckDB: the same claims as the Python engine, from one SQL pass.

DuckDB reads the tab-separated files (a zip member is first decompressed as a stream into
a scratch file: DuckDB cannot read zip), checks every row in the strict forms GDELT
writes (whole numbers as digits, SQLDATE as a real YYYYMMDD day, QuadClass 1 to 4, root
codes 01 to 20, numbers as plain decimals), filters, and sums by direction, QuadClass and
period in one GROUP BY. When DuckDB refuses a file (a row without 61 columns, bytes that are
not UTF-8) or any row is outside those forms, :func:`aggregate_duckdb` returns ``None`` and
the caller runs the Python engine, which accepts what Python's ``int`` and ``Decimal``
accept and names each bad row. Memory is DuckDB's, capped (``memory_limit``); it grows
with the claims, not with the input.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import weakref
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from graphkit.errors import GraphkitError
from graphkit.io.importers.gdelt_claims import (
    _A1,
    _A2,
    _ADDED,
    _ARTICLES,
    _DAY,
    _GOLDSTEIN,
    _ID,
    _MENTIONS,
    _QUAD,
    _ROOT,
    _SOURCES,
    _TONE,
    _URL,
    COLUMNS,
    IDS_KEPT,
    QUAD_RELATIONS,
    GdeltClaim,
    GdeltFilter,
    GdeltImport,
)
from graphkit.io.importers.output import Progress, plain_copies

__all__ = ["MEMORY_LIMIT", "aggregate_duckdb"]

#: DuckDB's memory cap for one import (it spills to disk beyond it).
MEMORY_LIMIT = "500MB"
_BATCH = 20_000
_ROOTS = [f"{i:02d}" for i in range(1, 21)]
_WHOLE = "'[0-9]{1,18}'"
_NUMBER = r"'-?[0-9]{1,18}(\.[0-9]{1,17})?'"


def _sql(files: int, f: GdeltFilter, max_urls: int) -> tuple[str, list]:
    c = {name: f"c{i}" for name, i in (("id", _ID), ("day", _DAY), ("a1", _A1), ("a2", _A2),
                                        ("root", _ROOT), ("quad", _QUAD), ("gold", _GOLDSTEIN),
                                        ("ment", _MENTIONS), ("src", _SOURCES), ("art", _ARTICLES),
                                        ("tone", _TONE), ("added", _ADDED), ("url", _URL))}
    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(COLUMNS)) + "}"
    params: list = []
    conditions = [f"{c['quad']} IN ({', '.join(repr(str(q)) for q in sorted(f.quad_classes))})"]
    if f.roots is not None:
        conditions.append(f"{c['root']} IN (SELECT unnest(?::VARCHAR[]))")
        params.append(sorted(f.roots))
    if f.start:
        conditions.append(f"{c['day']} >= '{f.start:%Y%m%d}'")
    if f.end:
        conditions.append(f"{c['day']} <= '{f.end:%Y%m%d}'")
    if f.min_sources > 1:
        conditions.append(f"TRY_CAST({c['src']} AS BIGINT) >= {int(f.min_sources)}")
    width = {"year": 4, "month": 6, "day": 8}[f.period]
    files_sql = "array_to_string(list(DISTINCT filename), '\x1f')" if files > 1 else "NULL"
    query = f"""
    WITH r AS (
      SELECT *,
        regexp_full_match({c['id']}, {_WHOLE}) AND regexp_full_match({c['day']}, '[0-9]{{8}}')
          AND TRY_STRPTIME({c['day']}, '%Y%m%d') IS NOT NULL AND {c['quad']} IN ('1', '2', '3', '4')
          AND regexp_full_match({c['src']}, {_WHOLE}) AS ok
      FROM read_csv(?, delim='\t', quote='', escape='', header=false, auto_detect=false,
                    strict_mode=true, columns={columns}, filename=true)
    ), k AS (
      SELECT *, ok AND {c['a1']} IN (SELECT code FROM iso) AND {c['a2']} IN (SELECT code FROM iso)
        AND {c['a1']} <> {c['a2']} AND {' AND '.join(conditions)} AS kept
      FROM r
    )
    SELECT
      CASE WHEN kept THEN {c['a1']} END AS a1, CASE WHEN kept THEN {c['a2']} END AS a2,
      CASE WHEN kept THEN {c['quad']} END AS quad, CASE WHEN kept THEN {c['day']}[1:{width}] END AS period,
      count(*) AS events,
      count(*) FILTER (WHERE NOT ok OR (kept AND NOT (
        regexp_full_match({c['ment']}, {_WHOLE}) AND regexp_full_match({c['art']}, {_WHOLE})
        AND regexp_full_match({c['gold']}, {_NUMBER}) AND regexp_full_match({c['tone']}, {_NUMBER})
        AND {c['root']} IN ({', '.join(map(repr, _ROOTS))})))) AS bad,
      min({c['day']}) AS first, max({c['day']}) AS last,
      sum(TRY_CAST({c['ment']} AS BIGINT)) AS mentions, sum(TRY_CAST({c['src']} AS BIGINT)) AS sources,
      sum(TRY_CAST({c['art']} AS BIGINT)) AS articles,
      sum(TRY_CAST({c['gold']} AS DECIMAL(38, 17)))::VARCHAR AS goldstein,
      sum(TRY_CAST({c['tone']} AS DECIMAL(38, 17)))::VARCHAR AS tone,
      bit_or(1::UINTEGER << TRY_CAST({c['root']} AS INTEGER)) AS roots,
      max({c['added']}[1:8]) AS added,
      array_to_string(min(TRY_CAST({c['id']} AS BIGINT), {IDS_KEPT}), ' ') AS ids,
      array_to_string(min_by({c['url']}, TRY_CAST({c['id']} AS BIGINT), {int(max_urls)})
                      FILTER (WHERE {c['url']} <> ''), '\x1f') AS urls,
      array_to_string(min(TRY_CAST({c['id']} AS BIGINT), {int(max_urls)}) FILTER (WHERE {c['url']} <> ''), ' ')
        AS url_ids,
      {files_sql} AS files
    FROM k
    GROUP BY ALL
    """
    return query, params


class _Open:
    """The DuckDB connection that holds an import's claims, and its spill folder; closed once."""

    def __init__(self, con, spill: str):
        self.con, self.spill = con, spill

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None
            shutil.rmtree(self.spill, ignore_errors=True)


def aggregate_duckdb(paths: list[Path], filters: GdeltFilter, *, max_urls: int = 3,
                     progress: Progress | None = None, total: int = 0) -> GdeltImport | None:
    """The claims of :func:`graphkit.io.importers.gdelt.aggregate_gdelt`, summed by DuckDB, or
    ``None`` when the input is not in the strict form DuckDB takes (see the module docstring).

    The claims stay in DuckDB (within its memory cap, spilling to a scratch folder); each
    :class:`GdeltClaim` is made when it is read, in batches, so that an import streams them
    into edge rows. The connection closes when the result is no longer referenced.
    """
    import duckdb

    from graphkit.io.countries import FORMER_STATES, all_countries

    spill = tempfile.mkdtemp(prefix="graphkit-duckdb-")
    held = _Open(duckdb.connect(config={"memory_limit": MEMORY_LIMIT, "preserve_insertion_order": False,
                                        "temp_directory": spill}), spill)
    con = held.con
    try:
        with plain_copies(paths) as plain:
            names = [name for name, _ in plain]
            by_file = {str(path): name for name, path in plain}
            con.execute(f"SET enable_progress_bar = {'true' if progress else 'false'}")
            if progress:
                con.execute("SET enable_progress_bar_print = false")
            con.execute("CREATE TEMP TABLE iso(code VARCHAR PRIMARY KEY)")
            con.execute("INSERT INTO iso SELECT unnest(?::VARCHAR[])",
                        [sorted({c.iso3 for c in all_countries()} | set(FORMER_STATES))])
            query, params = _sql(len(plain), filters, max_urls)
            _run(con, "CREATE TEMP TABLE claims AS " + query, [[str(p) for _, p in plain], *params],
                 progress, total)
        rows, bad, kept, count = con.execute(
            "SELECT sum(events), sum(bad), coalesce(sum(events) FILTER (WHERE a1 IS NOT NULL), 0), "
            "count(*) FILTER (WHERE a1 IS NOT NULL) FROM claims").fetchone()
    except duckdb.OutOfMemoryException as exc:
        held.close()
        raise GraphkitError(f"DuckDB ran out of its {MEMORY_LIMIT} cap summing the events ({exc}); "
                            "import fewer files at a time, or use --engine python") from None
    except duckdb.Error:
        held.close()
        return None  # refused: the Python engine says where and why
    if bad:
        held.close()
        return None
    order = "CASE quad " + " ".join(f"WHEN '{q}' THEN '{r}'" for q, r in QUAD_RELATIONS.items()) + " END"
    select = f"SELECT * EXCLUDE (bad) FROM claims WHERE a1 IS NOT NULL ORDER BY a1, {order}, a2, first"
    result = GdeltImport(int(rows or 0), int(kept), names, "duckdb", int(count),
                         build=lambda: _claims(held, select, names, by_file))
    weakref.finalize(result, held.close)
    return result


def _run(con, query: str, params: list, progress: Progress | None, total: int) -> None:
    """Run the query; while it runs, report DuckDB's progress as bytes of ``total``."""
    if not progress:
        con.execute(query, params)
        return
    done = threading.Event()

    def poll() -> None:
        while not done.wait(0.2):
            percent = con.query_progress()
            if percent >= 0:
                progress(int(total * percent / 100), total)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    try:
        con.execute(query, params)
    finally:
        done.set()
        watcher.join()
        progress(total, total)


def _iso(day: str) -> str:
    return f"{day[:4]}-{day[4:6]}-{day[6:8]}" if len(day) == 8 else f"{day[:4]}-{day[4:6]}" if len(day) == 6 else day


def _batches(held: _Open, select: str) -> Iterator[tuple]:
    """The rows of ``select``, fetched ``_BATCH`` at a time (one reading at a time: the claims
    table is the connection's own)."""
    result = held.con.execute(select)
    while batch := result.fetchmany(_BATCH):
        yield from batch


def _claims(held: _Open, select: str, names: list[str], by_file: dict[str, str]) -> Iterator[GdeltClaim]:
    """The claims as objects, one by one, read from DuckDB in batches, in output order."""
    roots_of: dict[int, set[str]] = {}
    for (a1, a2, quad, period, events, first, last, mentions, sources, articles, gold, tone, roots,
         added, ids, urls, url_ids, files) in _batches(held, select):
        if roots not in roots_of:
            roots_of[roots] = {f"{i:02d}" for i in range(1, 21) if roots >> i & 1}
        yield GdeltClaim(
            a1, a2, int(quad), _iso(period), first=_iso(first), last=_iso(last), events=events,
            mentions=int(mentions), sources=int(sources), articles=int(articles),
            goldstein=Decimal(gold), tone=Decimal(tone), roots=set(roots_of[roots]),
            files={by_file[f] for f in files.split("\x1f")} if files else set(names[:1]),
            ids=[int(i) for i in ids.split()],
            urls=dict(zip(map(int, url_ids.split()), urls.split("\x1f"))) if urls else {},
            added=added or "")
