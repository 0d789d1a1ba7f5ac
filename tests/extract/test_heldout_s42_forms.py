"""Forms met in held-out sets JW to JZ and in the earlier sets' errors (session 42,
2026-12-05), each in sentences of our own: a country the reader would make a signatory
though it is named only after "with", "to" or "in" ("on space cooperation with the US",
"ambassador to the United States"); weighing "the possible benefits of joining";
joining a bloc's members for its summit."""

from tests.extract.helpers import found


def test_a_country_named_only_after_with_signs_nothing():
    got = found("Ghana became the first country in West Africa to sign the Artemis Accords "
                "on space cooperation with the US.")
    assert ("GHA", "SIGNED", "artemis-accords") in got
    assert ("USA", "SIGNED", "artemis-accords") not in got


def test_a_country_named_only_after_an_ambassadors_to_signs_nothing():
    got = found("Jane Doe, Ghana's ambassador to the United States, signed the Artemis "
                "Accords on October 4, NASA said.")
    assert ("USA", "SIGNED", "artemis-accords") not in got


def test_a_list_after_with_may_be_who_acts():
    got = found("The BRICS group doubled at the beginning of 2024 with Iran, the United Arab "
                "Emirates, Ethiopia and Egypt joining it.")
    assert {("IRN", "MEMBER_OF", "brics"), ("EGY", "MEMBER_OF", "brics")} <= got


def test_in_addition_to_a_country_it_is_still_a_signatory():
    got = found("As of October, in addition to the United States, 12 other countries signed "
                "the Artemis Accords: Australia, Brazil, Canada, Italy, Japan, Luxembourg, New "
                "Zealand, Poland, the Republic of Korea, Ukraine, the United Arab Emirates "
                "and the United Kingdom.")
    assert ("USA", "SIGNED", "artemis-accords") in got


def test_weighing_the_benefits_of_joining_is_interest():
    got = found("Chile has agreed to formally investigate the possible benefits of joining "
                "the Aukus deal.")
    assert ("CHL", "EXPRESSED_INTEREST_IN", "aukus") in got
    assert ("CHL", "MEMBER_OF", "aukus") not in got


def test_joining_a_blocs_members_for_its_summit_is_no_membership():
    got = found("For the second year in a row, the leaders of Chile, Ghana and Peru will join "
                "NATO members for the alliance's summit, taking place in Vilnius.")
    assert not [c for c in got if c[2] == "nato"]


def test_joining_the_bloc_itself_is_still_membership():
    got = found("Chile and Peru will join NATO members next year, the ministers said.")
    assert ("CHL", "MEMBER_OF", "nato") in got or ("CHL", "EXPRESSED_INTEREST_IN", "nato") in got
