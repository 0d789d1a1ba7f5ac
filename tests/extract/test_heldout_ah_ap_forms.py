"""Canonical forms first met on held-out sets AH to AP, each on a sentence written for this test
(none copied from an article): a bloc as the subject admitting members ("NATO accepted A, B and
C as its newest members", dated by the sentence's last date), and a list ending the sentence
after a colon that follows the bloc's meeting ("the annual G7 summit: A, B and C") or "the X
members: A, B"; a fronted participle naming first members ("Originally starting as a forum among A,
B and C, the group ..."); "joins X as the tenth full member, alongside A, B" read by the joining rule
(before, only by the low-confidence list fallback); a line starting with a bullet ("•") starts a
sentence even in hard-wrapped text, so that one bullet's "their" does not make the next bullet's
generic subject an anaphor; "signing up" to a programme as joining it (an agreement signed up to is
still signed); the signers of the declaration creating a bloc as its founders."""

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


def test_fronted_forum_among_founders_the_group():
    expected = {(c, "MEMBER_OF", "brics") for c in ("FJI", "CHL", "PER")}
    text = ("BRICS met in Lima on Monday. Originally starting as a trade forum among Fiji, Chile "
            "and Peru, the group now counts many more countries.")
    assert expected <= triples(text)
    named = "Founded as a loose dialogue between Fiji and Chile, BRICS has grown since."
    assert {("FJI", "MEMBER_OF", "brics"), ("CHL", "MEMBER_OF", "brics")} <= triples(named)


def test_fronted_forum_needs_the_participle_and_a_group():
    text = "BRICS met in Lima. Speaking at a forum among Fiji and Chile, the minister said little."
    assert not {t for t in triples(text) if t[1] == "MEMBER_OF"}


def test_joins_as_nth_member_alongside_the_others():
    found = claims("Fiji joins BRICS as the sixth full member, alongside Chile, Peru, Ghana and Chad.")
    members = {c[0] for c in found if c[1:3] == ("MEMBER_OF", "brics")}
    assert members == {"FJI", "CHL", "PER", "GHA", "TCD"}
    assert triples("Fiji joins BRICS as a member, as does Chile.") >= {("FJI", "MEMBER_OF", "brics")}


def test_bullet_lines_are_sentences_of_their_own():
    text = ("Fiji, Chile and Peru have signed the Artemis Accords. They have agreed to these aims:\n\n"
            "  • Openness: signatories will conduct their work in the open\n"
            "  • Sharing: any nation taking part in the Artemis program will share its data\n"
            "  • Registration: each nation must become a signatory of the Registration Convention\n")
    found = triples(text)
    assert {("FJI", "SIGNED", "artemis-accords"), ("CHL", "SIGNED", "artemis-accords")} <= found
    assert not {t for t in found if t[2] != "artemis-accords"}, found


def test_signing_up_to_a_programme_is_joining_it():
    text = ("The ILRS was announced in 2021, with Fiji, Chile and Peru signing up during 2023. "
            "Togo signed up for the ILRS as well.")
    found = triples(text)
    assert {(c, "MEMBER_OF", "ilrs") for c in ("FJI", "CHL", "PER", "TGO")} <= found
    assert not {t for t in found if t[1] == "SIGNED" and t[0] in {"FJI", "CHL", "PER", "TGO"}}
    # an agreement signed up to is still signed
    assert triples("Ghana signed up to the Artemis Accords in May.") == {
        ("GHA", "SIGNED", "artemis-accords")}


def test_founders_sign_the_declaration_creating_the_bloc():
    text = ("The declaration on the creation of BRICS was signed in Lima in May 2009 by three "
            "countries: Fiji, Chile and Peru.")
    found = claims(text)
    assert {c[:3] for c in found} >= {(c, "MEMBER_OF", "brics") for c in ("FJI", "CHL", "PER")}
    assert {c[3] for c in found if c[1] == "MEMBER_OF"} == {"2009-05"}
    # a declaration on something else, or one not signed, gives no members
    assert not {t for t in triples("The declaration on trade within BRICS was signed by Fiji and Chile.")
                if t[1] == "MEMBER_OF"}
    assert not {t for t in triples("The declaration on the creation of BRICS may be signed by Fiji.")
                if t[1] == "MEMBER_OF"}
