"""Tables of marks kept as lines of text: a row per country and, under columns of treaties
or blocs, a mark for each ("Egypt R R S", "Eswatini (Swaziland) R", with "R = Ratified, S =
Signed" in a key above). Stripped to text the blanks are lost, so which column a mark stands
in, and what a row without marks says, no reading of the words can tell: such a sentence
gives the reader no claim."""

from __future__ import annotations

__all__ = ["marked_rows"]

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
