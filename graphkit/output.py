"""Rows to text: a terminal table, CSV, JSON or Markdown, with dates as ISO strings."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Sequence
from enum import Enum

__all__ = ["Format", "format_rows", "jsonable", "markdown_table"]


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


def jsonable(value):
    """A value as JSON can hold it: dates and times as ISO strings, Neo4j values as Python."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if hasattr(value, "items") and hasattr(value, "keys"):  # neo4j Node / Relationship
        return {str(k): jsonable(v) for k, v in dict(value).items()}
    return str(value)


def _cell(value) -> str:
    value = jsonable(value)
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _pipe_safe(value) -> str:
    """A cell's text on one line, with ``|`` escaped; values stay as they are otherwise."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def markdown_table(columns: Sequence, rows: Sequence[Sequence], *,
                   cell: Callable[[object], str] = _pipe_safe) -> str:
    """A Markdown table: the header, a ``---`` line, a line per row; every cell through ``cell``.

    The one table writer of graphkit (query results, the bloc report). The default
    ``cell`` keeps values as they are, so URLs can be copied; the report passes one that
    escapes all Markdown and HTML.

    Examples
    --------
    >>> print(markdown_table(["a", "b"], [[1, "x|y"], [2, "two\\nlines"]]))
    | a | b |
    | --- | --- |
    | 1 | x\\|y |
    | 2 | two lines |
    """
    lines = ["| " + " | ".join(cell(c) for c in columns) + " |",
             "| " + " | ".join("---" for _ in columns) + " |"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def format_rows(rows: Sequence[dict], fmt: Format | str = Format.table, *,
                columns: Sequence[str] | None = None, title: str | None = None,
                width: int | None = None) -> str:
    """Format ``rows`` (dicts) as a table, CSV, JSON or Markdown.

    A table is as wide as ``width`` (default: the terminal's, or ``$COLUMNS``; piped to
    a file or another program, as wide as its longest cells, one row per line); its URL
    columns never wrap, other columns fold (see :func:`_table`).

    Examples
    --------
    >>> print(format_rows([{"a": 1, "b": "x|y"}], "markdown"))
    | a | b |
    | --- | --- |
    | 1 | x\\|y |
    >>> format_rows([{"day": dt.date(2024, 6, 11)}], "json")
    '[\\n  {\\n    "day": "2024-06-11"\\n  }\\n]'
    """
    fmt = Format(fmt)
    columns = list(columns or (list(rows[0]) if rows else []))
    if fmt is Format.json:
        return json.dumps([{c: jsonable(r.get(c)) for c in columns} for r in rows],
                          ensure_ascii=False, indent=2)
    if fmt is Format.csv:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r.get(c)) for c in columns])
        return buf.getvalue().rstrip("\n")
    if fmt is Format.markdown:
        return markdown_table(columns, [[_cell(r.get(c)) for c in columns] for r in rows])
    return _table(rows, columns, title=title, width=width)


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")
# A folded column keeps its longest word whole when the table is tight, within these bounds.
_FOLDED_MIN, _FOLDED_MAX = 8, 16


def _terminal_width() -> int | None:
    """The terminal's width (or ``$COLUMNS``); None when output goes to a pipe or a file,
    where a row is best kept on one line for grep, sort and cut."""
    if os.environ.get("COLUMNS", "").isdigit() or sys.stdout.isatty():
        return shutil.get_terminal_size((160, 24)).columns
    return None


def _table(rows: Sequence[dict], columns: list[str], *, title: str | None,
           width: int | None) -> str:
    """A terminal table in which every URL stays on one line, whole, so it can be copied.

    Columns holding URLs never wrap; the others fold. When the URLs alone are wider than
    the terminal, the table is drawn wider than it (the terminal's own soft wrap keeps a
    URL one piece of text; a line break inside it would not).
    """
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widest = [max([len(c), *(len(line) for row in cells for line in row[i].splitlines())])
              for i, c in enumerate(columns)]
    urls = [any(_URL.fullmatch(row[i]) for row in cells) for i in range(len(columns))]
    words = [max([len(w) for row in cells for w in row[i].split()], default=0)
             for i in range(len(columns))]
    table = Table(title=title, box=box.SIMPLE_HEAD, show_lines=False)
    for c, is_url in zip(columns, urls):
        table.add_column(c, no_wrap=is_url, overflow="ignore" if is_url else "fold")
    for row in cells:
        table.add_row(*map(Text, row))
    # the padding (1 each side of a column), the separators between columns and the edges
    frame = 3 * len(columns) + 1
    needed = frame + sum(w if is_url else min(w, max(_FOLDED_MIN, min(word, _FOLDED_MAX)))
                         for w, word, is_url in zip(widest, words, urls))
    width = width or _terminal_width() or frame + sum(widest)
    console = Console(file=io.StringIO(), width=max(width, needed), force_terminal=False,
                      color_system=None, highlight=False)
    console.print(table)
    return "\n".join(line.rstrip() for line in console.file.getvalue().rstrip("\n").splitlines())
