"""GDELT 2.0 event files in, as country-to-country claims in data/'s edge format.

A GDELT 2.0 event file (``YYYYMMDDHHMMSS.export.CSV``, plain or zipped) has 61
tab-separated columns and no header. :func:`aggregate_gdelt` streams the rows (memory
grows with the claims, not with the input), keeps the events whose two actors have a
country code that is an ISO 3166-1 alpha-3 country (regions such as ``AFR`` or ``EUR``,
and events within one country, are left out), filtered by CAMEO root code, QuadClass,
day range and minimum number of sources, and sums them by direction (Actor1 -> Actor2),
QuadClass and period (month by default). Each QuadClass is one relation of schema.yaml
(:data:`QUAD_RELATIONS`). :func:`gdelt_edge_rows` turns each sum into one edge row: from
the first event's day until the day after the last, the first event's article as source,
and in ``note`` the dataset, file, event count, NumMentions/NumSources/NumArticles,
mean GoldsteinScale and AvgTone and the smallest GLOBALEVENTIDs.

Three engines give the same claims: one C pass (:mod:`.gdelt_c`, the default), DuckDB
(:mod:`.gdelt_duckdb`: one SQL filter and GROUP BY over the tab-separated files) and plain
streaming Python (this module). The first two take well-formed input only; a file they
refuse, or a value outside the strict forms they check, sends the whole import to the
next engine, and at last to Python, which names every bad row with its file and line. Means are computed from
exact decimal sums, so the order of the rows (or of the files) does not change a digit.
"""

from __future__ import annotations

import csv
import datetime as dt
import heapq
import zipfile
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path

from graphkit.errors import DataErrors, DataProblem, SchemaError
from graphkit.io.countries import is_iso3
from graphkit.io.files import check_regular, display_path
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
    PUBLISHER,
    QUAD_NAMES,
    QUAD_RELATIONS,
    GdeltClaim,
    GdeltFilter,
    GdeltImport,
)
from graphkit.io.importers.output import (
    EDGE_COLUMNS,
    Imported,
    Progress,
    check_imported,
    counted,
    csv_text,
    open_members,
    write_imported,
)

__all__ = ["COLUMNS", "EDGE_COLUMNS", "ENGINES", "PUBLISHER", "QUAD_RELATIONS", "GdeltClaim", "GdeltFilter",
           "GdeltImport", "aggregate_gdelt", "gdelt_csv_text", "gdelt_edge_rows", "import_gdelt",
           "iter_edge_rows", "read_gdelt", "sort_claims"]

_PROGRESS_EVERY = 20_000
#: The typed columns of a GDELT edge (schema.yaml's ``edge_columns.types``): the events summed
#: and their mean GoldsteinScale, what bloc reports add up between blocs.
TYPED = ("events", "goldstein")
#: The engines, fastest first; each hands input outside its strict forms to the next.
ENGINES = ("c", "duckdb", "python")


def _sizes(paths: list[Path]) -> int:
    """Bytes to read: plain files' sizes, zip members' uncompressed sizes."""
    total = 0
    for path in paths:
        try:
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as archive:
                    total += sum(i.file_size for i in archive.infolist())
                continue
        except (OSError, zipfile.BadZipFile):
            pass
        total += path.stat().st_size
    return total


def aggregate_gdelt(paths: Iterable[Path | str], filters: GdeltFilter | None = None, *,
                    max_urls: int = 3, engine: str = "c",
                    progress: Progress | None = None) -> GdeltImport:
    """Stream GDELT 2.0 event files and sum the kept events into claims (sorted).

    Parameters
    ----------
    paths : paths
        GDELT 2.0 event files, plain or zipped.
    filters : GdeltFilter, optional
        Which events count and the period they are summed by.
    max_urls : int, default 3
        Article URLs kept per claim (those of its smallest GLOBALEVENTIDs).
    engine : {"c", "duckdb", "python"}
        One C pass (default, :mod:`.gdelt_c`), DuckDB, or plain Python; all give the same
        claims, and each hands input it does not take as well-formed to the next (see the
        module docstring).
    progress : callable, optional
        Called as ``progress(bytes_done, bytes_total)`` while the files are read.

    Raises
    ------
    DataErrors
        A row without 61 columns, or with a date, code or number that is not one (every
        problem, with file:line).
    FileRefused
        A path that is not a regular readable file.
    """
    filters = filters or GdeltFilter()
    paths = [Path(p) for p in paths]
    for path in paths:
        check_regular(path, limit=2**40)
    total = _sizes(paths)
    if engine not in ENGINES:
        raise ValueError(f"engine: expected one of {', '.join(map(repr, ENGINES))}, got {engine!r}")
    if engine == "c":
        from graphkit.io.importers.gdelt_c import aggregate_c

        result = aggregate_c(paths, filters, max_urls=max_urls, progress=progress, total=total)
        if result is not None:
            return result
    if engine in ("c", "duckdb"):
        from graphkit.io.importers.gdelt_duckdb import aggregate_duckdb

        result = aggregate_duckdb(paths, filters, max_urls=max_urls, progress=progress, total=total)
        if result is not None:
            return result
    return _aggregate_python(paths, filters, max_urls=max_urls, progress=progress, total=total)


def _aggregate_python(paths: list[Path], filters: GdeltFilter, *, max_urls: int,
                      progress: Progress | None, total: int) -> GdeltImport:
    claims: dict[tuple, GdeltClaim] = {}
    problems: list[DataProblem] = []
    rows = kept = done = 0
    names = []
    for path in paths:
        shown = display_path(path)
        try:
            for member, lines in open_members(path):
                names.append(member)
                where = shown if member == path.name else f"{shown}:{member}"
                read = [0]
                if progress:
                    lines = counted(lines, read)
                for line_no, row in enumerate(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                    if progress and line_no % _PROGRESS_EVERY == 0:
                        progress(min(done + read[0], total), total)
                    if not row:
                        continue
                    rows += 1
                    if len(row) != COLUMNS:
                        problem = DataProblem(where, line_no, "columns",
                                              f"expected {COLUMNS} tab-separated columns, got {len(row)}")
                        if line_no == 1:  # not an event file at all: one line says so
                            raise DataErrors([DataProblem(where, 1, "columns", problem.message
                                                          + " (is it a GDELT 2.0 *.export.CSV file?)")])
                        problems.append(problem)
                        continue
                    try:
                        kept += _add(claims, row, member, filters)
                    except ValueError as exc:
                        name, _, message = str(exc).partition(": ")
                        problems.append(DataProblem(where, line_no, name, message))
        except (UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
            problems.append(DataProblem(shown, 0, "file", f"expected GDELT 2.0 event rows in UTF-8: {exc}"))
        done = _sizes(paths[: paths.index(path) + 1])
        if progress:
            progress(done, total)
        if len(problems) > 1000:
            break
    if problems:
        raise DataErrors(problems)
    for claim in claims.values():
        claim.ids = sorted(-i for i in claim.ids)
        claim.urls = dict(sorted(claim.urls.items())[:max_urls])
    ordered = sort_claims(claims.values())
    return GdeltImport(rows, kept, names, "python", len(ordered), ordered)


def sort_claims(claims: Iterable[GdeltClaim]) -> list[GdeltClaim]:
    """Claims in the order of the output file: subject, relation, object, first day."""
    return sorted(claims, key=lambda c: (c.subject, c.relation, c.object, c.first))


def _add(claims: dict[tuple, GdeltClaim], row: list[str], member: str, f: GdeltFilter) -> int:
    event_id, day = _int(row[COL_ID], "GLOBALEVENTID"), _day(row[COL_DAY])  # every row is checked
    quad, root = _int(row[COL_QUAD], "QuadClass"), row[COL_ROOT]
    if quad not in QUAD_RELATIONS:
        raise ValueError(f"QuadClass: expected 1, 2, 3 or 4, got {row[COL_QUAD]!r}")
    sources = _int(row[COL_SOURCES], "NumSources")
    a1, a2 = row[COL_A1], row[COL_A2]
    if not a1 or not a2 or a1 == a2 or not is_iso3(a1) or not is_iso3(a2):
        return 0
    if (quad not in f.quad_classes or (f.roots is not None and root not in f.roots)
            or (f.start and day < f.start) or (f.end and day > f.end) or sources < f.min_sources):
        return 0
    iso = day.isoformat()
    period = iso[:4] if f.period == "year" else iso[:7] if f.period == "month" else iso
    key = (a1, a2, quad, period)
    claim = claims.get(key)
    if claim is None:
        claim = claims[key] = GdeltClaim(a1, a2, quad, period)
    claim.events += 1
    claim.first, claim.last = min(claim.first, iso), max(claim.last, iso)
    claim.mentions += _int(row[COL_MENTIONS], "NumMentions")
    claim.sources += sources
    claim.articles += _int(row[COL_ARTICLES], "NumArticles")
    claim.goldstein += _decimal(row[COL_GOLDSTEIN], "GoldsteinScale")
    claim.tone += _decimal(row[COL_TONE], "AvgTone")
    claim.roots.add(root)
    claim.files.add(member)
    claim.added = max(claim.added, row[COL_ADDED][:8])
    ids = claim.ids  # a max-heap (negated) of the smallest ids while reading
    if len(ids) < IDS_KEPT:
        heapq.heappush(ids, -event_id)
    elif event_id < -ids[0]:
        heapq.heapreplace(ids, -event_id)
    if row[COL_URL] and (len(claim.urls) < 8 or event_id < max(claim.urls)):
        claim.urls[event_id] = row[COL_URL]
        if len(claim.urls) > 8:
            del claim.urls[max(claim.urls)]
    return 1


def _day(text: str) -> dt.date:
    try:
        if len(text) != 8 or not text.isascii():
            raise ValueError(text)
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise ValueError(f"SQLDATE: expected a day as YYYYMMDD, got {text!r}") from None


def _int(text: str, name: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{name}: expected a whole number, got {text!r}") from None


def _decimal(text: str, name: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValueError(f"{name}: expected a number, got {text!r}")
    return value


def _mean(total: Decimal, count: int) -> str:
    """``total / count`` to two decimals, rounded half to even (exact: no float on the way)."""
    return f"{total / count:.2f}"


def gdelt_edge_rows(result: GdeltImport, schema=None) -> list[dict[str, str]]:
    """One row of data/'s edge format per claim (:func:`iter_edge_rows` as a list)."""
    return list(iter_edge_rows(result, schema))


def iter_edge_rows(result: GdeltImport, schema=None) -> Iterator[dict[str, str]]:
    """One row of data/'s edge format per claim, made as they are read.

    Raises
    ------
    SchemaError
        A relation of :data:`QUAD_RELATIONS` is not in schema.yaml.
    """
    if schema is not None:
        missing = sorted(set(QUAD_RELATIONS.values()) - set(schema.relations))
        if missing:
            raise SchemaError(f"schema.yaml lacks the GDELT relations {missing}")
    for c in result.iter_claims():
        until = (dt.date.fromisoformat(c.last) + dt.timedelta(days=1)).isoformat()
        added = c.added or c.last.replace("-", "")
        ids = " ".join(map(str, c.ids)) + (f" (+{c.events - len(c.ids)} more)" if c.events > len(c.ids) else "")
        roots = ", ".join(sorted(c.roots))
        yield {
            "subject": c.subject, "relation": c.relation, "object": c.object,
            "since": c.first, "until": until,
            "source_url": next(iter(c.urls.values()), "http://data.gdeltproject.org/gdeltv2/"),
            "publisher": PUBLISHER,
            "evidence": (f"GDELT 2.0 coded {c.events} event{'s' if c.events != 1 else ''} of "
                         f"{QUAD_NAMES[c.quad_class]} (CAMEO root {roots}) with Actor1 {c.subject} and "
                         f"Actor2 {c.object}, from {c.first} to {c.last}."),
            "retrieved": f"{added[:4]}-{added[4:6]}-{added[6:8]}",
            "note": (f"dataset: GDELT 2.0 Event Database; files: {', '.join(sorted(c.files))}; "
                     f"period: {c.period}; events: {c.events}; NumMentions: {c.mentions}; "
                     f"NumSources: {c.sources}; NumArticles: {c.articles}; "
                     f"mean GoldsteinScale: {_mean(c.goldstein, c.events)}; mean AvgTone: {_mean(c.tone, c.events)}; "
                     f"GLOBALEVENTIDs: {ids}; more articles: {' '.join(list(c.urls.values())[1:]) or 'none'}; "
                     "evidence is GDELT's coding, not a quoted sentence"),
            "source_kind": "secondary",
            "events": str(c.events), "goldstein": _mean(c.goldstein, c.events),
        }


def gdelt_csv_text(rows: list[dict[str, str]]) -> str:
    """The rows as a CSV file of data/'s edge format (header first)."""
    return csv_text(rows, EDGE_COLUMNS + TYPED)


def read_gdelt(paths: Iterable[Path | str], filters: GdeltFilter | None = None, *, max_urls: int = 3,
               engine: str = "c", progress: Progress | None = None,
               keep_claims: bool = True) -> tuple[GdeltImport, Imported]:
    """Aggregate GDELT 2.0 event files and check the edge rows as ``graphkit validate`` would.

    Returns the aggregation and the checked rows (``.dataset`` ready for
    :func:`graphkit.store.load.load_graph`, ``.files`` for files). Writes nothing. With
    ``keep_claims=False`` the DuckDB engine frees its memory once the rows are made, before
    the check (``GdeltImport.claims`` is then empty): what ``graphkit import gdelt`` does.

    Raises
    ------
    DataErrors
        A bad input row, or an output row ``graphkit validate`` would refuse.
    SchemaError
        schema.yaml lacks a relation of :data:`QUAD_RELATIONS`.
    """
    from graphkit.schema import load_schema

    schema = load_schema()
    result = aggregate_gdelt(paths, filters, max_urls=max_urls, engine=engine, progress=progress)
    rows = iter_edge_rows(result, schema)
    if not keep_claims and result.release:
        rows = _then(rows, result.release)
    return result, check_imported(Imported("gdelt", rows, typed=TYPED), schema)


def _then(rows: Iterator[dict[str, str]], done: Callable[[], None]) -> Iterator[dict[str, str]]:
    yield from rows
    done()


def import_gdelt(paths: Iterable[Path | str], out: Path | str, filters: GdeltFilter | None = None, *,
                 max_urls: int = 3, engine: str = "c", progress: Progress | None = None) -> GdeltImport:
    """Read GDELT 2.0 event files and write their claims to ``out``, an edge CSV of data/'s format.

    :func:`read_gdelt`, then :func:`graphkit.io.importers.output.write_imported`: the rows
    are checked before anything is written, and on any problem (those of :func:`read_gdelt`,
    or a GraphkitError when ``out`` cannot be written) nothing is. The same input gives the
    same file, byte for byte.
    """
    result, imported = read_gdelt(paths, filters, max_urls=max_urls, engine=engine, progress=progress)
    write_imported(imported, out)
    return result
