"""An agency leads a programme or an agreement named as its own: "NASA's Artemis program",
"NASA’s Artemis campaign", "the agency's Artemis program" once resolved, "NASA's Artemis
Accords". The possessive says whose programme it is, as "led by" would (a convention of
benchmarks/extract_dev/README.md); of the 13 annotated pages that say "NASA's Artemis Accords",
11 record NASA leading them. A country's possessive says less ("China's International Lunar
Research Station" in a page on who joins it; "Russia's" for a co-leader), and gives nothing.

Only when the programme's name is the head of its phrase: "NASA's Artemis program
partners", "Egypt's ILRS membership" or "Russia's ILRS agreement" say nothing of who leads
it, and neither does a list of owners ("Russia's and China's ILRS"), whose "'s" may be a
share. No date: the possessive says who leads, not since when (the publication's year)."""

from __future__ import annotations

from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS

from graphkit.extract.candidate import Candidate
from graphkit.extract.lookups import end_char, marks_of
from graphkit.extract.vocabulary import OWNER_MARKS

__all__ = ["owned_programmes"]

_HEADS = {"program", "programme", "programs", "programmes", "campaign", "initiative", "project"}
_LISTS = {"and", "or", ",", "&", "/"}
_CONFIDENCE = 0.6
#: a verb after the name, which ends the phrase: "NASA's Artemis program aims to put ..."
_VERBS = {"aims", "plans", "seeks", "intends", "hopes", "wants", "involves", "includes",
          "envisions", "envisages", "calls", "targets", "relies", "requires", "faces", "marks"}


def _is_head(doc, end: int, sent_end: int) -> bool:
    """Whether the phrase ends at ``end`` (after an optional word for a programme): at
    punctuation or a word of grammar ("is", "which", "to"), not before a noun ("membership",
    "ambitions", "partners") that would make the name a modifier."""
    if end < sent_end and doc[end].lower_ in _HEADS:
        end += 1
    return end >= sent_end or doc[end].is_punct or (doc[end].is_lower and (
        doc[end].lower_ in STOP_WORDS or doc[end].lower_ in _VERBS))


def _named_after(doc, end: int, sent_end: int) -> int:
    """Where the owned name starts after a possessive ending at ``end``: right after it, or
    after the owner's abbreviation in brackets ("the National Aeronautics and Space
    Administration’s (NASA) Artemis Accords")."""
    if end + 1 < sent_end and doc[end + 1].text == "(":
        close = next((k for k in range(end + 2, min(end + 5, sent_end)) if doc[k].text == ")"), None)
        if close is not None:
            return close + 1
    return end + 1


def owned_programmes(doc, sentences, mentions, schema, relation: str, kinds,
                     published: str | None, claims: list, offset: int = 0) -> list[Candidate]:
    """``relation`` (LEADS) claims for each "X's P" in ``sentences`` where X is an agency
    mention and P a mention of one of ``kinds`` (programme, agreement) that heads its phrase,
    unless ``claims`` already hold the triple."""
    known = {(c.subject, c.relation, c.object) for c in claims}
    owners = set(schema.relations[schema.agency_relation].source)
    year = (published or "")[:4]
    out = []
    for s_start, s_end in sentences:
        own = [m for m in mentions if s_start <= m.start and m.end <= s_end]
        own = [m for k, m in enumerate(own)  # the owner's abbreviation in brackets is the owner
               if not (k and own[k - 1].node == m.node and doc[m.start - 1].text == "(")]
        for a, b in pairwise(own):
            if (a.kind not in owners or b.kind not in kinds or b.start != _named_after(doc, a.end, s_end)
                    or doc[a.end].lower_ not in OWNER_MARKS or (a.node, relation, b.node) in known
                    or (a.start > s_start and doc[a.start - 1].lower_ in _LISTS and any(
                        a.start - 3 <= m.end < a.start for m in own))  # not "Meanwhile, NASA's"
                    or not _is_head(doc, b.end, s_end)):
                continue
            c_start, c_end = doc[s_start].idx, end_char(doc, s_end)
            marks = marks_of(doc, ((a.start, a.end + 1), (b.start, b.end)), c_start)
            known.add((a.node, relation, b.node))
            out.append(Candidate(a.node, relation, b.node, year, doc.text[c_start:c_end],
                                 c_start + offset, c_end + offset, _CONFIDENCE,
                                 "structure:an agency's own programme", marks,
                                 date_rule="published year"))
    return out
