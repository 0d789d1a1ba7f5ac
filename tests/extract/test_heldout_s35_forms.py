"""Forms met in held-out sets IU to IX (session 35, 2026-12-04; read after their
measurement), each in sentences of our own: a participation that lasted "until" a date;
"Established in 2001 by A, B and C, the SCO"; "has ten full members, including A (2017)";
"the Moscow-led CSTO"; bids for observer status; "the APSCO Convention" and "The eight
signatory states are"."""

from tests.extract.helpers import claims, found


def test_a_participation_until_a_date_is_a_withdrawal_then():
    got = claims("Until 1999, Georgia and Uzbekistan also participated in the Collective "
                 "Security Treaty Organization.", published="2020")
    assert ("GEO", "WITHDREW_FROM", "csto", "1999") in got
    assert ("UZB", "WITHDREW_FROM", "csto", "1999") in got
    assert not [c for c in got if c[1] == "COOPERATES_ON"]
    # without "until" the participation stays cooperation
    got = claims("Georgia participated in the Collective Security Treaty Organization.",
                 published="2020")
    assert ("GEO", "COOPERATES_ON", "csto", "2020") in got


def test_a_fronted_founding_clause_before_the_organisation_after_a_the():
    got = claims("Established in 2001 by China, Russia and Uzbekistan, the SCO now has ten "
                 "full members.", published="2024")
    assert {("CHN", "MEMBER_OF", "sco", "2001"), ("RUS", "MEMBER_OF", "sco", "2001"),
            ("UZB", "MEMBER_OF", "sco", "2001")} <= set(got)


def test_members_listed_with_their_years_in_brackets():
    got = claims("The SCO now has ten full members, including India and Pakistan (2017), Iran "
                 "(2022), and Belarus (2024).", published="2025")
    assert {("IND", "MEMBER_OF", "sco", "2017"), ("PAK", "MEMBER_OF", "sco", "2017"),
            ("IRN", "MEMBER_OF", "sco", "2022"), ("BLR", "MEMBER_OF", "sco", "2024")} <= set(got)
    # invited new members are not members: no "has" before them
    got = claims("In August 2023, six new members, including Argentina, were invited to join "
                 "BRICS.", published="2024")
    assert ("ARG", "MEMBER_OF", "brics", "2023-08") not in got


def test_what_a_country_is_not_is_no_membership():
    got = claims("NATO has several non-members, including Sweden, among its partners.",
                 published="2022")
    assert not [c for c in got if c[0] == "SWE"]


def test_a_capital_before_led_stands_for_its_country():
    got = claims("Armenia considers itself outside of the Moscow-led Collective Security Treaty "
                 "Organization. The Washington-led NATO met.", published="2024")
    assert ("RUS", "LEADS", "csto", "2024") in got
    assert ("USA", "LEADS", "nato", "2024") in got
    # a capital as a place names no country
    got = claims("In Moscow, the leaders of the CSTO met.", published="2024")
    assert not [c for c in got if c[0] == "RUS"]


def test_a_bid_for_observer_status_is_a_wish():
    got = claims("Azerbaijan has applied for observer status in the SCO. Armenia seeks SCO "
                 "observer status.", published="2024")
    assert ("AZE", "EXPRESSED_INTEREST_IN", "sco", "2024") in got
    assert ("ARM", "EXPRESSED_INTEREST_IN", "sco", "2024") in got
    text = ("The SCO met in Astana. Several countries, including Bangladesh, Cambodia and Sri "
            "Lanka, have requested to upgrade their status from dialogue partners to observer "
            "countries.")
    assert {("BGD", "EXPRESSED_INTEREST_IN", "sco"), ("KHM", "EXPRESSED_INTEREST_IN", "sco"),
            ("LKA", "EXPRESSED_INTEREST_IN", "sco")} <= found(text)
    # being an observer is neither a wish nor a membership
    assert not claims("Mongolia holds observer status in the SCO.", published="2024")


def test_the_signatories_of_an_organisations_convention_are_its_members():
    text = ("Bangladesh signed the APSCO Convention on October 28 in Beijing. The Convention "
            "will come into effect when five signatory states ratify it. The eight signatory "
            "states are Bangladesh, China, Indonesia, Iran, Mongolia, Pakistan, Peru and "
            "Thailand.")
    got = found(text)
    assert {("IDN", "MEMBER_OF", "apsco"), ("PER", "MEMBER_OF", "apsco"),
            ("THA", "MEMBER_OF", "apsco")} <= got
    assert not [c for c in got if c[2] == "apsco-convention"]  # folded into the memberships


def test_the_status_of_dialogue_partners_is_a_partnership():
    text = ("The SCO includes Russia, China and India as permanent members. Afghanistan and "
            "Mongolia hold the observer status, while Armenia, Nepal and Sri Lanka have the "
            "status of dialogue partners.")
    got = claims(text, published="2019")
    assert {("ARM", "PARTNER_OF", "sco", "2019"), ("NPL", "PARTNER_OF", "sco", "2019"),
            ("LKA", "PARTNER_OF", "sco", "2019")} <= set(got)
    assert not [c for c in got if c[0] in {"AFG", "MNG"}]


def test_an_intention_a_condition_or_a_facilitation_is_a_wish():
    got = claims("Maria Zakharova commented on the intentions of Finland and Sweden to join "
                 "NATO.", published="2022")
    assert ("FIN", "EXPRESSED_INTEREST_IN", "nato", "2022") in got
    assert ("FIN", "MEMBER_OF", "nato", "2022") not in got
    got = claims("Sweden's minister said his country has fulfilled all its commitments for "
                 "joining NATO.", published="2023")
    assert ("SWE", "EXPRESSED_INTEREST_IN", "nato", "2023") in got
    got = claims("The SCO summit was held on Tuesday. The participants also discussed ways to "
                 "facilitate the membership of Belarus.", published="2023")
    assert ("BLR", "EXPRESSED_INTEREST_IN", "sco", "2023") in got
    # the wish of one clause is not the state of the next: "the group that comprises A"
    got = claims("China voiced support after reports about Saudi Arabia showing its intention "
                 "to join the group that presently comprises Brazil, Russia, India, China and "
                 "South Africa.", published="2022")
    assert ("BRA", "EXPRESSED_INTEREST_IN", "brics", "2022") not in got
    # nor is another's wish a wish to lead
    got = claims("Over 30 nations have expressed their intentions to join the BRICS bloc led by "
                 "Brazil, Russia and India.", published="2024")
    assert ("BRA", "LEADS", "brics", "2024") in got


def test_not_members_before_a_dashed_list_are_no_members():
    got = claims("We maintain very close contacts with European countries that are not NATO "
                 "members – Finland, Sweden, Austria and Ireland – even so.", published="2022")
    assert not [c for c in got if c[1] == "MEMBER_OF"]


def test_a_led_description_after_the_object_names_no_signatory():
    got = claims("He talked about the growing number of countries signing the Artemis Accords, "
                 "a U.S.-led initiative.", published="2024")
    assert ("USA", "SIGNED", "artemis-accords", "2024") not in got
    assert ("USA", "LEADS", "artemis-accords", "2024") in got


def test_a_demonym_names_the_country_the_country_stands_for():
    got = claims("On August 26, the Palestinian Ambassador to Russia said that the country "
                 "would submit a request to join BRICS.", published="2024")
    assert ("PSE", "EXPRESSED_INTEREST_IN", "brics", "2024-08-26") in got
