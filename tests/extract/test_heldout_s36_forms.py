"""Forms met in held-out sets IY to JB (session 36, 2026-12-04; read after their
measurement), each in sentences of our own: a relative clause between a subject and its
verb; a list of invitees; "until" inside another clause; an interest in participating; a
source named after the claim; "as" opening a clause; a joint programme announced;
"preventing A from joining"; "the country's" beside two countries; a go-ahead for a
country to join; "the Atlantic Alliance"; "Asia Pacific" for "Asia-Pacific"; considering
entry; a headline's "A to leave X"."""

from tests.extract.helpers import claims, found


def test_a_relative_clause_between_the_subject_and_its_verb():
    got = claims("Finland and Sweden, which neighbour Russia and are also NATO partners, applied "
                 "to join NATO in 2022.", published="2023")
    assert ("FIN", "EXPRESSED_INTEREST_IN", "nato", "2022") in got
    assert ("SWE", "EXPRESSED_INTEREST_IN", "nato", "2022") in got
    assert not [c for c in got if c[0] == "RUS"]


def test_invitees_are_no_members_and_until_inside_a_clause_ends_nothing():
    got = claims("Trump said he will postpone a G7 summit until September or later and expand "
                 "the list of invitees to include Australia, Russia and India.", published="2020")
    assert not [c for c in got if c[0] in {"AUS", "RUS", "IND"}]
    assert not found("Trump said he will postpone a G7 summit until September and expand the "
                     "list of invitees to include Australia, Russia and India.")
    # an "until" that opens the sentence still ends a membership
    got = claims("Until 2012, Uzbekistan was a member of the Collective Security Treaty "
                 "Organization.", published="2020")
    assert ("UZB", "WITHDREW_FROM", "csto", "2012") in got


def test_an_interest_in_participating_in_an_organisation_is_interest():
    got = claims("South Korea has also expressed the need for a review of its ties with China, "
                 "strengthening the alliance, and an interest in participating in the Quad "
                 "forum.", published="2023")
    assert ("KOR", "EXPRESSED_INTEREST_IN", "quad", "2023") in got
    assert ("KOR", "COOPERATES_ON", "quad", "2023") not in got


def test_a_source_named_after_the_claim_signs_nothing():
    got = found("Besides the US, other founding member nations that have signed the Artemis "
                "Accords are Australia, Canada and Japan, NASA said on Tuesday.")
    assert ("JPN", "SIGNED", "artemis-accords") in got
    assert ("nasa", "SIGNED", "artemis-accords") not in got


def test_as_opening_a_clause_is_no_role():
    got = claims("Nicaragua has joined the ILRS moon base program as China continues its push "
                 "to attract partners for the project.", published="2024")
    assert ("NIC", "MEMBER_OF", "ilrs", "2024") in got
    assert ("NIC", "PARTNER_OF", "ilrs", "2024") not in got


def test_a_joint_programme_announced_is_cooperation():
    got = claims("China and Russia formally announced the joint ILRS project in St. Petersburg, "
                 "Russia, in June 2021.", published="2024")
    assert ("CHN", "COOPERATES_ON", "ilrs", "2021-06") in got
    assert ("RUS", "COOPERATES_ON", "ilrs", "2021-06") in got


def test_preventing_a_country_from_joining_is_no_joining():
    got = claims("Violent crime and unskilled labor are obstacles preventing Papua New Guinea "
                 "from joining ASEAN.", published="2024")
    assert not [c for c in got if c[0] == "PNG"]


def test_the_country_beside_two_countries_is_neither():
    got = claims("Singapore and Brunei have shown dissatisfaction over Papua New Guinea's "
                 "economic status. Laos and Myanmar have no official position in regards to the "
                 "country's ASEAN application.", published="2024")
    assert not [c for c in got if c[0] in {"LAO", "MMR", "SGP", "BRN"}]


def test_a_determination_and_a_go_ahead_are_not_membership():
    got = claims("In 2015, Papua New Guinea appointed a special envoy to resolve issues related "
                 "to ASEAN, demonstrating its determination to promote full membership of "
                 "ASEAN.", published="2024")
    # the envoy appointed is no name: the opening year stays with the membership bid
    assert ("PNG", "EXPRESSED_INTEREST_IN", "asean", "2015") in got
    assert ("PNG", "MEMBER_OF", "asean", "2015") not in got
    got = claims("Türkiye became the last member country to give the go-ahead for Finland to "
                 "join the Atlantic Alliance.", published="2023")
    assert ("FIN", "EXPRESSED_INTEREST_IN", "nato", "2023") in got
    assert ("FIN", "MEMBER_OF", "nato", "2023") not in got


def test_a_name_without_its_hyphen_and_considering_entry():
    got = claims("Kazakhstan considering entry into Asia Pacific Space Cooperation Organization.",
                 published="2011")
    assert ("KAZ", "EXPRESSED_INTEREST_IN", "apsco", "2011") in got
    assert not [c for c in got if c[1] == "MEMBER_OF"]


def test_a_headline_future_is_no_withdrawal_yet():
    got = claims("Armenia to leave Russian-led Collective Security Treaty Organization",
                 published="2024")
    assert ("ARM", "WITHDREW_FROM", "csto", "2024") not in got
    assert ("RUS", "LEADS", "csto", "2024") in got
    got = claims("Armenia left the Collective Security Treaty Organization.", published="2024")
    assert ("ARM", "WITHDREW_FROM", "csto", "2024") in got
