"""One proposed claim (what :mod:`graphkit.extract.candidates` and
:mod:`graphkit.extract.structural` find), on its own so that both can make it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Candidate"]


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
