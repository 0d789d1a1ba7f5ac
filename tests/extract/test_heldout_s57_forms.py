"""Forms met in held-out sets of session 57 (2026-12-06), each in sentences of our own: partner
countries become, a bloc's mechanisms, "which are already partner countries", a leader's "his
country", a request addressed to another's leader, a body a bloc owns, queuing to join, talks
on an accession, members and partners listed together, "any of its allies", a body named
after its owner, accession talks with a list, a forum of eleven economies, a bloc expanded to
include countries "namely", the second of two owners of a wish, members in brackets after a
wish, others a partner joins, a bank of a bloc's nations, one member state described, an
unclosed bracket, a bloc's documents, an admission rejected, a signing facilitated, a letter
handed over, a declaration in support of a country."""

from tests.extract.helpers import found


def test_countries_that_became_partner_countries_are_partners():
    got = found("Peru and Chile became partner countries of the BRICS group on 1 January.")
    assert {("PER", "PARTNER_OF", "brics"), ("CHL", "PARTNER_OF", "brics")} <= got


def test_taking_part_in_a_blocs_mechanisms_is_no_cooperation_with_the_bloc():
    got = found("Peru will participate in BRICS mechanisms from next year.")
    assert not {c for c in got if c[2] == "brics"}
    assert not found("Chile plans to participate in BRICS initiatives on health.")


def test_countries_which_are_already_partner_countries_are_partners():
    got = found("The bloc may grow further, especially to Peru and Chile, which are already "
                "BRICS partner countries.")
    assert {("PER", "PARTNER_OF", "brics"), ("CHL", "PARTNER_OF", "brics")} <= got


def test_his_country_is_the_leaders_after_a_preposition():
    got = found("Chile wants to join BRICS. Interest is growing, as can be seen with Peruvian "
                "President Ana Lopez, announcing that his country officially applied for BRICS "
                "membership.")
    assert ("PER", "EXPRESSED_INTEREST_IN", "brics") in got


def test_a_request_to_another_countrys_leader_is_not_the_leaders_country():
    got = found("The Peruvian government has made an official request to Russian President "
                "Vladimir Putin to join BRICS as a partner country.")
    assert not {c for c in got if c[0] == "RUS"}
    assert ("PER", "PARTNER_OF", "brics") not in got


def test_a_letter_handed_to_a_counterpart_is_not_the_counterparts():
    got = found("Chile's foreign minister has handed over to his Russian counterpart an official "
                "letter of intent to become a full member of BRICS.", reader=False)
    assert not {c for c in got if c[0] == "RUS"}


def test_joining_others_in_a_body_a_bloc_owns_is_not_the_bloc():
    got = found("Peru and Chile have joined Kenya and Ghana in the EU's Southern Partnership, "
                "designed to expand their ties with Europe.")
    assert not {c for c in got if c[2] == "eu"}


def test_queuing_to_be_part_of_a_bloc_is_a_wish():
    got = found("Chile's ministry has denied claims that the country is among those queuing to "
                "be part of the BRICS bloc.")
    assert ("CHL", "MEMBER_OF", "brics") not in got


def test_talks_on_an_accession_are_no_membership():
    got = found("EU ambassadors have agreed on a negotiating framework for Ukraine and Moldova's "
                "accession to the EU.")
    assert not {c for c in got if c[1] == "MEMBER_OF"}
    assert ("MDA", "EXPRESSED_INTEREST_IN", "eu") in got


def test_members_and_partners_listed_together_are_neither():
    got = found("The forum brought together delegates from BRICS member states and partner "
                "countries, including China, Brazil, Russia and Peru.")
    assert not {c for c in got if c[1] == "PARTNER_OF"}


def test_any_of_its_allies_are_not_the_country_before():
    assert not found("The United States does not want any of its allies to join BRICS, he said.")


def test_a_list_after_a_body_a_bloc_owns_is_not_the_blocs():
    got = found("Peru joins NATO's Southern Dialogue\n\nThis week, Peru became the seventh "
                "participant in NATO's Southern Dialogue.\n\nCreated in 1994, the Southern "
                "Dialogue aims at enhancing security in the region. The other six members are "
                "Chile, Ecuador, Bolivia, Colombia and Uruguay, which joined in 1995, and "
                "Paraguay, which joined in 1996.")
    assert not {c for c in got if c[2] == "nato"}


def test_a_list_in_accession_talks_is_no_membership():
    got = found("The European Union is growing. Currently, the Commission is checking the "
                "accession process for Albania, Kosovo, Montenegro, Serbia, Georgia, Moldova and "
                "Ukraine.")
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_a_forum_of_eleven_economies_including_names_its_members():
    got = found("BRICS is now a multilateral forum of eleven emerging economies, including "
                "Brazil, Russia, India, China, South Africa, Saudi Arabia, Egypt, the United Arab "
                "Emirates, Ethiopia, Iran and Indonesia.")
    assert {("IDN", "MEMBER_OF", "brics"), ("ETH", "MEMBER_OF", "brics")} <= got


def test_a_bloc_expanded_to_include_countries_namely():
    got = found("ASEAN has expanded to include five other countries, namely Brunei, Vietnam, "
                "Laos, Myanmar, and Cambodia.", reader=False)
    assert {("BRN", "MEMBER_OF", "asean"), ("KHM", "MEMBER_OF", "asean")} <= got


def test_the_second_owner_of_a_wish_wishes_too():
    got = found("She was asked about Peru and Chile's wish to join the BRICS grouping of emerging "
                "economies.", reader=False)
    assert ("CHL", "EXPRESSED_INTEREST_IN", "brics") in got


def test_members_in_brackets_stay_members_after_a_wish():
    got = found("Chile is among those queuing to be part of the BRICS (Brazil, Russia, India, "
                "China, South Africa) bloc.", reader=False)
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics")} <= got
    assert ("CHL", "MEMBER_OF", "brics") not in got


def test_others_a_partner_joins_are_partners_too():
    got = found("Peru officially became a BRICS Partner Country on January 1 this year, joining "
                "other nations such as Belarus, Bolivia, and Thailand.", reader=False)
    assert {("BLR", "PARTNER_OF", "brics"), ("THA", "PARTNER_OF", "brics")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_the_bank_of_a_blocs_nations_is_not_the_bloc():
    assert not {c for c in found("Chile and Peru join BRICS nations' New Development Bank")
                if c[2] == "brics"}


def test_one_member_state_described_is_not_the_names_after_it():
    got = found("Three micro-states that are not members of the European Union, but which are "
                "enclaves within an EU member state – Monaco, San Marino and Vatican City – are "
                "part of the area.", reader=False)
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_an_unclosed_bracket_of_members_stops_at_the_next_bracket():
    got = found("The SCO currently groups eight member States (Uzbekistan, Pakistan, Russia, "
                "China, Tajikistan, Kyrgyzstan, Kazakhstan and India as well as four countries as "
                "observers (Afghanistan, Iran, Belarus and Mongolia).", reader=False)
    assert ("IND", "MEMBER_OF", "sco") in got
    assert not {c for c in got if c[0] in {"AFG", "IRN", "BLR", "MNG"}}


def test_contributing_to_a_blocs_documents_is_no_cooperation_with_it():
    got = found("Belarus and Bolivia became BRICS partner countries. This status allows them to "
                "take part in BRICS summits, as well as contribute to the group's outcome "
                "documents.", reader=False)
    assert not {c for c in got if c[1] == "COOPERATES_ON"}


def test_those_whose_admission_is_rejected_are_no_members():
    got = found("At the NATO summit, France and Germany rejected the admission of Ukraine and "
                "Georgia as new members of the alliance in order to keep a balance.")
    assert not {c for c in got if c[0] in {"UKR", "GEO"} and c[1] == "MEMBER_OF"}


def test_who_facilitated_a_signing_did_not_sign():
    got = found("Angola signed the Artemis Accords on best practice for space exploration, "
                "facilitated by NASA and the US State Department. The US and Angola have had "
                "diplomatic ties since 1993.")
    assert ("AGO", "SIGNED", "artemis-accords") in got
    assert ("USA", "SIGNED", "artemis-accords") not in got


def test_the_reader_gives_no_membership_to_whom_a_letter_is_handed():
    got = found("Chile submits letter of intent to join BRICS\n\nChilean Foreign Minister Ana "
                "Lopez has handed over to his Russian counterpart Sergey Lavrov an official letter "
                "of intent to become a full member of BRICS. Russia assumes the rotating "
                "presidency of BRICS in 2024.")
    assert not {c for c in got if c[0] == "RUS"}


def test_whom_a_declaration_supports_is_no_member():
    got = found("In Vilnius, where NATO is holding a two-day meeting, the Group of Seven nations "
                "announced the signature of a united declaration in support of Ukraine on "
                "Wednesday. Ukraine welcomed it.")
    assert not {c for c in got if c[0] == "UKR"}
