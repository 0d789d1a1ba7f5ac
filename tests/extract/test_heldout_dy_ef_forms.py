"""Forms met in held-out sets DY to EF (2026-12-03, read after their measurement at
e5a8d6a), each in sentences of our own."""

import pytest

from tests.extract.helpers import claims, rows

SPLIT = ("BRICS admitted six new partners in 2024. The list includes two countries in Africa: "
         "Nigeria and Uganda. The other {n} countries are Cuba, Bolivia, Belarus and Kazakhstan.")


def _partners(found) -> set:
    return {c[0] for c in found if c[1:3] == ("PARTNER_OF", "brics")}


@pytest.mark.parametrize("reader", [False, True])
def test_a_counted_list_told_in_two_sentences_names_every_partner(reader):
    found = claims(SPLIT.format(n="four"), reader=reader)
    assert _partners(found) == {"NGA", "UGA", "CUB", "BOL", "BLR", "KAZ"}
    assert {c[3] for c in found if c[1] == "PARTNER_OF"} == {"2024"}


def test_parts_that_do_not_add_up_to_the_count_name_no_one():
    assert _partners(claims(SPLIT.format(n="three"))) == set()


def test_partners_counted_after_accepting_an_invitation_are_partners():
    text = ("Ten countries were invited to become partners of BRICS at the summit. Of these, four "
            "countries have accepted the invitation and, as of Jan. 1, 2025, have now officially "
            "become partner members. These countries are Cuba, Bolivia, Belarus and Kazakhstan.")
    found = claims(text)
    assert _partners(found) == {"CUB", "BOL", "BLR", "KAZ"}
    assert {c[3] for c in found if c[1] == "PARTNER_OF"} == {"2025-01-01"}
    invited = ("Four countries were invited to become partner members of BRICS. These countries "
               "are Cuba, Bolivia, Belarus and Kazakhstan.")
    assert _partners(claims(invited)) == set()


def test_in_addition_to_the_leader_these_are_counts_the_leader_in():
    text = ("Five countries have joined the ILRS so far. In addition to China, these are Russia, "
            "Belarus, Pakistan and Egypt.")
    members = {c[0] for c in claims(text, reader=True) if c[1:3] == ("MEMBER_OF", "ilrs")}
    assert members == {"CHN", "RUS", "BLR", "PAK", "EGY"}
    short = ("Six countries have joined the ILRS so far. In addition to China, these are Russia, "
             "Belarus, Pakistan and Egypt.")
    assert not [r for r in rows(short) if r["rule"].startswith("structure:these are")]


@pytest.mark.parametrize("reader", [False, True])
def test_a_condition_is_no_membership(reader):
    text = "Analysts asked how the alliance will change if Finland and Sweden join NATO."
    assert claims(text, reader=reader) == []


@pytest.mark.parametrize("text", ["Egypt joined BRICS’ New Development Bank in 2023.",
                                  "Egypt joined BRICS's New Development Bank in 2023."])
def test_a_name_the_bloc_owns_is_no_membership_of_the_bloc_by_the_rules(text):
    """The bank's, now a node (session 61), not the bloc's."""
    assert claims(text) == [("EGY", "MEMBER_OF", "ndb", "2023")]


def test_a_bloc_owned_common_noun_is_still_the_bloc():
    assert [c[:3] for c in claims("Egypt joined BRICS’ ranks in 2024.")] == [("EGY", "MEMBER_OF", "brics")]
