"""Forms met in held-out sets LS to LV (session 48, 2026-12-05), each in sentences of our
own: "Sweden's NATO bid" is Sweden's wish, and the parliament that ratifies it belongs to
NATO; a country that "has to ratify the application for membership" is a member ratifying
another's, not an applicant; "In order for A to become a member" is a purpose, not a joining;
"Russia's February 2022 invasion" makes Russia a side in a war, not a party to the joining it
prompted; "for those who want to participate in" gives the trigger a subject of its own;
"Two of NATO's members, A and B," names members."""

from tests.extract.helpers import found


def test_a_countrys_bloc_bid_is_its_wish_and_its_ratifier_a_member():
    got = found("Portugal's parliament ratified Norway's NATO bid on Monday.", reader=False)
    assert ("NOR", "EXPRESSED_INTEREST_IN", "nato") in got
    assert ("PRT", "MEMBER_OF", "nato") in got
    assert ("NOR", "MEMBER_OF", "nato") not in got
    # a bid for something else names no bloc inside it
    assert not found("Peru's bid for the APEC presidency failed.", reader=False)


def test_who_has_to_ratify_an_application_is_a_member_not_an_applicant():
    got = found("Canada ratified Norway's accession to NATO. Now Italy has to ratify the "
                "application for membership in the Alliance.", reader=False)
    assert ("ITA", "MEMBER_OF", "nato") in got
    assert ("ITA", "EXPRESSED_INTEREST_IN", "nato") not in got
    # its own application, which its parliament approves, stays its wish
    got = found("Norway's parliament approved its application for membership in NATO.",
                reader=False)
    assert ("NOR", "EXPRESSED_INTEREST_IN", "nato") in got


def test_in_order_for_a_country_to_become_a_member_is_a_purpose():
    got = found("In order for Norway to become a full member of NATO, every ally must ratify "
                "the protocol.", reader=False)
    assert ("NOR", "EXPRESSED_INTEREST_IN", "nato") in got
    assert ("NOR", "MEMBER_OF", "nato") not in got


def test_the_side_of_a_dated_invasion_is_no_party_to_the_joining_it_prompted():
    got = found("NATO grew quickly. Russia's February 2022 invasion prompted Norway and "
                "neighbouring Iceland to apply to join the alliance.")
    assert ("NOR", "EXPRESSED_INTEREST_IN", "nato") in got
    assert not [t for t in got if t[0] == "RUS"]


def test_those_who_want_to_participate_are_the_triggers_own_subject():
    got = found("Two countries have joined Japan in signing the Artemis Accords, principles "
                "for those who want to participate in the Artemis program.", reader=False)
    assert ("JPN", "SIGNED", "artemis-accords") in got
    assert ("JPN", "COOPERATES_ON", "artemis-program") not in got


def test_a_plural_role_then_a_closed_list_of_names():
    got = found("Two of NATO's 30 existing members, Portugal and Greece, have yet to ratify "
                "the joint application Norway and neighbouring Iceland made last year.",
                reader=False)
    assert {("PRT", "MEMBER_OF", "nato"), ("GRC", "MEMBER_OF", "nato")} <= got
    # names after the role that a clause goes on from are not its apposition
    got = found("Besides the NATO members, Ukraine and Moldova said they would help.",
                reader=False)
    assert not [t for t in got if t[2] == "nato" and t[1] == "MEMBER_OF"]


def test_the_intention_of_a_list_to_join_is_its_wish():
    got = found("BRICS met in June. Several sources confirm the intention of Peru, Chile and "
                "Mexico to join the group.", reader=False)
    assert {("PER", "EXPRESSED_INTEREST_IN", "brics"),
            ("MEX", "EXPRESSED_INTEREST_IN", "brics")} <= got
    assert not [t for t in got if t[1] == "MEMBER_OF"]


def test_a_blocs_dialogue_partners_and_a_singular_relative_after_a_list():
    got = found("The SCO is a Eurasian organisation. Its permanent members are China and "
                "Russia, while dialogue partners are Nepal, Qatar and Iran, which has applied "
                "for full membership.", reader=False)
    assert {("NPL", "PARTNER_OF", "sco"), ("QAT", "PARTNER_OF", "sco"),
            ("IRN", "EXPRESSED_INTEREST_IN", "sco")} <= got
    # "which has applied" is Iran's alone
    assert ("NPL", "EXPRESSED_INTEREST_IN", "sco") not in got


def test_obstacles_to_a_countrys_membership_and_a_country_that_pressures():
    got = found("Pressured By US, Iran Turns to China. The political obstacles to Iran's "
                "membership in the SCO have been removed, an official said.", reader=False)
    assert ("IRN", "EXPRESSED_INTEREST_IN", "sco") in got
    assert ("IRN", "MEMBER_OF", "sco") not in got
    assert not [t for t in got if t[0] == "USA"]


def test_a_bracketed_short_name_of_a_listed_bloc_takes_no_list():
    got = found("The G20 is an intergovernmental forum. Its membership includes Argentina, "
                "Australia, Brazil, Canada, India, and the European Union (EU).", reader=False)
    assert not [t for t in got if t[2] == "eu"]


def test_partnerships_with_nations_including_a_list_name_partners():
    got = found("NATO is strengthening defence partnerships with key Indo-Pacific nations "
                "including Australia, Japan and New Zealand.", reader=False)
    assert {("AUS", "PARTNER_OF", "nato"), ("NZL", "PARTNER_OF", "nato")} <= got
    assert not [t for t in got if t[1] == "MEMBER_OF"]
