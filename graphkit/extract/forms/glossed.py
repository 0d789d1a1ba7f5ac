"""Members named before their bloc's name in brackets or dashes: "The leaders of Brazil,
Russia, India, China and South Africa (BRICS) said ...", "The foreign ministers of A, B and
C – BRICS – said": the list the bracket glosses is the bloc,
so each of three or more countries before it is a member. Only a bracket (or a pair of
dashes) holding the bloc's name alone, right after a list of countries only. So are three or
more countries joined by hyphens right before the bloc's name, or its bracket ("the
Australia-United Kingdom-United States (AUKUS) security pact", "the India-Japan-US-Australia
Quad"); not two ("the China-ASEAN summit", "the US-EU trade talks")."""

from __future__ import annotations

from graphkit.extract.groups import group_around

__all__ = ["glossed_members"]

#: what stands around the bloc's name: brackets, or a pair of dashes ("A, B and C – BRICS –")
_GLOSSES = {("(", ")"), ("–", "–"), ("—", "—"), ("-", "-")}


def glossed_members(doc, mentions, country: str, blocs) -> list[tuple[list, object]]:
    """([country mentions], bloc mention) for each "A, B and C (BLOC)" in ``mentions``
    (one sentence's, in order)."""
    found = []
    for k, m in enumerate(mentions):
        if m.kind not in blocs or k == 0 or mentions[k - 1].kind != country:
            continue
        last = mentions[k - 1]
        glossed = (m.start >= 2 and m.end < len(doc) and last.end == m.start - 1
                   and (doc[m.start - 1].text, doc[m.end].text) in _GLOSSES)
        chain = _hyphened(doc, mentions, k - 1, country) if glossed or last.end == m.start else []
        if len(chain) >= 3:  # "the India-Japan-US-Australia Quad", "the Australia-United
            found.append((chain, m))  # Kingdom-United States (AUKUS) pact"
            continue
        if not glossed:
            continue
        group = group_around(mentions, k - 1, doc, -1)
        between = {t.lower_ for g in group[-2:-1] for t in doc[g.end:last.start]}
        if len(group) >= 3 and all(g.kind == country for g in group) and "and" in between:
            found.append((group, m))
    return found


_HYPHENS = {"-", "–", "‑"}


def _hyphened(doc, mentions, k: int, country: str) -> list:
    """The country mentions joined by hyphens that end with ``mentions[k]``."""
    chain = [mentions[k]]
    while k > 0 and mentions[k - 1].kind == country and mentions[k - 1].end + 1 == mentions[k].start and (
            doc[mentions[k - 1].end].text in _HYPHENS):
        k -= 1
        chain.insert(0, mentions[k])
    return chain
