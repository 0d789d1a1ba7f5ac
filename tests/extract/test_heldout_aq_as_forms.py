"""Forms first met on held-out sets AQ to AS, each on a sentence written for this test (none
copied from an article): "A joins the United States and 12 other nations – B, C and D – in
affirming X" (those joined signed too, the first named included; a count, "other" and a group
noun after "and", then a dash, colon or comma before the names); a declaration's preamble "We,
the Heads of State and Government of A, B, ... met in C at the 10th X Summit" (membership; "at"
only after "We, the", guests meet at summits too); a bloc's leaders in a dashed aside by title,
name and country, "The Quad leaders - PM A of India, PM B of Japan, C and D -" (membership)."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


_SIGNED = "Chile became a signatory of the Artemis Accords in March. "


def test_joins_a_named_country_and_a_counted_list():
    expected = {(c, "SIGNED", "artemis-accords") for c in ("CHL", "USA", "PER", "KEN", "FJI")}
    for text in (("Chile joins the United States and 12 other nations – Peru, Kenya and Fiji – "
                  "in affirming the Accords."),
                 ("Chile joins the United States and three other countries: Peru, Kenya and Fiji, "
                  "in affirming the Accords."),
                 ("Chile joins Peru and 12 other states - the United States, Kenya, and Fiji - in "
                  "affirming the Accords.")):
        assert triples(_SIGNED + text) == expected, text


def test_a_named_country_and_a_bare_count_names_only_the_first():
    assert triples(_SIGNED + "Chile joins the United States and 12 other nations in affirming "
                   "the Accords.") == {(c, "SIGNED", "artemis-accords") for c in ("CHL", "USA")}


def test_a_title_before_the_first_name_is_still_skipped():
    assert triples(_SIGNED + "Chile joins fellow signatories the United States, Peru and Kenya in "
                   "affirming the Accords.") == {(c, "SIGNED", "artemis-accords")
                                                 for c in ("CHL", "USA", "PER", "KEN")}


def test_a_declaration_preamble_meeting_at_the_summit():
    text = ("We, the Heads of State and Government of Kenya, Peru and Fiji, met on 2 - 4 May 2019 "
            "in Nairobi, at the 11th BRICS Summit.")
    assert triples(text) == {(c, "MEMBER_OF", "brics") for c in ("KEN", "PER", "FJI")}
    # not without the preamble: leaders of guests meet at summits too
    assert triples("The heads of state of Kenya, Peru and Fiji met in Nairobi at the 11th BRICS "
                   "Summit.") == set()


def test_a_blocs_leaders_named_by_country_in_a_dashed_aside():
    text = ("The BRICS leaders - PM Ruto of Kenya, President Boric of Peru, Lula and Xi - are to "
            "meet in Nairobi on May 3.")
    assert triples(text) == {(c, "MEMBER_OF", "brics") for c in ("KEN", "PER")}
    text = ("The BRICS leaders — President Ana Diaz of Peru and Prime Minister Joe Rabuka of Fiji — "
            "met in Lima.")
    assert triples(text) == {(c, "MEMBER_OF", "brics") for c in ("PER", "FJI")}
    # not the leaders the bloc's leaders meet, nor one country alone
    assert triples("The BRICS leaders met President Ana Diaz of Peru and Prime Minister Joe Rabuka of "
                   "Fiji.") == set()
    assert triples("The BRICS leaders - President Ana Diaz of Peru - met in Lima.") == set()
