"""Forms met in held-out sets of session 59 (2026-12-06), each in sentences of our own: a
programme of partnership joined (the Partnership for Peace), a bank's members after an aside
that names the bloc which founded it."""

from tests.extract.helpers import found


def test_joining_an_organisations_programme_of_partnership_makes_a_partner():
    got = found("In 1995 Malta and Austria joined the Partnership for Peace programme.", reader=False)
    assert {("MLT", "PARTNER_OF", "nato"), ("AUT", "PARTNER_OF", "nato")} <= got
    got = found("Ireland joined NATO's Partnership for Peace in 1999.", reader=False)
    assert ("IRL", "PARTNER_OF", "nato") in got
    assert ("IRL", "MEMBER_OF", "nato") not in got
    # the organisation that set the programme up is no partner of itself
    got = found("The Partnership for Peace was established by NATO in January 1994.", reader=False)
    assert not {c for c in got if c[1] == "PARTNER_OF"}


def test_members_after_an_aside_naming_a_banks_founder_join_the_bank():
    got = found("The New Development Bank (NDB) – established by Brazil, Russia, India, China and "
                "South Africa (BRICS) in 2015 – has welcomed Bangladesh, Egypt and Uruguay as new "
                "members.")
    assert not {c for c in got if c[2] == "brics" and c[0] in {"BGD", "EGY", "URY"}}
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics")} <= got
    got = found("The New Development Bank (NDB), founded by the BRICS nations, announced the "
                "admission of Colombia and Uzbekistan as official members on July 5.")
    assert not {c for c in got if c[2] == "brics" and c[0] in {"COL", "UZB"}}
    got = found("The New Development Bank (NDB) – established by BRICS in 2015 – has admitted "
                "Bangladesh as a new member of the organisation.")
    assert ("BGD", "MEMBER_OF", "brics") not in got
