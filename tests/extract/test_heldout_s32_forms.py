"""Forms met in held-out sets HC to IH, read again at the start of session 32 (2026-12-04), and
in II to IL (read after their measurement), each in sentences of our own: "interest to join";
a list that opens its sentence after a count of countries that want to join ("Countries
including A, B"), and the list that goes on ("Others are; C, D"); "many of those who have
applied. These include A, B"; "a member of both X and Y"; "expanded to eight states, with A
and B"; "an acronym that stands for"; "a forum of seven economies, including"; a negative
question; "a counterweight to" a country; "a memorandum on joining"; the conditions of
membership; "became a partner country along with"; "agreed to admit A, B as new members"."""

from tests.extract.helpers import claims, found


def test_interest_to_join_is_interest_not_membership():
    got = found("Egypt has expressed its interest to join BRICS.")
    assert got == {("EGY", "EXPRESSED_INTEREST_IN", "brics")}
    got = found("Kenya confirmed its readiness to join BRICS.")
    assert got == {("KEN", "EXPRESSED_INTEREST_IN", "brics")}


def test_a_list_opening_its_sentence_takes_the_wish_of_the_sentence_before():
    text = ("Officials say over 40 countries have expressed interest to join BRICS, in a bid to "
            "unlock trade.\nCountries including Iran, Bolivia, Cuba and Gabon.")
    got = found(text)
    assert {(c, "EXPRESSED_INTEREST_IN", "brics") for c in ("IRN", "BOL", "CUB", "GAB")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_others_are_goes_on_with_the_list_before():
    text = ("Officials say over 40 countries have expressed interest to join BRICS.\n"
            "Countries including Iran, Bolivia, Cuba and Gabon,\n"
            "Others are; Vietnam, Bahrain, Thailand and Senegal.")
    got = claims(text)
    assert {("VNM", "EXPRESSED_INTEREST_IN", "brics", "2024"),
            ("SEN", "EXPRESSED_INTEREST_IN", "brics", "2024")} <= set(got)
    assert not {c for c in got if c[1] == "MEMBER_OF"}
    # a list of fewer than three before it says too little to go on with
    assert not {c for c in claims("Iran has joined BRICS. Others are Vietnam and Senegal.")
                if c[0] in {"VNM", "SEN"}}


def test_these_include_after_those_who_applied_wants_both_blocs_named_before():
    text = ("The number of countries applying to join the BRICS and SCO has surged to 20, the "
            "minister said. He added that many of those who have applied play an important role "
            "in their regions. These include Turkey, Indonesia, Mexico and Egypt.")
    got = found(text)
    assert {(c, "EXPRESSED_INTEREST_IN", o) for c in ("TUR", "IDN", "MEX", "EGY")
            for o in ("brics", "sco")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_a_member_of_both_names_both():
    got = found("Russia is a member of both BRICS and the SCO.")
    assert {("RUS", "MEMBER_OF", "brics"), ("RUS", "MEMBER_OF", "sco")} <= got


def test_expanded_to_a_count_with_names_its_new_members():
    text = "The SCO is a security organisation. In June 2017, it expanded to eight states, with India and Pakistan."
    got = claims(text)
    assert {("IND", "MEMBER_OF", "sco", "2017-06"), ("PAK", "MEMBER_OF", "sco", "2017-06")} <= set(got)
    assert not found("NATO expanded its cooperation with Japan and Australia.")


def test_an_acronym_that_stands_for_names_the_members():
    got = claims("BRICS is an acronym that stands for Brazil, Russia, India, China, and South Africa.")
    assert {(c, "MEMBER_OF", "brics", "2024") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")} <= set(got)


def test_a_body_described_by_its_count_includes_its_members():
    text = ("The G7, or the Group of Seven, is a forum of seven of the world's largest advanced "
            "economies, including the United States, Canada, Japan, France, Germany, and Italy.")
    got = found(text)
    assert {(c, "MEMBER_OF", "g7") for c in ("USA", "CAN", "JPN", "FRA", "DEU", "ITA")} <= got
    # more names than the count: not the members
    text = ("The G7 is a forum of two of the world's largest economies, including the United States, "
            "Canada, Japan and France.")
    assert not claims(text)


def test_a_negative_question_is_no_membership():
    got = found("Why haven't Finland and Sweden already joined NATO?")
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_a_country_set_as_a_counterweight_is_no_member():
    text = ("NATO was founded in 1949 by the United States, Canada and France as a counterweight "
            "to the Soviet Union.")
    got = found(text)
    assert ("USA", "MEMBER_OF", "nato") in got
    assert not {c for c in got if c[0] == "SUN"}
    # a name that opens a compound is not what it is set against
    text = ("Pakistan and Azerbaijan joined the ILRS, widely seen as a rival to the U.S.-led "
            "Artemis program.")
    assert not {c for c in found(text) if c[1] == "LEADS" and c[0] != "USA"}


def test_a_memorandum_on_joining_is_a_step_not_membership():
    got = found("Iran on Thursday signed a memorandum on joining the Shanghai Cooperation Organisation.")
    assert ("IRN", "EXPRESSED_INTEREST_IN", "sco") in got
    assert ("IRN", "MEMBER_OF", "sco") not in got


def test_the_conditions_of_membership_are_no_membership():
    assert not found("Saudi Arabia is waiting for details on the conditions of membership in BRICS.")
    assert not found("Saudi Arabia studies the requirements for joining BRICS.")


def test_a_partner_country_along_with_others_makes_them_partners():
    text = ("Nigeria has become the ninth BRICS partner country along with Belarus, Bolivia, Cuba "
            "and Uzbekistan.")
    got = found(text)
    assert {(c, "PARTNER_OF", "brics") for c in ("NGA", "BLR", "BOL", "CUB", "UZB")} <= got


def test_agreed_to_admit_as_new_members_is_membership():
    text = ("Johannesburg hosted the 15th summit of the BRICS group. At the summit, the five current "
            "members agreed to admit Argentina, Egypt, Iran and the United Arab Emirates as new "
            "members, effective January 1, 2024.")
    got = claims(text, published="2023-08-28")
    assert {(c, "MEMBER_OF", "brics", "2024-01-01") for c in ("ARG", "EGY", "IRN", "ARE")} <= set(got)
