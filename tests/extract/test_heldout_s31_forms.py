"""Forms met in held-out sets HC to ID, read again at the start of session 31 (2026-12-04), and
in IE to IH (read after their measurement), each in sentences of our own: a gapped list with
"the" before its first name ("and the Czech Republic, Hungary and Poland in 1999"); a country
others stand against ("collective security against the Soviet Union"); a list a bloc's partner
tier includes; "the alliance of A, B"; "more involved in" a programme; "debating joining"; an
offer to join; "his country" after a leader's title; "no longer interested in joining"."""

from tests.extract.helpers import claims, found


def test_a_gapped_group_opening_with_the_has_its_own_date():
    text = ("Greece and Turkey joined NATO in 1952, followed by West Germany in 1955, Spain in 1982, "
            "and the Czech Republic, Hungary, and Poland in 1999.")
    got = claims(text, published="2023-05-01")
    assert {("CZE", "MEMBER_OF", "nato", "1999"), ("HUN", "MEMBER_OF", "nato", "1999"),
            ("POL", "MEMBER_OF", "nato", "1999"), ("ESP", "MEMBER_OF", "nato", "1982")} <= set(got)


def test_a_country_others_stand_against_is_no_party():
    text = ("NATO is a military alliance formed by the United States, Canada, and various Western "
            "European nations to ensure collective security against the Soviet Union.")
    got = found(text)
    assert {("USA", "MEMBER_OF", "nato"), ("CAN", "MEMBER_OF", "nato")} <= got
    assert not {c for c in got if c[0] == "SUN"}


def test_a_list_the_partner_tier_includes_is_of_partners():
    text = ("Nigeria joins eight other nations in the partner category of BRICS, which includes "
            "Belarus, Bolivia, Cuba and Uganda.")
    got = found(text)
    assert {("BLR", "PARTNER_OF", "brics"), ("UGA", "PARTNER_OF", "brics")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}
    assert ("BLR", "MEMBER_OF", "brics") in found(
        "Nigeria met the leaders of BRICS, which includes Belarus, Bolivia, Cuba and Uganda.")


def test_the_alliance_of_names_its_members():
    text = ("Nigeria has become a partner country of BRICS, the intergovernmental alliance of "
            "Brazil, Russia, India, China, and South Africa.")
    got = found(text)
    assert {(c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")} <= got
    assert ("NGA", "PARTNER_OF", "brics") in got


def test_more_involved_in_a_programme_is_cooperation():
    assert ("JPN", "COOPERATES_ON", "artemis-program") in found(
        "Japan will be more involved in NASA's Artemis program.")
    assert not found("Japan will be more involved in the talks.")


def test_debating_joining_is_interest_not_membership():
    got = found("Saudi Arabia is debating joining BRICS.")
    assert got == {("SAU", "EXPRESSED_INTEREST_IN", "brics")}


def test_an_offer_to_join_is_no_membership():
    text = ("In August, the group extended an offer to Saudi Arabia, Egypt, Iran and Ethiopia to "
            "join BRICS effective January 1.")
    assert not {c for c in found(text) if c[1] == "MEMBER_OF"}


def test_his_country_is_the_leaders_not_a_country_after_his():
    text = ("The Algerian President said earlier this month during his China trip that his "
            "country aims to join BRICS.")
    got = found(text, reader=False)
    assert ("DZA", "EXPRESSED_INTEREST_IN", "brics") in got
    assert not {c for c in got if c[0] == "CHN"}

