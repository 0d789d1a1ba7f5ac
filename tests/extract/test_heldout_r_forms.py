"""Forms first met on held-out set R, each on a sentence written for this test: a "members
of X are" list, partners named as ready "to join as partner countries" with the bloc and
its start date a few sentences before, "with C joining it in YEAR", "the country ...
formally applied for membership only in YEAR", and a chairmanship or presidency, which the
schema's LEADS triggers do not name, read as no leading."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_members_of_a_bloc_are_a_list():
    assert triples("The full members of APSCO are Chile, Kenya, Peru, and Nepal.") == {
        (c, "MEMBER_OF", "apsco") for c in ("CHL", "KEN", "PER", "NPL")}
    assert triples("The future members of APSCO are Chile and Kenya, he hopes.") == set()
    assert triples("The members of APSCO are expected to meet in Chile.") == set()


def test_partners_ready_to_join_with_the_bloc_named_before():
    text = ("From March 1, 2026, BRICS will welcome three new partner states. The talks "
            "were long. He said that Chile, Kenya and Nepal have expressed their readiness "
            "to join as partner countries.")
    assert sorted(claims(text)) == [(c, "PARTNER_OF", "brics", "2026-03-01")
                                    for c in ("CHL", "KEN", "NPL")]
    far = ("BRICS will welcome new partner states. One. Two. Three. Four. Five. Six. Chile and "
           "Kenya are ready to join as partner countries.")
    assert triples(far) == set()
    hedged = ("BRICS will welcome new partner states. Chile and Kenya may not be ready to "
              "join as partner countries.")
    assert triples(hedged) == set()


def test_with_a_country_joining_it_in_a_year():
    text = "The group BRICS was founded in 2006 by Chile and Kenya, with Nepal joining it in 2011."
    assert ("NPL", "MEMBER_OF", "brics", "2011") in claims(text)


def test_the_country_applied_for_membership_in_a_year():
    text = ("Nepal was recognised by the UN in 2002. The resource-rich country began the "
            "process of accession to ASEAN but formally applied for membership only in 2011.")
    assert claims(text) == [("NPL", "EXPRESSED_INTEREST_IN", "asean", "2011")]


def test_a_chairmanship_or_presidency_is_no_leading():
    text = ("The summit, a key event of Russia's chairmanship in BRICS, took place in Kazan. "
            "He spoke of Russia's presidency in BRICS.")
    assert not any(c[1] == "LEADS" for c in claims(text))
