"""Forms met in held-out sets CO to CR (2026-12-03), each in a sentence of our own."""

import pytest

from tests.extract.helpers import claims


def test_a_list_glossed_by_its_blocs_name_between_dashes():
    text = "The foreign ministers of Brazil, Russia, India and China – BRIC – met in Cape Town."
    assert {c[:3] for c in claims(text)} == {(c, "MEMBER_OF", "brics")
                                            for c in ("BRA", "RUS", "IND", "CHN")}


def test_united_in_a_name_is_no_verb():
    text = ("Kazakhstan is a member of the United Nations, the Collective Security Treaty "
            "Organization and the Organization for Security and Co-operation in Europe.")
    assert all(c[0] == "KAZ" for c in claims(text))


def test_a_hyphenated_word_stays_in_a_new_names_node():
    text = ("Kazakhstan is a member of the Collective Security Treaty Organization, the "
            "Organization for Security and Co-operation in Europe, and the Shanghai Cooperation "
            "Organisation.")
    assert {c[2] for c in claims(text)} == {
        "csto", "organization-for-security-and-co-operation-in-europe", "sco"}


def test_the_committees_own_name_without_un_is_copuos():
    assert [c[:3] for c in claims("Egypt is a member of the Committee on the Peaceful Uses of "
                                  "Outer Space.")] == [("EGY", "MEMBER_OF", "copuos")]


def test_a_granted_partner_country_status_is_a_partnership():
    text = "Belarus has officially been granted BRICS partner country status."
    assert [c[:3] for c in claims(text)] == [("BLR", "PARTNER_OF", "brics")]


def test_a_pathway_to_joining_is_interest():
    text = "Leaders will also discuss Ukraine's potential pathway to joining NATO."
    assert [c[:3] for c in claims(text)] == [("UKR", "EXPRESSED_INTEREST_IN", "nato")]


@pytest.mark.parametrize("text, ratifier, joiner", [
    ("Hungary ratified Sweden's accession to NATO on Monday.", "HUN", "SWE"),
    ("The Turkish parliament approved Finland's membership in NATO on 30 March 2023.", "TUR", "FIN"),
    (("Kazakhstan ratified the documents on Belarus' membership in the Shanghai Cooperation "
      "Organisation."), "KAZ", "BLR"),
])
def test_a_ratified_accession_is_the_joiners_interest_and_the_ratifiers_membership(text, ratifier, joiner):
    found = {c[:2] for c in claims(text)}
    assert found == {(joiner, "EXPRESSED_INTEREST_IN"), (ratifier, "MEMBER_OF")}


def test_an_accession_no_one_else_ratifies_is_membership_and_a_refusal_gives_nothing():
    assert [c[:3] for c in claims("Sweden's accession to NATO was completed in March 2024.")] == [
        ("SWE", "MEMBER_OF", "nato")]
    assert claims("Hungary has not yet ratified Sweden's accession to NATO.") == []


def test_a_will_to_become_a_member_is_interest():
    assert [c[:3] for c in claims("Venezuela expresses will to become BRICS member")] == [
        ("VEN", "EXPRESSED_INTEREST_IN", "brics")]


def test_an_accession_still_to_be_ratified_is_interest():
    text = ("The talks yielded a memorandum on Sweden's and Finland's accession to NATO, which is "
            "to be ratified by all the alliance's members.")
    assert {c[:3] for c in claims(text)} == {("SWE", "EXPRESSED_INTEREST_IN", "nato"),
                                            ("FIN", "EXPRESSED_INTEREST_IN", "nato")}


def test_a_meetings_chair_leads_nothing():
    text = ("The meeting of the Council of Ministers of Foreign Affairs of SCO member states was "
            "chaired by the Uzbek side.")
    assert "LEADS" not in {c[1] for c in claims(text)}
