"""What a node's name is set against or likened to, so that it is not the body the sentence
speaks of: "a counterweight to the G7", "the Southeast Asian version of the European Union",
"has overtaken the US-led G7 bloc", "the rising NATO of Asia", "an Asian NATO"."""

from __future__ import annotations

from graphkit.extract.vocabulary import AFTER_PHRASE, GROUP_NOUNS

__all__ = ["CONTRAST", "LIKENESS", "contrasted", "likened"]

LIKENESS = {"version", "equivalent", "counterpart", "copy", "imitation", "model"}
CONTRAST = {"response", "counterweight", "counterbalance", "alternative", "rival", "answer", "challenger", "counter"}
_SURPASSED = {"overtaken", "overtook", "surpassed", "outpaced", "outstripped", "eclipsed", "overtaking"}
_SURPASSED_ENDS = AFTER_PHRASE | GROUP_NOUNS | {"bloc", "group", "grouping", "alliance", "club", "and"}


def contrasted(doc, m) -> bool:
    """Whether ``m`` is named as what another is set against or likened to ("touted the CSTO
    as a response to NATO", "a counterweight to the G7", "the Southeast Asian version of the
    European Union", "even ahead of NATO", "more than NATO", "has overtaken the US-led G7"), or
    its short name after it ("a counterweight to the Group of Seven (G7)"): no antecedent of a
    later "the grouping"."""
    start = m.start
    if start and doc[start - 1].text == "(":  # the name before the bracket, capitalised words
        start -= 1
        while start and start > m.start - 8 and (doc[start - 1].text[:1].isupper()
                                                 or doc[start - 1].lower_ in {"of", "for"}):
            start -= 1
    words = [t.lower_ for t in doc[max(0, start - 3):start]]
    if words[-1:] == ["the"]:
        words = words[:-1]
    if words[-1:] in (["like"], ["unlike"], ["than"]) or words[-2:] in (["similar", "to"],
                                                                       ["ahead", "of"]):
        return True
    if words[-1:] == ["of"] and len(words) > 1 and words[-2] in LIKENESS or _surpassed(doc, start, m.end):
        return True
    if words[-1:] in (["as"], ["by"]) and "same" in [t.lower_ for t in doc[max(0, start - 6):start - 1]]:
        return True  # "follows the same goals pursued by the European Space Agency"
    return words[-1:] == ["to"] and len(words) > 1 and words[-2] in CONTRAST


def _surpassed(doc, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` is what another has overtaken ("has overtaken
    the US-led G7 bloc in its share of global GDP"; not "has surpassed the NATO target")."""
    return bool(_SURPASSED & {t.lower_ for t in doc[max(0, start - 5):start]}) and (
        end >= len(doc) or not doc[end].is_alpha or doc[end].lower_ in _SURPASSED_ENDS)


_REGIONS = {"asia", "europe", "africa", "eurasia", "america", "americas", "east", "west", "south",
            "north", "pacific", "middle", "arctic", "gulf", "indo", "latin", "central", "southeast"}


def likened(doc, m) -> bool:
    """Whether ``m`` is a likeness, not the body: "consider it the rising NATO of Asia", "an
    Asian NATO" (a determiner, at most one word, the name, then "of" and a place), "a
    NATO-like body", "a NATO-style alliance"."""
    if [t.lower_ for t in doc[m.end:m.end + 2]] in (["-", "like"], ["-", "style"]):
        return True
    before = [t.lower_ for t in doc[max(0, m.start - 2):m.start]]
    determiner = before[-1:] in (["the"], ["an"], ["a"]) or before[:1] in (["the"], ["an"], ["a"])
    after = [t.lower_ for t in doc[m.end:m.end + 3]]
    place = after[:1] == ["of"] and bool(_REGIONS & set(after[1:2] if after[1:2] != ["the"] else after[2:3]))
    asian = m.start and doc[m.start - 1].lower_ in {"asian", "eurasian", "arab", "african", "pacific"}
    return bool(determiner and (place or asian))
