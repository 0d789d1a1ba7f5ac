"""An observer is no member: a pair of names the reader weighs as a membership, in a
sentence whose nearest role word to the subject is "observer" ("Observers at the
organization are Afghanistan, India, Iran, Mongolia and Pakistan"; "India, Iran, Mongolia
and Pakistan are observers at the SCO"), states no membership. On the annotated pages the
reader's own memberships in sentences naming observers were right once in twenty."""

from __future__ import annotations

__all__ = ["observer_only"]

_ROLES = {"member": "member", "members": "member", "membership": "member",
          "observer": "observer", "observers": "observer", "observership": "observer"}


def observer_only(doc, occurrences) -> bool:
    """Whether, in every sentence stating the triple, the role word nearest its subject is
    "observer" (``occurrences``: :class:`graphkit.extract.pair_features.Occurrence`)."""
    return bool(occurrences) and all(_nearest_role(doc, o) == "observer" for o in occurrences)


def _nearest_role(doc, occurrence) -> str | None:
    roles = [(abs(t.i - occurrence.subject_at), _ROLES[t.lower_])
             for t in doc[occurrence.start:occurrence.end] if t.lower_ in _ROLES
             and (t.is_lower or t.i == occurrence.start)]  # not "a Ship Observer Mission"
    return min(roles)[1] if roles else None
