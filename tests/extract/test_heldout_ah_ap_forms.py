"""Canonical forms first met on held-out sets AH to AP, each on a sentence written for this test
(none copied from an article): a bloc as the subject admitting members ("NATO accepted A, B and
C as its newest members", dated by the sentence's last date), and a list ending the sentence
after a colon that follows the bloc's meeting ("the annual G7 summit: A, B and C") or "the X
members: A, B"."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_bloc_accepts_countries_as_new_members():
    expected = {(c, "MEMBER_OF", "nato") for c in ("FIN", "SWE", "NOR")}
    for text in ("NATO accepted Finland, Sweden and Norway as its newest members last week.",
                 ("The alliance was busy: NATO formally admitted Finland, Sweden and Norway as "
                  "its new members.")):
        assert triples(text) == expected, text
    dated = claims("On May 3, 2021, NATO accepted Finland and Sweden as its newest members.")
    assert {c[3] for c in dated} == {"2021-05-03"}


def test_bloc_accepts_no_members_when_hedged_or_partners():
    assert not {t for t in triples("NATO may accept Finland and Sweden as its newest members.")
                if t[1] == "MEMBER_OF"}
    assert not {t for t in triples("NATO accepted Finland and Sweden as its new partners.")
                if t[1] == "MEMBER_OF"}


def test_colon_list_after_bloc_summit():
    expected = {(c, "MEMBER_OF", "g7") for c in ("CAN", "FRA", "DEU", "ITA", "JPN")}
    text = ("Leaders gather in Rome for the yearly G7 summit: Canada, France, Germany, Italy "
            "and Japan.")
    assert expected <= triples(text)


def test_colon_after_summit_not_when_the_list_goes_on():
    text = "Leaders gather for the G7 summit: India and Brazil were invited as guests."
    assert not {t for t in triples(text) if t[1] == "MEMBER_OF"}
