""""..., Iran, the UAE and Saudi Arabia, although the latter has not yet formalized its
membership": no claim for the last of the list (the first for "the former")."""

from __future__ import annotations

import itertools

from graphkit.extract.candidate import Candidate
from graphkit.extract.lookups import mark_spans

__all__ = ["latter_not"]

_NOT_YET = {"not", "n't", "n’t", "never", "yet"}


def latter_not(doc, start: int, end: int, found: list[Candidate]) -> list[Candidate]:
    """``found`` (the claims of the sentence ``start:end``) without the subject "the
    latter" or "the former" says has not yet done it."""
    words = [t.lower_ for t in doc[start:end]]
    for i, (a, b) in enumerate(itertools.pairwise(words)):
        if a == "the" and b in {"latter", "former"} and _NOT_YET & set(words[i + 2:i + 7]):
            cut = doc[start + i].idx
            listed = [c for c in found if c.marks and c.start + mark_spans(c.marks)[0][0] < cut]
            if len({c.subject for c in listed}) < 2:
                return found
            at = {c.subject: mark_spans(c.marks)[0][0] for c in listed}
            pick = (max if b == "latter" else min)(at, key=at.get)
            return [c for c in found if c.subject != pick]
    return found
