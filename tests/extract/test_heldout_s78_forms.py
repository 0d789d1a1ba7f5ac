"""Forms of session 78 (2026-12-08), each in sentences of our own."""

from tests.extract.helpers import found


def _claims(text, relation, obj, reader=True):
    return {s for s, r, o in found(text, reader=reader) if (r, o) == (relation, obj)}


def _members(text, bloc, reader=True):
    return _claims(text, "MEMBER_OF", bloc, reader)


def test_a_blocs_applicants_listed_after_a_dash_want_to_join():
    text = ("The EU will open talks next spring with six (plus Malta) of the twelve applicants from "
            "central and eastern Europe - Poland, Hungary, Estonia and Slovenia - while others wait.")
    for reader in (False, True):
        assert {"POL", "HUN", "EST", "SVN", "MLT"} <= _claims(text, "EXPRESSED_INTEREST_IN", "eu", reader)
        assert not _members(text, "eu", reader) & {"POL", "HUN", "EST", "SVN", "MLT"}
    # one named as an applicant before the words is one too; one backing them is not
    assert "CYP" in _claims("Cyprus is one of the EU applicants.", "EXPRESSED_INTEREST_IN", "eu")
    text = "France backed the EU applicants: Poland and Hungary."
    assert "FRA" not in _claims(text, "EXPRESSED_INTEREST_IN", "eu")
    assert {"POL", "HUN"} <= _claims(text, "EXPRESSED_INTEREST_IN", "eu")


def test_a_country_in_brackets_after_a_meeting_place_is_no_member():
    text = ("The founding act of the African Union was adopted in July 2000 at the summit held in "
            "Lomé (Togo) and then opened for signature by the member states.")
    assert "TGO" not in _members(text, "african-union")
    text = "The African Union took over from its predecessor in 2002 in Durban (South Africa)."
    assert "ZAF" not in _members(text, "african-union")
    # a bracketed list after a bloc still gives its members
    assert {"GHA", "TGO"} <= _members("The members of the African Union (Togo and Ghana) met.", "african-union")


def test_a_publications_nationality_is_no_actor():
    text = "The Russian daily Kommersant has joined the BRICS media network."
    assert "RUS" not in _members(text, "brics")
    text = "The German weekly newspaper Die Zeit became a partner of NATO's public diplomacy division in 2015."
    assert "DEU" not in _claims(text, "PARTNER_OF", "nato")
    # a demonym before other words still names its country
    assert "IND" in _members("Indian daily life changed after India joined the SCO.", "sco")


def test_a_place_that_only_names_a_meeting_or_a_document_is_no_party():
    text = ("Trade ministers from Canada, the European Union, Japan and the United States met ahead "
            "of the Singapore Ministerial Conference of the WTO.")
    assert "SGP" not in _members(text, "eu")
    text = ("Since the Agreement of Luxembourg of 19 December 1996, signed by the Member States of "
            "the European Union, the Schengen rules have grown.")
    assert "LUX" not in _members(text, "eu")
    # a country's own accession treaty keeps it
    assert "HRV" in _members("The Treaty of Accession of Croatia made Croatia a member of the EU in 2013.", "eu")


def test_a_request_to_rejoin_and_a_push_for_inclusion_are_wishes():
    text = "Morocco formally submits a request to rejoin the African Union after three decades away."
    assert "MAR" in _claims(text, "EXPRESSED_INTEREST_IN", "african-union")
    assert "MAR" not in _members(text, "african-union")
    text = "Russian ministers pushed hard for Moscow's full inclusion into the G7 at the summit."
    assert "RUS" in _claims(text, "EXPRESSED_INTEREST_IN", "g7")
    assert "RUS" not in _members(text, "g7")


def test_countries_whose_leaders_join_a_summit_are_guests():
    text = ("Other countries whose leaders will join the host at the G20 summit include the United Arab "
            "Emirates, which chairs a Gulf council; Ethiopia, which chairs a committee; and Singapore.")
    assert not _members(text, "g20") & {"ARE", "ETH", "SGP"}


def test_one_items_body_in_a_list_of_office_holders_is_no_bloc_over_the_others():
    text = ("Pictured: Anna Berg President of France; Carl Diaz President of the United States; "
            "Ella Fox Prime Minister of Italy; Gus Hale President of the Commission of the European "
            "Communities; Ida Kim Prime Minister of Japan.")
    assert not _members(text, "eu") & {"FRA", "USA", "ITA", "JPN"}
