"""Forms met in held-out sets DM to DP (2026-12-03, read after their measurement at
d8d1ea9 and 4085f06), each in a sentence of our own."""

import pytest

from tests.extract.helpers import claims


@pytest.mark.parametrize("text", [
    "Japan agreed to cooperate in the U.S.-led Artemis lunar exploration program.",
    "The Artemis moon missions are led by NASA.",
])
def test_artemis_before_words_for_a_programme_is_the_programme(text):
    assert "artemis-program" in {c[2] for c in claims(text)}
    assert "artemis-accords" not in {c[2] for c in claims(text)}


def test_artemis_alone_is_still_the_accords():
    assert [c[:3] for c in claims("Brazil signed Artemis on Monday.")] == [("BRA", "SIGNED", "artemis-accords")]


def test_an_agreement_on_principles_of_exploration_is_no_outer_space_treaty():
    text = "NASA and the UK Space Agency signed a historic agreement concerning the principles for space exploration."
    assert "outer-space-treaty" not in {c[2] for c in claims(text)}


def test_in_talks_to_join_is_interest_and_years_of_talks_are_not():
    assert [c[:3] for c in claims("Japan is in talks to join AUKUS.")] == [("JPN", "EXPRESSED_INTEREST_IN", "aukus")]
    assert [c[:3] for c in claims("After years of talks, Sweden joined NATO.")] == [("SWE", "MEMBER_OF", "nato")]


def test_the_space_agencies_of_two_countries_are_their_agencies():
    text = "The space agencies of China and Egypt signed a memorandum on cooperation at the ILRS."
    subjects = {c[0] for c in claims(text)}
    assert "cnsa" in subjects and "CHN" not in subjects
