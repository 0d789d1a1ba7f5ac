"""Capitalised names with a kind's head noun that are still no body to make a node of: an
academic "Institute of Science and Technology" (no agency), or a body named inside a person's
title, "Secretary of the Ministry of Defence Jane Doe" (the person acts, not a new ministry), or
a title itself, "the Secretary of the Security Council"."""

from __future__ import annotations

__all__ = ["not_a_body"]

TITLES = {"secretary", "minister", "director", "head", "chief", "chairman", "chairwoman", "chair", "chairperson",
          "president", "spokesperson", "spokesman", "spokeswoman", "deputy", "governor",
          "ambassador", "undersecretary", "commissioner", "administrator", "officer"}


def not_a_body(doc, start: int, words: list[str], glue_at: int | None) -> bool:
    """Whether the name ``doc[start:...]`` (lower-case ``words``, ``glue_at`` the first "of",
    "for" or "on" in them) is an academy or part of a person's title."""
    if glue_at and words[glue_at - 1:glue_at + 1] == ["institute", "of"]:
        return True  # "the Kenya Advanced Institute of Science and Technology"
    if glue_at and words[0] in TITLES:
        return True  # "the Secretary of the Security Council": a person's title
    k = start - 1 - int(start > 0 and doc[start - 1].lower_ == "the")
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in TITLES
