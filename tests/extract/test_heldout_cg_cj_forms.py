"""Forms met in held-out sets CG to CJ (2026-12-03), each in a sentence of our own."""

from types import SimpleNamespace

import pytest

from graphkit.errors import SchemaError
from graphkit.extract.signed_only import SignedOnly, signed_only
from tests.extract.helpers import claims, rows


def test_an_invitation_a_wildcard_takes_is_no_membership():
    text = "Argentina, Egypt and Iran have been invited to become full members of BRICS."
    assert claims(text) == []
    # an accepted invitation still is
    assert [c[:3] for c in claims("Argentina accepted the invitation and joined BRICS.")] == [
        ("ARG", "MEMBER_OF", "brics")]


@pytest.mark.parametrize("text, obj", [
    ("Most recently, South Korea has expressed interest in signing the Artemis Accords.",
     "artemis-accords"),
    ("Bangladesh and Indonesia also expressed eagerness to join BRICS.", "brics"),
    ("South Korea's interest in signing the Artemis Accords grew in 2021.", "artemis-accords"),
])
def test_interest_in_an_act_is_interest_not_the_act(text, obj):
    found = claims(text)
    assert found and {c[1:3] for c in found} == {("EXPRESSED_INTEREST_IN", obj)}


def test_a_photo_caption_from_left_is_no_withdrawal():
    text = ("Armenia's minister signs the Artemis Accords on June 12, 2023, as (from left) the "
            "acting under secretary of state looks on.")
    assert [c[1] for c in claims(text)] == ["SIGNED"]


@pytest.mark.parametrize("text", [
    "Rwanda, Nigeria and Senegal have acceded to the Artemis Accords.",
    "NASA welcomed Rwanda's, Nigeria's and Senegal's accession to the Artemis Accords.",
])
def test_an_accession_to_an_agreement_joined_by_signing_alone_is_a_signature(text):
    found = {c[:3] for c in claims(text)}
    assert found == {(c, "SIGNED", "artemis-accords") for c in ("RWA", "NGA", "SEN")}


def test_an_accession_to_a_treaty_stays_an_accession():
    assert claims("Armenia acceded to the Moon Agreement on 19 January 2018.") == [
        ("ARM", "ACCEDED_TO", "moon-agreement", "2018-01-19")]


def _edge(subject, relation, obj):
    return SimpleNamespace(subject=subject, relation=relation, object=obj)


def test_signed_only_needs_ten_signatures_and_no_ratification_or_accession():
    rules = {"ACCEDED_TO": ("SIGNED", frozenset({"RATIFIED"}))}
    signed = [_edge(f"X{k:02d}", "SIGNED", "pact") for k in range(10)]
    assert SignedOnly(signed, rules).instead == {("ACCEDED_TO", "pact"): "SIGNED"}
    assert SignedOnly(signed[:9], rules).instead == {}
    assert SignedOnly(signed + [_edge("Y", "RATIFIED", "pact")], rules).instead == {}
    assert SignedOnly(signed + [_edge("Y", "ACCEDED_TO", "pact")], rules).instead == {}


def test_a_signed_only_rule_naming_an_unknown_relation_is_a_schema_error(tmp_path):
    schema = tmp_path / "schema.yaml"
    schema.write_text("relations:\n  ACCEDED_TO:\n    extract:\n      signed_only: {as: SIGNEDD}\n")
    with pytest.raises(SchemaError, match="signed_only: unknown relation"):
        signed_only([], schema)


def test_a_granted_member_state_status_is_membership():
    text = ("At the meeting the leaders signed a resolution on granting Belarus the status of an "
            "SCO member state.")
    assert [c[:3] for c in claims(text)] == [("BLR", "MEMBER_OF", "sco")]


@pytest.mark.parametrize("text", [
    "Japan will send astronauts to the Moon under NASA's Artemis program.",
    "The accords support NASA’s Artemis campaign, which will return people to the Moon.",
])
def test_an_agencys_own_programme_is_one_it_leads(text):
    found = rows(text)
    lead = [r for r in found if r["relation"] == "LEADS"]
    assert [(r["subject"], r["object"], r["since"]) for r in lead] == [("nasa", "artemis-program", "2024")]
    assert float(lead[0]["confidence"]) < 0.9  # a convention, for review


@pytest.mark.parametrize("text", [
    "NASA's Artemis program partners met in Paris.",  # the name is a modifier
    "China's ILRS is open to all.",  # a country's possessive says less
    "Egypt's ILRS membership was confirmed.",
])
def test_a_possessive_before_a_modifier_or_of_a_country_leads_nothing(text):
    assert "LEADS" not in {c[1] for c in claims(text)}


def test_a_bracketed_list_after_a_role_belongs_to_the_organisation_named_before():
    text = ("The SCO consists of eight member states (China, Russia), four observer states "
            "(Belarus, Mongolia), and six dialogue partners (Turkey, Sri Lanka, Nepal).")
    found = {c[:3] for c in claims(text)}
    assert {("TUR", "PARTNER_OF", "sco"), ("LKA", "PARTNER_OF", "sco"), ("NPL", "PARTNER_OF", "sco"),
            ("CHN", "MEMBER_OF", "sco"), ("RUS", "MEMBER_OF", "sco")} == found  # observers: none
    # a bracket after a plain name still needs the name right before it
    assert claims("BRICS met in Kazan, and the leaders (Lula, Modi) spoke of Brazil and India.") == []


def test_an_association_of_countries_lists_its_members_after_a_colon():
    text = ("BRICS is the acronym coined for an association of five major emerging national "
            "economies: Brazil, Russia, India, China and South Africa.")
    assert {c[0] for c in claims(text)} == {"BRA", "RUS", "IND", "CHN", "ZAF"}


def test_these_include_names_some_of_the_countries_that_signed_up_before():
    text = ("The selection includes a number of countries that have already signed up to the "
            "ILRS, an initiative to build a robotic moon base. These include Russia, Thailand "
            "and Egypt.")
    found = {c[:3] for c in claims(text)}
    assert found == {(c, "MEMBER_OF", "ilrs") for c in ("RUS", "THA", "EGY")}
    # a wish is none
    assert claims("Several countries that hope to join the ILRS met in 2024. These include "
                  "Russia, Thailand and Egypt.") == []


def test_a_count_from_examples_such_as_a_and_b():
    text = ("Ten countries signed the Artemis Accords in 2023, from major spacefarers such as "
            "Germany and India to smaller states.")
    assert {c[:3] for c in claims(text)} == {("DEU", "SIGNED", "artemis-accords"),
                                            ("IND", "SIGNED", "artemis-accords")}
