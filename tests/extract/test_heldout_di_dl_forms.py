"""Forms met in held-out sets DI to DL (2026-12-03, read after their measurement at
2bfcec2 and d8d1ea9), each in a sentence of our own."""

import pytest

from tests.extract.helpers import claims


@pytest.mark.parametrize("text", [
    "Kenya joined China's ambitious lunar research station initiative last year.",
    "Kenya joined the lunar research station project.",
])
def test_three_words_of_a_programmes_name_describe_it(text):
    assert [c[:3] for c in claims(text)] == [("KEN", "MEMBER_OF", "ilrs")]


def test_members_such_as_and_an_induction_into_are_memberships():
    assert {c[:3] for c in claims("BRICS members such as Egypt and Iran met in Kazan.")} == {
        ("EGY", "MEMBER_OF", "brics"), ("IRN", "MEMBER_OF", "brics")}
    text = "The induction of Egypt and Ethiopia into BRICS made the group larger."
    assert {c[:3] for c in claims(text)} == {("EGY", "MEMBER_OF", "brics"), ("ETH", "MEMBER_OF", "brics")}
    assert claims("Non-NATO members such as Austria stayed out.") == []


@pytest.mark.parametrize("text", [
    "China backed Russia's objection to Ukraine joining the alliance, NATO.",
    "Hungary voiced its opposition to Ukraine joining NATO.",
    "The real question is: should Nigeria join BRICS or not?",
    "Will Turkey join BRICS?",
])
def test_an_objection_or_a_question_is_no_joining(text):
    assert claims(text) == []


def test_a_question_that_presumes_the_act_keeps_it():
    assert [c[:3] for c in claims("Why did Egypt join BRICS?")] == [("EGY", "MEMBER_OF", "brics")]


def test_the_question_of_an_accession_is_a_wish():
    text = "The question of Ukraine's accession to NATO remained central at the summit."
    assert [c[:3] for c in claims(text)] == [("UKR", "EXPRESSED_INTEREST_IN", "nato")]


def test_a_country_and_its_neighbour_named_after_a_comma_are_a_pair():
    text = "Sweden and its eastern neighbour, Finland, announced their intention to join NATO in May 2022."
    assert {c[:3] for c in claims(text)} == {("SWE", "EXPRESSED_INTEREST_IN", "nato"),
                                            ("FIN", "EXPRESSED_INTEREST_IN", "nato")}


def test_a_relative_clause_on_agreements_named_nowhere_has_its_own_object():
    text = ("The Artemis Accords came up. Extradition agreements are bilateral agreements that "
            "the US signs with other countries.")
    assert claims(text) == []
    assert [c[:3] for c in claims("The Artemis program, which NASA leads, grows.")] == [
        ("nasa", "LEADS", "artemis-program")]


def test_drafted_by_proposes_an_agreement():
    text = "Drafted by the United States, the Artemis Accords set out principles."
    assert [c[:3] for c in claims(text)] == [("USA", "PROPOSED", "artemis-accords")]


@pytest.mark.parametrize("text", [
    "Russia and the United States will lead an international coalition to build a space station to orbit the moon.",
    "JAXA and NASA sign a Lunar Exploration Agreement.",
    "Ten countries will join the Russian-Chinese Lunar Station Project.",
])
def test_words_of_a_name_standing_apart_or_too_few_name_nothing(text):
    assert not {c[2] for c in claims(text)} & {"ilrs", "outer-space-treaty", "lunar-nuclear-power-station"}


def test_applying_to_participate_is_interest():
    assert [c[:3] for c in claims("Egypt has applied to participate in the ILRS.")] == [
        ("EGY", "EXPRESSED_INTEREST_IN", "ilrs")]
