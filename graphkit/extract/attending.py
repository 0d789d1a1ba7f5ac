"""Who attends is no member: a list after "including" that names those present at a
meeting ("with world leaders in attendance including the US President and the Chinese
President", "a summit attended by leaders including ...") says who came, not who belongs to
the bloc the meeting is of."""

from __future__ import annotations

__all__ = ["attendees"]

_PRESENT = {"attendance", "attending", "attended", "attendees", "guests", "participants",
            "present", "invitees", "dignitaries", "delegations", "delegates", "visitors"}


def attendees(doc, start: int, sent_start: int) -> bool:
    """Whether the trigger at ``start`` ("including") lists those present: a word of
    attendance among the three words before it, a comma aside."""
    if doc[start].lower_ != "including":
        return False
    words = [t.lower_ for t in doc[max(sent_start, start - 4):start] if t.text != ","]
    return bool(_PRESENT & set(words[-3:]))
