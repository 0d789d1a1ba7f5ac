"""Long official names as pages write them: "the Treaty on the Principles Governing the
Activities of States ... Outer Space including the Moon" for the dataset's "Treaty on
Principles Governing ... Outer Space, including the Moon": in a name of six words or more,
"the" and commas may be added or left out (a spaCy ``Matcher``, case-insensitive)."""

from __future__ import annotations

__all__ = ["LONG_NAME", "loose_matcher", "loose_spans"]

LONG_NAME = 6  # words: shorter names must match as written
_OPTIONAL = {"the", ","}


def loose_matcher(nlp, names: dict[str, set[str]]):
    """A ``Matcher`` of ``names`` (node id -> texts) of :data:`LONG_NAME` words or more,
    "the" and commas optional between their words, and each name's words (a page without
    all the words of one name needs no matching: :func:`loose_spans`); ``None`` when there
    are none."""
    from spacy.matcher import Matcher

    matcher, added, starts = Matcher(nlp.vocab), False, set()
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
            starts.add(frozenset(nlp.vocab.strings.add(w) for w in words))
        if patterns:
            matcher.add(node, patterns)
            added = True
    return (matcher, tuple(sorted(starts))) if added else None


def loose_spans(loose, doc) -> list[tuple[int, int, int]]:
    """The matches of a :func:`loose_matcher` in ``doc``, as a spaCy matcher gives them:
    none without running it when the page lacks a word of each name (the matcher takes
    longer than all the other names' matching)."""
    if loose is None:
        return []
    from spacy.attrs import LOWER

    matcher, names = loose
    words = set(doc.to_array([LOWER]).tolist())
    return matcher(doc) if any(name <= words for name in names) else []
