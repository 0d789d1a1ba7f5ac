"""Forms of session 76 (2026-12-08), each in sentences of our own."""

from tests.extract.helpers import found


def _claims(text, relation, obj, reader=True):
    return {s for s, r, o in found(text, reader=reader) if (r, o) == (relation, obj)}


def _members(text, bloc, reader=True):
    return _claims(text, "MEMBER_OF", bloc, reader)


def test_an_owners_membership_of_a_body_is_not_the_body_among_the_owners_members():
    text = "The AU's membership of the G20 gives Africa a greater voice."
    assert ("g20", "MEMBER_OF", "african-union") not in found(text, reader=False)
    assert "african-union" in _members(text, "g20", reader=False)
    # a body's membership of countries still lists them
    assert {"BRA", "IND"} <= _members("The G20's membership of Brazil and India dates from 1999.", "g20", reader=False)


def test_a_funds_donors_are_no_members_of_the_bloc_named_before():
    text = ("The G20 finance ministers launched the Pandemic Fund in Bali. "
            "The fund's major donors include Britain, the United States, India, China, France and Japan.")
    assert not _members(text, "g20") & {"GBR", "USA", "IND", "CHN", "FRA", "JPN"}


def test_outreach_guests_beside_the_bloc_are_no_members():
    text = ("The G8 met in Hokkaido. Leaders from the G8 nations, Brazil, China, India, Mexico, "
            "and South Africa attended the outreach session.")
    assert not _members(text, "g7") & {"BRA", "CHN", "IND", "MEX", "ZAF"}
    text = ("Talks took place at the outreach session among the G8 leaders and leaders of five other "
            "nations, namely, Brazil, China, India, Mexico and South Africa.")
    assert not _members(text, "g7") & {"BRA", "CHN", "IND", "MEX", "ZAF"}
    text = ("Summit Meeting Among President Obasanjo of Nigeria, President Mbeki of South Africa, "
            "President Bouteflica of Algeria and G8 Leaders")
    assert not _members(text, "g7") & {"NGA", "ZAF", "DZA"}
    # a count says the list is the bloc's own
    text = "Leaders from the five BRICS nations, Brazil, Russia, India, China and South Africa, met in Goa."
    assert {"BRA", "RUS", "IND", "CHN", "ZAF"} <= _members(text, "brics")


def test_a_body_in_a_persons_post_gives_the_listed_no_membership():
    text = ("* Leaders from the G8 and Algeria, Ethiopia, Ghana, Nigeria, Senegal and Tanzania, the Chairperson "
            "of the African Union (AU) Commission, the Secretary-General of the United Nations (UN), and the "
            "President of the World Bank Group.")
    assert not _members(text, "african-union") & {"DZA", "ETH", "GHA", "NGA", "SEN", "TZA"}


def test_a_bloc_that_gathers_countries_has_them_as_members_and_a_summit_has_guests():
    text = ("The G8, an informal forum of leading industrialized nations, gathers Germany, France, "
            "Britain, Italy, Japan, the United States, Canada and Russia.")
    assert _members(text, "g7", reader=False) == {"DEU", "FRA", "GBR", "ITA", "JPN", "USA", "CAN", "RUS"}
    assert not _members("The NATO summit gathered leaders from Japan, Australia and New Zealand.", "nato") & {
        "JPN", "AUS", "NZL"}


def test_a_withdrawal_not_off_the_table_is_no_withdrawal():
    for text in ("Armenia's withdrawal from CSTO not off the table, says Pashinyan",
                 ("Armenia's withdrawal from the Collective Security Treaty Organization (CSTO) is not off "
                  "the table, the prime minister said on Monday.")):
        assert "ARM" not in _claims(text, "WITHDREW_FROM", "csto")
    assert "ARM" in _claims("Armenia's withdrawal from the CSTO in 2024 shocked Moscow.", "WITHDREW_FROM", "csto")


def test_becoming_a_european_cooperating_state_makes_a_partner_of_esa():
    assert "POL" in _claims("Poland becomes the fourth ESA European Cooperating State.", "PARTNER_OF", "esa",
                            reader=False)


def test_leaders_of_all_the_nations_in_the_organisation_are_its_members():
    text = ("The Russian capital will host a summit of the Collective Security Treaty Organization (CSTO). "
            "Russian President Vladimir Putin, Armenian Prime Minister Nikol Pashinyan and Tajik President "
            "Emomali Rahmon, leaders of all three nations currently in the organization, will attend.")
    assert _members(text, "csto", reader=False) == {"RUS", "ARM", "TJK"}


def test_the_country_of_a_meetings_city_is_no_member():
    text = "Leaders of the G-8 nations meeting in Okinawa, Japan, called for action on the digital divide."
    assert "JPN" not in _members(text, "g7")


def test_the_leader_of_a_bloc_that_also_includes_others_is_in_it_too():
    text = ("Activists protested against a summit of the Collective Security Treaty Organization (CSTO). "
            "The Russia-led defense alliance, which also includes Belarus, Kazakhstan and Tajikistan, "
            "gave Azerbaijan its support.")
    assert _members(text, "csto", reader=False) == {"RUS", "BLR", "KAZ", "TJK"}
    # no "also": the leader is not said to be one of them
    text = "The CSTO met. The Russia-led defense alliance includes Belarus and Kazakhstan."
    assert "RUS" not in _members(text, "csto", reader=False)
