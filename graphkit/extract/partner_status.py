"""A joining that the words after it make a partnership: "were admitted to the SCO on a
partner status", "was admitted into the group with dialogue partner status", "was accepted
into BRICS as a partner country" (a status short of membership, claimed as a partnership);
and a list a bloc's partner tier includes: "the partner category of BRICS, which includes A,
B" (partners, not members), or its partnerships with: "partnerships with key nations
including A, B"."""

from __future__ import annotations

from dataclasses import replace

__all__ = ["as_partner"]

_INTO = {"on", "with", "under"}  # "on a partner status", "with dialogue partner status"
_SKIP = {"a", "an", "the", "its", "their", "dialogue", "official", "formal", "full"}
_PARTNER = {"partner", "partners"}
#: the tier's noun after "partner": "the partner category of BRICS", "partner countries of"
_TIER = {"category", "categories", "tier", "group", "countries", "states", "nations", "status"}
_RELATIVE = {"which", "that"}


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


def _partner_tier_before(doc, start: int, sent_start: int) -> bool:
    """Whether "the partner category of BRICS, which" (or "partners of the SCO, which") stands
    just before the trigger at ``start``: the list it includes is the tier's."""
    k = start - 1
    if k < sent_start or doc[k].lower_ not in _RELATIVE:
        return False
    k -= 1 + (k - 1 >= sent_start and doc[k - 1].text == ",")
    while k >= sent_start and (doc[k].text[:1].isupper() or doc[k].lower_ == "the"):
        k -= 1  # the bloc's name
    if k < sent_start + 1 or doc[k].lower_ != "of":
        return False
    words = [t.lower_ for t in doc[max(sent_start, k - 2):k]]
    return bool(words) and (words[-1] in _PARTNER or words[-1] in _TIER and _PARTNER & set(words))


_PARTNERED = {"partnership", "partnerships", "partners", "ties"}
_PHRASE_END = {",", ";", ":", "which", "that", "who", "and"}
_FELLOWS = {"other", "fellow", "member", "members"}


def _partnered_with(doc, start: int, sent_start: int) -> bool:
    """Whether "partnerships with" opens the noun phrase the trigger at ``start`` ends
    ("strengthening defense partnerships with key Indo-Pacific nations including A, B"):
    the list names the partners, not the subject's members."""
    words = [t.lower_ for t in doc[max(sent_start, start - 8):start]]
    if "with" not in words:
        return False
    k = len(words) - 1 - words[::-1].index("with")
    return (k >= 1 and words[k - 1] in _PARTNERED and not (_PHRASE_END | _FELLOWS) & set(words[k + 1:])
            and doc[start].lower_ not in _FELLOWS)  # not "ties with other ASEAN members — A, B"


def _as_partnership(specs, member: str, partner: str, form: str) -> tuple:
    """``specs`` with each membership phrase of ``form`` made a partnership."""
    return tuple(replace(s, relation=partner, instead={}) if s.relation == member
                 and s.form == form else s for s in specs)


def as_partner(doc, end: int, sent_end: int, specs, every, start: int = -1,
               sent_start: int = 0) -> tuple:
    """``specs`` with a membership read as a partnership when a partner status follows the
    trigger's object within a few words ("admitted to the SCO on a partner status"), or when
    the trigger at ``start`` is a list the bloc's partner tier includes; ``every``: all
    trigger phrases, which name the two relations."""
    member, partner = _relations(every)
    if start >= 0 and any(s.relation == member and s.form == "reverse" for s in specs) and (
            _partner_tier_before(doc, start, sent_start) or _partnered_with(doc, start, sent_start)):
        return _as_partnership(specs, member, partner, "reverse")
    if not any(s.relation == member and s.form == "verb" for s in specs):
        return tuple(specs)
    tokens = [t for t in doc[end:min(end + 12, sent_end)] if t.text not in {"(", ")"}]
    words = [t.lower_ for t in tokens]
    named = [t.text[:1].isupper() or t.lower_ in {"the", "of", "for"} for t in tokens]
    if not _partner_status(words, named):
        return tuple(specs)
    return _as_partnership(specs, member, partner, "verb")
