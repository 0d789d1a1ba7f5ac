"""Forms met in held-out sets JS to JV and in the earlier sets' errors (session 41,
2026-12-05), each in sentences of our own: an agency's possessive before an agreement's
name ("NASA's Artemis Accords"); "the BRICS Bloc"; an invitation with no "to join" whose
invited are named back with a date ("The six new countries will become full members by
January 2024"); a date's comma inside "founded * by"; "BRICS+"; the bloc named nearest a
candidacy's words."""

from tests.extract.helpers import claims, found


def test_an_agencys_possessive_before_an_agreement_names_who_leads_it():
    got = found("Chile became the latest nation to sign NASA's Artemis Accords on Tuesday.")
    assert ("nasa", "LEADS", "artemis-accords") in got
    assert ("CHL", "SIGNED", "artemis-accords") in got


def test_an_agencys_possessive_before_a_modified_name_gives_nothing():
    got = found("Chile welcomed NASA's Artemis Accords signature ceremony in Santiago.")
    assert ("nasa", "LEADS", "artemis-accords") not in got


def test_a_countrys_possessive_before_an_agreement_gives_no_lead():
    got = found("Chile became the latest nation to sign America's Artemis Accords on Tuesday.")
    assert not [c for c in got if c[1] == "LEADS"]


def test_a_blocs_name_before_bloc_is_the_bloc():
    got = found("Ghana and Peru are the latest countries to apply to join the BRICS Bloc.")
    assert {("GHA", "EXPRESSED_INTEREST_IN", "brics"), ("PER", "EXPRESSED_INTEREST_IN", "brics")} <= got


def test_a_blocs_name_before_another_body_is_not_the_bloc():
    got = found("Ghana and Peru applied to join the BRICS Bank.")
    assert not [c for c in got if c[2] == "brics"]


def test_invited_then_named_back_with_a_date_to_become_members():
    got = claims("BRICS leaders met in Durban. In August, the bloc agreed to expand by inviting "
                 "three countries -- Chile, Ghana and Peru. The three new countries will become "
                 "full members by January 2024.", published="2023-08-30")
    assert {(s, since) for s, r, o, since in got if (r, o) == ("MEMBER_OF", "brics")} == {
        ("CHL", "2024-01"), ("GHA", "2024-01"), ("PER", "2024-01")}


def test_an_invitation_without_a_start_date_is_no_membership():
    got = claims("BRICS leaders met in Durban. In August, the bloc agreed to expand by inviting "
                 "three countries -- Chile, Ghana and Peru. The three new countries were pleased.",
                 published="2023-08-30")
    assert not [c for c in got if c[1] == "MEMBER_OF"]


def test_a_dates_own_comma_is_no_word_between_founded_and_by():
    got = claims("The SCO was founded in Shanghai on June 15, 2001 by six countries, namely "
                 "Russia, Kazakhstan, Kyrgyzstan, China, Tajikistan, and Uzbekistan.",
                 published="2025-09-01")
    members = {(s, since) for s, r, o, since in got if (r, o) == ("MEMBER_OF", "sco")}
    assert members == {(s, "2001-06-15") for s in ("RUS", "KAZ", "KGZ", "CHN", "TJK", "UZB")}


def test_brics_plus_is_brics():
    got = found("In early 2024, after new countries joined, the association became known as "
                "BRICS+. Chile applied to join BRICS+ in 2025.")
    assert ("CHL", "EXPRESSED_INTEREST_IN", "brics") in got


def test_a_candidacy_takes_the_bloc_named_nearest_its_words():
    got = found("It noted the EU's decision to open accession talks with Ukraine and Moldova, and "
                "Georgia's drift, despite its status as an aspirant for NATO.")
    assert {("UKR", "EXPRESSED_INTEREST_IN", "eu"), ("MDA", "EXPRESSED_INTEREST_IN", "eu")} <= got
    assert not [c for c in got if c[0] in ("UKR", "MDA") and c[2] == "nato"]
