"""Members named before their bloc's name in brackets or dashes: "The leaders of Brazil,
Russia, India, China and South Africa (BRICS) said ...", "The foreign ministers of A, B and
C – BRICS – said": the list the bracket glosses is the bloc,
so each of three or more countries before it is a member. Only a bracket (or a pair of
dashes) holding the bloc's name alone, right after a list of countries only. So are three or
more countries joined by hyphens right before the bloc's name, or its bracket ("the
Australia-United Kingdom-United States (AUKUS) security pact", "the India-Japan-US-Australia
Quad"); not two ("the China-ASEAN summit", "the US-EU trade talks"). So are those of a list
whose bracket names their role in the bloc ("A, B and C (Member States of the European Union)")."""

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
        role = _role_gloss(doc, last, m)
        chain = _hyphened(doc, mentions, k - 1, country) if glossed or last.end == m.start else []
        if len(chain) >= 3:  # "the India-Japan-US-Australia Quad", "the Australia-United
            found.append((chain, m))  # Kingdom-United States (AUKUS) pact"
            continue
        if not glossed and not role:
            continue
        group = group_around(mentions, k - 1, doc, -1)
        between = {t.lower_ for g in group[-2:-1] for t in doc[g.end:last.start]}
        if len(group) >= (2 if role else 3) and all(g.kind == country for g in group) and (
                "and" in between or role):
            found.append((group, m))
    return found


#: the words of a bracket that names the list's role in the bloc: "(Member States of the European Union)"
_ROLE_WORDS = {"member", "members", "states", "countries", "nations", "of", "the", "all"}


def _role_gloss(doc, last, bloc) -> bool:
    """Whether a bracket right after the list's ``last`` name says they are members of
    ``bloc``, all that is in it, in the plural: "A, B and C (Member States of the European Union)"
    (not "A, B and C (member of the EU)", the last one's)."""
    inside = [t.lower_ for t in doc[last.end + 1:bloc.start]]
    inside = inside[:-1] if inside[-1:] == ["the"] else inside
    return (doc[last.end:last.end + 1].text == "(" and bloc.end < len(doc) and doc[bloc.end].text == ")"
            and inside[-1:] == ["of"]
            and ("members" in inside or bool({"states", "countries", "nations"} & set(inside)))
            and set(inside) <= _ROLE_WORDS)


_HYPHENS = {"-", "–", "‑"}


def _hyphened(doc, mentions, k: int, country: str) -> list:
    """The country mentions joined by hyphens that end with ``mentions[k]``."""
    chain = [mentions[k]]
    while k > 0 and mentions[k - 1].kind == country and mentions[k - 1].end + 1 == mentions[k].start and (
            doc[mentions[k - 1].end].text in _HYPHENS):
        k -= 1
        chain.insert(0, mentions[k])
    return chain
