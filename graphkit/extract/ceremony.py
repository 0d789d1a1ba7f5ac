"""A signing dated by the sentence that tells its ceremony: "Colombia has signed the Artemis
Accords ... The signing ceremony took place at NASA Headquarters on Tuesday." A signing or a
joining whose own sentence gives no date (so dated by the publication's year) takes the date
of the one sentence within the eight before or two after it that says the (signing)
ceremony "took place" or "was held" on a date, when that date falls in the same year (a
finer date of the same event, never another year). Claims read from lists ("the other 18
signatories are A, B") keep their dates: the ceremony is the new signer's, not theirs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphkit.extract.candidate import Candidate
from graphkit.extract.dates import find_dates
from graphkit.extract.lookups import end_char

__all__ = ["ceremony_dates"]

_CEREMONY = re.compile(r"\b(?:signing\s+ceremony|ceremony|signing)\s+(?:took\s+place|was\s+held|"
                       r"was\s+conducted|happened)\b", re.IGNORECASE)
_BEFORE, _AFTER = 8, 2


def ceremony_dates(doc, sentences, claims: list[Candidate], published: str | None,
                   relations: set[str]) -> list[Candidate]:
    """``claims`` with each undated act of ``relations`` dated by its ceremony's sentence."""
    spans = [(doc[s].idx, end_char(doc, e)) for s, e in sentences]
    told = []
    for k, (a, b) in enumerate(spans):
        if _CEREMONY.search(doc.text[a:b]):
            dates = [d for d in find_dates(doc.text[a:b], published) if len(d.value) > 4]
            if len(dates) == 1:
                told.append((k, dates[0]))
    if len(told) != 1:  # none, or two ceremonies: which is whose is not said
        return claims
    at, date = told[0]
    out = []
    for c in claims:
        k = next((i for i, (a, b) in enumerate(spans) if a <= c.start < b), None)
        if (k is not None and at - _BEFORE <= k <= at + _AFTER and c.relation in relations
                and c.date_rule == "published year" and not c.rule.startswith("structure:")
                and date.value.startswith(c.since) and c.since):
            c = replace(c, since=date.value, date_rule=f"its ceremony: {date.rule}")
        out.append(c)
    return out
