"""Long official names as pages write them: "the Treaty on the Principles Governing the
Activities of States ... Outer Space including the Moon" for the dataset's "Treaty on
Principles Governing ... Outer Space, including the Moon": in a name of six words or more,
"the" and commas may be added or left out (a spaCy ``Matcher``, case-insensitive)."""

from __future__ import annotations

__all__ = ["LONG_NAME", "loose_matcher"]

LONG_NAME = 6  # words: shorter names must match as written
_OPTIONAL = {"the", ","}


def loose_matcher(nlp, names: dict[str, set[str]]):
    """A ``Matcher`` of ``names`` (node id -> texts) of :data:`LONG_NAME` words or more,
    "the" and commas optional between their words; ``None`` when there are none."""
    from spacy.matcher import Matcher

    matcher, added = Matcher(nlp.vocab), False
    for node, texts in names.items():
        patterns = []
        for text in texts:
            words = [t.lower_ for t in nlp.make_doc(text) if t.lower_ not in _OPTIONAL]
            if len(text.split()) < LONG_NAME:
                continue
            pattern = []
            for k, word in enumerate(words):
                if k:
                    pattern += [{"LOWER": {"IN": sorted(_OPTIONAL)}, "OP": "?"}] * 2
                pattern.append({"LOWER": word})
            patterns.append(pattern)
        if patterns:
            matcher.add(node, patterns)
            added = True
    return matcher if added else None
