"""Forms met in held-out sets CK to CN (2026-12-03, read after their measurement at 848982d),
each in a sentence of our own."""

import pytest

from tests.extract.helpers import claims


def test_applying_to_become_a_member_is_interest_but_applying_then_becoming_is_membership():
    assert [c[:3] for c in claims("Bangladesh has formally applied to become a member of BRICS.")] == [
        ("BGD", "EXPRESSED_INTEREST_IN", "brics")]
    text = "Malaysia applied for membership in 2024 and formally became a member of ASEAN in 1967."
    assert ("MYS", "MEMBER_OF", "asean") in {c[:3] for c in claims(text)}


@pytest.mark.parametrize("text", [
    "So theoretically it can join BRICS, said Pakistan's envoy.",
    "Countries can join the Artemis Accords by signing them.",
])
def test_can_and_theoretically_are_possibilities(text):
    assert claims(text) == []


def test_a_memorandum_for_membership_is_a_step_towards_it():
    text = "The summit welcomed the Memorandum of Obligation for SCO membership of Belarus."
    assert [c[:3] for c in claims(text)] == [("BLR", "EXPRESSED_INTEREST_IN", "sco")]


def test_a_plural_role_after_one_name_and_a_comma_is_the_next_clause():
    assert claims("As for Georgia, EU member states will also support the proposal.") == []
    assert [c[:3] for c in claims("Turkey, a NATO member, objected.")] == [("TUR", "MEMBER_OF", "nato")]
    assert {c[0] for c in claims("Finland and Sweden, NATO members since 2024, objected.")} == {"FIN", "SWE"}


def test_heading_out_is_no_leading():
    text = "Germany and India sign copies of the Artemis Accords, pose for pictures, and then head on out."
    assert "LEADS" not in {c[1] for c in claims(text)}
    assert [c[:3] for c in claims("The CSTO is headed by Russia.")] == [("RUS", "LEADS", "csto")]
