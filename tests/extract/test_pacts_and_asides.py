"""Members listed in brackets after a bloc's name, a pact or dialogue "between" states, an
infobox's "Country:" line, "Founded ..., X originated as a bloc of ...: A, B", a chair, a
programme launched or developed by states, names set aside ("Besides Russia, ...", "Apart
from Iran and Belarus, ..."), a described agency, a memorandum on cooperation, and acts
only planned or under way."""

from __future__ import annotations

from tests.extract.helpers import claims


def _members(text: str, org: str) -> set[str]:
    return {s for s, r, o, _ in claims(text) if (r, o) == ("MEMBER_OF", org)}


def test_a_bracketed_member_list_after_the_bloc_even_when_the_subject_only_considers():
    text = ("Saudi Arabia will consider whether to join the BRICS (Brazil, Russia, India, China "
            "and South Africa) group.")
    assert {(s, r, o) for s, r, o, _ in claims(text)} == {
        (c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")}


def test_names_after_the_closing_bracket_are_not_the_bracketed_members():
    text = ("The membership of the observer countries of the Shanghai Cooperation Organisation "
            "(SCO), Iran and Belarus, was under consideration.")
    assert claims(text) == []


def test_a_pact_or_dialogue_between_states_makes_them_members():
    assert _members("India has long been wary of the Quad, a dialogue between Australia, India, "
                    "Japan, and the United States.", "quad") == {"AUS", "IND", "JPN", "USA"}
    assert _members("The deal builds on the AUKUS defence pact between the United States, UK, "
                    "and Australia.", "aukus") == {"USA", "GBR", "AUS"}


def test_an_infobox_country_line_under_a_programme():
    text = "International Lunar Research Station\n- Country: China, Russia, Venezuela\n- Status: planned"
    assert _members(text, "ilrs") == {"CHN", "RUS", "VEN"}
    # a count of countries before a colon inside a sentence is no infobox
    text = ("The Artemis program grew. The Accords were signed by eight countries: Australia, "
            "Canada and Japan.")
    assert _members(text, "artemis-program") == set()


def test_a_bloc_that_originated_as_a_list_after_a_colon():
    text = ("Founded in 2009, BRICS originated as a bloc of emerging economies: Brazil, Russia, "
            "India and China.")
    assert _members(text, "brics") == {"BRA", "RUS", "IND", "CHN"}


def test_a_chair_leads_nothing_and_launched_or_developed_by():
    # chairing a summit or a meeting is no leading of the organisation (1 of 5 right)
    assert "LEADS" not in {c[1] for c in claims(
        "Leaders met in Astana for the summit of the SCO, chaired by Kazakhstan.")}
    assert claims("The Artemis program was launched by the United States in 2017.") == [
        ("USA", "LEADS", "artemis-program", "2017")]
    assert {c[:3] for c in claims("The ILRS is being developed by Russia and China.")} == {
        ("RUS", "COOPERATES_ON", "ilrs"), ("CHN", "COOPERATES_ON", "ilrs")}


def test_names_set_aside_at_the_head_of_a_sentence():
    assert _members("Besides Russia, the CSTO consists of Armenia, Belarus and Kazakhstan.",
                    "csto") == {"RUS", "ARM", "BLR", "KAZ"}
    assert claims("Apart from Iran and Belarus, many countries would like to become SCO "
                  "members.") == []


def test_an_agency_described_after_a_comma_is_not_its_country():
    text = "The Artemis Accords is an agreement spearheaded by NASA, the United States' space agency."
    assert {c[:3] for c in claims(text)} == {("nasa", "LEADS", "artemis-accords")}


def test_signing_a_memorandum_on_cooperation_is_cooperating_too():
    found = {c[:3] for c in claims("Roscosmos and CNSA signed a memorandum on cooperation in "
                                   "the ILRS in March 2021.")}
    assert {("roscosmos", "COOPERATES_ON", "ilrs"), ("cnsa", "COOPERATES_ON", "ilrs"),
            ("roscosmos", "SIGNED", "ilrs"), ("cnsa", "SIGNED", "ilrs")} <= found
    # a title without a signature stays a title
    assert claims("The Protocol on membership in NATO was published.") == []


def test_an_act_under_way_or_prepared_is_no_claim():
    assert claims("The accession of East Timor to the Association of Southeast Asian Nations "
                  "is a process that started in 2002.") == []
    text = "Russia is preparing to sign a memorandum on the ILRS."
    assert [c for c in claims(text) if c[1] == "SIGNED"] == []


def test_partner_dates_from_january_first():
    assert claims("Nigeria will become a BRICS partner country from Jan 1, 2025.") == [
        ("NGA", "PARTNER_OF", "brics", "2025-01-01")]
