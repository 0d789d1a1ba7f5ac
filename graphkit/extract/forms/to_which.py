"""A signatory named in a relative clause fronted by "to which" after the agreement: "the
Artemis Accords, to which the Republic of Korea was an early signatory", "the treaty, to
which Fiji and Chile are signatories". Not after a negation or a hedge ("was never a
signatory", "would become a signatory"). The clause gives no date."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char

__all__ = ["to_which_signatories"]

_OPEN = re.compile(r"\s*,\s*to\s+which\s+(?:the\s+)?", re.IGNORECASE)
_GLUE = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:the\s+)?", re.IGNORECASE)
_SIGNATORY = re.compile(r"\s+(?:was|is|were|are|became|has\s+become|have\s+become|had\s+become|"
                        r"has\s+been|have\s+been|had\s+been)\s+(?:(?:an?|the|one\s+of\s+the)\s+)?"
                        r"(?:(?!(?:not|never|no|future|prospective|potential|would|will)\b)[\w-]+\s+)"
                        r"{0,2}?signator(?:y|ies)\b", re.IGNORECASE)


def to_which_signatories(doc, text: str, sentence, country: str, agreement: str) -> list[tuple]:
    """(countries, agreement mention, None, rule) for each "X, to which A (and B) was a signatory" in
    ``sentence`` (its ``mentions`` in order)."""
    mentions, found = sentence.mentions, []
    start = [doc[m.start].idx for m in mentions]
    end = [end_char(doc, m.end) for m in mentions]
    for k, b in enumerate(mentions[:-1]):
        if b.kind != agreement or mentions[k + 1].kind != country or not _OPEN.fullmatch(
                text[end[k]:start[k + 1]]):
            continue
        group = [k + 1]
        while (group[-1] + 1 < len(mentions) and mentions[group[-1] + 1].kind == country
               and _GLUE.fullmatch(text[end[group[-1]]:start[group[-1] + 1]])):
            group.append(group[-1] + 1)
        if _SIGNATORY.match(text, end[group[-1]], sentence.c_end):
            found.append(([mentions[j] for j in group], b, None, "to which a signatory"))
    return found
