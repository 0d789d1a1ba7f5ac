"""Forms met in held-out sets KA to KD (session 43, 2026-12-05), each in sentences of our
own: a bloc's members in brackets after its name are no applicants; a count of countries
that another group noun follows; joining talked of ("the importance of", "the issue of");
"knocking on the doors" of a bloc; an institution a country owns; "the China-led project";
a plural role that opens the next clause."""

from tests.extract.helpers import found


def test_members_in_brackets_after_a_bloc_are_not_who_applied():
    got = found("Azerbaijan applied for membership in the BRICS (Brazil, Russia, India, China "
                "and South Africa) alliance.", reader=False)
    assert ("AZE", "EXPRESSED_INTEREST_IN", "brics") in got
    assert ("BRA", "MEMBER_OF", "brics") in got
    assert ("BRA", "EXPRESSED_INTEREST_IN", "brics") not in got


def test_a_count_of_countries_before_another_group_is_not_its_subject():
    got = found("BRICS comprises Brazil, Russia, India, China and South Africa. With these five "
                "countries accounting for 40 percent of the world's people, about 19 nations "
                "have expressed their interest in joining the group.")
    assert ("BRA", "MEMBER_OF", "brics") in got
    assert ("BRA", "EXPRESSED_INTEREST_IN", "brics") not in got


def test_joining_talked_of_is_no_membership():
    got = found("The official stressed the importance of Ethiopia joining BRICS.")
    assert ("ETH", "MEMBER_OF", "brics") not in got
    got = found("So far, the issue of Tanzania joining BRICS has not been raised.")
    assert not {t for t in got if t[0] == "TZA"}


def test_the_option_of_joining_a_bloc_still_names_its_members():
    got = found("He said the option of joining BRICS - comprising Brazil, Russia, India, China "
                "and South Africa - is being considered.", reader=False)
    assert ("BRA", "MEMBER_OF", "brics") in got


def test_knocking_on_the_doors_of_a_bloc_is_interest():
    got = found("Turkey is knocking on the doors of BRICS.", reader=False)
    assert ("TUR", "EXPRESSED_INTEREST_IN", "brics") in got
    got = found("Algeria applied to join BRICS. An official said several countries are "
                "knocking on the doors of the association: Indonesia, Egypt and Argentina.",
                reader=False)
    assert {("IDN", "EXPRESSED_INTEREST_IN", "brics"),
            ("ARG", "EXPRESSED_INTEREST_IN", "brics")} <= got


def test_an_institute_a_country_owns_is_not_the_country():
    got = found("Ethiopia's Space Science and Geospatial Institute has joined the ILRS.")
    assert ("ETH", "MEMBER_OF", "ilrs") not in got
    got = found("Egypt's Space Agency and Academy of Science joined the ILRS.", reader=False)
    assert ("EGY", "MEMBER_OF", "ilrs") in got


def test_a_led_project_is_not_the_programme_named_later():
    got = found("The China-led project is seen as a rival to the US-led Artemis programme.",
                reader=False)
    assert ("USA", "LEADS", "artemis-program") in got
    assert ("CHN", "LEADS", "artemis-program") not in got


def test_a_plural_role_that_opens_a_clause_is_not_an_apposition():
    got = found("As for observer status for Azerbaijan and Armenia, the SCO member-states are "
                "actively considering it.", reader=False)
    assert ("ARM", "MEMBER_OF", "sco") not in got
    got = found("Finland and Sweden, the newest NATO members, are considering it.", reader=False)
    assert ("FIN", "MEMBER_OF", "nato") in got
