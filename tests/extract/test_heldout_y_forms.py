"""Forms first met on held-out set Y, each on a sentence written for this test (none copied
from an article): "A joins 38 other nations – B, C and D – in affirming X" (a count and a
dash, colon or comma between the title and the names of those joined)."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


_SIGNED = "Chile became a signatory of the Artemis Accords in March. "


def test_joins_a_counted_list_between_dashes():
    expected = {(c, "SIGNED", "artemis-accords") for c in ("CHL", "PER", "KEN", "FJI")}
    for text in ("Chile joins 12 other nations – Peru, Kenya and Fiji – in affirming the Accords.",
                 ("The minister welcomed Chile joining 12 other countries - Peru, Kenya, and Fiji - "
                  "in affirming the Accords."),
                 "Chile joins three other states: Peru, Kenya and Fiji, in affirming the Accords.",
                 "Chile joins 12 other countries, Peru, Kenya and Fiji, in affirming the Accords."):
        assert triples(_SIGNED + text) == expected, text
    # a count of what is joined with no names after it names nobody
    assert triples(_SIGNED + "Chile joins 12 other nations in affirming the Accords.") == {
        ("CHL", "SIGNED", "artemis-accords")}
