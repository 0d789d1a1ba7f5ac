"""The low-confidence fallback for lists of countries near a bloc's name (list_fallback.py):
sentences of our own, one per form of the family and one per reason for no claim."""

from __future__ import annotations

import pytest

from graphkit.extract.forms.list_fallback import CONFIDENCE, RULE
from graphkit.extract.vocabulary import relation_of
from tests.extract.helpers import rows

MEMBER, PARTNER, SIGNED = (relation_of("join", "verb"), relation_of("partners of"),
                           relation_of("signatories of"))


def fallback(text: str) -> set[tuple]:
    found = rows(text)
    for r in found:
        if r["rule"] == RULE:
            assert float(r["confidence"]) <= 0.4
    return {(r["subject"], r["relation"], r["object"]) for r in found if r["rule"] == RULE}


@pytest.mark.parametrize("text, expected", [
    ("Egypt enters the SCO as its newest full member, alongside China, Russia and Pakistan.",
     {("CHN", MEMBER, "sco"), ("RUS", MEMBER, "sco"), ("PAK", MEMBER, "sco")}),
    (("The enlargement follows the addition of Poland, Hungary in 1999; Slovakia, Slovenia in "
     "2004 to NATO."),
     {("POL", MEMBER, "nato"), ("HUN", MEMBER, "nato"), ("SVK", MEMBER, "nato"),
      ("SVN", MEMBER, "nato")}),
    (("Several states are grouped as the ASEAN dialogue partners. They are Canada, Australia "
     "and Japan."),
     {("CAN", PARTNER, "asean"), ("AUS", PARTNER, "asean"), ("JPN", PARTNER, "asean")}),
    ("BRICS, which has Brazil, Russia, India, China and South Africa, is growing.",
     {("BRA", MEMBER, "brics"), ("RUS", MEMBER, "brics"), ("IND", MEMBER, "brics"),
      ("CHN", MEMBER, "brics"), ("ZAF", MEMBER, "brics")}),
    (("Australia, Britain and the United States are hurrying to widen the trilateral AUKUS "
     "partnership."),
     {("AUS", MEMBER, "aukus"), ("GBR", MEMBER, "aukus"), ("USA", MEMBER, "aukus")}),
    (("The Quad was formed in 2007. It is a diplomatic partnership between Australia, India, Japan "
     "and the United States."),
     {("AUS", MEMBER, "quad"), ("IND", MEMBER, "quad"), ("JPN", MEMBER, "quad"),
      ("USA", MEMBER, "quad")}),
    (("The Artemis Accords gained signatories this year. Beside the U.S., Japan, Canada and "
     "Italy are now part of the effort."),
     {("USA", SIGNED, "artemis-accords"), ("JPN", SIGNED, "artemis-accords"),
      ("CAN", SIGNED, "artemis-accords"), ("ITA", SIGNED, "artemis-accords")}),
    # the bloc set against another is not the one the list joins ("the bloc": BRICS, not the G7)
    (("BRICS was founded in 2009 as a counterbalance to the Group of Seven. Last year, Iran, "
      "Egypt and Ethiopia were added."),
     {("IRN", MEMBER, "brics"), ("EGY", MEMBER, "brics"), ("ETH", MEMBER, "brics")}),
])
def test_a_list_near_a_bloc_with_a_cue(text, expected):
    assert fallback(text) == expected


@pytest.mark.parametrize("text", [
    "NATO has not admitted Georgia, Ukraine and Moldova.",  # negation
    "Vietnam, Laos and Cambodia could become part of the BRICS grouping.",  # hedge
    "Iran, Mongolia and Afghanistan hold observer status in the SCO, with members watching.",
    "Turkey, Egypt and Qatar were invited to the BRICS summit as members' guests.",
    "Algeria, Bolivia and Cuba applied for membership of BRICS.",
    "The leaders of France, Germany and Italy met at the NATO summit as members.",
    "NATO members held talks with Japan, Australia and New Zealand.",
    "France, Germany and Italy condemned Russia at the NATO meeting of members.",  # other object
    "Will China and Russia ever join the Artemis Accords?",  # a question
    "The group has 19 members: Canada, Japan and Mexico among them, and the European Union.",
    # the agents of another act, after "by"
    "The SCO member states condemned the strikes by Israel and the United States on Iran.",
    # another organisation's admission, after the bloc's sentence
    ("BRICS set up a bank in 2015. In 2021 its board approved the admission of Bangladesh, the "
     "UAE and Uruguay into the NDB family."),
])
def test_no_fallback_claim(text):
    assert fallback(text) == set()


def test_lists_the_rules_read_keep_their_own_claims():
    found = rows("Egypt joined the SCO in 2024, alongside China and Russia.")
    by_subject = {r["subject"]: r for r in found}
    assert by_subject["EGY"]["rule"] != RULE
    assert all(float(r["confidence"]) <= CONFIDENCE for r in found if r["rule"] == RULE)
