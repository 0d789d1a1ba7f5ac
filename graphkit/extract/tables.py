"""Simple tables kept as lines of text: a header line naming countries and what a date
says ("Country   Year/Month joined", "State<TAB>Date of accession"), then one row per line,
a country and its date ("China* 2021/June", "Venezuela<TAB>2023-07"). Each row is a claim
about the article's topic, dated by the row."""

from __future__ import annotations

import re

from graphkit.extract.dates import month_number

__all__ = ["table_relation", "table_row"]

_HEAD = re.compile(
    r"^\s*(?:country|countries|member|members|member state|state|states|nation|nations|"
    r"signatory|signatories|party|parties)\b[^.\n]{0,40}?\b(?P<word>joined|joining|accession|"
    r"admitted|admission|member since|membership|signed|signature|ratified|ratification)\b"
    r"[^.\n]{0,20}$", re.IGNORECASE)
# the relation a header word stands for
_WORDS = {"joined": "MEMBER_OF", "joining": "MEMBER_OF", "accession": "MEMBER_OF",
          "admitted": "MEMBER_OF", "admission": "MEMBER_OF", "member since": "MEMBER_OF",
          "membership": "MEMBER_OF", "signed": "SIGNED", "signature": "SIGNED",
          "ratified": "RATIFIED", "ratification": "RATIFIED"}
_ROW = re.compile(
    r"^(?P<name>[^\d\t]{2,60}?)[*†]?\s+(?P<y>(?:19|20)[0-9]{2})"
    r"(?:\s*[/.-]\s*(?P<m>[A-Za-z]{3,9}|[0-9]{1,2}))?(?:\s*[/.-]\s*(?P<d>[0-9]{1,2}))?\s*$")


def table_relation(line: str) -> str | None:
    """The relation a table's header line announces, or None for no header.

    >>> table_relation("Country Year/Month joined")
    'MEMBER_OF'
    >>> table_relation("Russia and China joined the ILRS in 2021.") is None
    True
    """
    found = _HEAD.match(line)
    return _WORDS[" ".join(found.group("word").lower().split())] if found else None


def table_row(line: str) -> tuple[str, str] | None:
    """(the row's name, its date at the precision it gives) for a row line, else None.

    >>> table_row("China* 2021/June")
    ('China', '2021-06')
    >>> table_row("South Africa\\t2023-09-02")
    ('South Africa', '2023-09-02')
    """
    found = _ROW.match(line.strip())
    if not found:
        return None
    date, month = found.group("y"), found.group("m")
    if month:
        number = int(month) if month.isdigit() else month_number(month)
        if not number or not 1 <= number <= 12:
            return None
        date += f"-{number:02d}"
        if found.group("d") and 1 <= int(found.group("d")) <= 31:
            date += f"-{int(found.group('d')):02d}"
    return found.group("name").strip(), date
