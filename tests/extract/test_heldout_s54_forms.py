"""Forms met in held-out sets of session 53 and 54 (2026-12-06), each in sentences of our own:
a bloc that is one more item of a list of countries is not what they belong to."""

from tests.extract.helpers import found


def _eu(sentence: str) -> set:
    return {c for c in found(sentence) if c[2] == "eu"}


def test_a_bloc_listed_beside_countries_has_no_members_there():
    assert not _eu("The talks drew leaders from the European Union and countries: Canada, Brazil, "
                   "Japan and Mexico, who agreed to meet again.")
    assert not _eu("This week the leaders of the seven richest democracies – the US, Canada, Japan, "
                   "France, Germany, Italy and the UK – and the European Union gather in Brussels "
                   "for their summit.")
    assert not _eu("Providers include China (BeiDou Navigation Satellite System), the European "
                   "Union (Galileo Navigation System), the Russian Federation (Global Navigation "
                   "Satellite System) and the United States (GPS), the committee said.")


def test_owners_of_systems_in_one_list_are_items_too():
    assert not _eu("Four systems cover the globe today: America's GPS, China's Beidou, the EU's "
                   "Galileo and Russia's Glonass.")
    assert not _eu("Others include Russia’s Global Navigation Satellite System (GLONASS), India’s "
                   "Navigation with Indian Constellation (NavIC), and the European Union’s Galileo.")


def test_members_glossed_or_named_as_such_are_still_members():
    assert {("FRA", "MEMBER_OF", "eu"), ("DEU", "MEMBER_OF", "eu")} <= _eu(
        "Leaders of the European Union member states France, Germany and Italy met in Rome.")
    assert {("FRA", "MEMBER_OF", "eu"), ("LUX", "MEMBER_OF", "eu")} <= _eu(
        "The European Union (France, Germany, Italy, Belgium, the Netherlands and Luxembourg) "
        "was founded by six members.")
    assert {("FRA", "MEMBER_OF", "eu"), ("DEU", "MEMBER_OF", "eu")} <= _eu(
        "France and Germany are members of the European Union, and Canada is not.")


def test_a_list_that_runs_into_a_bloc_is_not_listed_beside_it():
    got = found("Through signing the Artemis Accords, Australia, Bahrain, Brazil, Canada and the "
                "United States have demonstrated their commitment to the principles.")
    assert {("AUS", "SIGNED", "artemis-accords"), ("BHR", "SIGNED", "artemis-accords")} <= got
    got = found("Formed on August 8, 1967 by Indonesia, Malaysia, the Philippines, Singapore, and "
                "Thailand, ASEAN today has 10 member-states.")
    assert {("IDN", "MEMBER_OF", "asean"), ("THA", "MEMBER_OF", "asean")} <= got


def test_a_bloc_named_only_as_founder_of_a_bank_after_its_member_has_no_member_there():
    got = found("Uruguay officially became a new member of the New Development Bank (NDB) "
                "established by the BRICS countries after completing the necessary procedures.")
    assert ("URY", "MEMBER_OF", "brics") not in got
    # its own members glossed after it still are
    got = found("Uruguay officially became a new member of the New Development Bank (NDB) "
                "established by the BRICS countries (Brazil, Russia, India, China, and South "
                "Africa) in 2015.")
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics")} <= got
    assert ("URY", "MEMBER_OF", "brics") not in got


def test_names_a_later_step_will_permit_to_join_are_no_members_yet():
    got = found("The protocols, once ratified by the member states, will permit Bulgaria, "
                "Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia to become parties to "
                "the treaty and members of NATO.")
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_a_declared_candidacy_for_membership_is_interest():
    got = found("Albania, Bulgaria and Estonia have declared their candidacy for NATO membership.")
    assert {("ALB", "EXPRESSED_INTEREST_IN", "nato"), ("EST", "EXPRESSED_INTEREST_IN", "nato")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_areas_of_cooperation_after_but_are_no_cooperation_of_the_names_before():
    got = found("Cyprus, Estonia, Hungary and Latvia became members on 1 May 2004, but some "
                "areas of cooperation in the European Union will apply to them at a later date.")
    assert not {c for c in got if c[1] == "COOPERATES_ON"}


def test_a_treaty_concerning_the_accession_of_names_is_their_wish():
    got = found("Treaty concerning the accession of Norway, Austria, Finland and Sweden to the "
                "European Union (24 June 1994)")
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_joining_a_crew_is_no_signature():
    assert not found("Canada will join the Artemis II crew next year.")
    assert ("CAN", "SIGNED", "artemis-accords") in found("Canada will join the Artemis Accords next year.")


def test_names_added_to_a_blocs_members_are_not_its_members():
    got = found("The summit brought together the ten ASEAN members plus China, Japan, South Korea, "
                "India, Australia and New Zealand.")
    assert not {c for c in got if c[2] == "asean"}
    got = found("The ASEAN Plus Three framework—ASEAN members along with China, Japan, and South "
                "Korea—produced a final report.")
    assert not {c for c in got if c[2] == "asean"}


def test_a_list_between_dashes_that_founded_another_body_is_not_the_topics():
    got = found("The European Union has 27 members.\n\nIn 1950 six countries – Belgium, West "
                "Germany, France, Italy, Luxembourg and the Netherlands – founded the European "
                "Coal and Steel Community.")
    assert not {c for c in got if c[2] == "eu" and c[0] != "eu"}


def test_a_programme_with_no_node_is_what_which_points_back_to():
    text = ("NATO and Austria work together.\n\nCooperation between NATO and Austria is carried "
            "out within the framework of the Partnership for Peace program, which Austria joined "
            "in 1995.")
    assert ("AUT", "MEMBER_OF", "nato") not in found(text, reader=False)
    # a named antecedent with a node is still what the topic gives
    assert ("FIN", "MEMBER_OF", "nato") in found("Austria is close to NATO, which Finland joined "
                                                 "in 2023.", reader=False)


def test_joining_a_blocs_countries_in_an_act_is_no_membership():
    assert not found("In 1996, Austrian troops joined NATO countries in ensuring the peace in Bosnia.")
    assert not found("Austria joined NATO allies in condemning the attack.")
    assert ("SWE", "MEMBER_OF", "nato") in found("Sweden joined NATO members in 2024 after a long wait.")
