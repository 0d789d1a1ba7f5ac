"""A bloc's founders as the signers of its founding document: "The declaration on the creation
of the SCO was signed in Shanghai in June 2001 by six countries: A, B, ... and F", "the treaty
establishing the union was signed by A and B". The countries listed after "signed ... by" (a
count and a colon may come between) are members of the bloc the document creates. Only with a
founding word ("creation", "establishment", "founding", "formation", "establishing",
"creating", "founding") right before the bloc's name, and a declaration, charter, treaty,
agreement or convention before that."""

from __future__ import annotations

import re

from graphkit.extract.lookups import countries_from, end_char

__all__ = ["founding_document"]

_DOCUMENT = re.compile(r"\b(?:declaration|charter|treaty|agreement|convention)\s+(?:on\s+the\s+(?:creation|"
                       r"establishment|founding|formation)\s+of|establishing|creating|founding)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_SIGNED_BY = re.compile(r"^[^;:]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+signed\b[^;]{0,60}?\bby\s+"
                        r"(?:(?:the\s+)?(?:\w+\s+)?(?:countries|nations|states|founding\s+members)\s*:?\s*)?"
                        r"(?:the\s+)?$", re.IGNORECASE)


def founding_document(doc, text: str, s, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for "the declaration on the creation of X was signed by A, B"."""
    ms = s.mentions
    for k, m in enumerate(ms):
        if m.kind not in blocs or not _DOCUMENT.search(text[max(s.c_start, doc[m.start].idx - 80):doc[m.start].idx]):
            continue
        end = end_char(doc, m.end)
        first = next((j for j in range(k + 1, len(ms)) if ms[j].kind == country), None)
        if first is None or not _SIGNED_BY.match(text[end:doc[ms[first].start].idx]):
            continue
        group = countries_from(doc, ms, first, country)
        return [(group, m)]
    return []
