"""Formal alliances in: COW Formal Alliances v4.1 and ATOP 5.1, member level.

Each alliance becomes a node of the first kind that anchors a bloc and that ``MEMBER_OF``
may reach (``Organisation``: ``cow-alliance-7``, ``atop-3180``), and each
member row a ``MEMBER_OF`` edge from the member state, from its entry until its exit, at the
precision the row gives (year, month or day: a missing or zero month or day is left out),
with the obligation types the row codes (COW: defense, neutrality, nonaggression,
entente; ATOP adds offense and consultation) as the typed list column ``obligations``
(schema.yaml's ``edge_columns.types``), and in the evidence and the note. State codes
are COW's (ATOP uses them too) and map through :func:`graphkit.io.countries.cow_to_iso3`
on the day of entry, so that the Soviet Union, Prussia or Yugoslavia get their own
historical ids (``FORMER_STATES``). Rows of one member that begin the same day in one
alliance (ATOP's phases) make one edge, with every phase in its note.

The file is read as a stream (memory grows with the memberships, not with the rows
read); every problem is named with its file, line and column, and on any problem nothing
is written.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.errors import DataErrors, DataProblem
from graphkit.io.countries import country_info, cow_to_iso3
from graphkit.io.files import check_regular, display_path
from graphkit.io.importers.output import Imported, Progress, check_imported, counted, open_members

__all__ = ["ATOP", "COW", "OBLIGATIONS", "AllianceFormat", "read_alliances"]

#: Obligation types, in the order they are listed.
OBLIGATIONS = ("defense", "offense", "neutrality", "nonaggression", "consultation", "entente")
_MISSING = {"", ".", "NA", "-9", "-99"}


@dataclass(frozen=True)
class AllianceFormat:
    """What differs between two member-level alliance files: names of columns and of things."""

    name: str  # output file stem
    dataset: str
    publisher: str
    url: str
    id_prefix: str
    alliance_column: str
    member_column: str
    entry: tuple[str, str, str]  # year, month, day columns
    exit: tuple[str, str, str]
    obligations: dict[str, str]  # column -> obligation type
    extra: tuple[str, ...] = ()  # optional columns kept in the note (phase, cowid...)
    required: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "required", (self.alliance_column, self.member_column, *self.entry,
                                              *self.exit, *self.obligations))


COW = AllianceFormat(
    name="cow_alliances", dataset="COW Formal Alliances v4.1, member level",
    publisher="Correlates of War Project (Formal Alliances v4.1)",
    url="https://correlatesofwar.org/data-sets/formal-alliances/", id_prefix="cow-alliance-",
    alliance_column="version4id", member_column="ccode",
    entry=("mem_st_year", "mem_st_month", "mem_st_day"), exit=("mem_end_year", "mem_end_month", "mem_end_day"),
    obligations={"defense": "defense", "neutrality": "neutrality", "nonaggression": "nonaggression",
                 "entente": "entente"},
    extra=("state_name", "left_censor", "right_censor"),
)
ATOP = AllianceFormat(
    name="atop", dataset="ATOP 5.1, member level", publisher="ATOP (Alliance Treaty Obligations and Provisions) 5.1",
    url="http://www.atopdata.org/", id_prefix="atop-", alliance_column="atopid", member_column="member",
    entry=("yrent", "moent", "dayent"), exit=("yrexit", "moexit", "dayexit"),
    obligations={"defense": "defense", "offense": "offense", "neutral": "neutrality", "nonagg": "nonaggression",
                 "consul": "consultation"},
    extra=("phase", "cowid"),
)


@dataclass
class _Membership:
    subject: str
    alliance: str
    since: str
    until: str | None
    code: int
    obligations: set[str]
    lines: list[int]
    extras: list[str]


def _number(row: dict, column: str, problem, *, missing_ok: bool) -> int | None:
    text = (row.get(column) or "").strip()
    if text in _MISSING:
        if missing_ok:
            return None
        problem(column, f"expected a whole number, got {text!r}")
        return None
    try:
        value = float(text)
        if value != int(value):
            raise ValueError(text)
        return int(value)
    except (ValueError, OverflowError):
        problem(column, f"expected a whole number, got {text!r}")
        return None


def _date(row: dict, columns: tuple[str, str, str], problem, *, open_ended: bool) -> str | None:
    """An ISO date at the row's precision; ``None`` for an open end (year missing or 0)."""
    year, month, day = (_number(row, c, problem, missing_ok=True) for c in columns)
    if not year:
        if not open_ended:
            problem(columns[0], f"expected a year, got {row.get(columns[0])!r}")
        return None
    if not month:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        problem(columns[1], f"expected a month from 1 to 12, got {month}")
        return None
    try:
        if not day:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        problem(columns[2], f"expected a real date, got year {year}, month {month}, day {day}")
        return None


def _rows(path: Path, fmt: AllianceFormat, problems: list[DataProblem],
          read: list[int]) -> Iterator[tuple[str, int, dict]]:
    shown = display_path(path)
    for member, lines in open_members(path):
        where = shown if member == path.name else f"{shown}:{member}"
        reader = csv.DictReader(counted(lines, read))
        header = [h.strip().lstrip("\ufeff") for h in (reader.fieldnames or [])]
        reader.fieldnames = header
        missing = [c for c in fmt.required if c not in header]
        if missing:
            problems.append(DataProblem(where, 1, "header", f"expected the columns of {fmt.dataset} "
                                        f"({', '.join(missing)} missing), got {', '.join(header[:8]) or 'nothing'}"))
            return
        for row in reader:
            yield where, reader.line_num, row


def read_alliances(path: Path | str, fmt: AllianceFormat, *, retrieved: str | None = None,
                   progress: Progress | None = None) -> Imported:
    """Read a member-level alliance file (COW v4.1 or ATOP 5.1) into checked node and edge rows.

    Parameters
    ----------
    path : path
        ``alliance_v4.1_by_member.csv`` (fmt :data:`COW`) or ``atop5_1m.csv`` (fmt
        :data:`ATOP`), plain or zipped.
    fmt : AllianceFormat
        :data:`COW` or :data:`ATOP`.
    retrieved : str, optional
        The day the file was downloaded (``YYYY-MM-DD``); by default the day of its
        last modification.
    progress : callable, optional
        Called as ``progress(bytes_done, bytes_total)`` while the file is read.

    Returns
    -------
    Imported
        ``nodes`` (one per alliance), ``edges`` (one per membership), ``dataset``.

    Raises
    ------
    DataErrors
        Every bad row (file:line: column: expectation), or a row ``graphkit validate``
        would refuse; nothing is written.
    """
    path = Path(path)
    size = check_regular(path, limit=2**40).st_size
    if retrieved is None:
        retrieved = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
    problems: list[DataProblem] = []
    members: dict[tuple[str, str, str], _Membership] = {}
    read = [0]
    try:
        for where, line, row in _rows(path, fmt, problems, read):
            if progress and line % 1000 == 0:
                progress(min(size, read[0]), size)

            def problem(column: str, message: str, where=where, line=line) -> None:
                problems.append(DataProblem(where, line, column, message))

            alliance = _number(row, fmt.alliance_column, problem, missing_ok=False)
            code = _number(row, fmt.member_column, problem, missing_ok=False)
            since = _date(row, fmt.entry, problem, open_ended=False)
            until = _date(row, fmt.exit, problem, open_ended=True)
            flags = {name: _number(row, column, problem, missing_ok=True) for column, name in fmt.obligations.items()}
            if alliance is None or code is None or since is None:
                continue
            subject = cow_to_iso3(code, since)
            if subject is None:
                problem(fmt.member_column, f"expected a COW state code that graphkit maps to a country on "
                        f"{since} (add it to COW_STATES and FORMER_STATES in graphkit/io/countries.py), got {code}")
                continue
            if until is not None and until <= since:
                problem(fmt.exit[0], f"expected an exit after the entry ({since}), got {until}")
                continue
            key = (subject, f"{fmt.id_prefix}{alliance}", since)
            extras = [f"{c} {row[c].strip()}" for c in fmt.extra if (row.get(c) or "").strip() not in _MISSING]
            held = members.get(key)
            if held is None:
                members[key] = _Membership(subject, key[1], since, until, code,
                                           {n for n, v in flags.items() if v}, [line], extras)
            else:  # one more phase beginning the same day
                held.obligations |= {n for n, v in flags.items() if v}
                held.until = None if held.until is None or until is None else max(held.until, until)
                held.lines.append(line)
                held.extras += [e for e in extras if e not in held.extras]
            if len(problems) > 1000:
                break
    except (UnicodeDecodeError, OSError, csv.Error) as exc:
        problems.append(DataProblem(display_path(path), 0, "file", f"expected {fmt.dataset} as CSV in UTF-8: {exc}"))
    if problems:
        raise DataErrors(problems)
    if progress:
        progress(size, size)
    ordered = sorted(members.values(), key=lambda m: (m.alliance, m.subject, m.since))
    from graphkit.schema import load_schema

    schema = load_schema()
    # the kind of an alliance: the first kind that anchors a bloc and MEMBER_OF may reach
    kind = next(k for k in schema.bloc_anchor_kinds if k in schema.relations["MEMBER_OF"].target)
    imported = Imported(fmt.name, list(_edges(ordered, fmt, path, retrieved)), _nodes(ordered, fmt, kind),
                        typed=("obligations",))
    return check_imported(imported, schema)


def _listed(obligations: set[str]) -> str:
    return ", ".join(o for o in OBLIGATIONS if o in obligations) or "none coded"


def _edges(members: list[_Membership], fmt: AllianceFormat, path: Path, retrieved: str) -> Iterator[dict[str, str]]:
    for m in members:
        number = m.alliance.removeprefix(fmt.id_prefix)
        name = country_info(m.subject).name
        yield {
            "subject": m.subject, "relation": "MEMBER_OF", "object": m.alliance, "since": m.since,
            "until": m.until or "", "source_url": fmt.url, "publisher": fmt.publisher,
            "evidence": (f"{fmt.dataset} codes {name} (state code {m.code}) as a member of alliance {number} "
                         f"from {m.since} {f'to {m.until}' if m.until else 'with no exit'}; obligations: "
                         f"{_listed(m.obligations)}."),
            "retrieved": retrieved,
            "note": (f"dataset: {fmt.dataset}; file: {path.name}; lines: {', '.join(map(str, m.lines))}; "
                     f"obligations: {_listed(m.obligations)}"
                     + (f"; {'; '.join(m.extras)}" if m.extras else "")
                     + "; evidence is the dataset's coding, not a quoted sentence"),
            "source_kind": "secondary",
            "obligations": ";".join(o for o in OBLIGATIONS if o in m.obligations),
        }


def _nodes(members: list[_Membership], fmt: AllianceFormat, kind: str) -> list[dict[str, str]]:
    by_alliance: dict[str, list[_Membership]] = {}
    for m in members:
        by_alliance.setdefault(m.alliance, []).append(m)
    rows = []
    for alliance, ms in sorted(by_alliance.items()):
        number = alliance.removeprefix(fmt.id_prefix)
        first = min(m.since for m in ms)
        obligations = set().union(*(m.obligations for m in ms))
        rows.append({
            "id": alliance, "kind": kind, "name": f"{fmt.dataset.split(',')[0]} alliance {number} ({first[:4]})",
            "aliases": "", "url": fmt.url,
            "description": (f"Alliance {number} of {fmt.dataset}: {len({m.subject for m in ms})} member states, "
                            f"first entry {first}; obligations: {_listed(obligations)}."),
        })
    return rows
