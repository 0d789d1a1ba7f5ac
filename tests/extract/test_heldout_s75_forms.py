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
