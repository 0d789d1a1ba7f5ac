"""A joining that the words after it make a partnership: "were admitted to the SCO on a
partner status", "was admitted into the group with dialogue partner status", "was accepted
into BRICS as a partner country" (a status short of membership, claimed as a partnership)."""

from __future__ import annotations

from dataclasses import replace

__all__ = ["as_partner"]

_INTO = {"on", "with", "under"}  # "on a partner status", "with dialogue partner status"
_SKIP = {"a", "an", "the", "its", "their", "dialogue", "official", "formal", "full"}
_PARTNER = {"partner", "partners"}


def _partner_status(words: list[str], named: list[bool]) -> bool:
    for k, word in enumerate(words):
        rest = [w for w in words[k + 1:k + 6] if w not in _SKIP]
        if word in _INTO and rest[:2] in (["partner", "status"], ["partnership", "status"]):
            return True
        if word == "as" and rest[:1] and rest[0] in _PARTNER and rest[1:2] != ["of"]:
            return True  # "as a partner", "as partner countries", not "as partners of the bid"
        if not named[k]:
            return False  # past the object's name ("with Chile as a partner"): not this joining's
    return False


_RELATIONS: dict[int, tuple] = {}


def _relations(every) -> tuple[str, str]:
    """The relations of "join" (a verb) and "partners of" (an apposition) in the schema's
    trigger phrases ``every`` (keyed by identity: hashing them per trigger would cost more)."""
    known = _RELATIONS.get(id(every))
    if known is None or known[0] is not every:
        pick = {(s.phrase, s.form): s.relation for s in every}
        known = _RELATIONS[id(every)] = (every, pick[("join", "verb")], pick[("partners of", "apposition")])
    return known[1], known[2]


def as_partner(doc, end: int, sent_end: int, specs, every) -> tuple:
    """``specs`` with a membership read as a partnership when a partner status follows the
    trigger's object within a few words ("admitted to the SCO on a partner status");
    ``every``: all trigger phrases, which name the two relations."""
    member, partner = _relations(every)
    if not any(s.relation == member and s.form == "verb" for s in specs):
        return tuple(specs)
    tokens = [t for t in doc[end:min(end + 12, sent_end)] if t.text not in {"(", ")"}]
    words = [t.lower_ for t in tokens]
    named = [t.text[:1].isupper() or t.lower_ in {"the", "of", "for"} for t in tokens]
    if not _partner_status(words, named):
        return tuple(specs)
    return tuple(replace(s, relation=partner, instead={}) if s.relation == member
                 and s.form == "verb" else s for s in specs)
