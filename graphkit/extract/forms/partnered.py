"""A country and a bloc that sign, conclude or launch a partnership of their own are partners:
"Japan and the European Union announced a new security and defence partnership", "the EU
and Norway signed a Security and Defence Partnership" ("Canada signed a partnership with ASEAN"
is the schema's "partnership with"). The verb must follow the pair at once: "will sign", "plan
to launch" and "did not sign" say no partnership; two countries are not read. Two blocs named
as a partnership's own pair are each other's partners: "the African Union-European Union
partnership", "the partnership between the EU and ASEAN", "EU and AU leaders agreed on a joint
vision for a renewed partnership" (:func:`blocs_partnered`)."""

from __future__ import annotations

import re
from itertools import pairwise

from graphkit.extract.lookups import end_char

__all__ = ["BLOCS_RULE", "blocs_partnered", "partnered"]

#: the rule of two blocs' partnership, which the reader leaves as it is (it learnt no such pair)
BLOCS_RULE = "a partnership of two blocs"

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


#: "the African Union-European Union partnership", "the AU-EU strategic partnership" (adjectives
#: only between: not "EU-ASEAN talks on partnership")
_HYPHENED = re.compile(r"[-–]$")
_PARTNERSHIP_AFTER = re.compile(r"\s*(?:(?!(?:talks|on|for|about|of|and|with)\b)[\w-]+\s+){0,2}?partnership\b(?!\s+with\b)",
                                re.IGNORECASE)
_BETWEEN = re.compile(r"\bpartnership\s+between\s+(?:the\s+)?$", re.IGNORECASE)
#: the pair commits to, launches or upgrades to its partnership: "EU and AU leaders agreed on a
#: joint vision for a renewed partnership", "The African Union and the European Union launched a
#: strategic partnership in Lisbon" (not "their partnership with Ukraine")
_COMMIT = re.compile(r"\s+(?:leaders\s+)?(?:have\s+)?(?:commit|commits|committed|agree|agreed|agrees|renew|"
                     r"renewed|renews|forge|forged|deepen|deepened|strengthen|strengthened|launch|launched|"
                     r"establish|established|upgrade|upgraded|seal|sealed)\b[^.;:]{0,60}?"
                     r"\bpartnership\b(?!\s+with\b)", re.IGNORECASE)
#: a partnership only spoken of: denied, proposed, called for, talked about, ended
_UNMADE = re.compile(r"\b(?:no|not|never|n['’]t|rejected|rejects|reject|proposed|proposal|calls?|called|"
                     r"urged?|former|ended|ends|talks|possible|would|could|might)\b", re.IGNORECASE)


def blocs_partnered(doc, text: str, sentence, kinds) -> list[tuple[object, object]]:
    """(bloc mention, bloc mention) for two bodies of ``kinds`` named as one partnership's pair
    in ``sentence``: hyphened before "partnership", after "partnership between", or committing
    to it together; none where the sentence only speaks of one ("There is no partnership
    between NATO and the SCO", "A proposed EU-ASEAN partnership has stalled")."""
    if _UNMADE.search(text, sentence.c_start, sentence.c_end):
        return []
    found = []
    for a, b in pairwise(sentence.mentions):
        if a.kind not in kinds or b.kind not in kinds or a.node == b.node:
            continue
        gap = text[end_char(doc, a.end):doc[b.start].idx]
        before = text[max(sentence.c_start, doc[a.start].idx - 40):doc[a.start].idx]
        hyphened = _HYPHENED.fullmatch(gap) and _PARTNERSHIP_AFTER.match(text, end_char(doc, b.end), sentence.c_end)
        paired = _PAIR.fullmatch(gap)
        if hyphened or paired and (_BETWEEN.search(before) or _COMMIT.match(text, end_char(doc, b.end), sentence.c_end)):
            found.append((a, b))
    return found
