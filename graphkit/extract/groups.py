"""Names in a list: the nodes a sentence names, grouped by commas and "and" ("Russia and
China", "not only the US and France but Australia, ..."), as the ends of claims."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from graphkit.extract import vocabulary as vocab
from graphkit.extract.gazetteer import Mention

__all__ = ["End", "ends_of", "group_around"]


@dataclass(frozen=True)
class End:
    """One end of a claim: a node id, its kind, how it was found, and its token range."""

    node: str
    kind: str
    how: str
    start: int
    end: int


def group_around(mentions: list[Mention], index: int, doc, step: int) -> list[Mention]:
    """The mention at ``index`` and those joined to it by commas and "and", walking by ``step``."""
    group = [mentions[index]]
    i = index
    while 0 <= i + step < len(mentions):
        a, b = (mentions[i + step], mentions[i]) if step < 0 else (mentions[i], mentions[i + step])
        between = [t.lower_ for t in doc[a.end:b.start]]
        if between and between[0] == "'s":
            break
        if not between or not (set(between) <= vocab.SEPARATORS or _region_glue(doc[a.end:b.start])
                               or _not_only_but(doc, a.start, between)):
            break
        if "with" in between and not {"along", "together"} & set(between):
            break  # "formed by Brazil ..., with South Africa joining in 2010"
        i += step
        group.append(mentions[i])
    return group if step > 0 else group[::-1]


def _not_only_but(doc, start: int, between: list[str]) -> bool:
    """"include not only the US and France but (also) Australia, ...": a list goes on
    through "but" when "not only" opens it."""
    if "but" not in between or not set(between) <= vocab.SEPARATORS | {"but", "also"}:
        return False
    words = [t.lower_ for t in doc[max(0, start - 12):start]]
    return any(a == "not" and b == "only" for a, b in itertools.pairwise(words))


def _region_glue(span) -> bool:
    """"..., Pakistan, and the Central Asian countries of Kazakhstan, ...": a list goes on
    through "the <Capitalised words> countries of"."""
    words = [t for t in span]
    if len(words) > 8 or [t.lower_ for t in words[-2:]] not in (["countries", "of"],
                                                               ["states", "of"], ["nations", "of"]):
        return False
    return all(t.lower_ in vocab.SEPARATORS or (t.is_alpha and t.text[:1].isupper())
               for t in words[:-2])


def ends_of(group: list[Mention], kinds, how: str | None = None) -> list[End]:
    seen, ends = set(), []
    for m in group:
        if m.kind in kinds and m.node not in seen:
            seen.add(m.node)
            ends.append(End(m.node, m.kind, how or m.how, m.start, m.end))
    return ends
