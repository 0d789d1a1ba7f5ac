"""What around a trigger undoes its claim though no negation word stands before it: the
object's act still under way ("... is a process"), agreed "in principle", a status no
relation stands for ("as an observer"), or a claim the sentence calls false ("those who
assert that ... are mistaken")."""

from __future__ import annotations

import itertools

__all__ = ["as_observer", "denied", "in_principle_after", "process_after"]


def process_after(doc, end: int, sent_end: int) -> bool:
    """"The accession of East Timor to ASEAN is a process that started in 2011": the act
    named is under way, not done (what follows the object: "is/was a process")."""
    words = [t.lower_ for t in doc[end:min(end + 12, sent_end)]]
    return any(a in {"is", "was", "remains"} and b in {"a", "an", "the"}
               and c in {"process", "procedure", "path"}
               for a, b, c in zip(words, words[1:], words[2:], strict=False))


_CLAIMING = {"assert", "asserts", "claim", "claims", "say", "says", "said", "reports", "report",
             "suggest", "suggests", "suggestions", "rumours", "rumors", "allege", "allegations"}
_FALSE = {"mistaken", "wrong", "false", "untrue", "incorrect", "baseless", "unfounded"}


def denied(doc, sent_start: int, start: int, end: int, sent_end: int) -> bool:
    """"Those who assert that Armenia is withdrawing from X are mistaken", "reports that Peru
    joined are false": a claim the sentence calls false (a claiming word and "that" before
    the trigger, "is/are/were (simply) mistaken|false|..." after it)."""
    before = [t.lower_ for t in doc[max(sent_start, start - 15):start]]
    if "that" not in before or not _CLAIMING & set(before[:before.index("that")]):
        return False
    after = [t.lower_ for t in doc[end:sent_end]]
    return any(w in {"is", "are", "was", "were"} and _FALSE & set(after[k + 1:k + 3])
               and not {",", "which", ";"} & set(after[:k])  # the claim's own predicate
               for k, w in enumerate(after))


def as_observer(doc, end: int, sent_end: int) -> bool:
    """"was admitted into ASEAN as an observer": a status no relation stands for, no
    membership ("as" and "observer" within a few words after the trigger)."""
    words = [t.lower_ for t in doc[end:min(end + 10, sent_end)]]
    return any(w == "as" and {"observer", "observers"} & set(words[k + 1:k + 4])
               for k, w in enumerate(words))


def in_principle_after(doc, end: int, sent_end: int) -> bool:
    """'is to be admitted "in principle" as the 11th member': agreed, not done."""
    words = [t.lower_ for t in doc[end:min(end + 4, sent_end)] if not t.is_quote]
    return any(a == "in" and b == "principle" for a, b in itertools.pairwise(words))
