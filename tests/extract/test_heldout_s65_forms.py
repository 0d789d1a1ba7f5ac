"""Forms of session 65 (2026-12-06), each in sentences of our own: a founders' clause closed by
its date, countries "under their" bloc's pact, a bloc named without "Cooperation" or
"Economic", a bloc "that includes" left unnamed, a memorandum of commitment to join, support
for another's membership, "opted to join", an instrument of acceptance of another's accession,
a body "created as an alliance led by", a name likened ("NATO-like"), a leader's hyphen before
the object ("joins Russian-led EAEU"), states that suspended their involvement, an aside
between a subject and its verb, a wish standing before the names the reader weighs, the list
before the bloc's nations, "are its partner states" and a count of countries from a region
before a colon (the first wave)."""

import pytest

from tests.extract.helpers import claims, found

_FOUNDERS = {"BRA", "RUS", "IND", "CHN", "ZAF"}


def test_a_fronted_founders_clause_may_close_with_its_date():
    got = claims("Founded by Brazil, Russia, India, China and South Africa in 2014, the New "
                 "Development Bank has admitted Bangladesh.")
    assert {(c, "MEMBER_OF", "ndb", "2014") for c in _FOUNDERS} <= set(got)
    got = claims("Established by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan "
                 "on 15 June 2001, the SCO now has ten members.")
    assert ("UZB", "MEMBER_OF", "sco", "2001-06-15") in got


def test_countries_under_their_blocs_pact_are_its_members():
    text = ("Submarines will be built by the United States, Britain and Australia under their "
            "AUKUS security pact, officials said.")
    assert {("USA", "MEMBER_OF", "aukus"), ("GBR", "MEMBER_OF", "aukus"),
            ("AUS", "MEMBER_OF", "aukus")} <= found(text, reader=False)
    hedged = "Britain and Australia could one day cooperate under their AUKUS pact."
    assert not found(hedged, reader=False)


@pytest.mark.parametrize("text, claim", [
    ("The Shanghai Organization was founded in 2001 by Russia and China.", ("RUS", "MEMBER_OF", "sco")),
    ("Armenia joined the Eurasian Union in 2015.", ("ARM", "MEMBER_OF", "eaeu")),
])
def test_a_bloc_named_without_cooperation_or_economic_is_the_bloc(text, claim):
    assert claim in found(text, reader=False)


def test_a_bloc_that_includes_left_unnamed_lends_no_members_to_one_named_before():
    text = ("At a time when NATO is proceeding to expand by annexing Finland and Sweden, China "
            "and Russia are moving to strengthen a security and economic bloc that includes Iran "
            "and Saudi Arabia.")
    assert not {t for t in found(text) if t[2] == "nato" and t[0] in {"IRN", "SAU"}}
    for kept in ("NATO, a military alliance that includes Turkey and Norway, met.",
                 "NATO is a military alliance that includes Turkey and Norway.",
                 "The SCO has grown into a bloc that includes Iran and India."):
        assert {t for t in found(kept, reader=False) if t[1] == "MEMBER_OF"}, kept


def test_a_memorandum_of_commitment_to_join_is_a_step_towards_it():
    got = found("Iran has signed a memorandum of commitment to officially join the Shanghai "
                "Cooperation Organization.", reader=False)
    assert got == {("IRN", "EXPRESSED_INTEREST_IN", "sco")}


def test_support_for_anothers_membership_is_its_wish_not_yet_a_membership():
    got = found("Chinese President Xi Jinping announced its support for Iran's full membership "
                "in SCO during a state visit to Iran in January 2016.", reader=False)
    assert ("IRN", "EXPRESSED_INTEREST_IN", "sco") in got
    assert ("IRN", "MEMBER_OF", "sco") not in got
    assert ("IRN", "MEMBER_OF", "sco") in found("Iran's full membership in the SCO began in 2023.",
                                                reader=False)


@pytest.mark.parametrize("verb", ["opted", "chose"])
def test_opting_to_join_is_a_decision_not_yet_a_membership(verb):
    got = found(f"In December 2015, Montenegro {verb} to join NATO.", reader=False)
    assert got == {("MNE", "EXPRESSED_INTEREST_IN", "nato")}


def test_an_instrument_of_acceptance_of_anothers_accession_is_a_members_step():
    got = found("Germany's instrument of acceptance regarding Montenegro's accession to NATO "
                "was deposited.", reader=False)
    assert ("MNE", "EXPRESSED_INTEREST_IN", "nato") in got
    assert ("MNE", "MEMBER_OF", "nato") not in got
    assert ("DEU", "MEMBER_OF", "nato") in got


def test_a_body_created_as_an_alliance_led_by_is_led_by_them():
    got = claims("Shanghai Cooperation Organization was created in 2001 as a political, economic "
                 "and security alliance led by China and Russia.")
    assert {("CHN", "LEADS", "sco", "2001"), ("RUS", "LEADS", "sco", "2001")} <= set(got)
    assert not found("The SCO is seen as a threat to Western democracy led by the U.S.", reader=False)


def test_a_name_likened_is_not_the_body():
    got = found("Troops were sent as part of the Collective Security Treaty Organization (CSTO), a "
                "Russian-led military alliance that was once described as a NATO-like body.",
                reader=False)
    assert ("RUS", "LEADS", "csto") in got
    assert not {t for t in got if t[2] == "nato"}


def test_a_leaders_hyphen_before_the_object_qualifies_it():
    assert ("KGZ", "MEMBER_OF", "eaeu") in found("Kyrgyzstan joins Russian-led EAEU.", reader=False)
    launched = ("The coast guards of India, the US, Australia and Japan have launched the first-ever "
                "Quad-at-Sea Ship Observer Mission.")  # no leader: "Quad" is the object still
    assert ("IND", "MEMBER_OF", "quad") in found(launched, reader=False)


def test_states_that_suspended_their_involvement_in_a_bracket_are_members():
    got = found("In March 2022, the seven Western states (Canada, Denmark, Finland, Iceland, Norway, "
                "Sweden, and the United States) suspended their involvement in Arctic Council "
                "activities.", reader=False)
    assert {(c, "MEMBER_OF", "arctic-council") for c in
            ("CAN", "DNK", "FIN", "ISL", "NOR", "SWE", "USA")} <= got


@pytest.mark.parametrize("text, subject", [
    ("Bangladesh, although not a BRICS member, is part of the NDB and awaits decisions.", "BGD"),
    ("Egypt, a BRICS member, is part of the NDB.", "EGY"),
])
def test_an_aside_between_a_subject_and_its_verb_is_passed_over(text, subject):
    got = found(text, reader=False)
    assert (subject, "MEMBER_OF", "ndb") in got
    assert ("brics", "MEMBER_OF", "ndb") not in got


def test_the_reader_proposes_no_membership_after_a_wish_before_the_names():
    text = ("We will continue to work with other countries that aspire to join the Alliance and "
            "those are BiH, Georgia and the former Yugoslav Republic of Macedonia. NATO "
            "welcomed them.")
    assert not {t for t in found(text) if t[1] == "MEMBER_OF"}


def test_a_list_before_the_blocs_nations_between_dashes_is_its_members():
    text = ("Co-owned by Brazil, Russia, India, China and South Africa – the five original Brics "
            "nations – the Shanghai-based multilateral is poised to add new members.")
    assert {(c, "MEMBER_OF", "brics") for c in _FOUNDERS} <= found(text, reader=False)
    assert not found("Brazil and Argentina – the two former NATO nations – met.", reader=False)


def test_names_that_are_its_partner_states_are_partners():
    text = ("The SCO has nine members. Afghanistan, Belarus, Iran and Mongolia are observer states, "
            "while Armenia, Azerbaijan, Cambodia, Nepal, Turkey and Sri Lanka are its partner states.")
    got = found(text, reader=False)
    assert {("ARM", "PARTNER_OF", "sco"), ("LKA", "PARTNER_OF", "sco")} <= got
    assert ("IRN", "PARTNER_OF", "sco") not in got


def test_a_count_of_countries_from_a_region_may_stand_before_the_colon():
    text = ("BRICS is a political and diplomatic coordination forum composed of eleven countries "
            "from the Global South: Brazil, Russia, India, China, South Africa, Egypt and Iran.")
    assert {("EGY", "MEMBER_OF", "brics"), ("IRN", "MEMBER_OF", "brics")} <= found(text, reader=False)


def test_bih_names_bosnia_and_herzegovina():
    assert ("BIH", "EXPRESSED_INTEREST_IN", "nato") in found("BiH applied to join NATO in 2009.",
                                                              reader=False)
