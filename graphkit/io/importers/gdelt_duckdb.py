"""GDELT 2.0 events summed by DuckDB: the same claims as the Python engine.

DuckDB reads the tab-separated files (a zip member is first decompressed as a stream into
a scratch file: DuckDB cannot read zip) and checks every row in the strict forms GDELT
writes (whole numbers as digits, SQLDATE as a real YYYYMMDD day, QuadClass 1 to 4, root
codes 01 to 20, numbers as plain decimals of at most 15 places), in SQL, in the same pass
that sums the claims: one GROUP BY over the rows (:func:`_grouped_sql`) with the smallest
ids and URLs of each claim as top-N lists. Those lists cannot spill to disk, so DuckDB's
memory grows with the claims (671,014 claims from 5M synthetic events fit its
``MEMORY_LIMIT``); when it runs out, the import starts again the slower way, which grows
with nothing: the kept events staged in a table DuckDB spills, then the claims as two
sorted queries over it, merged by key (:func:`_staged_sql`). Either way the claims stay in
DuckDB and are read back in batches.

When DuckDB refuses a file (a row without 61 columns, bytes that are not UTF-8) or any row is
outside those forms (counted in SQL), :func:`aggregate_duckdb` returns ``None`` and the
caller runs the Python engine, which accepts what Python's ``int`` and ``Decimal`` accept
and names each bad row.
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
MEMORY_LIMIT = "750MB"
_BATCH = 20_000
_ROOTS = [f"{i:02d}" for i in range(1, 21)]
_NUMBER = r"'-?[0-9]{1,3}(\.[0-9]{1,15})?'"  # fits DECIMAL(18, 15), so no digit is rounded off
_DECIMAL = "DECIMAL(18, 15)"
_NAMES = {"id": COL_ID, "day": COL_DAY, "a1": COL_A1, "a2": COL_A2, "root": COL_ROOT, "quad": COL_QUAD,
          "gold": COL_GOLDSTEIN, "ment": COL_MENTIONS, "src": COL_SOURCES, "art": COL_ARTICLES,
          "tone": COL_TONE, "added": COL_ADDED, "url": COL_URL}


def _whole(column: str) -> str:
    """True when the text is a whole number exactly as DuckDB writes it (no sign, space, zero
    or point DuckDB's lenient cast would take): a round trip, cheaper than a pattern."""
    return f"(TRY_CAST({column} AS BIGINT)::VARCHAR = {column})"


def _rows_sql(files: int, f: GdeltFilter) -> tuple[str, list]:
    """Every input row with the columns used, typed, and three flags: ``ok`` (the checks every
    row passes in the Python engine), ``kept`` (counted in a claim) and ``bad`` (outside the
    strict forms: the Python engine takes over)."""
    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(COLUMNS)) + "}"
    wanted = ", ".join(f"c{i} AS {name}" for name, i in _NAMES.items())
    params: list = []
    conditions = [f"quad IN ({', '.join(repr(str(q)) for q in sorted(f.quad_classes))})"]
    if f.roots is not None:
        conditions.append("root IN (SELECT unnest(?::VARCHAR[]))")
        params.append(sorted(f.roots))
    if f.start:
        conditions.append(f"d >= {int(f.start.strftime('%Y%m%d'))}")
    if f.end:
        conditions.append(f"d <= {int(f.end.strftime('%Y%m%d'))}")
    if f.min_sources > 1:
        conditions.append(f"s >= {int(f.min_sources)}")
    strict = (f"{_whole('ment')} AND {_whole('art')} AND regexp_full_match(gold, {_NUMBER}) "
              f"AND regexp_full_match(tone, {_NUMBER}) AND root IN ({', '.join(map(repr, _ROOTS))}) "
              f"AND (added IS NULL OR (length(added) = 14 AND {_whole('added')}))")
    query = f"""
    WITH r AS (
      SELECT {wanted}, {'filename' if files > 1 else 'NULL'} AS file, TRY_CAST(day AS INTEGER) AS d,
        TRY_CAST(id AS BIGINT) AS i, TRY_CAST(src AS BIGINT) AS s
      FROM read_csv(?, delim='\t', quote='', escape='', header=false, auto_detect=false,
                    strict_mode=true, columns={columns}, filename=true)
    ), o AS (
      SELECT *, coalesce(i::VARCHAR = id AND length(day) = 8 AND d::VARCHAR = day
                         AND TRY_STRPTIME(day, '%Y%m%d') IS NOT NULL AND quad IN ('1', '2', '3', '4')
                         AND s::VARCHAR = src, false) AS ok
      FROM r
    ), k AS (
      SELECT *, ok AND coalesce(a1 IN (SELECT code FROM iso) AND a2 IN (SELECT code FROM iso)
                                AND a1 <> a2 AND {' AND '.join(conditions)}, false) AS kept
      FROM o
    )
    SELECT *, NOT ok OR (kept AND NOT coalesce({strict}, false)) AS bad FROM k
    """
    return query, params


def _grouped_sql(rows_sql: str, width: int, max_urls: int, files: int) -> str:
    """The claims in one pass over the rows: sums, and the smallest ids and URLs as top-N lists
    (their states cannot spill, so memory grows with the claims). The rows not kept are one
    group with NULL keys, the bad ones another (``bad``), so that the one pass counts them."""
    claim = "kept AND NOT bad"
    with_url = "url IS NOT NULL AND url <> ''"
    return f"""
    SELECT bad, CASE WHEN {claim} THEN a1 END AS a1, CASE WHEN {claim} THEN a2 END AS a2,
      CASE WHEN {claim} THEN quad::TINYINT END AS quad, CASE WHEN {claim} THEN d // {10 ** (8 - width)} END AS period,
      count(*) AS events, min(d) AS first, max(d) AS last,
      sum(TRY_CAST(ment AS BIGINT)) AS mentions, sum(s) AS sources,
      sum(TRY_CAST(art AS BIGINT)) AS articles,
      sum(CASE WHEN {claim} THEN gold::{_DECIMAL} END)::VARCHAR AS goldstein,
      sum(CASE WHEN {claim} THEN tone::{_DECIMAL} END)::VARCHAR AS tone,
      bit_or(CASE WHEN {claim} THEN 1::UINTEGER << root::UTINYINT END) AS roots,
      max(TRY_CAST(added AS BIGINT) // 1000000) AS added,
      {'list(DISTINCT file)' if files > 1 else 'NULL'} AS files, min(i, {IDS_KEPT}) AS ids,
      min(i, {int(max_urls)}) FILTER (WHERE {with_url}) AS url_ids,
      min_by(url, i, {int(max_urls)}) FILTER (WHERE {with_url}) AS urls
    FROM ({rows_sql}) GROUP BY ALL
    """


def _staged_sql(rows_sql: str, width: int) -> str:
    """The slower way, when the one pass runs out of memory: the kept events staged, compact,
    in a table DuckDB spills to disk beyond its memory cap; the claims are then two sorted
    queries over it (:func:`_claims_sql`, :func:`_ids_sql`), so memory grows with nothing."""
    claim = "kept AND NOT bad"
    fields = {"a1": "a1", "a2": "a2", "quad": "quad::TINYINT", "period": f"d // {10 ** (8 - width)}",
              "day": "d", "id": "i", "mentions": "ment::BIGINT", "sources": "s",
              "articles": "art::BIGINT", "goldstein": f"gold::{_DECIMAL}", "tone": f"tone::{_DECIMAL}",
              "root": "root::TINYINT", "added": "added::BIGINT // 1000000", "url": "url", "file": "file"}
    cases = ", ".join(f"CASE WHEN {claim} THEN {value} END AS {name}" for name, value in fields.items())
    return f"SELECT kept AND NOT bad AS kept, bad, {cases} FROM ({rows_sql})"


class _Open:
    """The DuckDB connection that holds an import's claims, and its spill folder; closed once."""

    def __init__(self, con, spill: str, cap: str = MEMORY_LIMIT):
        self.con, self.spill, self.cap = con, spill, cap

    @classmethod
    def connect(cls, progress: Progress | None, memory_limit: str = MEMORY_LIMIT) -> _Open:
        """A fresh connection (its own spill folder, the memory cap) with the table of country codes."""
        import duckdb

        from graphkit.io.countries import country_codes

        spill = tempfile.mkdtemp(prefix="graphkit-duckdb-")
        held = cls(duckdb.connect(config={"memory_limit": memory_limit, "preserve_insertion_order": False,
                                          "temp_directory": spill}), spill, memory_limit)
        con = held.con
        con.execute(f"SET enable_progress_bar = {'true' if progress else 'false'}")
        if progress:
            con.execute("SET enable_progress_bar_print = false")
        con.execute("CREATE TEMP TABLE iso(code VARCHAR PRIMARY KEY)")
        con.execute("INSERT INTO iso SELECT unnest(?::VARCHAR[])",
                    [country_codes()])
        return held

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


def _claims_sql() -> str:
    """The claims from the staged rows, scalar sums only (DuckDB can spill them), in key order."""
    return f"""
    SELECT a1, a2, quad, period, count(*) AS events, min(day) AS first, max(day) AS last,
      sum(mentions), sum(sources), sum(articles), sum(goldstein)::VARCHAR, sum(tone)::VARCHAR,
      bit_or(1::UINTEGER << root) AS roots, max(added) AS added, list(DISTINCT file) AS files
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
                     progress: Progress | None = None, total: int = 0,
                     one_pass: bool = True, memory_limit: str = MEMORY_LIMIT) -> GdeltImport | None:
    """The claims of :func:`graphkit.io.importers.gdelt.aggregate_gdelt`, summed by DuckDB, or
    ``None`` when the input is not in the strict form DuckDB takes (see the module docstring).

    One pass over the input sums the claims (:func:`_grouped_sql`); when that runs out of
    DuckDB's memory cap (about a million claims), the kept events are staged and summed in
    two spilling queries instead (:func:`_staged_sql`; ``one_pass=False`` goes there at
    once; ``memory_limit`` is DuckDB's cap, :data:`MEMORY_LIMIT` unless a test needs
    less). The claims stay in DuckDB; each :class:`GdeltClaim` is made when it is read, in
    batches, so that an import streams them into edge rows. The connection closes when the
    result is no longer referenced.
    """
    import duckdb

    held = _Open.connect(progress, memory_limit)
    width = {"year": 4, "month": 6, "day": 8}[filters.period]
    try:
        with plain_copies(paths) as plain:
            names = [name for name, _ in plain]
            by_file = {str(path): name for name, path in plain}
            rows_sql, params = _rows_sql(len(plain), filters)
            params = [[str(p) for _, p in plain], *params]
            try:
                if not one_pass:
                    raise duckdb.OutOfMemoryException("staged by request")
                _run(held.con, "CREATE TABLE grouped AS " + _grouped_sql(rows_sql, width, max_urls, len(plain)),
                     params, progress, total)
                counts = ("SELECT sum(events), coalesce(sum(events) FILTER (WHERE bad), 0), coalesce(sum(events) "
                          "FILTER (WHERE a1 IS NOT NULL), 0), count(*) FILTER (WHERE a1 IS NOT NULL) FROM grouped")
            except duckdb.OutOfMemoryException:
                held.close()  # a fresh connection: a failed query may not give back all it held
                held, one_pass = _Open.connect(progress, memory_limit), False
                _run(held.con, "CREATE TABLE staged AS " + _staged_sql(rows_sql, width), params, progress, total)
                counts = ("SELECT count(*), count(*) FILTER (WHERE bad), count(*) FILTER (WHERE kept), "
                          f"(SELECT count(*) FROM (SELECT DISTINCT {_KEY} FROM staged WHERE kept)) FROM staged")
        rows, bad, kept, count = held.con.execute(counts).fetchone()
    except duckdb.OutOfMemoryException as exc:
        held.close()
        raise GraphkitError(f"DuckDB ran out of its {memory_limit} cap summing the events ({exc}); "
                            "import fewer files at a time, or use --engine python") from None
    except duckdb.Error:
        held.close()
        return None  # refused: the Python engine says where and why
    if bad:
        held.close()
        return None
    if one_pass:
        def build() -> Iterator[GdeltClaim]:
            return _grouped_claims(held, width, names, by_file) if held.con else iter(())
    else:
        def build() -> Iterator[GdeltClaim]:
            return _claims(held, max_urls, width, names, by_file) if held.con else iter(())
    result = GdeltImport(int(rows or 0), int(kept), names, "duckdb", int(count), build=build, release=held.close,
                         staged=not one_pass)
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


def _batches(cursor, select: str, cap: str = MEMORY_LIMIT) -> Iterator[tuple]:
    """The rows of ``select``, fetched ``_BATCH`` at a time; running out of memory is an error
    that says so (GraphkitError), as while summing."""
    import duckdb

    try:
        cursor.execute(select)
        while batch := cursor.fetchmany(_BATCH):
            yield from batch
    except duckdb.OutOfMemoryException as exc:
        raise GraphkitError(f"DuckDB ran out of its {cap} cap reading the claims back ({exc}); "
                            "import fewer files at a time, or use --engine python") from None


class _Claims:
    """Makes :class:`GdeltClaim` objects from DuckDB's columns (root sets shared by bit mask)."""

    def __init__(self, width: int, names: list[str], by_file: dict[str, str]):
        self.width, self.names, self.by_file = width, names, by_file
        self.roots_of: dict[int, set[str]] = {}

    def make(self, a1, a2, quad, period, events, first, last, mentions, sources, articles, gold, tone, roots,
             added, files, ids, urls) -> GdeltClaim:
        if roots not in self.roots_of:
            self.roots_of[roots] = {f"{i:02d}" for i in range(1, 21) if roots >> i & 1}
        files = [f for f in files or () if f is not None]
        return GdeltClaim(
            a1, a2, int(quad), _iso(period, self.width), first=_iso(first, 8), last=_iso(last, 8),
            events=events, mentions=int(mentions), sources=int(sources), articles=int(articles),
            goldstein=Decimal(gold), tone=Decimal(tone), roots=set(self.roots_of[roots]),
            files={self.by_file[f] for f in files} if files else set(self.names[:1]),
            ids=ids, urls=urls, added=f"{added:08d}" if added is not None else "")


def _grouped_claims(held: _Open, width: int, names: list[str], by_file: dict[str, str]) -> Iterator[GdeltClaim]:
    """The claims of the one pass as objects, in output order, read in batches."""
    make = _Claims(width, names, by_file).make
    cursor = held.con.cursor()
    try:
        for *sums, ids, url_ids, urls in _batches(cursor, "SELECT a1, a2, quad, period, events, first, last, "
                                                          "mentions, sources, articles, goldstein, tone, roots, "
                                                          "added, files, ids, url_ids, urls FROM grouped "
                                                          f"WHERE a1 IS NOT NULL ORDER BY {_ORDER}", held.cap):
            yield make(*sums, sorted(ids), dict(zip(url_ids or (), urls or ())))
    finally:
        cursor.close()


def _claims(held: _Open, max_urls: int, width: int, names: list[str],
            by_file: dict[str, str]) -> Iterator[GdeltClaim]:
    """The staged claims as objects, one by one, in output order: the sums and, merged by key,
    the ids and URLs, each read from DuckDB in batches (two cursors on the one database)."""
    make = _Claims(width, names, by_file).make
    sums, extra = held.con.cursor(), held.con.cursor()
    try:
        ids = _batches(extra, _ids_sql(max_urls), held.cap)
        pending = next(ids, None)
        for row in _batches(sums, _claims_sql(), held.cap):
            listed, linked = [], {}
            while pending is not None and pending[:4] == row[:4]:
                _, _, _, _, event_id, url, in_ids, with_url = pending
                if in_ids:
                    listed.append(event_id)
                if with_url:
                    linked[event_id] = url
                pending = next(ids, None)
            yield make(*row, listed, linked)
    finally:
        sums.close()
        extra.close()
