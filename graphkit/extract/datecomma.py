"""Whether a comma is a date's own ("on March 9, 2021, to set up"): the readers of phrases
(:mod:`graphkit.extract.patterns`, :mod:`graphkit.extract.sentence`) step over it."""

from __future__ import annotations

__all__ = ["date_comma"]

_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}


def date_comma(doc, i: int) -> bool:
    """Whether the comma at token ``i`` is a date's own ("on March 9, 2021, to set up":
    after the day, or closing "Month Day, Year,"), not the end of a phrase."""
    if doc[i].text != "," or i == 0 or i + 1 >= len(doc):
        return False
    def year(t) -> bool:
        return len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")
    day = doc[i - 1].text.isdigit() and len(doc[i - 1].text) <= 2 and i >= 2 and (
        doc[i - 2].lower_.rstrip(".")[:3] in _MONTHS)
    return (day and year(doc[i + 1])) or (year(doc[i - 1]) and i >= 3 and doc[i - 2].text == ","
                                            and doc[i - 3].text.isdigit())
