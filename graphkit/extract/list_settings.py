"""Words right before a list of countries that make it no list of a bloc's members: a place
the bloc acts in ("our operations in Afghanistan, Kosovo and elsewhere") and those it stands
by ("The G8 members will also stand alongside Tunisia and Egypt"). A sentence that opens on
the place ("In Poland, Hungary and the Czech Republic, NATO members since 1999, ...") or a
comma before "in" still lists them."""

from __future__ import annotations

import re

__all__ = ["placed_or_backed"]

_STAND = re.compile(r"\bst(?:and|ands|anding|ood)\s+(?:alongside|with|by|behind)\s+(?:the\s+)?$", re.IGNORECASE)


def placed_or_backed(doc, first: int, sent_start: int) -> bool:
    """Whether the list opening at token ``first`` follows "in" (a place, not where the
    sentence or a clause after a comma opens) or "stand alongside / with / by / behind"."""
    k = first - 1 - (first - 1 > sent_start and doc[first - 1].lower_ == "the")
    if k > sent_start and doc[k].lower_ == "in" and doc[k - 1].text != ",":
        return True
    return bool(_STAND.search(doc[max(sent_start, first - 4):first].text + " "))
