"""The look-ups the readers of one form in :mod:`graphkit.extract.structural` share, over
sentences as it builds them (``start``, ``end`` in tokens, ``c_start``, ``c_end`` in
characters, ``mentions`` in order, ``dates``): where a mention ends, the list a name opens,
the last bloc named, the sentence's last date, and the words that hedge a claim."""

from __future__ import annotations

import re

from graphkit.extract.groups import group_around

__all__ = ["HEDGE", "date_in", "end_char", "last_bloc", "listed_with"]

HEDGE = re.compile(r"\b(?:not|never|may|might|could|would|potential|possible|future)\b",
                   re.IGNORECASE)


def end_char(doc, end: int) -> int:
    return doc[end - 1].idx + len(doc[end - 1])


def listed_with(doc, mentions, first):
    """The list of names ``first`` opens (commas and "and"), countries only."""
    group = group_around(mentions, mentions.index(first), doc, 1)
    return [m for m in group if m.kind == first.kind]


def last_bloc(doc, sents, i, blocs, back: int):
    """The last bloc named in sentence ``i`` or the ``back`` sentences before it."""
    for k in range(i, max(-1, i - back - 1), -1):
        named = [m for m in sents[k].mentions if m.kind in blocs]
        if named:
            return named[-1]
    return None


def date_in(s):
    return s.dates[-1] if s.dates else None
