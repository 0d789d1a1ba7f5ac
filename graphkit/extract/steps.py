"""Steps towards a joining that are not the joining: one member's ratification or approval
of another's accession ("Hungary ratified Sweden's accession"), the Senate's approval of A
and B joining, a memorandum for a membership. :mod:`graphkit.extract.patterns` reads such
triggers as a wish (interest), :mod:`graphkit.extract.forms.ratifying` makes the ratifier
a member."""

from __future__ import annotations

from itertools import pairwise

from graphkit.extract.aspiring import APPROVE, MEMORANDA

__all__ = ["RATIFIER_WORDS", "RATIFYING", "a_step"]


def a_step(doc, form: str, start: int, sent_start: int, sent_end: int, before: list[str]) -> bool:
    """Whether a noun (or "-ing") trigger names one step of a joining, not the joining: another
    member's ratification of it, or a memorandum for it ("the Memorandum of Obligation for SCO
    membership of Belarus"), or a condition of it ("has fulfilled all its commitments for
    joining NATO"); ``before``: the words before it, nearest first."""
    return ((form == "noun" and _ratified_by_others(doc, start, sent_start, sent_end))
            or (form == "verb" and doc[start].lower_.endswith("ing") and any(  # "Senate ratification
                a.lower_ in {"ratification", "approval"} and b.lower_ == "of"  # of A and B joining"
                for a, b in pairwise(doc[max(sent_start, start - 15):start])))
            or (form in ("noun", "reverse") and bool(MEMORANDA & set(before)))
            or (form == "verb" and doc[start].lower_.endswith("ing") and before[:1] == ["for"]
                and before[1:2] and before[1] in _PRECONDITIONS))  # "its commitments for joining"


_PRECONDITIONS = {"commitments", "requirements", "criteria", "conditions", "obligations",
                  "preparations", "prerequisites", "preconditions"}


#: "Germany's instrument of acceptance regarding Montenegro's accession", "The Hungarian
#: parliament voted its acceptance of Sweden's accession": a member's act on it (an acceptance
#: by a legislature no other name owns, or in an instrument: not "Moscow has signalled
#: acceptance of", "Russia's parliament condemned NATO's acceptance of")
_INSTRUMENTS = frozenset({"instrument", "instruments"})
_ACCEPTING = {"acceptance"}
#: the words by which a ratifier's own act follows its name (forms/ratifying.py)
RATIFIER_WORDS = frozenset(_INSTRUMENTS | _ACCEPTING)
_RATIFYING = {"ratify", "ratified", "ratifies", "ratifying", "ratification"}
_APPROVING = APPROVE | {"approving", "favour", "favor"}  # "voted in favour of Sweden's accession"
#: a member's act on another's joining: "Hungary ratified Sweden's accession" (forms/ratifying.py)
RATIFYING = frozenset(_RATIFYING | _APPROVING)
#: who approves one member's part of another's joining (not the organisation's own decision)
_LEGISLATURES = {"parliament", "parliaments", "government", "cabinet", "lawmakers", "legislature",
                 "senate", "assembly", "president", "mps", "deputies", "duma", "congress",
                 "riksdag", "meeting",
                 "measure", "bill", "law", "decree", "gazette"}  # "published a measure approving"


def _owned_by_another(doc, start: int, end: int) -> bool:
    """Whether the acceptance between tokens ``start`` and ``end`` is owned by a name, not a
    legislature ("Russia's parliament condemned NATO's acceptance of Finland's accession": the
    bloc's own, no member's step)."""
    return any(t.lower_ in _ACCEPTING and t.i >= 2 and doc[t.i - 1].text in {"'s", "’s"}
               and doc[t.i - 2].lower_ not in _LEGISLATURES for t in doc[start:end])


def _ratified_by_others(doc, start: int, sent_start: int, sent_end: int) -> bool:
    """Whether a member's ratification or approval stands before a noun trigger in its
    sentence ("Hungary's president signed the ratification of Sweden's accession to NATO",
    "a government meeting to approve Sweden's accession"): one step of the joining, not yet
    done ("The SCO approved the membership of India" is the organisation's own decision)."""
    words = {t.lower_ for t in doc[max(sent_start, start - 15):start]}
    later = [t.lower_ for t in doc[start:min(start + 20, sent_end)]]
    accepting = _ACCEPTING & words and not _owned_by_another(doc, max(sent_start, start - 15), start)
    return bool(_RATIFYING & words or (_APPROVING & words or accepting) and _LEGISLATURES & words
                or bool(_ACCEPTING & words and _INSTRUMENTS & words)  # "Germany's instrument of
                # acceptance regarding Montenegro's accession to NATO was deposited"
                # "a memorandum on Sweden's accession to NATO, which is to be ratified by all"
                or any(a == "be" and b in _RATIFYING for a, b in pairwise(later)))
