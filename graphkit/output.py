"""Rows to text: a terminal table, CSV, JSON or Markdown, with dates as ISO strings."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from enum import Enum

__all__ = ["Format", "format_rows", "jsonable"]


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


def format_rows(rows: Sequence[dict], fmt: Format | str = Format.table, *,
                columns: Sequence[str] | None = None, title: str | None = None,
                width: int | None = None) -> str:
    """Format ``rows`` (dicts) as a table, CSV, JSON or Markdown.

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
        def md(v):
            return _cell(v).replace("|", "\\|").replace("\n", " ")
        lines = ["| " + " | ".join(columns) + " |", "| " + " | ".join("---" for _ in columns) + " |"]
        lines += ["| " + " | ".join(md(r.get(c)) for c in columns) + " |" for r in rows]
        return "\n".join(lines)
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, box=box.SIMPLE_HEAD, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*(Text(_cell(r.get(c))) for c in columns))
    console = Console(file=io.StringIO(), width=width or 160, force_terminal=False,
                      color_system=None, highlight=False)
    console.print(table)
    return console.file.getvalue().rstrip("\n")
