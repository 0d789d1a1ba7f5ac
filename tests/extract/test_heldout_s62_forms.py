"""Forms of session 62 (2026-12-06), each in sentences of our own: a bank's founders named in
brackets after the bloc that founded it, a list glossed by a bloc's name before its verb,
guests, hosts and chairs, a country asking to be invited, a prospect of membership, a body's
trade partners, an accession terminated, "joined forces", and a city whose name holds "de"."""

from types import SimpleNamespace

import pytest

from graphkit.extract.patterns import find_triggers
from graphkit.extract.text import nlp
from tests.extract.helpers import found

_FIVE = {"BRA", "RUS", "IND", "CHN", "ZAF"}


@pytest.mark.parametrize("text", [
    ("The New Development Bank, founded by the BRICS (Brazil, Russia, India, China and South "
     "Africa) in 2015, lent money to Chile."),
    ("The New Development Bank, founded by Brazil, Russia, India, China and South Africa (BRICS), "
     "lent money to Chile."),
    ("The New Development Bank, founded by the BRICS nations—Brazil, Russia, India, China, and "
     "South Africa—lent money to Chile."),
])
def test_a_banks_founders_named_with_the_bloc_that_founded_it_are_its_members(text):
    got = found(text, reader=False)
    assert {(c, "MEMBER_OF", "ndb") for c in _FIVE} <= got
    assert ("brics", "MEMBER_OF", "ndb") not in got  # the bloc founds it, no member


def test_a_bloc_named_alone_as_a_founder_gives_no_founding_member():
    got = found("The New Development Bank, founded by BRICS in 2015, lent money to Chile.", reader=False)
    assert not {c for c in got if c[2] == "ndb"}


@pytest.mark.parametrize("gloss", [", known together as BRICS,", " – known together as BRICS –",
                                   ", collectively known as BRICS,"])
def test_a_list_glossed_by_a_blocs_name_before_its_verb_is_the_subject(gloss):
    got = found(f"Brazil, Russia, India, China and South Africa{gloss} joined the New Development "
                "Bank in 2015.", reader=False)
    assert {(c, "MEMBER_OF", "ndb") for c in _FIVE} <= got
    assert {(c, "MEMBER_OF", "brics") for c in _FIVE} <= got
    assert ("brics", "MEMBER_OF", "ndb") not in got


def test_a_group_known_as_a_bloc_with_no_list_stays_the_subject():
    got = found("The group known as BRICS joined the New Development Bank in 2015.", reader=False)
    assert ("brics", "MEMBER_OF", "ndb") in got


def test_guests_are_no_members():
    got = found("Angola, Egypt and Spain were the first guests announced for the G20 summit. "
                "The G20 brings together the largest economies.")
    assert not {c for c in got if c[0] in {"AGO", "EGY", "ESP"}}


def test_asking_to_be_invited_to_join_is_a_wish():
    got = found("Poland has asked the United States to invite it to join the G20 next year.",
                reader=False)
    assert got == {("POL", "EXPRESSED_INTEREST_IN", "g20")}


def test_a_future_membership_is_a_prospect_the_reader_may_not_propose_as_one():
    from graphkit.extract.aspiring import prospective

    doc = nlp()("It readies the sector for the future full membership of our country in the agency.")
    at = next(t.i for t in doc if t.text == "membership")
    assert prospective(doc, SimpleNamespace(start=at))
    assert not prospective(doc, SimpleNamespace(start=at - 3))  # "readies the sector": no prospect
    doc = nlp()("Sweden's membership of NATO took effect in March 2024.")
    assert not prospective(doc, SimpleNamespace(start=2))


def test_a_bodys_trade_partners_are_no_members():
    got = found("The EAEU trade basket already includes free trade agreements with Vietnam, "
                "Singapore and Serbia. The free trade zone between Iran and member countries of "
                "the Eurasian Economic Union will come into force in May.")
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_an_accession_terminated_is_a_withdrawal():
    got = found("Azerbaijan, Georgia and Uzbekistan terminated their accession to the Collective "
                "Security Treaty Organization in 1999.", reader=False)
    assert {(c, "WITHDREW_FROM", "csto") for c in ("AZE", "GEO", "UZB")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_joining_forces_is_no_joining():
    doc = nlp()("ESA and Canada have joined forces in telecommunications. Canada joined ESA's programme.")
    joins = [doc[t.start].text for t in find_triggers(doc, 0, len(doc))
             if any(s.phrase == "join" for s in t.specs)]
    assert joins == ["joined"] and doc[4].text == "joined"  # the second sentence's only
    assert not [t for t in find_triggers(doc, 0, 9) if any(s.phrase == "join" for s in t.specs)]


def test_a_country_after_a_city_whose_name_holds_de_is_a_place():
    got = found("The G20 leaders met in Rio de Janeiro, Brazil, for two days.")
    assert ("BRA", "MEMBER_OF", "g20") not in got


def test_a_host_is_not_read_as_a_member():
    got = found("As host, Brazil had to find common ground between very different G20 members.")
    assert ("BRA", "MEMBER_OF", "g20") not in got


@pytest.mark.parametrize("text, name, hosts", [
    ("The Indonesian Presidency set a formal agenda.", "Indonesian", True),
    ("South Africa's presidency ended in November.", "South", True),
    ("As host, Brazil had to find common ground.", "Brazil", True),
    ("Brazil hosted the summit as a member.", "Brazil", False),
])
def test_a_host_or_a_chair_is_named_as_one(text, name, hosts):
    from graphkit.extract.settings import as_host

    doc = nlp()(text)
    at = next(t.i for t in doc if t.text == name)
    end = at + (2 if name == "South" else 1)
    assert as_host(doc, [SimpleNamespace(start=at, end=end)], at) is hosts


# the second wave (UQ to UY), read after its first runs at 827c86a

@pytest.mark.parametrize("text, country", [
    ("Mali was suspended by the African Union on Wednesday after the coup.", "MLI"),
    ("The African Union on Tuesday suspended Niger from all of its institutions.", "NER"),
    ("The African Union has officially lifted its suspension of Gabon.", "GAB"),
])
def test_a_country_a_bloc_suspends_is_its_member(text, country):
    assert (country, "MEMBER_OF", "african-union") in found(text, reader=False)


def test_a_bloc_named_in_a_hyphened_summit_is_not_what_the_leaders_join():
    got = found("We, the leaders of the European Union, Kazakhstan, Tajikistan and Uzbekistan, held "
                "our first EU-Central Asia Summit in Samarkand on 4 April 2025.")
    assert not {c for c in got if c[1] == "MEMBER_OF" and c[2] == "eu"}


@pytest.mark.parametrize("text", ["Russia threatened to leave the Arctic Council.",
                                  "He did not believe Russia wanted to leave the Arctic Council."])
def test_a_threat_or_a_wish_to_leave_is_no_withdrawal(text):
    assert not found(text, reader=False)


def test_leaving_is_still_a_withdrawal():
    assert found("Russia left the Arctic Council in 2025.", reader=False) == {
        ("RUS", "WITHDREW_FROM", "arctic-council")}


def test_heads_after_by_are_people_not_a_lead():
    got = found("The presidents of China, Kazakhstan, Kyrgyzstan, Russia and Uzbekistan met at the "
                "SCO summit in Dushanbe. They were joined by heads and high-level representatives of "
                "the observer states of the Organization.", reader=False)
    assert not {c for c in got if c[1] == "LEADS"}


@pytest.mark.parametrize("text, bloc", [
    (("Mali and Niger left the Economic Community of West African States (ECOWAS) in 2025. In "
      "2023 they made a bold move by establishing the Alliance des Etats du Sahel (AES), a pact "
      "forged against the threat of an ECOWAS intervention."), "ecowas"),
    ("The Parliament of Armenia adopted the bill to launch the EU membership process.", "eu"),
])
def test_a_founding_verb_founds_no_body_named_after_what_it_founds(text, bloc):
    assert not {c for c in found(text, reader=False) if c[2] == bloc and c[1] == "MEMBER_OF"}


@pytest.mark.parametrize("text", ["Brazil, Russia, India and China founded BRICS in 2009.",
                                  "Brazil, Russia, India and China launched Monday the BRICS group."])
def test_founding_a_known_body_still_makes_its_founders_members(text):
    # a capitalised word after the verb that opens no name ("Monday") hides no object
    got = found(text, reader=False)
    assert {(c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN")} == got


def test_a_bracket_after_a_blocs_member_states_lists_its_members_not_who_joined():
    got = found("Chile has become a new member of the New Development Bank (NDB) created by BRICS "
                "member states (Brazil, Russia, India, China and South Africa) after completing the "
                "procedures.", reader=False)
    assert ("CHL", "MEMBER_OF", "ndb") in got
    assert {(c, "MEMBER_OF", "brics") for c in _FIVE} <= got
    assert {(c, "MEMBER_OF", "ndb") for c in _FIVE} <= got  # the bank's founders


def test_founders_named_in_an_aside_stay_the_blocs_members():
    got = found("The New Development Bank, established by the BRICS nations—Brazil, Russia, India, "
                "China, and South Africa—lent money to Chile.", reader=False)
    assert {(c, "MEMBER_OF", "brics") for c in _FIVE} <= got


# the review's cases: what the session's rules must not read

@pytest.mark.parametrize("text", [
    "The European Union suspended Russia's visa facilitation agreement in 2022.",
    "The EU suspended Niger's budget support after the coup.",
    "The European Union suspended Russia from its programmes.",
    "Mali was not suspended by the African Union.",
    "ECOWAS threatened to suspend Niger.",
    "The EU will not suspend Hungary.",
    "Russia was suspended from the European Union's programmes.",
])
def test_a_suspension_of_something_else_or_not_done_is_no_membership(text):
    assert not {c for c in found(text, reader=False) if c[1] == "MEMBER_OF"}


def test_a_bare_suspension_by_a_bloc_is_still_a_membership():
    got = found("The regional bloc ECOWAS had already suspended Guinea and ministers have arrived in "
                "Conakry.", reader=False)
    assert ("GIN", "MEMBER_OF", "ecowas") in got


def test_a_lifted_suspension_is_a_membership_no_longer_suspended():
    from tests.extract.helpers import rows

    got = rows("The African Union has officially lifted its suspension of Gabon.")
    assert [(r["subject"], r["object"], r["status"]) for r in got] == [("GAB", "african-union", "")]
    got = rows("The African Union suspended Gabon's membership after the coup.")
    assert [(r["subject"], r["status"]) for r in got] == [("GAB", "suspended")]


def test_a_country_that_heads_a_bloc_after_and_still_leads_it():
    assert ("BRA", "LEADS", "g20") in found("Brazil hosts the summit and heads the G20 this year.",
                                            reader=False)


@pytest.mark.parametrize("text, founders, bloc", [
    ("Nigeria founded the West African bloc ECOWAS in 1975.", {"NGA"}, "ecowas"),
    ("The United States, Japan, India and Australia launched the Quad dialogue in 2007.",
     {"USA", "JPN", "IND", "AUS"}, "quad"),
])
def test_a_founding_verb_keeps_its_object_after_a_description_or_before_its_own_noun(text, founders, bloc):
    got = found(text, reader=False)
    assert {(c, "MEMBER_OF", bloc) for c in founders} <= got


def test_a_future_full_membership_is_none_for_the_rules_either():
    assert not found("Ukraine's future full membership of NATO is uncertain.", reader=False)
    assert ("UKR", "MEMBER_OF", "nato") in found("Ukraine's full membership of NATO began in 2024.",
                                                 reader=False)
