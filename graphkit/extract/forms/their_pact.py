"""Countries listed right before "under their" (or "through", "within", "via their") and a
bloc's name: "submarines built by the United States, Britain and Australia under their AUKUS
security pact". "Their" binds the bloc to the list: the countries are its members. Two or more
countries, the bloc's name within three words of "their" ("their new AUKUS pact") and heading a
pact's or a membership's noun (not "via their EU candidacies", "through their NATO
applications"); not after a negation or a hedge in the sentence before the list ("could one
day ... under their")."""

from __future__ import annotations

import re

from graphkit.extract.lookups import countries_from, end_char

__all__ = ["their_pact"]

_THEIR = re.compile(r"\s*,?\s*(?:under|through|within|via)\s+their\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|no|could|might|may|would|proposed|planned|possible|potential)\b")
# what the bloc's name heads: a pact or a membership ("their AUKUS security pact", "their BRICS
# membership"), not "their EU candidacies", "their NATO applications", "their EU-brokered talks"
_PACT = re.compile(r"\s*(?:[a-z]+\s+){0,2}(?:pact|alliance|partnership|agreement|deal|treaty|"
                   r"framework|arrangement|grouping|bloc|memberships?)\b")


def their_pact(doc, text: str, s, country: str, blocs) -> list[tuple[list, object]]:
    """(countries, bloc mention) for "A, B and C under their X pact" in sentence ``s``."""
    out, ms, done = [], s.mentions, -1
    for k, m in enumerate(ms):
        if m.kind != country or k <= done:
            continue
        group = countries_from(doc, ms, k, country)
        done = k + len(group) - 1
        bloc = ms[done + 1] if done + 1 < len(ms) else None
        if (len(group) < 2 or bloc is None or bloc.kind not in blocs
                or not _THEIR.fullmatch(text[end_char(doc, group[-1].end):doc[bloc.start].idx])
                or not _PACT.match(text, end_char(doc, bloc.end), s.c_end)
                or _NOT.search(text[s.c_start:doc[m.start].idx])):
            continue
        out.append((group, bloc))
    return out
