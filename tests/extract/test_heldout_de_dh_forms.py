"""Forms met in held-out sets DE to DH (2026-12-03, read after their measurement at e96f86b),
each in a sentence of our own."""

import pytest

from tests.extract.helpers import claims


def test_those_a_newcomer_joins_hold_what_it_gains_at_no_date_of_theirs():
    text = "Kenya became the tenth BRICS partner country, joining Cuba, Bolivia and Uganda."
    found = {c[:3]: c[3] for c in claims(text)}
    assert {k for k in found if k[1] == "PARTNER_OF"} == {
        ("KEN", "PARTNER_OF", "brics"), ("CUB", "PARTNER_OF", "brics"),
        ("BOL", "PARTNER_OF", "brics"), ("UGA", "PARTNER_OF", "brics")}
    assert found[("CUB", "PARTNER_OF", "brics")] == ""
    signed = {c[:3] for c in claims("Chad signed the Artemis Accords, joining Angola and Gabon in backing them.")}
    assert {("AGO", "SIGNED", "artemis-accords"), ("GAB", "SIGNED", "artemis-accords")} <= signed


@pytest.mark.parametrize("text", [
    "Peru joined ASEAN as an observer, joining Chile and Mexico as guests of the summit.",
    "Iran joined the SCO, joining forces with Russia.",
])
def test_joining_others_as_something_else_or_joining_forces_copies_nothing(text):
    assert {c[0] for c in claims(text)} <= {"PER", "IRN"}


def test_an_ordinal_counts_the_others_listed_next_which_came_before_it():
    text = ("Mongolia became the fourth member of the Quad Plus. Later, Chile became the fifth "
            "member of the SCO. The other four are China, Russia, India and Pakistan.")
    found = {c[:3]: c[3] for c in claims(text)}
    assert {k for k in found if k[2] == "sco"} == {
        ("CHL", "MEMBER_OF", "sco"), ("CHN", "MEMBER_OF", "sco"), ("RUS", "MEMBER_OF", "sco"),
        ("IND", "MEMBER_OF", "sco"), ("PAK", "MEMBER_OF", "sco")}
    assert found[("PAK", "MEMBER_OF", "sco")] == ""
    short = "Chile became the fifth member of the SCO. The other three are China, Russia and India."
    assert {c[0] for c in claims(short)} == {"CHL"}  # three is not the four before the fifth


def test_a_country_granted_candidate_status_in_a_relative_clause_wants_to_join():
    text = "The EU will open accession negotiations with Bosnia, which was granted candidate status in 2022."
    assert ("BIH", "EXPRESSED_INTEREST_IN", "eu") in {c[:3] for c in claims(text)}


def test_readiness_to_grant_candidate_status_is_no_candidacy_yet():
    text = "The EU reaffirmed its readiness to grant Georgia candidate status once reforms are done."
    assert claims(text) == []


@pytest.mark.parametrize("text, iso3", [
    ("Bosnia signed the Artemis Accords.", "BIH"),
    ("The Albanian government signed the Artemis Accords.", "ALB"),
    ("The Montenegrin government signed the Artemis Accords.", "MNE"),
    ("The Moldovan government signed the Artemis Accords.", "MDA"),
])
def test_short_names_and_demonyms_of_the_enlargement_countries(text, iso3):
    assert [c[:3] for c in claims(text)] == [(iso3, "SIGNED", "artemis-accords")]


def test_a_role_after_a_name_takes_its_list_not_names_before_another_noun():
    text = "They condemned Israeli and U.S. strikes on Iran, a BRICS member since 2024."
    assert [c[:3] for c in claims(text) if c[3] == "2024"] == [("IRN", "MEMBER_OF", "brics")]


def test_a_bracketed_acronym_and_the_speaker_after_it_are_no_list():
    text = ("Laos has been granted the status of a dialogue partner in the Shanghai Cooperation "
            "Organization (SCO), Russian Foreign Minister Sergey Lavrov said.")
    assert [c[:3] for c in claims(text)] == [("LAO", "PARTNER_OF", "sco")]


def test_both_parties_signing_an_agreement_described_by_its_programme_signed_their_agreement():
    text = ("The governments of Russia and China signed an agreement on cooperation in creating "
            "an international scientific lunar station.")
    signed = {c[:3] for c in claims(text) if c[1] == "SIGNED"}
    assert signed == {("RUS", "SIGNED", "ru-cn-ilrs-agreement"), ("CHN", "SIGNED", "ru-cn-ilrs-agreement")}
    other = "Egypt and China signed an agreement on cooperation in creating an international scientific lunar station."
    assert ("EGY", "SIGNED", "ilrs") in {c[:3] for c in claims(other)}
    agencies = ("Roscosmos and CNSA signed a memorandum on cooperation in creating an international "
                "scientific lunar station.")
    assert ("roscosmos", "SIGNED", "ilrs") in {c[:3] for c in claims(agencies)}


def test_a_potential_participation_is_none_yet():
    assert claims("NASA left the door open to its potential participation in the ILRS.") == []


def test_an_agencys_programme_before_a_verb_and_after_an_opening_word():
    text = "Meanwhile, NASA's Artemis program aims to return astronauts to the Moon."
    assert [c[:3] for c in claims(text)] == [("nasa", "LEADS", "artemis-program")]
    assert claims("NASA's and ESA's Artemis program partners met.") == []


def test_their_agreement_only_from_its_date_on():
    text = "China and Russia on Tuesday signed an agreement on building an international scientific lunar station."
    assert {c[2] for c in claims(text, published="2021-03-09")} == {"ilrs"}  # the 2021 memorandum
    assert {c[2] for c in claims(text, published="2022-11-29")} == {"ru-cn-ilrs-agreement"}


def test_a_name_cut_short_by_a_known_name_is_one_name_and_no_act_inside_it():
    text = "Russia ratified the Agreement on Cooperation in Establishing the International Lunar Research Station."
    assert [c[:3] for c in claims(text)] == [("RUS", "RATIFIED", "ru-cn-ilrs-agreement")]


def test_a_named_agreement_of_its_own_is_no_description_of_a_known_one():
    text = "Moldova decided to withdraw from the Agreement on the Principles of Weapons Supplies to Border Troops."
    assert "outer-space-treaty" not in {c[2] for c in claims(text)}


def test_a_candidate_for_membership_wants_it():
    assert [c[:3] for c in claims("Ukraine is a candidate for membership of the EU.")] == [
        ("UKR", "EXPRESSED_INTEREST_IN", "eu")]
