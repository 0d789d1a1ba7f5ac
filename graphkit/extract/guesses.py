"""Words that make a list of names a guess rather than a fact: "Other possible Partner
Countries may include Algeria, Bolivia, Indonesia ..., although this has not been confirmed"."""

from __future__ import annotations

__all__ = ["guessed"]

_MODALS = {"may", "might", "could"}
_UNSURE = {"possible", "potential", "prospective", "likely"}
_HEDGES = _MODALS | _UNSURE
_BEFORE = 8  # tokens before the list that may hedge it
_CLAUSE_ENDS = {";", ".", "?", "!"}


def guessed(doc, first: int, start: int) -> bool:
    """Whether the words before the list starting at token ``first``, back to ``start`` (the
    sentence's) and in its own clause, hedge it: a modal ("may include") or a word of doubt
    ("possible partner countries")."""
    words = [t.lower_ for t in doc[max(start, first - _BEFORE):first]]
    cut = max((k + 1 for k, w in enumerate(words) if w in _CLAUSE_ENDS), default=0)
    return bool(_HEDGES & set(words[cut:]))
