"""Lists of those a body or a country has ties with, not its members or partners in a bloc:
"continues to deepen its engagement with Australia, Japan, South Korea and New Zealand",
"hosted a conversation with representatives of A, B", "deepening its bilateral partnerships
with Australia, Japan and South Korea" (:mod:`graphkit.extract.vetoes` sets the reader's
claims on them aside)."""

from __future__ import annotations

from graphkit.extract.groups import list_span

__all__ = ["bilateral_ties", "counterparts"]

_TIES = {"engagement", "engagements", "ties", "relations", "relationship", "relationships", "partnerships",
         "cooperation", "dialogue", "talks", "links", "contacts", "consultations", "coordination",
         "conversation", "conversations", "discussion", "discussions"}
_ENVOYS = {"representatives", "leaders", "officials", "delegations", "delegates", "envoys",
           "ministers", "of"}


def counterparts(doc, mentions, occurrence) -> bool:
    """Whether the subject's list is whom a body has ties or talks with ("continues to deepen
    its engagement with Australia, Japan, South Korea and New Zealand", "hosted a conversation
    with representatives of A, B"), not its members."""
    span = list_span(doc, mentions, occurrence.subject_at)
    if span is None:
        return False
    words = [t.lower_ for t in doc[max(occurrence.start, span[0] - 5):span[0]] if t.lower_ != "the"]
    while words and words[-1] in _ENVOYS:
        words = words[:-1]
    return words[-1:] == ["with"] and len(words) > 1 and words[-2] in _TIES


def bilateral_ties(doc, mentions, occurrence) -> bool:
    """Whether the subject's list follows "bilateral ... with" ("deepening its bilateral
    partnerships with Australia, Japan and South Korea"): ties of each with the one acting."""
    span = list_span(doc, mentions, occurrence.subject_at)
    words = [] if span is None else [t.lower_ for t in doc[max(occurrence.start, span[0] - 4):span[0]]]
    return words[-1:] == ["with"] and "bilateral" in words
