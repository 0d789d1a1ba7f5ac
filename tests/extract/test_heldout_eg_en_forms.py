"""Forms met in held-out sets EG to EN (2026-12-03, read after their measurement at
336762e and ca9f51c), each in sentences of our own."""

from tests.extract.helpers import claims

POLAND = ("NATO was founded in 1949 by twelve countries. In 1955 the Soviets answered with the "
          "formation of the {name}. Its original members included Poland, Hungary and Romania.")


def test_an_organisation_without_a_node_named_last_is_what_its_members_join():
    """"Its" is the Warsaw Pact's, which data/ has no node for: not NATO's, named before."""
    found = claims(POLAND.format(name="Warsaw Pact"))
    assert [c for c in found if c[2] == "nato"] == []


def test_the_topic_still_stands_when_no_other_organisation_is_named():
    found = claims(POLAND.format(name="Warsaw Pact").replace("formation of the Warsaw Pact",
                                                             "a military build-up"))
    assert {c[0] for c in found if c[1:3] == ("MEMBER_OF", "nato")} == {"POL", "HUN", "ROU"}


def test_a_clause_set_against_the_names_takes_them_off_its_trigger():
    text = ("Iran, Egypt and Ethiopia will become members of BRICS on Jan. 1, 2024, while many more "
            "countries are said to have expressed interest in joining BRICS.")
    found = claims(text)
    assert {c[0] for c in found if c[1] == "EXPRESSED_INTEREST_IN"} == set()
    assert {c[0] for c in found if c[1:3] == ("MEMBER_OF", "brics")} == {"IRN", "EGY", "ETH"}


def test_the_names_before_a_trigger_without_such_a_clause_are_its_subjects():
    text = "Iran, Egypt and Ethiopia have expressed interest in joining BRICS."
    assert {c[0] for c in claims(text) if c[1] == "EXPRESSED_INTEREST_IN"} == {"IRN", "EGY", "ETH"}
