"""Forms of session 61 (2026-12-06), each in sentences of our own: names data/ gained that
session (the New Development Bank, the G20, the Eurasian Economic Union, the Arctic Council, the
European Space Agency, ECOWAS, the African Union) read as the nodes they are, including where the
name begins with a word the reader of noun phrases skips ("New"), follows a bloc that owns it
("BRICS' New Development Bank"), or comes back as "the bank"."""

import pytest

from tests.extract.helpers import found


@pytest.mark.parametrize("name, node", [("the G20", "g20"), ("the Eurasian Economic Union", "eaeu"),
                                        ("the Arctic Council", "arctic-council"),
                                        ("the European Space Agency", "esa"), ("ECOWAS", "ecowas"),
                                        ("the African Union", "african-union"),
                                        ("the New Development Bank", "ndb")])
def test_the_bodies_data_gained_are_nodes(name, node):
    assert ("CHL", "MEMBER_OF", node) in found(f"Chile joined {name} in 2021.", reader=False)


def test_a_name_that_begins_with_a_skipped_word_is_the_object():
    # "New" and "Development" qualify a head elsewhere ("the new development of"); in a name
    # they begin it
    assert found("Chile joined the New Development Bank.", reader=False) == {("CHL", "MEMBER_OF", "ndb")}


def test_a_name_a_bloc_owns_is_the_object_not_the_bloc():
    got = found("Chile and Peru join BRICS nations' New Development Bank.", reader=False)
    assert got == {("CHL", "MEMBER_OF", "ndb"), ("PER", "MEMBER_OF", "ndb")}
    # with no name of its own after the owner, still none: the alliance's programme is not the alliance
    assert not found("Chile joined the alliance's Pillar Two programme.", reader=False)


def test_the_bank_named_again_is_the_bank():
    got = found("Chile joined the New Development Bank. The move came before the BRICS summit. "
                "The bank's board approved it. Current members include Brazil, Russia and Chile.",
                reader=False)
    assert {("BRA", "MEMBER_OF", "ndb"), ("RUS", "MEMBER_OF", "ndb")} <= got
    assert not {c for c in got if c[2] == "brics"}


def test_a_bloc_that_founds_a_body_is_its_founder_not_its_member():
    assert not found("BRICS set up the New Development Bank in 2014.", reader=False)
    got = found("The NDB, established by BRICS in 2015, enrolled Bangladesh.", reader=False)
    assert ("brics", "MEMBER_OF", "ndb") not in got
    # countries that found it are its members
    got = found("Brazil, Russia, India, China and South Africa established the New Development Bank.",
                reader=False)
    assert ("BRA", "MEMBER_OF", "ndb") in got and ("ZAF", "MEMBER_OF", "ndb") in got


def test_each_blocs_country_between_dashes_lists_its_members():
    got = found("Each BRICS country – Brazil, Russia, India, China and South Africa – chairs the "
                "bank for five-year rotating terms.", reader=False)
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics")} <= got


def test_a_bloc_counted_beside_a_groups_countries_is_its_member():
    got = found("The G20 is an intergovernmental forum that brings together 19 countries and the "
                "European Union (EU) to discuss global economic issues.")
    assert ("eu", "MEMBER_OF", "g20") in got
    # no group named before the verb: no claim
    assert not found("It brings together 19 countries and the European Union.")


def test_a_bloc_named_for_its_countries_is_no_member_and_the_list_after_it_is():
    text = ("The G20 is a forum. Members include the G7 (Group of Seven) countries, as well as "
            "Argentina, Australia and the European Union.")
    got = found(text, reader=False)
    assert {("ARG", "MEMBER_OF", "g20"), ("eu", "MEMBER_OF", "g20")} <= got
    assert not {c for c in got if "g7" in (c[0], c[2])}


def test_a_countrys_name_without_its_accents_is_the_country():
    got = found("Member countries of ECOWAS are Benin, Cote d'Ivoire and Ghana.", reader=False)
    assert ("CIV", "MEMBER_OF", "ecowas") in got


def test_former_colonies_name_no_country():
    got = found("ECOWAS has 15 members comprising former French, British and Portuguese colonies.")
    assert not {c for c in got if c[0] in ("FRA", "GBR", "PRT")}


def test_places_of_a_trouble_and_a_bodys_counterparts_are_no_members():
    got = found("The leaders of the G20 also vowed to work towards fair and lasting peace in Sudan, "
                "Palestine, Ukraine, and other conflicts.")
    assert not {c for c in got if c[0] in ("SDN", "PSE", "UKR")}
    got = found("Russia, Belarus and Armenia are members of the EaEU, which is also negotiating "
                "Free Trade Agreements with numerous countries, including China and India.")
    assert ("ARM", "MEMBER_OF", "eaeu") in got
    assert not {c for c in got if c[0] in ("CHN", "IND")}


def test_a_body_a_group_is_likened_to_is_not_the_group():
    got = found("APSCO was founded in 2008. It follows the same goals pursued by the European Space "
                "Agency (ESA). Chile and Peru have applied for membership in the group.")
    assert not {c for c in got if c[2] == "esa"}


def test_a_list_beside_a_count_of_a_bodys_members_is_not_of_the_body():
    got = found("The treaty was signed by the United States, Russia, Japan, Canada and eleven member "
                "states of the European Space Agency (Belgium, Denmark, France and Germany).")
    assert ("BEL", "MEMBER_OF", "esa") in got
    assert not {c for c in got if c[0] in ("USA", "RUS", "JPN", "CAN") and c[2] == "esa"}


def test_a_name_data_lacks_in_a_list_keeps_the_list_whole():
    got = found("Arrangements are in place with space agencies of 33 countries and three bodies, "
                "namely, Argentina, Brazil, Egypt, the European Centre for Medium Range Weather "
                "Forecasts (ECMWF), the European Space Agency (ESA), France and Japan.")
    assert not {c for c in got if c[2] == "esa"}


def test_countries_that_pause_participation_in_a_bodys_meetings_are_its_members():
    got = found("Canada, Denmark, Finland, Iceland, Norway, Sweden, and US pause participation in "
                "the meetings of the Arctic Council")
    assert {("CAN", "MEMBER_OF", "arctic-council"), ("USA", "MEMBER_OF", "arctic-council")} <= got


def test_a_countrys_parts_in_brackets_are_no_members_and_do_not_cut_the_list():
    got = found("The Arctic Council consists of the eight Arctic States: Canada, the Kingdom of "
                "Denmark (including Greenland and the Faroe Islands), Finland, Iceland, Norway, the "
                "Russian Federation, Sweden and the United States.", reader=False)
    assert {("DNK", "MEMBER_OF", "arctic-council"), ("USA", "MEMBER_OF", "arctic-council")} <= got
    assert not {c for c in got if c[0] in ("GRL", "FRO")}


def test_preparing_for_membership_is_interest():
    got = found("Two new countries from our region – Hungary and Estonia – prepare for full ESA "
                "membership.")
    assert got == {("HUN", "EXPRESSED_INTEREST_IN", "esa"), ("EST", "EXPRESSED_INTEREST_IN", "esa")}


def test_quitting_a_membership_is_a_withdrawal():
    got = found("Burkina Faso, Mali and Niger announced that they had quit their membership of the "
                "Economic Community of West African States.", reader=False)
    assert {("BFA", "WITHDREW_FROM", "ecowas"), ("NER", "WITHDREW_FROM", "ecowas")} <= got


def test_a_list_as_well_as_a_blocs_members_is_not_of_the_bloc():
    got = found("The Schengen Zone now consists of 29 countries, including 25 of the EU's 27 member "
                "states, as well as Switzerland, Norway, Iceland and Liechtenstein.")
    assert not {c for c in got if c[2] == "eu"}
    assert {("SWE", "MEMBER_OF", "nato"), ("FIN", "MEMBER_OF", "nato")} <= found(
        "Sweden, as well as Finland, joined NATO.")


def test_a_bloc_named_again_is_no_bank():
    got = found("Indonesia has allocated funds to purchase shares in the BRICS-backed New Development "
                "Bank (NDB), marking another step in its growing engagement with the China-led bloc.")
    assert ("CHN", "LEADS", "brics") in got and ("CHN", "LEADS", "ndb") not in got
