"""Forms met in held-out sets CC to CF (2026-12-03), each in a sentence of our own."""

import pytest

from tests.extract.helpers import claims


@pytest.mark.parametrize("text", [
    "Finland became the 31st member of NATO amid the Russia-Ukraine conflict.",
    "Finland Becomes 31st Member Of NATO Amid Russia-Ukraine War",
    "Finland joined NATO in 2023 as the Ukraine–Russia war went on.",
])
def test_the_sides_of_a_conflict_are_no_party_to_a_claim(text):
    found = claims(text, reader=True)
    assert ("FIN", "MEMBER_OF", "nato") in [c[:3] for c in found]
    assert not {c[0] for c in found} & {"RUS", "UKR"}


def test_the_country_of_a_place_is_no_party_to_a_claim():
    text = ("Croatia joined NATO ahead of the alliance's summit in Strasbourg, France, and Kehl, "
            "Germany, in April 2009.")
    assert claims(text, reader=True) == [("HRV", "MEMBER_OF", "nato", "2009-04")]
    assert [c[0] for c in claims("Leaders met in New Delhi, India on March 3 and Japan joined "
                                 "the Quad.")] == ["JPN"]


def test_countries_after_a_place_that_act_are_parties():
    found = claims("At a meeting in Moscow, Russia and China signed the ILRS agreement.")
    assert {c[0] for c in found} == {"CHN", "RUS"}
    # a list whose first name follows "from" stays a list
    found = claims("Leaders from Brazil, Russia, India and China founded BRIC in 2009.", reader=True)
    assert {c[0] for c in found} >= {"BRA", "RUS", "IND", "CHN"}


@pytest.mark.parametrize("text, date", [
    ("Ukraine and Moldova were granted EU candidate status in June 2022.", "2022-06"),
    ("The EU granted candidate status to Ukraine and Moldova in June 2022.", "2022-06"),
    (("The European Union agreed in December 2023 to open accession negotiations with Ukraine "
     "and Moldova."), "2023-12"),
    (("NATO welcomes Ukraine's and Moldova's aspirations for membership, leaders said in "
     "June 2022."), "2022-06"),
])
def test_a_candidacy_is_interest_not_membership(text, date):
    found = claims(text)
    obj = "nato" if "NATO" in text else "eu"
    assert sorted(found) == [("MDA", "EXPRESSED_INTEREST_IN", obj, date),
                             ("UKR", "EXPRESSED_INTEREST_IN", obj, date)]


def test_a_bloc_s_candidate_countries_are_no_members():
    text = "Current candidate countries of the EU include Albania, Montenegro and Serbia."
    assert sorted(claims(text)) == [(c, "EXPRESSED_INTEREST_IN", "eu", "2024")
                                    for c in ("ALB", "MNE", "SRB")]


def test_a_candidacy_refused_is_none():
    assert claims("The EU has not granted candidate status to Georgia.") == []


@pytest.mark.parametrize("text", [
    "Finland applied to join NATO after Russia's invasion of Ukraine.",
    "Finland applied to join NATO after the Russian invasion of Ukraine.",
    "Finland applied to join NATO as the war in Ukraine went on.",
])
def test_the_sides_of_an_act_of_war_are_no_party_to_a_claim(text):
    assert claims(text, reader=True) == [("FIN", "EXPRESSED_INTEREST_IN", "nato", "2024")]


def test_the_host_of_a_summit_is_no_party_to_a_claim():
    assert claims("Iran took part in the 2023 SCO summit in India.", reader=True) == []
    assert claims("Belarus joined the SCO at the summit held in Kazakhstan in July 2024.") == \
        [("BLR", "MEMBER_OF", "sco", "2024-07")]


def test_taking_part_in_a_bloc_s_summit_behind_its_gloss_is_no_cooperation():
    assert claims("Iran will take part in the 2023 Shanghai Cooperation Organisation (SCO) "
                  "summit.") == []
    assert claims("Albania will take part in NATO committee meetings.") == []


def test_a_demonym_before_a_place_word_names_no_country():
    assert claims("Venezuela became the first country on the American continent to take part "
                  "in the ILRS.") == [("VEN", "COOPERATES_ON", "ilrs", "2024")]
    found = claims("Leaders met in the Tajik capital Dushanbe, where Iran joined the SCO.",
                   reader=True)
    assert [c[0] for c in found] == ["IRN"]


def test_applications_to_join_in_the_plural_are_interest():
    assert sorted(claims("Finland and Sweden submitted their applications to join NATO in May "
                         "2022.")) == [("FIN", "EXPRESSED_INTEREST_IN", "nato", "2022-05"),
                                       ("SWE", "EXPRESSED_INTEREST_IN", "nato", "2022-05")]


def test_a_described_bilateral_agreement_is_only_its_parties():
    # data/ records only Russia and China as parties of the BDS-GLONASS agreement
    assert claims("South Korea and the United States signed an agreement on civil global "
                  "navigation satellite systems cooperation.") == []
    assert sorted(claims("Russia and China signed an agreement on the peaceful use of the BDS "
                         "and GLONASS satellite navigation systems in November 2018.")) == \
        [(c, "SIGNED", "ru-cn-bds-glonass-agreement", "2018-11") for c in ("CHN", "RUS")]


def test_a_failure_to_sign_is_no_signature():
    assert claims("Russia has lamented the impossibility of signing the Artemis Accords.") == []
    assert claims("Russia was unable to join the Artemis Accords.") == []
