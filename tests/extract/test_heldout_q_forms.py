"""Forms first met on held-out set Q (and P), each on a sentence written for this test: "a
bloc composed of", "the X countries - A, B -", "grew with the admission of", "members
include agencies from:", "the China-initiated ILRS", joining after an invitation to talks at
"the Alliance's summit", a stated goal of joining as interest, and invited countries listed
after a dash as no members."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_a_bloc_composed_of_and_countries_after_a_dash():
    assert triples("BRICS, a bloc composed of Chile, Kenya and Peru, met on Monday.") == {
        (c, "MEMBER_OF", "brics") for c in ("CHL", "KEN", "PER")}
    text = "He said the BRICS countries - Chile, Kenya And Peru - agreed on a fund."
    assert triples(text) == {(c, "MEMBER_OF", "brics") for c in ("CHL", "KEN", "PER")}
    text = "The protocol will permit the three invited countries - Chile, Kenya and Peru - to join NATO."
    assert triples(text) == set()


def test_grew_with_the_admission_of_and_agencies_from():
    assert triples("In the 1950s NATO grew with the admission of Chile, Kenya and Peru.") == {
        (c, "MEMBER_OF", "nato") for c in ("CHL", "KEN", "PER")}
    text = "APSCO was founded in 2005. Members include agencies from: Chile, Kenya, Peru."
    assert triples(text) == {(c, "MEMBER_OF", "apsco") for c in ("CHL", "KEN", "PER")}


def test_a_programme_initiated_by_a_country_in_one_word():
    assert triples("Work on the China-initiated ILRS went on.") == {("CHN", "COOPERATES_ON", "ilrs")}
    assert triples("Russia initiated talks with Chile.") == set()


def test_joined_after_an_invitation_to_talks_at_the_alliances_summit():
    text = ("Chile, Kenya and Peru were invited to begin accession talks at the Alliance's "
            "summit in 2002 and joined NATO in 2004.")
    assert sorted(claims(text)) == [(c, "MEMBER_OF", "nato", "2004") for c in ("CHL", "KEN", "PER")]


def test_a_stated_goal_of_joining_is_interest():
    text = "Countries with a stated goal of joining NATO include Chile and Peru."
    assert triples(text) == {("CHL", "EXPRESSED_INTEREST_IN", "nato"),
                             ("PER", "EXPRESSED_INTEREST_IN", "nato")}
