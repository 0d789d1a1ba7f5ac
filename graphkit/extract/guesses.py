"""Words that make a list of names a guess rather than a fact: "Other possible Partner
Countries may include Algeria, Bolivia, Indonesia ..., although this has not been confirmed",
"BRICS leaders have been considering taking some emerging economies, around eight new
countries including Saudi Arabia"."""

from __future__ import annotations

__all__ = ["guessed", "weighed_before"]

_MODALS = {"may", "might", "could"}
_UNSURE = {"possible", "potential", "prospective", "likely"}
_HEDGES = _MODALS | _UNSURE
_BEFORE = 8  # tokens before the list that may hedge it
_CLAUSE_ENDS = {";", ".", "?", "!"}
# a bloc weighing whom to take, a few words before the list
_WEIGHING = {"considering", "considers", "mulling", "weighing", "debating"}
_WEIGHED_WITHIN = 14


def guessed(doc, first: int, start: int) -> bool:
    """Whether the words before the list starting at token ``first``, back to ``start`` (the
    sentence's) and in its own clause, hedge it: a modal ("may include") or a word of doubt
    ("possible partner countries")."""
    return bool(_HEDGES & _clause_before(doc, first, start, _BEFORE))


def weighed_before(doc, first: int, start: int) -> bool:
    """Whether a bloc's weighing of whom to take ("considering", "mulling") stands a few words
    before token ``first``, back to ``start`` and in its own clause: "have been considering
    taking some emerging economies, around eight new countries including A, B"."""
    return bool(_WEIGHING & _clause_before(doc, first, start, _WEIGHED_WITHIN))


def _clause_before(doc, first: int, start: int, within: int) -> set[str]:
    """The lower-case words of the ``within`` tokens before token ``first`` (not before
    ``start``) that stand in its own clause."""
    words = [t.lower_ for t in doc[max(start, first - within):first]]
    cut = max((k + 1 for k, w in enumerate(words) if w in _CLAUSE_ENDS), default=0)
    return set(words[cut:])
