"""Forms of session 75 (2026-12-07), each in sentences of our own: a pronoun standing for the
bloc that suspends a list of countries (left from session 74)."""

from tests.extract.helpers import found


def _members(text, bloc, reader=True):
    return {s for s, r, o in found(text, reader=reader) if (r, o) == ("MEMBER_OF", bloc)}


def test_the_bloc_a_pronoun_stands_for_suspends_a_list():
    text = ("This was not the first time the AU suspended a member state after a coup. "
            "It had suspended Mali, Guinea and Burkina Faso when soldiers took power there.")
    assert {"MLI", "GIN", "BFA"} <= _members(text, "african-union", reader=False)
    text = "The African Union suspended Niger in August. The bloc has also suspended Gabon."
    assert "GAB" in _members(text, "african-union", reader=False)
    # a country before the bloc in the sentence before: whose pronoun it is stays open
    text = "Mali and the AU held talks. It had suspended Guinea and Sudan."
    assert not _members(text, "african-union", reader=False) & {"GIN", "SDN"}
    # what is suspended is the country's own thing, not its membership
    text = "The EU met in Brussels. It has suspended Egypt's budget support and Mali's."
    assert "EGY" not in _members(text, "eu", reader=False)


def _interest(text, bloc, reader=False):
    return {s for s, r, o in found(text, reader=reader) if (r, o) == ("EXPRESSED_INTEREST_IN", bloc)}


def test_those_a_bloc_invites_to_accession_talks_want_to_join():
    text = ("At the summit NATO agreed on a new force. Allies also invited Lithuania, Latvia "
            "and Estonia to begin accession talks.")
    assert _interest(text, "nato") == {"LTU", "LVA", "EST"}
    text = "The summit decided to invite Slovakia together with six other countries to start accession negotiations with NATO."
    assert _interest(text, "nato") == {"SVK"}
    text = "\"We invite to accession talks with NATO the following nations: Bulgaria, Romania and Slovenia.\""
    assert _interest(text, "nato") == {"BGR", "ROU", "SVN"}
    # no invitation said
    assert not _interest("NATO met in Riga. Allies have not invited Serbia to begin accession talks.", "nato")


def test_aspiring_to_membership_and_membership_aspirations():
    text = ("Ministers of four countries that aspire to NATO membership -- Albania, Croatia, "
            "Latvia and Slovakia -- met in Vilnius.")
    assert _interest(text, "nato") == {"ALB", "HRV", "LVA", "SVK"}
    text = "Talks with NATO on Georgia's Intensified Dialogue on its membership aspirations began in May."
    assert _interest(text, "nato") == {"GEO"}


def test_a_blank_line_inside_a_sentence_joins_its_lines():
    text = ("The G8 summit meets annually, bringing together the heads of government\n\nof France, "
            "the United States, Russia, the United Kingdom,\n\nGermany, Italy, Japan, and Canada.")
    assert _members(text, "g7", reader=False) == {"FRA", "USA", "RUS", "GBR", "DEU", "ITA", "JPN", "CAN"}


def test_a_bracket_after_a_name_of_no_node_lists_its_parts():
    text = ("After the meetings of the G8 member-nations on the first day of the summit, the members were "
            "joined by G5 countries (comprising Brazil, China, India, Mexico, and South Africa).")
    assert not _members(text, "g7", reader=False)
    text = "The BRICS grouping (comprising Brazil, China, India, Russia and South Africa) met."
    assert "BRA" in _members(text, "brics", reader=False)


def test_a_posts_country_before_an_apposition_is_not_its_subject():
    text = "On the impetus of the President of the French Republic, the members of the G8 have committed to aid."
    assert "FRA" not in _members(text, "g7", reader=False)
    assert "EGY" in _members("Egypt, a member of BRICS since 2024, met.", "brics", reader=False)


def test_standing_alongside_and_operations_in_are_no_membership():
    assert not _members("The G8 members will also stand alongside Tunisia and Egypt.", "g7", reader=False)
    text = ("We, the Heads of State and Government of the member countries of NATO, reconfirm our "
            "commitment to our operations in Afghanistan, Kosovo and elsewhere.")
    assert not _members(text, "nato", reader=False) & {"AFG", "XKX"}


def test_acts_that_are_not_joining_leaving_or_grouping():
    assert not _members("NATO met. The United States and Afghanistan join in condemning the attack.", "nato")
    text = "NATO met in Chicago. The exit will come by 2014, after most American and NATO combat troops leave."
    assert ("USA", "WITHDREW_FROM", "nato") not in found(text, reader=False)
    text = "The Balkan States are close to NATO membership and so grouping Georgia with them is headway."
    assert "GEO" not in _members(text, "nato", reader=False)


def test_member_states_like_a_list_after_the_bloc_named_before():
    text = ("The application of the EU was turned down by the members of the Arctic Council. Since 2009, "
            "member states like Norway, Sweden and Iceland have opened for more observers.")
    assert _members(text, "arctic-council", reader=False) >= {"NOR", "SWE", "ISL"}
    assert not _members("The EU met. Non-member states like Norway and Iceland objected.", "eu", reader=False)


def test_a_bid_turned_down_by_members_and_a_wish_for_including():
    text = "The application of the Commission was turned down by the permanent members of the Arctic Council."
    assert not {s for s, r, o in found(text, reader=False) if r == "MEMBER_OF"}
    assert "eu" not in _members("Finland is lobbying for including EU in the Arctic Council.", "arctic-council",
                                reader=False)
    assert "SWE" not in _members("NATO is open to including Sweden.", "nato", reader=False)


def test_a_denied_saying_governs_the_plan_it_would_report():
    text = "Kazakhstan has not at all indicated in the past years that it has plans to join BRICS."
    assert not _interest(text, "brics")
    assert _interest("Kazakhstan has indicated that it has plans to join BRICS.", "brics") == {"KAZ"}


def test_an_alliance_grouping_the_republics_of_a_list():
    text = ("The Collective Security Treaty Organization is a Russia-led military alliance grouping the "
            "six former Soviet republics of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.")
    assert _members(text, "csto", reader=False) == {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}


# the second wave (ACR to ACY) and the readings of the first wave's rules


def test_a_bid_given_up_is_a_withdrawal_beside_its_interest():
    got = found("Switzerland withdrew its application to join the EU in June 2016.", reader=False)
    assert {("CHE", "WITHDREW_FROM", "eu"), ("CHE", "EXPRESSED_INTEREST_IN", "eu")} <= got
    got = found("Iceland formally withdrew its EU membership application in March 2015.", reader=False)
    assert ("ISL", "WITHDREW_FROM", "eu") in got
    assert ("UKR", "WITHDREW_FROM", "nato") in found("Ukraine dropped its bid to join NATO in 2010.", reader=False)
    got = found("Switzerland has not withdrawn its application to join the EU.", reader=False)
    assert ("CHE", "WITHDREW_FROM", "eu") not in got


def test_countries_said_to_be_no_members_before_an_apposition():
    text = ("The invitations were also passed to 5 other countries that are not members of the G20, "
            "including Spain and Singapore.")
    assert not _members(text, "g20", reader=False)


def test_a_list_after_another_group_and_its_colon():
    text = ("The Schengen area now includes almost all EU member states and four associated states: "
            "Iceland, Liechtenstein, Norway and Switzerland.")
    assert not _members(text, "eu", reader=False)
    assert _members("The EU member states: France and Germany met.", "eu", reader=False) == {"FRA", "DEU"}


def test_a_gloss_of_a_name_of_no_node_before_its_list():
    text = ("BRICS leaders will meet with BIMSTEC group (Bay of Bengal Initiative for Multi-Sectoral "
            "Technical and Economic Cooperation) made up of Bangladesh, Bhutan, Myanmar and Thailand.")
    assert not _members(text, "brics", reader=False)
    text = ("Besides BRICS, Modi invited the leaders from the Bay of Bengal Initiative (BIMSTEC) "
            "countries - Bangladesh, Bhutan, Nepal and Thailand, who will join the retreat.")
    assert not _members(text, "brics", reader=False) & {"BGD", "BTN", "NPL", "THA"}
    text = "The Collective Security Treaty Organization (CSTO) is made up of Armenia, Belarus and Russia."
    assert _members(text, "csto", reader=False) == {"ARM", "BLR", "RUS"}


def test_joining_into_a_deal_with_a_bloc_is_no_joining():
    text = "Iran joined into a free trade agreement with the EEU in October 2018."
    assert "IRN" not in _members(text, "eaeu", reader=False)


def test_a_singular_role_after_a_posts_country_is_the_countrys():
    text = "The Prime Minister of Sweden, the newest member of NATO, met President Biden in Washington."
    assert _members(text, "nato", reader=False) == {"SWE"}


def test_a_region_before_a_bracketed_list_is_no_unknown_body():
    text = "NATO was joined in 2004 by the Baltic states (Estonia, Latvia and Lithuania)."
    assert _members(text, "nato", reader=False) == {"EST", "LVA", "LTU"}
    text = "NATO welcomed the Baltic states (comprising Estonia, Latvia and Lithuania) in 2004."
    assert _members(text, "nato", reader=False) == {"EST", "LVA", "LTU"}


def test_a_summit_bringing_leaders_together_names_its_guests():
    text = "The NATO summit in Washington brought together the leaders of Ukraine, Japan and South Korea."
    assert not _members(text, "nato", reader=False)


def test_a_blank_line_with_spaces_and_carriage_returns_inside_a_sentence():
    text = "The G8 brings together the leaders \r\n\r\nof France, Russia and Canada."
    assert _members(text, "g7", reader=False) == {"FRA", "RUS", "CAN"}


def test_an_invitation_to_talks_never_made():
    assert not _interest("NATO met in Riga. NATO has never invited Serbia to begin accession talks.", "nato")


def test_whose_aspirations_and_who_aspires():
    assert not _interest("Russia opposes the NATO membership aspirations of Ukraine and Georgia.", "nato") & {"RUS"}
    assert "RUS" not in _interest("Russia warned countries that aspire to NATO membership.", "nato")
    text = "Two members opposed opening EU membership talks: France and the Netherlands."
    assert not _interest(text, "eu") & {"FRA", "NLD"}


def test_an_invitation_to_talks_and_its_bloc():
    assert _interest("Following the EU summit, NATO invited Sweden to begin accession talks.", "nato") == {"SWE"}
    assert not _interest("Following the EU summit, NATO invited Sweden to begin accession talks.", "eu")
    text = ("Although France did not agree at first, NATO invited Poland, Hungary and the Czech Republic "
            "to begin accession talks.")
    assert _interest(text, "nato") == {"POL", "HUN", "CZE"}
    text = ("NATO invited Poland, Hungary and the Czech Republic to begin accession talks in 1997, and "
            "the three joined the alliance in 1999.")
    assert not _interest(text, "nato")


def test_whose_pronoun_and_which_members_like():
    assert not _members("The IMF welcomed the AU's mediation. It had suspended Mali and Guinea.", "african-union",
                        reader=False)
    assert not _members("Former members like the United Kingdom criticised the EU.", "eu", reader=False)
    assert not _members("ASEAN met with the EU, and members like Vietnam and Singapore spoke.", "eu", reader=False)


def test_invited_by_members_and_a_participle_grouping_a_bloc():
    text = "Argentina was invited by the BRICS members to join the group in August 2023."
    assert _interest(text, "brics") == {"ARG"}
    text = "The CSTO, grouping Armenia, Belarus and Russia with Kazakhstan, met in Moscow."
    assert {"ARM", "BLR", "RUS"} <= _members(text, "csto", reader=False)


def test_a_place_opening_a_sentence_still_lists_its_countries():
    text = "In Poland, Hungary and the Czech Republic, NATO members since 1999, support for the alliance is high."
    assert _members(text, "nato", reader=False) == {"POL", "HUN", "CZE"}
    text = "The EU's eastern members, in Poland, Lithuania and Latvia, worry about Russia."
    assert _members(text, "eu", reader=False) >= {"POL", "LTU", "LVA"}


def test_a_denied_saying_in_its_own_clause_only():
    text = "Officials have not confirmed that Iran sent drones, and Iran said that it plans to join BRICS."
    assert _interest(text, "brics") == {"IRN"}
    assert not _interest("Kazakhstan did not indicate that it has plans to join BRICS.", "brics")
    assert not _interest("Kazakhstan has not indicated that it wants closer ties and plans to join BRICS.", "brics")
    text = "The SCO is known for bringing together China, Russia and Kazakhstan."
    assert _members(text, "sco", reader=False) == {"CHN", "RUS", "KAZ"}
