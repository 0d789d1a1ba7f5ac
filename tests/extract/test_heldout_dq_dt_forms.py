"""Forms met in held-out sets DQ to DT (2026-12-03, read after their measurement at
4085f06, 19de78f and 3e9eac0), each in a sentence of our own."""

import pytest

from tests.extract.helpers import claims


def test_a_place_in_the_count_names_the_others_in_the_next_sentence():
    text = ("Kenya applied to join the ILRS on Monday, becoming the fourth nation in that "
            "partnership. Those nations are Egypt, Kenya, Pakistan and Thailand.")
    found = {c[:3] for c in claims(text)}
    assert {("EGY", "MEMBER_OF", "ilrs"), ("PAK", "MEMBER_OF", "ilrs"), ("THA", "MEMBER_OF", "ilrs")} <= found
    assert ("KEN", "MEMBER_OF", "ilrs") not in found
    short = ("Kenya applied to join the ILRS, becoming the fifth nation in it. Those nations "
             "are Egypt, Kenya, Pakistan and Thailand.")
    assert ("EGY", "MEMBER_OF", "ilrs") not in {c[:3] for c in claims(short)}


@pytest.mark.parametrize("text", [
    "A letter stating Thailand's intent on becoming a member of BRICS was approved.",
    "Venezuela filed a formal request for membership in BRICS.",
])
def test_an_intent_or_a_request_for_membership_is_interest(text):
    assert [c[1] for c in claims(text)] == ["EXPRESSED_INTEREST_IN"]


def test_read_after_du_to_dx_a_chance_a_desire_and_events():
    """DU to DX, read after their measurement at fba89a0."""
    assert claims("The summit gives Canada a chance to lead the G7.") == []
    text = "Papua New Guinea made clear its desire to join and become a full member of ASEAN."
    assert [c[:3] for c in claims(text)] == [("PNG", "EXPRESSED_INTEREST_IN", "asean")]
    assert claims("Saudi Arabia participates in BRICS events.") == []
