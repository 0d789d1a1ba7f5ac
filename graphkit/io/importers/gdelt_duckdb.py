"""GDELT 2.0 events summed by DuckDB: the same claims as the Python engine.

DuckDB reads the tab-separated files (a zip member is first decompressed as a stream into
a scratch file: DuckDB cannot read zip) and checks every row in the strict forms GDELT
writes (whole numbers as digits, SQLDATE as a real YYYYMMDD day, QuadClass 1 to 4, root
codes 01 to 20, numbers as plain decimals) while it stages the kept events, compact, in a
table it spills to disk beyond its memory cap (``MEMORY_LIMIT``). The claims are then two
sorted queries over that table, read in batches and merged by key: the sums (GROUP BY,
scalar states only) and the smallest ids and URLs per claim (a window). So memory does not
grow with the input, nor with the claims: only the disk used while importing does.

When DuckDB refuses a file (a row without 61 columns, bytes that are not UTF-8) or any row is
outside those forms, :func:`aggregate_duckdb` returns ``None`` and the caller runs the Python
engine, which accepts what Python's ``int`` and ``Decimal`` accept and names each bad row.
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
    COL_A1,
    COL_A2,
    COL_ADDED,
    COL_ARTICLES,
    COL_DAY,
    COL_GOLDSTEIN,
    COL_ID,
    COL_MENTIONS,
    COL_QUAD,
    COL_ROOT,
    COL_SOURCES,
    COL_TONE,
    COL_URL,
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
    c = {name: f"c{i}" for name, i in (("id", COL_ID), ("day", COL_DAY), ("a1", COL_A1), ("a2", COL_A2),
                                        ("root", COL_ROOT), ("quad", COL_QUAD), ("gold", COL_GOLDSTEIN),
                                        ("ment", COL_MENTIONS), ("src", COL_SOURCES), ("art", COL_ARTICLES),
                                        ("tone", COL_TONE), ("added", COL_ADDED), ("url", COL_URL))}
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
    numbers_ok = (f"regexp_full_match({c['ment']}, {_WHOLE}) AND regexp_full_match({c['art']}, {_WHOLE}) "
                  f"AND regexp_full_match({c['gold']}, {_NUMBER}) AND regexp_full_match({c['tone']}, {_NUMBER}) "
                  f"AND {c['root']} IN ({', '.join(map(repr, _ROOTS))})")
    # one row per input row, compact: the kept events' fields, NULL for the others (a table
    # DuckDB spills to disk beyond its memory cap, so RAM does not grow with the input)
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
    SELECT kept, NOT ok OR (kept AND NOT ({numbers_ok})) AS bad,
      CASE WHEN kept THEN {c['a1']} END AS a1, CASE WHEN kept THEN {c['a2']} END AS a2,
      CASE WHEN kept THEN TRY_CAST({c['quad']} AS TINYINT) END AS quad,
      CASE WHEN kept THEN TRY_CAST({c['day']}[1:{width}] AS INTEGER) END AS period,
      CASE WHEN kept THEN TRY_CAST({c['day']} AS INTEGER) END AS day,
      CASE WHEN kept THEN TRY_CAST({c['id']} AS BIGINT) END AS id,
      CASE WHEN kept THEN TRY_CAST({c['ment']} AS BIGINT) END AS mentions,
      CASE WHEN kept THEN TRY_CAST({c['src']} AS BIGINT) END AS sources,
      CASE WHEN kept THEN TRY_CAST({c['art']} AS BIGINT) END AS articles,
      CASE WHEN kept THEN TRY_CAST({c['gold']} AS DECIMAL(38, 17)) END AS goldstein,
      CASE WHEN kept THEN TRY_CAST({c['tone']} AS DECIMAL(38, 17)) END AS tone,
      CASE WHEN kept THEN TRY_CAST({c['root']} AS TINYINT) END AS root,
      CASE WHEN kept THEN {c['added']}[1:8] END AS added,
      CASE WHEN kept THEN {c['url']} END AS url,
      CASE WHEN kept THEN filename END AS file
    FROM k
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


_KEY = "a1, a2, quad, period"
#: The output order: subject, relation (by name), object, period (periods do not overlap, so
#: this is the order of the first day too).
_ORDER = ("a1, CASE quad " + " ".join(f"WHEN {q} THEN '{r}'" for q, r in QUAD_RELATIONS.items())
          + " END, a2, period")


def _claims_sql(files: int) -> str:
    """The claims from the staged rows, scalar sums only (DuckDB can spill them), in key order."""
    files_sql = "array_to_string(list(DISTINCT file), '\x1f')" if files > 1 else "NULL"
    return f"""
    SELECT a1, a2, quad, period, count(*) AS events, min(day) AS first, max(day) AS last,
      sum(mentions), sum(sources), sum(articles), sum(goldstein)::VARCHAR, sum(tone)::VARCHAR,
      bit_or(1::UINTEGER << root) AS roots, max(added) AS added, {files_sql} AS files
    FROM staged WHERE kept GROUP BY {_KEY} ORDER BY {_ORDER}
    """


def _ids_sql(max_urls: int) -> str:
    """Per claim, in the same order, the smallest ids and those of the smallest with a URL
    (a window: sorted, so DuckDB can spill it)."""
    return f"""
    SELECT {_KEY}, id, url, rank <= {IDS_KEPT} AS listed, url <> '' AND url_rank <= {int(max_urls)} AS linked
    FROM (SELECT {_KEY}, id, url, row_number() OVER w AS rank,
                 count(*) FILTER (WHERE url <> '') OVER (w ROWS UNBOUNDED PRECEDING) AS url_rank
          FROM staged WHERE kept WINDOW w AS (PARTITION BY {_KEY} ORDER BY id))
    WHERE rank <= {IDS_KEPT} OR (url <> '' AND url_rank <= {int(max_urls)})
    ORDER BY {_ORDER}, id
    """


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
            _run(con, "CREATE TABLE staged AS " + query, [[str(p) for _, p in plain], *params],
                 progress, total)
        rows, bad, kept = con.execute("SELECT count(*), count(*) FILTER (WHERE bad), "
                                      "count(*) FILTER (WHERE kept) FROM staged").fetchone()
        count = None if bad else con.execute(f"SELECT count(*) FROM (SELECT DISTINCT {_KEY} FROM staged "
                                             "WHERE kept)").fetchone()[0]
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
    claims_sql, ids_sql = _claims_sql(len(names)), _ids_sql(max_urls)
    width = {"year": 4, "month": 6, "day": 8}[filters.period]
    result = GdeltImport(int(rows or 0), int(kept), names, "duckdb", int(count),
                         build=lambda: _claims(held, claims_sql, ids_sql, width, names, by_file) if held.con
                         else iter(()), release=held.close)
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


def _iso(day: int, width: int) -> str:
    text = f"{day:0{width}d}"
    return text[:4] if width == 4 else f"{text[:4]}-{text[4:6]}" if width == 6 else f"{text[:4]}-{text[4:6]}-{text[6:]}"


def _batches(cursor, select: str) -> Iterator[tuple]:
    """The rows of ``select``, fetched ``_BATCH`` at a time."""
    cursor.execute(select)
    while batch := cursor.fetchmany(_BATCH):
        yield from batch


def _claims(held: _Open, claims_sql: str, ids_sql: str, width: int, names: list[str],
            by_file: dict[str, str]) -> Iterator[GdeltClaim]:
    """The claims as objects, one by one, in output order: the sums and, merged by key, the
    ids and URLs, each read from DuckDB in batches (two cursors on the one database)."""
    roots_of: dict[int, set[str]] = {}
    sums, extra = held.con.cursor(), held.con.cursor()
    try:
        ids = _batches(extra, ids_sql)
        pending = next(ids, None)
        for (a1, a2, quad, period, events, first, last, mentions, sources, articles, gold, tone, roots,
             added, files) in _batches(sums, claims_sql):
            listed, linked = [], {}
            while pending is not None and pending[:4] == (a1, a2, quad, period):
                _, _, _, _, event_id, url, in_ids, with_url = pending
                if in_ids:
                    listed.append(event_id)
                if with_url:
                    linked[event_id] = url
                pending = next(ids, None)
            if roots not in roots_of:
                roots_of[roots] = {f"{i:02d}" for i in range(1, 21) if roots >> i & 1}
            yield GdeltClaim(
                a1, a2, int(quad), _iso(period, width), first=_iso(first, 8), last=_iso(last, 8),
                events=events, mentions=int(mentions), sources=int(sources), articles=int(articles),
                goldstein=Decimal(gold), tone=Decimal(tone), roots=set(roots_of[roots]),
                files={by_file[f] for f in files.split("\x1f")} if files else set(names[:1]),
                ids=listed, urls=linked, added=added or "")
    finally:
        sums.close()
        extra.close()
