"""One proposed claim (what :mod:`graphkit.extract.candidates` and
:mod:`graphkit.extract.forms.structural` find), on its own so that both can make it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Candidate", "unique"]


@dataclass(frozen=True)
class Candidate:
    """One proposed claim, with where its evidence is and how it was found."""

    subject: str
    relation: str
    object: str
    since: str
    evidence: str
    start: int
    end: int
    confidence: float
    rule: str
    marks: str = ""
    status: str = ""
    date_rule: str = ""


def unique(claims: list[Candidate]) -> list[Candidate]:
    """One candidate per (subject, relation, object, since, sentence): the most confident."""
    best: dict[tuple, Candidate] = {}
    for c in claims:
        key = (c.subject, c.relation, c.object, c.since, c.start)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return sorted(best.values(), key=lambda c: (c.start, c.subject, c.relation, c.object))
