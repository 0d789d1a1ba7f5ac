"""Tables of marks kept as lines of text: a row per country and, under columns of treaties
or blocs, a mark for each ("Egypt R R S", "Eswatini (Swaziland) R", with "R = Ratified, S =
Signed" in a key above). Stripped to text the blanks are lost, so which column a mark stands
in, and what a row without marks says, no reading of the words can tell: such a sentence
gives the reader no claim. Tables of flags whose labels survive as text ("Japan Japan Tomiichi
Murayama Prime Minister") make any body named among their rows one of the rows."""

from __future__ import annotations

from itertools import pairwise

__all__ = ["marked_rows", "row_head"]

MARKS = {"R", "S", "X", "✓", "✔"}  # "ratified", "signed", "yes"
_ROWS = 3  # rows of marks that make a table
_ASIDE = 6  # tokens a bracketed former name may take ("(Swaziland)")


def marked_rows(doc, mentions, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` (a sentence of ``doc``) hold a table of marks: three
    names or more each followed, a bracketed aside allowed, by a mark."""
    rows = 0
    for m in mentions:
        if start <= m.start and m.end < end:  # a sentence ends by the end of the doc
            at = m.end
            if doc[at].text == "(":
                at = next((i for i in range(at, min(at + _ASIDE, len(doc))) if doc[i].text == ")"), at) + 1
            rows += at < len(doc) and doc[at].text in MARKS
    return rows >= _ROWS


_ROW_SPAN = 40  # tokens back from a name to the rows before it


def row_head(doc, mentions, m, start: int) -> bool:
    """Whether the name ``m`` follows, within a few rows of its sentence (from token
    ``start``), two names or more each said twice (a table whose flags' labels survive as
    text: "Japan Japan Tomiichi Murayama Prime Minister ... European Union Eu" under "Member
    Represented by Title"): one of the rows, not a body over them."""
    doubled = [a.start for a, b in pairwise(mentions) if a.end == b.start and a.node == b.node
               and max(start, m.start - _ROW_SPAN) <= a.start < m.start]
    return len(doubled) >= 2 and m.start - doubled[-1] <= _ROW_SPAN // 3
