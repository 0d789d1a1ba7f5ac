"""A bid granted: "Uzbekistan's bid to join the New Development Bank has been officially
approved". The bid's noun reads an interest; the annotators record what the approval made of
it, a membership, and no interest beside it (the sentence says the joining is done)."""

from __future__ import annotations

import re
from dataclasses import replace

from graphkit.extract.candidate import Candidate
from graphkit.extract.lookups import mark_spans
from graphkit.extract.vocabulary import relation_of

__all__ = ["with_bids_granted"]

# a trigger phrase of the interest that names a bid ("bid to join", "application to join")
_BID = re.compile(r"^noun:[^;]*\b(?:application|bid|request)s?\b")
# its approval right after what it is for, in the same clause: "... has been officially approved"
_GRANTED = re.compile(r"^[^.;:]{0,60}?\b(?:has|have|had|was|were)\s+(?:been\s+)?"
                      r"(?:officially\s+|formally\s+|finally\s+|unanimously\s+)?(?:approved|accepted|granted)\b")
_NOT = re.compile(r"\b(?:not|never|n't|n’t|yet)\b")


def with_bids_granted(claims: list[Candidate], schema) -> list[Candidate]:
    """``claims`` with each interest read from a bid whose approval follows its object made the
    membership it was for (the rule marked "; relation:bid granted")."""
    member = relation_of("join", "verb")
    return [replace(c, relation=member, rule=f"{c.rule}; relation:bid granted")
            if c.relation == schema.interest_relation and _BID.match(c.rule) and _granted(c) else c
            for c in claims]


def _granted(claim: Candidate) -> bool:
    """Whether the words after the claim's last marked name say its bid was approved."""
    spans = mark_spans(claim.marks)
    if not spans:
        return False
    after = claim.evidence[max(b for _, b in spans):]
    found = _GRANTED.match(after)
    return bool(found) and not _NOT.search(found.group(0))
