"""Forms of session 66 (2026-12-07), each in sentences of our own: founders counted by region
before a colon, the would-be members "that aspire to join" a bloc named after it, a suspension
the bloc announced or a membership "of" it suspended, a readmission, an invitation read as the
invitee's interest (the annotators' habit), a bloc's "+" or "Plus" meeting whose guests are no
members, the reader's claims dated by their own trigger, an interest "in obtaining" a status, a
vote to leave that is no exit yet, lobbying to be admitted, and a membership's anniversary (the
first wave)."""

import pytest

from tests.extract.helpers import claims, found, rows


def test_founders_counted_by_region_before_a_colon_go_on_the_list():
    got = claims("The SCO was founded in 2001 by Russia, China and four Central Asian countries: "
                 "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.", reader=False)
    assert {(c, "MEMBER_OF", "sco", "2001") for c in ("RUS", "CHN", "KAZ", "KGZ", "TJK", "UZB")} <= set(got)
    uncounted = found("NATO was founded by France, Britain and the Western countries: they feared "
                      "Moscow.", reader=False)
    assert {t[0] for t in uncounted} == {"FRA", "GBR"}


def test_countries_that_aspire_to_join_a_bloc_named_after_it_want_to_join():
    got = found("Countries that aspire to join NATO are Bosnia and Herzegovina, Georgia and Ukraine.",
                reader=False)
    assert got == {(c, "EXPRESSED_INTEREST_IN", "nato") for c in ("BIH", "GEO", "UKR")}
    assert found("Countries seeking to join BRICS include Algeria and Bolivia.", reader=False) == {
        ("DZA", "EXPRESSED_INTEREST_IN", "brics"), ("BOL", "EXPRESSED_INTEREST_IN", "brics")}


@pytest.mark.parametrize("text, claim", [
    ("The African Union said Monday it had suspended Burkina Faso in response to the coup.",
     ("BFA", "MEMBER_OF", "african-union")),
    ("Sudan's membership of the African Union was suspended in 2021.", ("SDN", "MEMBER_OF", "african-union")),
])
def test_a_suspension_the_bloc_announced_or_a_membership_of_it_suspended_is_a_membership(text, claim):
    assert claim in found(text, reader=False)
    assert not found("The African Union said it would not suspend Mali.", reader=False)


def test_a_country_readmitted_to_a_bloc_is_its_member():
    assert claims("Morocco was readmitted to the African Union in January 2017.") == [
        ("MAR", "MEMBER_OF", "african-union", "2017-01")]
    assert found("The African Union has readmitted Morocco into the bloc 33 years after its "
                 "withdrawal.", reader=False) == {("MAR", "MEMBER_OF", "african-union")}


def test_an_invitation_to_join_is_the_invitees_interest_and_no_membership():
    got = found("Seven states were at this summit invited to begin accession talks with NATO: "
                "Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.", reader=False)
    assert got == {(c, "EXPRESSED_INTEREST_IN", "nato")
                   for c in ("BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN")}
    assert found("Egypt and Ethiopia were invited to join BRICS.", reader=False) == {
        ("EGY", "EXPRESSED_INTEREST_IN", "brics"), ("ETH", "EXPRESSED_INTEREST_IN", "brics")}
    assert found("NATO invited Poland, Hungary and the Czech Republic to begin accession talks "
                 "with the alliance.", reader=False) == {
        (c, "EXPRESSED_INTEREST_IN", "nato") for c in ("POL", "HUN", "CZE")}


def test_the_guests_of_a_blocs_plus_meeting_are_no_members():
    assert not found("The BRICS Plus meeting gathered leaders from Azerbaijan, Qatar, Mongolia and "
                     "Turkmenistan.")
    assert not found("According to him, the inaugural “SCO+” meeting will gather leaders from "
                     "Azerbaijan, Qatar and Mongolia.")
    assert ("IRN", "MEMBER_OF", "brics") in found("Iran joined BRICS Plus in 2024.", reader=False)


def test_the_readers_own_claim_takes_the_date_of_its_trigger():
    got = rows("The Shanghai Cooperation Organization is an effective regional and intra-state "
               "organization, which was established by leaders of China, Russia, Kazakhstan, "
               "Tajikistan and Uzbekistan in 2001.", published=None, reader=True)
    assert {(r["subject"], r["since"]) for r in got if r["rule"].startswith("reader")} >= {
        ("CHN", "2001"), ("KAZ", "2001")}


def test_an_interest_in_obtaining_a_status_is_interest():
    got = found("Egypt's president spoke of the interest of his country in obtaining the status of a "
                "dialogue partner in the Shanghai Cooperation Organization.", reader=False)
    assert got == {("EGY", "EXPRESSED_INTEREST_IN", "sco")}


def test_a_vote_to_leave_is_no_exit_yet():
    assert not found("Nine months after Britain voted to leave the European Union, the process "
                     "began.", reader=False)
    assert found("Britain left the European Union on 31 January 2020.", reader=False) == {
        ("GBR", "WITHDREW_FROM", "eu")}


def test_lobbying_to_be_admitted_is_interest():
    assert found("South Africa has been lobbying heavily to be admitted to BRIC.", reader=False) == {
        ("ZAF", "EXPRESSED_INTEREST_IN", "brics")}


@pytest.mark.parametrize("text, subject", [
    ("Together strong for 18 years: Lithuania marks NATO membership anniversary", "LTU"),
    ("Czechia Celebrates 25 Years in NATO, Clinton Speaks", "CZE"),
    ("Poland marked the 20th anniversary of its membership in NATO on Tuesday.", "POL"),
])
def test_a_membership_anniversary_is_a_membership_not_dated_by_the_celebration(text, subject):
    assert claims(text) == [(subject, "MEMBER_OF", "nato", "2024")]
