"""A treaty's status as a table in columns of text: a header naming the acts ("Date of
Signature", "Deposit of Ratification", "Accession"), then one row per state with its dates
under them ("Afghanistan   01/27/67   03/21/88"). Each date belongs to the column whose header
it stands under (tabs expanded), and the treaty is the node whose name or alias the page gives
before the table ("OUTER SPACE TREATY").

A date is read as the table writes it, never guessed: month and day in the order the table's
own dates prove (a first number above 12 is a day, a second one a month; when none proves it,
only the year is kept), and a two-digit year as 19YY only when 20YY would be in the future
(else no date). A row whose name the country library does not know gives no claim.
"""

from __future__ import annotations

import datetime as dt
import re

from graphkit.extract.candidate import Candidate
from graphkit.io.countries import to_iso3

__all__ = ["status_column_claims"]

_ACTS = {"signature": "SIGNED", "ratification": "RATIFIED", "accession": "ACCEDED_TO",
         "succession": "SUCCEEDED_TO", "acceptance": "RATIFIED", "approval": "RATIFIED"}
_ACT = re.compile(r"\b(" + "|".join(_ACTS) + r")\b", re.IGNORECASE)
_ROW_HEAD = re.compile(r"^\s*(country|state|states|participant|signatory|party)\b", re.IGNORECASE)
_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


def _columns(lines: list[str], head: int) -> list[tuple[int, str]]:
    """(column, relation) of the act words on the header row and the two lines above it."""
    found = {}
    for line in lines[max(0, head - 2):head + 1]:
        for m in _ACT.finditer(line.expandtabs(8)):
            found[m.start()] = _ACTS[m.group(1).lower()]
    return sorted(found.items())


def _order(dates: list[re.Match]) -> str | None:
    """"md" or "dm" as the table's own dates prove it, else None."""
    day_first = any(int(d.group(1)) > 12 for d in dates)
    month_first = any(int(d.group(2)) > 12 for d in dates)
    if day_first == month_first:
        return None
    return "dm" if day_first else "md"


def _iso(date: re.Match, order: str | None) -> str:
    year = date.group(3)
    if len(year) == 2:
        if int(year) <= dt.date.today().year % 100:
            return ""  # 19YY or 20YY: the table does not say
        year = f"19{year}"
    if order is None:
        return year
    a, b = int(date.group(1)), int(date.group(2))
    month, day = (a, b) if order == "md" else (b, a)
    return f"{year}-{month:02d}-{day:02d}"


def status_column_claims(text: str, gazetteer, agreement: str, offset: int = 0) -> list[Candidate]:
    """The claims of every treaty status table in ``text`` (see the module's docstring)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    claims: list[Candidate] = []
    for head, line in enumerate(lines):
        if not _ROW_HEAD.match(line):
            continue
        columns = _columns(lines, head)
        if len({r for _, r in columns}) < 2:
            continue
        treaty = gazetteer.named_in(text[:starts[head]], agreement)
        if treaty is None:
            continue
        rows = _rows(lines, head + 1)
        order = _order([d for _, _, dates in rows for d in dates])
        for number, name, dates in rows:
            state = to_iso3(name.rstrip("0123456789 ").strip())
            if state is None:
                continue
            start = starts[number]
            evidence = lines[number]
            for date in dates:
                column = min(columns, key=lambda c: abs(c[0] - date.start()))[1]
                claims.append(Candidate(
                    state, column, treaty, _iso(date, order), evidence, start + offset,
                    start + len(evidence) + offset, 0.85,
                    f"status table: a column of dates; column:{column.lower()}",
                    f"0-{len(evidence.rstrip())}", "", "the table's date"))
    return claims


def _rows(lines: list[str], first: int) -> list[tuple[int, str, list[re.Match]]]:
    """(line number, name, dates in the tab-expanded line) of each row after a header, a name
    broken over two lines joined; the table ends at a line of prose or three blank lines."""
    rows, blank, pending = [], 0, ""
    for number in range(first, len(lines)):
        line = lines[number].expandtabs(8)
        if not line.strip():
            blank += 1
            if blank >= 3 and rows:
                break
            continue
        blank = 0
        dates = list(_DATE.finditer(line))
        name = line[:dates[0].start()].strip() if dates else line.strip()
        if not dates:
            if len(name) > 60 or name.endswith("."):
                break  # prose: the table is over
            pending = name  # "China, People s" over "Republic of   12/30/83"
            continue
        rows.append((number, f"{pending} {name}".strip() if pending else name, dates))
        pending = ""
    return rows
