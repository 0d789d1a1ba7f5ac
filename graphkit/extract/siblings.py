"""Names that are items of one enumeration: a bloc listed beside countries is not what they
belong to.

"Current and future core system providers, including China (BeiDou ...), the European Union
(Galileo), the Russian Federation (GLONASS) and the United States", "China's Beidou, the EU's
Galileo and Russia's Glonass", "the seven most industrialised countries – the US, Canada, ...
and the UK – and the European Union are gathering", "leaders from the European Union and
countries: Canada, France": the European Union is one more item of the list, as Russia is,
and nothing in the sentence says that Russia (or Canada) is its member.

Between two items only list punctuation may stand: commas, "and", dashes, "the", brackets
with whatever they hold (at the same depth on both sides), and an owner's name for a thing
("Russia's Global Navigation Satellite System", "India's Navigation with Indian
Constellation"); or a plural of countries before a colon ("and countries: Canada")."""

from __future__ import annotations

from graphkit.extract.vocabulary import POSSESSIVE_MARKS

__all__ = ["sibling_only"]

_OPEN, _CLOSE = {"(", "["}, {")", "]"}
_SEPARATORS = {",", "and"}
_DASHES = {"—", "–", "-"}
_PLURALS = {"countries", "nations", "states"}  # "the European Union and countries: Canada"


def sibling_only(doc, mentions, occurrence, obj: str) -> bool:
    """Whether every mention of ``obj`` in the sentence of ``occurrence`` is another item of
    the enumeration the subject stands in, the subject not right after it as what it owns
    ("the EU's France")."""
    subject = next((m for m in mentions if m.start == occurrence.subject_at), None)
    if subject is None:
        return False
    level = _depth(doc, occurrence.start, subject.start)
    named = [m for m in mentions if m.node == obj and occurrence.start <= m.start < occurrence.end
             and _depth(doc, occurrence.start, m.start) <= level]  # not "(European Satellite ...)"
    return bool(named) and all(
        _siblings(doc, mentions, *sorted((subject, m), key=lambda x: x.start)) for m in named)


def _depth(doc, start: int, at: int) -> int:
    """How many brackets opened between ``start`` and ``at`` are still open there."""
    return sum((t.text in _OPEN) - (t.text in _CLOSE) for t in doc[start:at])


def _siblings(doc, mentions, first, second) -> bool:
    """Whether only list punctuation and owned names stand between mentions ``first`` and
    ``second``, and the item ``second`` opens follows a comma or "and" (not "the EU –
    France, Germany": a gloss)."""
    if first.end > second.start:
        return False
    named = {i for m in mentions for i in range(m.start, m.end)}
    depth, separated, owned, last = 0, False, False, None
    k = first.end
    while k < second.start:
        t = doc[k]
        if t.text in _OPEN or t.text in _CLOSE:
            depth += 1 if t.text in _OPEN else -1
            if depth < 0:
                return False
        elif depth == 0:
            if t.text in POSSESSIVE_MARKS:
                owned = True
            elif t.lower_ in _PLURALS and doc[k + 1:k + 2].text == ":" and last == "and":
                k, separated, last = k + 2, True, "and"
                continue
            elif t.lower_ in _SEPARATORS:
                separated, owned, last = True, False, t.lower_
            elif t.text in _DASHES or t.lower_ == "the":
                last = t.text if t.text in _DASHES else last
            elif not (k in named or owned and (t.is_title or t.is_upper or _inside_name(doc, k))):
                return False
        k += 1
    return depth == 0 and separated and last in _SEPARATORS


def _inside_name(doc, k: int) -> bool:
    """Whether the lower-case word at ``k`` stands between two capitalised words of a name
    ("Navigation with Indian Constellation")."""
    return k > 0 and k + 1 < len(doc) and doc[k - 1].is_title and doc[k + 1].is_title
