"""Forms met in held-out sets of session 56 (2026-12-06), each in sentences of our own: a bank
its bloc founded, a bloc's bank, a negation that leaves its verb out, a joining ruled out,
partner states listed, leaders a summit brings together, aspirations for growth, "left-wing",
a short name in brackets used again, an agency after its country's demonym."""

from tests.extract.helpers import found


def test_a_bank_set_up_by_a_bloc_admits_members_of_its_own():
    got = found("The Asian Growth Bank (AGB) set up by the BRICS group of nations has admitted "
                "Chile, Peru and Kenya as new members.")
    assert not {c for c in got if c[2] == "brics"}
    assert ("PER", "MEMBER_OF", "asian-growth-bank") in got


def test_a_bank_a_bloc_founded_with_commas_admits_members_of_its_own():
    got = found("The Asian Growth Bank, established by BRICS in 2015, has admitted Chile and "
                "Kenya as members.")
    assert not {c for c in got if c[2] == "brics"}


def test_the_blocs_bank_is_not_the_bloc():
    assert not {c for c in found("Chile officially joins the BRICS bank led by its president.")
                if c[2] == "brics"}


def test_a_negation_that_leaves_its_verb_out_denies_the_names_before_it():
    got = found("Peru became the 29th country to sign the Artemis Accords on the 14th of May. The "
                "Artemis Accords are a US-led agreement to set norms of behaviour in space.\n"
                "This signing is a key addition to a growing number of countries. Chile, became "
                "the sixth nation to land a probe on the moon, agreed to join the Artemis Accords "
                "in June, but Iran and Cuba have not. Cuba had considered participation in the "
                "Artemis program.")
    assert ("CHL", "SIGNED", "artemis-accords") in got
    assert not {c for c in got if c[0] in {"IRN", "CUB"} and c[2] == "artemis-accords"}


def test_a_joining_ruled_out_is_none():
    assert not found("Chile rules out joining BRICS, its foreign minister said.")


def test_partner_states_listed_after_the_blocs_partnership_are_partners():
    got = found("Uganda has officially become a Partner State of BRICS starting January 1, 2025. "
                "This marks Uganda as the first East African country to join the BRICS "
                "partnership, joining other new partner states such as Belarus, Bolivia, Cuba, "
                "Kazakhstan and Thailand.")
    assert ("BOL", "PARTNER_OF", "brics") in got
    assert not {c for c in got if c[1] == "MEMBER_OF" and c[0] in {"BLR", "BOL", "CUB"}}


def test_a_list_that_are_partner_members_is_no_membership():
    got = found("Uganda sees an opportunity by joining BRICS. The Global South-led forum has "
                "extended an invitation to 13 nations, where only 9 accepted. Uganda is the only "
                "African country, alongside Belarus, Bolivia, Cuba, Malaysia and Thailand, that "
                "are officially partner members from the first day of 2025.")
    assert not {c for c in got if c[1] == "MEMBER_OF" and c[0] in {"BLR", "BOL", "CUB", "MYS"}}


def test_leaders_an_event_brings_together_are_guests():
    got = found("The 22nd Summit of the Council of Heads of State of the Shanghai Cooperation "
                "Organization opens in Samarkand today. The summit brings together world leaders "
                "for the first time since 2019, including presidents of Azerbaijan, China, Iran, "
                "Kazakhstan, Mongolia, Russia, Tajikistan and Turkey, and the prime minister of "
                "Pakistan.")
    assert not {c for c in got if c[2] == "sco"}


def test_aspirations_for_growth_are_no_candidacy():
    got = found("Nigeria became a BRICS partner country. The ministry said the partnership will "
                "help align Nigeria's aspirations for inclusive growth and regional integration.")
    assert ("NGA", "PARTNER_OF", "brics") in got
    assert ("NGA", "EXPRESSED_INTEREST_IN", "brics") not in got


def test_aspirations_for_membership_are_still_a_candidacy():
    assert ("UKR", "EXPRESSED_INTEREST_IN", "nato") in found(
        "NATO welcomes Ukraine's aspirations for NATO membership.")


def test_left_in_a_compound_is_no_leaving():
    got = found("Colombia applied to join BRICS in 2024. This change in direction has "
                "accelerated under its president, elected in 2022 as Colombia's first left-wing "
                "head of state.")
    assert ("COL", "EXPRESSED_INTEREST_IN", "brics") in got
    assert ("COL", "WITHDREW_FROM", "brics") not in got


def test_a_short_name_in_brackets_stands_for_its_body_later():
    got = found("Chile has joined the Pacific Growth Bank (PGB). Alongside the founding members, "
                "the PGB now includes Bangladesh, Egypt, Uruguay, Algeria, and now Chile.")
    assert ("BGD", "MEMBER_OF", "pacific-growth-bank") in got


def test_an_agency_after_its_countrys_demonym_is_the_agency():
    got = found("Chile began to be part of the Artemis program, an international initiative led "
                "by the American NASA.")
    assert ("nasa", "LEADS", "artemis-program") in got
    assert ("USA", "LEADS", "artemis-program") not in got
