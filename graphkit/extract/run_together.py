"""Two names with nothing between them inside a list of names ("..., Ecuador El Salvador,
Ethiopia", "includes the U.S. Japan, India and Australia"): one list still."""

from __future__ import annotations

__all__ = ["run_together"]


def run_together(doc, a, b) -> bool:
    """Two names with nothing between inside a list of names: a comma (or an abbreviation's
    stop) before the first and a comma after the second ("..., Ecuador El Salvador, Ethiopia",
    "the U.S. Japan, India")."""
    return (a.start > 0 and (doc[a.start - 1].text == "," or _abbreviated(doc[a.end - 1]))
            and b.end < len(doc) and doc[b.end].text == ",")


def _abbreviated(t) -> bool:  # "includes the U.S. Japan, India and Australia": the stop is the name's
    # (not "was discussed in the U.S. Georgia, Moldova and Bosnia also want": a sentence's end)
    k = t.i - 1 - (t.i > 0 and t.doc[t.i - 1].lower_ == "the")
    return (len(t.text) > 2 and t.text.endswith(".") and t.text[:1].isupper()
            and not (k >= 0 and t.doc[k].lower_ in _PLACE_WORDS))


_PLACE_WORDS = {"in", "by", "at", "from", "to", "of", "on", "with", "for", "into", "across"}
