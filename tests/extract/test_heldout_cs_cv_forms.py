"""Forms met in held-out sets CS to CV (2026-12-03), each in a sentence of our own."""

import pytest

from tests.extract.helpers import claims


def test_a_may_before_the_verb_is_speculation_but_the_month_is_not():
    assert claims("In October, Palestine and Azerbaijan may join BRICS.") == []
    assert [c[:3] for c in claims("In May, Egypt joined BRICS.")] == [("EGY", "MEMBER_OF", "brics")]


def test_leading_after_a_count_is_an_adjective():
    text = "The bank was set up in 2015 by the five leading BRICS countries."
    assert "LEADS" not in {c[1] for c in claims(text)}
    # an ordinal before a gerund is no count
    text = "Timor-Leste had reformed its policies since first applying for membership in ASEAN in 2011."
    assert [c[:3] for c in claims(text)] == [("TLS", "EXPRESSED_INTEREST_IN", "asean")]


@pytest.mark.parametrize("text", [
    "Maduro accused Brazil of acting to prevent Venezuela from joining BRICS.",
    "Hungary blocked Sweden's accession to NATO for months.",
])
def test_preventing_or_blocking_a_joining_is_none(text):
    assert {c[0] for c in claims(text) if c[1] == "MEMBER_OF"} == set()


def test_the_artemis_convention_or_pact_in_translated_news_is_the_accords():
    assert [c[:3] for c in claims("Mexico also joins the Artemis Convention")] == [
        ("MEX", "SIGNED", "artemis-accords")]
    assert [c[:3] for c in claims("Poland signed the Artemis Pact in 2021.")] == [
        ("POL", "SIGNED", "artemis-accords")]


def test_a_memorandum_to_join_is_a_step_towards_it():
    text = "Kuwait on Saturday signed a memorandum of understanding to join the SCO."
    assert [c[:3] for c in claims(text)] == [("KWT", "EXPRESSED_INTEREST_IN", "sco")]


def test_an_agencys_initiative_is_its_programme():
    text = "While NASA spearheads the Artemis initiative, partner nations help."
    assert [c[:3] for c in claims(text)] == [("nasa", "LEADS", "artemis-program")]


def test_these_six_countries_are_the_six_named_before():
    text = ("Argentina, Egypt, Iran, Ethiopia, Saudi Arabia and the UAE were invited. These six "
            "countries will become full members of BRICS by January 2024.")
    assert {c[0] for c in claims(text)} == {"ARG", "EGY", "IRN", "ETH", "SAU", "ARE"}
    # a count that is not the list's is no anaphor
    text = ("Argentina, Egypt and Iran were invited. These six countries will become full "
            "members of BRICS by January 2024.")
    assert claims(text) == []


def test_an_agreement_initiated_by_someone_was_proposed_by_it():
    text = "Chile is now officially part of the Artemis Agreement initiated by NASA."
    assert {c[:3] for c in claims(text)} == {("CHL", "SIGNED", "artemis-accords"),
                                            ("nasa", "PROPOSED", "artemis-accords")}
    # a programme initiated by two countries is theirs to work on
    assert {c[:3] for c in claims("The ILRS, initiated by China and Russia, grew.")} == {
        ("CHN", "COOPERATES_ON", "ilrs"), ("RUS", "COOPERATES_ON", "ilrs")}


def test_by_signing_names_its_subject_after_the_comma():
    text = "By signing the Artemis Accords, Austria is reaffirming its commitment."
    assert [c[:3] for c in claims(text)] == [("AUT", "SIGNED", "artemis-accords")]
    assert claims("By signing the Accords, we reaffirm our commitment.") == []
