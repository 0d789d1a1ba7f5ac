"""Forms met in held-out sets of session 49 (2026-12-05), each in sentences of our own: a
capital that opens a clause and acts stands for its country ("Tehran has applied to join",
"Moscow and Beijing joined"), a capital as a place or in a name does not."""

from tests.extract.helpers import found


def test_a_capital_that_acts_stands_for_its_country():
    got = found("Hanoi has applied to join the Shanghai Cooperation Organisation.", reader=False)
    assert ("VNM", "EXPRESSED_INTEREST_IN", "sco") in got
    got = found("Officials said that Minsk and Bishkek joined the CSTO in 1994.", reader=False)
    assert ("BLR", "MEMBER_OF", "csto") in got
    assert ("KGZ", "MEMBER_OF", "csto") in got
    # a capital as a place, or in a name, names no country
    assert not [c for c in found("In Hanoi, Laos joined ASEAN. The Hanoi Times said Laos joined "
                                 "ASEAN.", reader=False) if c[0] == "VNM"]


def test_a_membership_another_ratifies_is_a_wish_and_the_ratifier_a_member():
    got = found("The Danish parliament ratified Norway's NATO membership on Monday.", reader=False)
    assert ("NOR", "EXPRESSED_INTEREST_IN", "nato") in got
    assert ("DNK", "MEMBER_OF", "nato") in got
    # "membership of" after the ratifying verb: the ratifier is a member
    got = found("Italy has promised to ratify NATO membership of Norway in early February.",
                reader=False)
    assert ("ITA", "MEMBER_OF", "nato") in got
    assert ("ITA", "EXPRESSED_INTEREST_IN", "nato") not in got
    # a vote in favour of another's accession is a ratification
    got = found("Portugal's parliament voted in favour of Norway's accession to NATO.", reader=False)
    assert ("PRT", "MEMBER_OF", "nato") in got
    assert ("NOR", "MEMBER_OF", "nato") not in got


def test_the_ratifier_is_the_name_before_the_verb_not_one_further_back():
    got = found("Lisbon (Peru Daily News - 27 March) The Danish parliament ratified Norway's NATO "
                "membership.", reader=False)
    assert ("DNK", "MEMBER_OF", "nato") in got
    assert ("PER", "MEMBER_OF", "nato") not in got
    # two ratifiers listed together both ratify
    got = found("Italy and Spain ratified Norway's NATO membership.", reader=False)
    assert {("ITA", "MEMBER_OF", "nato"), ("ESP", "MEMBER_OF", "nato")} <= got


def test_a_membership_under_ratification_is_no_membership_elsewhere_in_the_article():
    got = found("Denmark ratified Norway's NATO membership on Monday. \"The NATO membership of "
                "Norway will strengthen the Alliance,\" the minister said.", reader=False)
    assert ("NOR", "MEMBER_OF", "nato") not in got
    # a verb of joining says it is done
    got = found("Denmark ratified Norway's NATO membership in 2022. Norway joined NATO in 2023.",
                reader=False)
    assert ("NOR", "MEMBER_OF", "nato") in got


def test_countries_invited_to_become_members_are_no_members():
    got = found("The SCO met in Astana. Other countries invited to become new members of the "
                "bloc include Peru, Chile and Kenya.", reader=False)
    assert not [c for c in got if c[0] in ("PER", "CHL", "KEN")]
    # accepted, the invitation makes members
    got = found("The members of the SCO are Peru, Chile and Kenya.", reader=False)
    assert ("PER", "MEMBER_OF", "sco") in got


def test_nations_interested_in_joining_the_bloc_named_before_the_list_want_to_join():
    got = found("Apart from the founders of the SCO, other nations interested in joining the "
                "bloc are Peru, Chile and Kenya.", reader=False)
    assert ("PER", "EXPRESSED_INTEREST_IN", "sco") in got
    assert ("KEN", "EXPRESSED_INTEREST_IN", "sco") in got
    assert ("PER", "MEMBER_OF", "sco") not in got


def test_a_role_and_its_countries_in_brackets():
    got = found("With five members (Peru, Chile, and later Kenya) and two partner countries "
                "(Ghana and Fiji), the SCO grew.", reader=False)
    assert {("PER", "MEMBER_OF", "sco"), ("KEN", "MEMBER_OF", "sco"),
            ("GHA", "PARTNER_OF", "sco"), ("FJI", "PARTNER_OF", "sco")} <= got
    assert ("GHA", "MEMBER_OF", "sco") not in got
    # observers hold no role a relation stands for; a hedge is none
    got = found("The SCO has two observers (Ghana and Fiji) and may add partners (Peru, Chile).",
                reader=False)
    assert not [c for c in got if c[0] in ("GHA", "FJI", "PER", "CHL") and c[1] != "EXPRESSED_INTEREST_IN"]


def test_countries_vying_for_membership_are_no_members():
    got = found("The SCO grew. Among the countries vying for membership are unaligned countries, "
                "such as Peru and Kenya.", reader=False)
    assert not [c for c in got if c[0] in ("PER", "KEN") and c[1] == "MEMBER_OF"]


def test_a_ratifier_of_an_agreement_is_no_ratifier_of_the_wishes_it_drew():
    got = found("In June, Italy ratified an agreement with Spain to build the International Lunar "
                "Research Station, an initiative that has attracted interest from several other "
                "countries, including Peru.", reader=False)
    assert ("PER", "EXPRESSED_INTEREST_IN", "ilrs") in got
    assert ("ITA", "MEMBER_OF", "ilrs") not in got
