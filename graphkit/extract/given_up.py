"""A bid given up: "Switzerland withdrew its application to join the EU", "Ukraine dropped its
bid to join NATO". The annotators record both what the bid was, interest, and its end, a
withdrawal (the trigger phrases of schema.yaml's withdrawal name the bid); the withdrawal's
trigger takes the words the bid's own noun would have read, so its interest is added here
(schema.yaml lets both relations join the same kinds)."""

from __future__ import annotations

import re
from dataclasses import replace

from graphkit.extract.candidate import Candidate

__all__ = ["with_bids_given_up"]

# a trigger phrase of the withdrawal that names a bid ("withdraw|withdrew|withdrawn * application to join")
_BID = re.compile(r"^(?:verb|noun):[^;]*\b(?:application|bid)\b")


def with_bids_given_up(claims: list[Candidate], schema, published: str | None) -> list[Candidate]:
    """``claims`` and, for each withdrawal whose trigger names a bid, the bid's interest (same
    evidence and confidence, the rule marked "; relation:bid"), at the publication's year: the
    withdrawal's date is not the bid's."""
    year = published[:4] if published else ""
    bids = [replace(c, relation=schema.interest_relation, rule=f"{c.rule}; relation:bid", since=year,
                    date_rule="published year")
            for c in claims if c.relation == schema.withdrawal_relation and _BID.match(c.rule)]
    return claims + bids
