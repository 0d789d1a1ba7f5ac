"""Structural forms (graphkit.extract.forms.structural, and words broken at a line's end), each on
sentences written for this test: an invitation dated by a neighbouring sentence, a founding
told as an event, a list with each year in brackets, "such states as", "These three
countries" after a list, a goal of joining with the bloc named before, and "Tur-\\nkey"."""

from __future__ import annotations

from graphkit.extract import article_from_text, extract_article
from graphkit.extract.text import dehyphenate
from tests.conftest import DATA
from tests.extract.helpers import URL, claims


def found(text: str) -> set[tuple]:
    return set(claims(text))


def test_an_invitation_with_the_start_date_in_the_next_sentence():
    text = ('BRICS met on Monday. "We decided to invite Kenya, Ghana and Mali to become '
            'permanent members of BRICS. The new composition will come into effect from '
            'January 1, 2024," he said.')
    assert found(text) == {(c, "MEMBER_OF", "brics", "2024-01-01") for c in ("KEN", "GHA", "MLI")}


def test_an_invitation_after_a_sentence_giving_the_start():
    text = ("BRICS will grow as three new countries will be joining the group from January "
            "2024. The leaders agreed to invite three new member countries. \"We have decided "
            "to invite the Republic of Kenya, Ghana, and Mali, to become full members,\" he said.")
    assert found(text) == {(c, "MEMBER_OF", "brics", "2024-01") for c in ("KEN", "GHA", "MLI")}


def test_an_invitation_alone_or_to_talks_is_no_membership():
    # the invitees' interest at most (the annotators' habit, benchmarks/extract_dev/FRESH_SETS.md)
    interest = {(c, "EXPRESSED_INTEREST_IN", "nato", "2024") for c in ("KEN", "GHA")}
    assert found("NATO invited Kenya and Ghana to join the Alliance. They may accede later.") == interest
    text = ("NATO invited Kenya and Ghana to begin accession talks. The decision will take "
            "effect from May 2024.")
    assert found(text) == interest  # the inviter's own accession talks: interest, no membership


def test_a_founding_told_as_an_event():
    text = ("ASEAN itself was inaugurated on 8 August 1967, when foreign ministers of three "
            "countries, Chile, Peru and Kenya, signed a declaration.")
    assert {c for c in found(text) if c[1] == "MEMBER_OF"} == {
        (c, "MEMBER_OF", "asean", "1967-08-08") for c in ("CHL", "PER", "KEN")}
    assert not {c for c in found("ASEAN was founded in 1967, when Chile met Peru.")
                if c[1] == "MEMBER_OF"}


def test_a_list_with_each_year_in_brackets():
    text = ("Since 1949, NATO's membership has grown. The first rounds of enlargement - which "
            "brought in Chile and Peru (1952), West Germany (1955) and Ghana (1982) - took place "
            "during the Cold War.")
    assert found(text) == {("CHL", "MEMBER_OF", "nato", "1952"), ("PER", "MEMBER_OF", "nato", "1952"),
                           ("DEU", "MEMBER_OF", "nato", "1955"), ("GHA", "MEMBER_OF", "nato", "1982")}
    assert found("NATO leaders met. They were born in Chile (1952) and Peru (1955).") == set()


def test_such_states_as_after_an_interest_or_a_membership_cue():
    text = ("Thirteen states are applying for membership in BRICS. Among the potential members "
            "of the BRICS there are such states as Chile, Peru and Kenya.")
    assert {c[:3] for c in found(text)} == {(c, "EXPRESSED_INTEREST_IN", "brics")
                                            for c in ("CHL", "PER", "KEN")}
    text = "The current members of NATO include countries such as Chile and Peru."
    assert {c[:3] for c in found(text)} >= {(c, "MEMBER_OF", "nato") for c in ("CHL", "PER")}
    assert found("BRICS trades with countries such as Chile and Peru.") == set()


def test_these_three_countries_after_a_list_of_three():
    text = ("The alliance invited Chile, Peru and Kenya to begin accession talks in 1997. These "
            "three countries became the first of the region to join NATO in 1999.")
    assert found(text) == {(c, "MEMBER_OF", "nato", "1999") for c in ("CHL", "PER", "KEN")}
    text = ("The alliance invited Chile and Peru to begin accession talks in 1997. These three "
            "countries joined NATO in 1999.")
    assert found(text) == set()  # two named, three said: no guess


def test_a_goal_of_joining_with_the_bloc_named_before():
    text = ("Croatia and Albania joined NATO on April 1, 2009. Future expansion is debated. Other "
            "countries which have a stated goal of eventually joining include Chile, Peru, and Kenya.")
    assert {c for c in found(text) if c[1] == "EXPRESSED_INTEREST_IN"} == {
        (c, "EXPRESSED_INTEREST_IN", "nato", "2024") for c in ("CHL", "PER", "KEN")}
    text = ("NATO met. One. Two. Three. Four. Other countries which have a stated goal of "
            "eventually joining include Chile and Peru.")
    assert found(text) == set()  # the bloc too far back


def test_a_protocol_for_a_country_to_join_is_no_membership():
    text = "NATO met. On 5 July 2022, NATO signed the accession protocol for Kenya to join the alliance."
    assert not [c for c in found(text) if c[0] == "KEN"]


def test_words_broken_at_a_line_end_keep_the_original_offsets():
    text = ("# source: https://example.org/a\n"
            "During the Cold War, NATO grew\nwith the admission of Greece, Tur-\n"
            "key, and Spain. In 1999, Poland,\nHungary, and the Czech Re-\npublic were\n"
            "added to the organization, amid\nmuch debate within the alliance\n")
    rows = extract_article(article_from_text(text), source_url=URL, published="2024",
                           retrieved="2026-12-02", data=(DATA,)).rows
    got = {(r["subject"], r["object"]) for r in rows if r["relation"] == "MEMBER_OF"}
    assert got == {(c, "nato") for c in ("GRC", "TUR", "ESP", "POL", "HUN", "CZE")}
    for r in rows:
        start, end = int(r["start"]), int(r["end"])
        assert text[start:end] == r["evidence"]
        for mark in r["marks"].split(";"):
            a, b = (int(x) for x in mark.split("-"))
            assert r["evidence"][a:b].strip()
    turkey = next(r for r in rows if r["subject"] == "TUR")
    a, b = (int(x) for x in turkey["marks"].split(";")[0].split("-"))
    assert turkey["evidence"][a:b] == "Tur-\nkey"


def test_dehyphenate_maps_back_and_keeps_compounds():
    d = dehyphenate("the China-\nled station and Tur-\nkey joined")
    assert "Chinaled" not in d.text and "Turkey" in d.text
    assert d.original(d.text.index("joined")) == len("the China-\nled station and Tur-\nkey ")
