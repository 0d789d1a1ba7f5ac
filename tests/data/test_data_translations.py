"""Every evidence quote not in English has an English rendering beside it (evidence_en)."""

from __future__ import annotations

import re

from tests.data.shared import dataset

_NON_LATIN = re.compile(r"[\u0400-\u04FF\u0600-\u06FF\u4E00-\u9FFF\u3040-\u30FF\uAC00-\uD7AF]")
_FOREIGN = {"der", "die", "und", "het", "een", "van", "el", "los", "las", "del", "que", "il",
            "della", "gli", "les", "des", "du", "est", "yılında", "və", "ilə"}
_ENGLISH = {"the", "of", "and", "to", "in", "on", "has", "with", "was", "is"}


def _looks_foreign(text: str) -> bool:
    if _NON_LATIN.search(text):
        return True
    words = re.findall(r"[^\W\d_]+", text.lower())
    foreign = sum(w in _FOREIGN for w in words)
    english = sum(w in _ENGLISH for w in words)
    return foreign >= 2 and foreign > english


def test_the_language_check_tells_english_from_other_languages():
    assert _looks_foreign("Il 2 Marzo è arrivata la firma del dott. Al Aseeri, della NSSA")
    assert _looks_foreign("В 1995 году Казахстан был принят членом Комитета ООН")
    assert not _looks_foreign("Portugal became the 60th country to join the Artemis Accords today.")


def test_every_non_english_evidence_has_an_english_rendering():
    missing = [e.origin for e in dataset().edges
               if _looks_foreign(e.evidence) and not e.evidence_en]
    assert missing == []


def test_english_renderings_are_marked_and_only_where_needed():
    for e in dataset().edges:
        if e.evidence_en:
            assert e.evidence_en.startswith("[translation] "), e.origin
            assert e.evidence_en != e.evidence, e.origin
