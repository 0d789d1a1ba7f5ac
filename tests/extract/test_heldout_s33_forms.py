"""Forms met in held-out sets IM to IP (session 33, 2026-12-04; read after their
measurement), each in sentences of our own: a bloc the include describes ("applied to join
BRICS, an alliance that includes A, B"); a member's ratification of another's bid ("Turkey's
parliament ratified Finland's application to join", "Sweden's NATO membership bid"); "the
ratification of A and B joining"; "its final hurdle to joining"; ", as have A, B"; bloc
names in brackets after "format" and "the Group of Eight"; "the BRIC countries refer to";
"economies, namely A, B"; a treaty's name before "in" and its place; acceding to an
organisation's own treaty."""

from tests.extract.helpers import claims, found


def test_an_include_that_describes_the_bloc_names_its_members_not_applicants():
    text = ("More than 20 countries have officially applied to join BRICS, an alliance of "
            "emerging economies that includes Brazil, Russia, India, China and South Africa.")
    got = found(text, reader=False)
    assert {(c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")} <= got
    assert not {c for c in got if c[1] == "EXPRESSED_INTEREST_IN"}
    # the applicants an include lists are still applicants
    got = found("Countries that have applied to join BRICS include Algeria and Bolivia.", reader=False)
    assert got == {("DZA", "EXPRESSED_INTEREST_IN", "brics"), ("BOL", "EXPRESSED_INTEREST_IN", "brics")}


def test_a_ratifier_of_another_countrys_bid_is_a_member():
    got = found("Turkey's parliament has ratified Finland's application to join NATO.", reader=False)
    assert got == {("TUR", "MEMBER_OF", "nato"), ("FIN", "EXPRESSED_INTEREST_IN", "nato")}
    got = found("Turkish lawmakers on Tuesday formally approved Sweden's bid to join NATO.", reader=False)
    assert got == {("TUR", "MEMBER_OF", "nato"), ("SWE", "EXPRESSED_INTEREST_IN", "nato")}
    # a bid without another's ratification makes no member of anyone named
    got = found("Turkey criticised Sweden's bid to join NATO.", reader=False)
    assert ("TUR", "MEMBER_OF", "nato") not in got


def test_a_membership_bid_is_interest():
    got = found("Hungary's parliament has ratified Sweden's NATO membership bid.", reader=False)
    assert got == {("HUN", "MEMBER_OF", "nato"), ("SWE", "EXPRESSED_INTEREST_IN", "nato")}
    assert found("Ukraine's NATO membership bid was renewed.", reader=False) == {
        ("UKR", "EXPRESSED_INTEREST_IN", "nato")}


def test_the_ratification_of_a_joining_is_a_step_not_the_joining():
    got = found("Biden welcomes Senate ratification of Finland and Sweden joining NATO.", reader=False)
    assert got == {("FIN", "EXPRESSED_INTEREST_IN", "nato"), ("SWE", "EXPRESSED_INTEREST_IN", "nato")}
    assert ("FIN", "MEMBER_OF", "nato") in found("In 2023 Finland ratified the treaty, joining NATO.",
                                                  reader=False)


def test_a_hurdle_to_joining_is_not_the_joining():
    got = found("With this, Sweden has cleared its final hurdle to joining NATO.", reader=False)
    assert got == {("SWE", "EXPRESSED_INTEREST_IN", "nato")}


def test_as_have_names_more_subjects_of_the_same_claim():
    text = ("Saudi Arabia has additionally expressed interest in joining BRICS, as have Argentina, "
            "Egypt and Thailand, all of whom sent their ministers.")
    got = claims(text)
    assert {(c, "EXPRESSED_INTEREST_IN", "brics", "2024") for c in ("SAU", "ARG", "EGY", "THA")} <= set(got)
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_a_bloc_name_before_brackets_lists_its_members():
    got = found("Indonesia may fully join the BRICS format (Brazil, Russia, India, China, South Africa).",
                reader=False)
    assert {(c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")} <= got
    got = found("The G20 is made of the Group of Eight (United States, Japan, Germany, France, the "
                "United Kingdom, Italy, Canada, and Russia) and eleven emerging countries.", reader=False)
    assert {(c, "MEMBER_OF", "g7") for c in ("USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN", "RUS")} <= got
    got = found("The name comes from the initial letters BRICs (Brazil, Russia, India, and China).",
                reader=False)
    assert {(c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN")} == got


def test_bloc_countries_refer_to_and_economies_namely_name_members():
    got = found("The BRIC countries refer to Brazil, Russia, India and China.", reader=False)
    assert got == {(c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN")}
    got = found("BRICS is an acronym for the grouping of the world's leading emerging economies, "
                "namely Brazil, Russia, India, China and South Africa.", reader=False)
    assert got == {(c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")}


def test_a_treaty_named_before_its_place_is_still_the_treaty():
    text = ("On May 15, 1992, Armenia, Kazakhstan and Russia signed the Collective Security "
            "Treaty in Tashkent.")
    got = claims(text)
    assert {(c, "MEMBER_OF", "csto", "1992-05-15") for c in ("ARM", "KAZ", "RUS")} <= set(got)
    # the treaty is its organisation in data/: no claim on it beside the membership
    assert not [c for c in got if c[2] == "collective-security-treaty"]


def test_acceding_to_an_organisations_own_treaty_is_membership():
    got = claims("In 1952 Greece and Turkey acceded to the North Atlantic Treaty.")
    assert {("GRC", "MEMBER_OF", "nato", "1952"), ("TUR", "MEMBER_OF", "nato", "1952")} <= set(got)
