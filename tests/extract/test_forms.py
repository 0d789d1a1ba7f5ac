"""Ways of stating a claim first met in held-out real articles, each on a sentence written
for this test: lists after "not only ... but", "U.S.-led", an object owned by a country
("joined China's ILRS project"), joining members named one by one, invitations,
partners listed after "expanded to include", "the two countries' space agencies"."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str, **options) -> set[tuple]:
    return {(s, r, o) for s, r, o, _ in claims(text, **options)}


def test_a_list_goes_on_after_not_only_but():
    text = ("Signatories of the Artemis Accords include not only the US and France but also "
            "Chile, Peru and the United Kingdom, the department said.")
    assert {s for s, *_ in triples(text)} == {"USA", "FRA", "CHL", "PER", "GBR"}
    # without "not only", "but" still ends a list
    assert triples("Chile signed the Artemis Accords but Peru did not.") == {
        ("CHL", "SIGNED", "artemis-accords")}


def test_us_led_reads_like_china_led():
    text = "Chile and Peru signed the U.S.-led Artemis Accords."
    assert triples(text) == {("CHL", "SIGNED", "artemis-accords"),
                             ("PER", "SIGNED", "artemis-accords"),
                             ("USA", "LEADS", "artemis-accords")}


def test_an_object_owned_by_a_country_is_the_thing_owned():
    text = "Peru has formally joined China's International Lunar Research Station (ILRS) project."
    assert triples(text) == {("PER", "MEMBER_OF", "ilrs")}
    assert triples("Peru has joined China's ILRS.") == {("PER", "MEMBER_OF", "ilrs")}
    assert triples("Peru has joined China's efforts.") == set()
