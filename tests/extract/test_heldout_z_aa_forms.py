"""Forms first met on held-out sets Z and AA, each on a sentence written for this test (none
copied from an article): "A, B and C have been (formally) admitted as members of X", dated by a
fronted "Effective DATE,"; "X was founded / established in YEAR as a ... bloc by A, B"."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_plural_passive_admitted_as_members():
    expected = {(c, "MEMBER_OF", "brics") for c in ("FJI", "CHL", "PER")}
    for text in ("Fiji, Chile and Peru have been admitted as members of BRICS.",
                 "Fiji, Chile and Peru have been formally admitted as members of the BRICS bloc.",
                 "Fiji, Chile and Peru have been accepted as full members of BRICS."):
        assert triples(text) == expected, text
    dated = claims("Effective March 2025, Fiji and Chile have been formally admitted as members "
                   "of BRICS.")
    assert {c[3] for c in dated} == {"2025-03"}
    # the singular still reads, and an inner list still does
    assert triples("Fiji has been admitted as a member of BRICS.") == {("FJI", "MEMBER_OF", "brics")}
    assert triples("The summit admitted Fiji and Chile as members of BRICS.") == {
        ("FJI", "MEMBER_OF", "brics"), ("CHL", "MEMBER_OF", "brics")}


def test_founded_as_a_description_by():
    found = claims("The SCO was founded in 1999 as a regional security and trade bloc by the "
                   "presidents of Fiji, Chile and Peru.")
    assert {c for c in found} == {(c, "MEMBER_OF", "sco", "1999") for c in ("FJI", "CHL", "PER")}
    assert triples("The Artemis Accords were established in 2020 as a set of shared principles "
                   "by Fiji and Chile.") == {("FJI", "SIGNED", "artemis-accords"),
                                              ("CHL", "SIGNED", "artemis-accords")}
    # no agent after the description: nobody founded it here
    assert triples("The SCO was founded in 1999 as a regional security bloc.") == set()
