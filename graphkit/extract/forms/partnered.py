"""A country and a bloc that sign, conclude or launch a partnership of their own are partners:
"Japan and the European Union announced a new security and defence partnership", "the EU
and Norway signed a Security and Defence Partnership" ("Canada signed a partnership with ASEAN"
is the schema's "partnership with"). The verb must follow the pair at once: "will sign", "plan
to launch" and "did not sign" say no partnership; two countries or two blocs are not read."""

from __future__ import annotations

import re
from itertools import pairwise

from graphkit.extract.lookups import end_char

__all__ = ["partnered"]

#: the pair's own act right after it: "signed a Security and Defence Partnership"
_ACT = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?(?:formally\s+|officially\s+|jointly\s+)?(?:signed|"
                  r"concluded|launched|announced|unveiled|established|forged|sealed)\s+(?:on\s+\w+\s+"
                  r"(?:\d+\s+)?)?(?:a|an|the|their)\s+(?:[\w-]+\s+){0,5}?partnership\b", re.IGNORECASE)
_PAIR = re.compile(r"\s*(?:and|&)\s+(?:the\s+)?$", re.IGNORECASE)


def partnered(doc, text: str, sentence, country: str, blocs) -> list[tuple[object, object]]:
    """(country mention, bloc mention) for each partnership the two make in ``sentence``."""
    ms, found = sentence.mentions, []
    for a, b in pairwise(ms):
        gap = text[end_char(doc, a.end):doc[b.start].idx]
        kinds = {a.kind, b.kind}
        if country not in kinds or not kinds & blocs or len(kinds) != 2:
            continue
        if _PAIR.fullmatch(gap) and _ACT.match(text, end_char(doc, b.end), sentence.c_end):
            found.append((a, b) if a.kind == country else (b, a))
    return found
