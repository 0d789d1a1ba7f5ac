"""Long official names as pages write them: "the Treaty on the Principles Governing the
Activities of States ... Outer Space including the Moon" for the dataset's "Treaty on
Principles Governing ... Outer Space, including the Moon": in a name of six words or more,
"the" and commas may be added or left out (case-insensitive).

Matched by hand over the page's lower-case word hashes: a spaCy ``Matcher`` with optional
tokens takes some 16 ms on a 600-word page, this a few hundredths of that.
"""

from __future__ import annotations

__all__ = ["LONG_NAME", "loose_matcher", "loose_spans"]

LONG_NAME = 6  # words: shorter names must match as written
_OPTIONAL = ("the", ",")


def loose_matcher(nlp, names: dict[str, set[str]]):
    """The names of ``names`` (node id -> texts) of :data:`LONG_NAME` words or more, as
    (node hash, word hashes without "the" and commas) pairs, and the hashes of those two;
    ``None`` when there are none."""
    strings = nlp.vocab.strings
    entries = []
    for node, texts in names.items():
        for text in sorted(texts):
            if len(text.split()) < LONG_NAME:
                continue
            words = tuple(strings.add(t.lower_) for t in nlp.make_doc(text)
                          if t.lower_ not in _OPTIONAL)
            entries.append((strings.add(node), words))
    optional = frozenset(strings.add(w) for w in _OPTIONAL)
    return (tuple(entries), optional) if entries else None


def loose_spans(loose, doc) -> list[tuple[int, int, int]]:
    """(node hash, start, end) for each long name of a :func:`loose_matcher` in ``doc``,
    "the" and commas anywhere between its words."""
    if loose is None:
        return []
    from spacy.attrs import LOWER

    entries, optional = loose
    lower = doc.to_array([LOWER]).tolist()
    present = set(lower)
    found = []
    for key, words in entries:
        if not present.issuperset(words):
            continue
        for i, word in enumerate(lower):
            if word != words[0]:
                continue
            j, k = i + 1, 1
            while k < len(words) and j < len(lower):
                if lower[j] == words[k]:
                    k += 1
                elif lower[j] not in optional:
                    break
                j += 1
            if k == len(words):
                found.append((key, i, j))
    return found
