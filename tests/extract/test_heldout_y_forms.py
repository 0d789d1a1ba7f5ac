"""Forms first met on held-out set Y, each on a sentence written for this test (none copied
from an article): "A joins 38 other nations – B, C and D – in affirming X" (a count and a
dash, colon or comma between the title and the names of those joined); "the group expanded
last year with the accession of A and B"; "Initially comprising A, B and C, the group ...";
"communicated its intent to join X", "Kenya's BRICS candidacy", "a vocal advocate for NATO
membership" (interest; not "an advocate for Kenya's NATO membership"); "assumes X
leadership", "took over the X leadership" (leading); "A, B and C have also expressed an interest." (the
organisation named before); "dialogue between the SCO, the EAEU and ASEAN" (peers, not
members); "aimed to establish X" (a plan); a new organisation whose name begins with a
programme's ("the ILRS Cooperation Organization") is not that programme; "N countries
joined X. These are A, B, ..." (as many names as the count); "A new organisation – led by A
and B – is born with the launch of X" (leading); "The two nations will be joined by C, D –
alongside E" after a sentence naming the two and one organisation (membership); "A, B and
other NATO members / leaders" (membership; "partners": partnership)."""

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


_BLOC = "Kenya formally joined BRICS last week, the ministry said. "


def test_expanded_with_the_accession_of():
    for text in ("The group expanded last year with the accession of Fiji and Chile.",
                 "BRICS grew in 2023 with the accession of Fiji and Chile.",
                 "The bloc was enlarged in 2023 with the accession of Fiji and Chile."):
        found = triples(_BLOC + text) - {("KEN", "MEMBER_OF", "brics")}
        assert found == {("FJI", "MEMBER_OF", "brics"), ("CHL", "MEMBER_OF", "brics")}, text


def test_initially_comprising_before_the_group():
    for text in ("Initially comprising Fiji, Chile and Peru, the group grew later.",
                 "Originally made up of Fiji, Chile and Peru, the bloc grew later."):
        found = triples(_BLOC + text) - {("KEN", "MEMBER_OF", "brics")}
        assert found == {(c, "MEMBER_OF", "brics") for c in ("FJI", "CHL", "PER")}, text
    assert triples("The list initially included Fiji.") == set()


def test_intent_candidacy_and_advocacy_are_interest():
    for text in ("Fiji formally communicated its intent to join BRICS.",
                 "Fiji's BRICS candidacy was approved in 2023.",
                 "Fiji's President has been a vocal advocate for BRICS membership."):
        assert triples(text) == {("FJI", "EXPRESSED_INTEREST_IN", "brics")}, text
    # an advocate for another's membership: neither's own wish is said
    assert triples("Chile is an advocate for Fiji's BRICS membership.") == set()


def test_assuming_the_leadership_is_leading():
    for text in ("Fiji assumes BRICS leadership from January 1, 2025.",
                 "Fiji took over the BRICS leadership on January 1.",
                 "Fiji assumed the leadership of BRICS in 2025."):
        assert triples(text) == {("FJI", "LEADS", "brics")}, text


def test_an_interest_whose_object_was_named_before():
    text = ("The Asia-Pacific Space Cooperation Organization opens on Friday. "
            "Fiji, Chile and Peru have also expressed an interest.")
    assert triples(text) == {(c, "EXPRESSED_INTEREST_IN", "apsco") for c in ("FJI", "CHL", "PER")}
    assert triples("The Asia-Pacific Space Cooperation Organization opens on Friday. "
                   "Fiji expressed an interest in football.") == set()


def test_a_dialogue_between_organisations_names_no_members():
    assert triples("The summit backed a dialogue between the SCO, the Eurasian Economic "
                   "Union and ASEAN.") == set()
    assert triples("The Quadrilateral Security Dialogue is a strategic dialogue between Fiji, "
                   "Chile and Peru.") == {(c, "MEMBER_OF", "quad") for c in ("FJI", "CHL", "PER")}


def test_aimed_to_establish_is_a_plan_and_a_new_name_is_not_a_programme():
    found = claims("Officials said in 2023 that Fiji aimed to establish the International "
                   "Lunar Research Station Cooperation Organization later that year.")
    assert {c[1] for c in found} == {"EXPRESSED_INTEREST_IN"}
    assert "ilrs" not in {c[2] for c in found}


def test_these_are_the_counted_countries():
    text = ("China wants to build the International Lunar Research Station. China has drawn "
            "three countries to join it in the venture. These are Fiji, Chile and, most "
            "recently, Peru.")
    assert triples(text) == {(c, "MEMBER_OF", "ilrs") for c in ("FJI", "CHL", "PER")}
    assert claims("Three countries joined NATO in 1999. They are Fiji, Chile and Peru.") == [
        (c, "MEMBER_OF", "nato", "1999") for c in ("CHL", "FJI", "PER")]
    # a hedge before the count, or a list of another size, says nothing
    assert triples("China hopes three countries will join the ILRS. These are Fiji, Chile "
                   "and Peru.") == set()
    assert triples("Three countries joined NATO in 1999. These are Fiji and Chile.") == set()


def test_a_description_led_by_between_dashes_then_named():
    text = ("A new space organisation – led by Fiji and Chile – will be born on Friday with "
            "the launch of the Asia-Pacific Space Cooperation Organization.")
    assert {t for t in triples(text) if t[1] == "LEADS"} == {
        ("FJI", "LEADS", "apsco"), ("CHL", "LEADS", "apsco")}
    # no dash closing the names: not a description set aside
    assert {t for t in triples("A new space organisation led by Fiji and Chile talked to "
                               "the Asia-Pacific Space Cooperation Organization.")
            if t[1] == "LEADS"} == set()


def test_the_two_nations_will_be_joined_by():
    text = ("Fiji and Chile will found the Asia-Pacific Space Cooperation Organization on "
            "Friday. The two nations will be joined by Peru and Kenya – alongside Nepal.")
    assert {t for t in triples(text) if t[0] in {"PER", "KEN", "NPL"}} == {
        (c, "MEMBER_OF", "apsco") for c in ("PER", "KEN", "NPL")}
    # the sentence before names three countries, not two: no reading
    text = ("Fiji, Chile and Peru spoke at the Asia-Pacific Space Cooperation Organization. "
            "The two nations will be joined by Kenya.")
    assert ("KEN", "MEMBER_OF", "apsco") not in triples(text)


def test_and_other_bloc_members():
    assert triples("Fiji, Chile and other NATO members backed the plan.") == {
        ("FJI", "MEMBER_OF", "nato"), ("CHL", "MEMBER_OF", "nato")}
    assert triples("The text was signed by Chilean President Ana Soto and other ASEAN "
                   "leaders.") == {("CHL", "MEMBER_OF", "asean")}
    assert triples("Fiji and other BRICS partners met.") == {("FJI", "PARTNER_OF", "brics")}
    for text in ("Fiji attended with other NATO members.", "Fiji and other non-NATO states objected."):
        assert triples(text) == set(), text
