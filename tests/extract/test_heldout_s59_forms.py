"""Forms met in held-out sets of session 59 (2026-12-06), each in sentences of our own: a
programme of partnership joined (the Partnership for Peace) and named by its initials, a
bank's members after an aside that names the bloc which founded it, countries a bloc is
weighing, a country hyphened to the bloc ("the NATO-Russia Council"), an invitation whose
own sentence says when it takes effect, countries granted membership."""

from tests.extract.helpers import found, rows


def test_joining_an_organisations_programme_of_partnership_makes_a_partner():
    got = found("In 1995 Malta and Austria joined the Partnership for Peace programme.", reader=False)
    assert {("MLT", "PARTNER_OF", "nato"), ("AUT", "PARTNER_OF", "nato")} <= got
    got = found("Ireland joined NATO's Partnership for Peace in 1999.", reader=False)
    assert ("IRL", "PARTNER_OF", "nato") in got
    assert ("IRL", "MEMBER_OF", "nato") not in got
    # taking part in it is cooperation with the organisation too
    got = found("Austria participates in NATO's Partnership for Peace.", reader=False)
    assert {("AUT", "PARTNER_OF", "nato"), ("AUT", "COOPERATES_ON", "nato")} <= got
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


def test_a_programme_named_before_by_its_initials_or_its_short_name_is_that_programme():
    text = ("The Partnership for Peace was set up by NATO in January 1994. Almost all neutral "
            "states, including Finland, Sweden and Austria, have joined PFP without any "
            "commitment to eventual NATO membership.")
    got = found(text, reader=False)
    assert ("AUT", "PARTNER_OF", "nato") in got
    assert not {c for c in got if c[1:] == ("MEMBER_OF", "nato")}
    got = found("Ireland's ties rest on the Partnership for Peace (PfP). Ireland joined the PfP in 1999.",
                reader=False)
    assert ("IRL", "PARTNER_OF", "nato") in got


def test_countries_a_bloc_is_weighing_a_few_words_before_are_no_members():
    got = found('He added that BRICS leaders have been considering taking some emerging economies, '
                '"around eight new countries including Saudi Arabia, United Arab Emirates, '
                'Indonesia, and Bangladesh."')
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_a_country_named_only_hyphened_to_the_bloc_is_no_member():
    got = found("Turkmenistan is also participating actively in the NATO-Russia Council pilot "
                "project on counter-narcotics training for Afghan and Central Asian personnel.")
    assert ("RUS", "MEMBER_OF", "nato") not in got


def test_an_invitation_whose_own_sentence_says_when_it_takes_effect_is_a_membership():
    text = ("At the summit in August, Iran, Argentina, Egypt and the United Arab Emirates had been "
            "invited to join the bloc, and their memberships will take effect on January 1, 2024.")
    got = rows("BRICS met in Johannesburg. " + text, published="2023-09-01")
    members = {(r["subject"], r["since"]) for r in got if (r["relation"], r["object"]) == ("MEMBER_OF", "brics")}
    assert {("IRN", "2024-01-01"), ("ARG", "2024-01-01"), ("EGY", "2024-01-01"), ("ARE", "2024-01-01")} <= members
    # no date, no membership: an invitation alone
    got = found("BRICS met in Johannesburg. At the summit in August, Iran, Argentina and Egypt had been "
                "invited to join the bloc.")
    assert not {c for c in got if c[1] == "MEMBER_OF" and c[0] in {"IRN", "ARG", "EGY"}}


def test_countries_granted_membership_are_members():
    got = found("BRICS was created in 2006 by Brazil, Russia, India, and China. South Africa joined "
                "later in 2010. More recently, Egypt, Iran, the UAE, Saudi Arabia, and Ethiopia were "
                "granted membership.", reader=False)
    assert {("EGY", "MEMBER_OF", "brics"), ("ETH", "MEMBER_OF", "brics")} <= got
