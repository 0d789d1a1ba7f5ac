"""What the reader (:mod:`graphkit.extract.reader`) may not propose on its own, whatever its
model weighs; on the annotated pages such claims of its own were nearly all wrong:

- a membership where the role word nearest the subject is "observer" ("Observers at the
  organization are Afghanistan, India, Iran, Mongolia and Pakistan"; "India, Iran, Mongolia
  and Pakistan are observers at the SCO"): right once in twenty;
- any claim on a name a negation lists ("Neither Russia nor China have signed the
  accords", "The list does not include Armenia, Azerbaijan", "both are fellow members of the
  European Union — unlike outsider Turkey")."""

from __future__ import annotations

from graphkit.extract.groups import group_around

__all__ = ["vetoed"]

_ROLES = {"member": "member", "members": "member", "membership": "member",
          "observer": "observer", "observers": "observer", "observership": "observer"}
_NEGATIONS = {"not", "n't", "neither", "nor", "never", "except", "excluding", "without", "unlike"}
_BEFORE = 8  # tokens before a list in which its negation stands


def vetoed(doc, mentions, triple: tuple, occurrences, member: str) -> bool:
    """Whether the reader may not propose ``triple`` (subject, relation, object), stated at
    ``occurrences`` (:class:`graphkit.extract.pair_features.Occurrence`); ``member``: the
    membership relation."""
    if not occurrences:
        return False
    if triple[1] == member and all(_nearest_role(doc, o) == "observer" for o in occurrences):
        return True
    return all(_negated(doc, mentions, o) for o in occurrences)


def _nearest_role(doc, occurrence) -> str | None:
    roles = [(abs(t.i - occurrence.subject_at), _ROLES[t.lower_])
             for t in doc[occurrence.start:occurrence.end] if t.lower_ in _ROLES
             and (t.is_lower or t.i == occurrence.start)]  # not "a Ship Observer Mission"
    return min(roles)[1] if roles else None


def _negated(doc, mentions, occurrence) -> bool:
    """Whether the list of names the subject stands in follows a negation closely, or has
    "nor" in it."""
    at = next((k for k, m in enumerate(mentions) if m.start == occurrence.subject_at), None)
    if at is None:
        return False
    group = group_around(mentions, at, doc, -1)
    first, subject = group[0].start, mentions[at]
    words = {t.lower_ for t in doc[max(occurrence.start, first - _BEFORE):first]}
    inside = {t.lower_ for t in doc[first:subject.start]}
    return bool(_NEGATIONS & words or "nor" in inside)
