"""Lists joined ("joins founding members A, B ... as well as C"), lists after "members -",
applications and their companions, a date given in the next sentence, and two anaphora
that must not take the wrong country or organisation."""

from __future__ import annotations

from tests.extract.helpers import claims


def test_joining_founding_members_makes_each_of_them_a_member_without_a_date():
    text = ("Timor-Leste became the 11th member of ASEAN on 26 October 2025. Timor-Leste joins "
            "founding members Malaysia, Indonesia and Thailand, as well as Laos and Cambodia.")
    found = claims(text)
    assert ("TLS", "MEMBER_OF", "asean", "2025-10-26") in found
    for c in ("MYS", "IDN", "THA", "LAO", "KHM"):
        assert (c, "MEMBER_OF", "asean", "") in found


def test_a_list_after_members_and_a_dash_or_colon():
    for text in ("Current BRICS members - Brazil, Russia, India and China - met today.",
                 "Current BRICS members: Brazil, Russia, India and China."):
        assert {s for s, r, o, _ in claims(text) if (r, o) == ("MEMBER_OF", "brics")} == {
            "BRA", "RUS", "IND", "CHN"}


def test_a_countrys_application_and_an_application_together_with_another():
    text = "The president discussed Sweden and Finland's NATO applications."
    assert {(s, r, o) for s, r, o, _ in claims(text)} == {
        ("SWE", "EXPRESSED_INTEREST_IN", "nato"), ("FIN", "EXPRESSED_INTEREST_IN", "nato")}
    text = "Finland applied for NATO membership in May 2022, together with Sweden."
    assert claims(text) == [("FIN", "EXPRESSED_INTEREST_IN", "nato", "2022-05"),
                            ("SWE", "EXPRESSED_INTEREST_IN", "nato", "2022-05")]
    # "their applications" to a body named before is no application to join it
    text = "Chile and Peru became members of COPUOS after the Assembly approved their applications."
    assert {r for _, r, _, _ in claims(text)} == {"MEMBER_OF"}


def test_membership_taking_effect_in_the_next_sentence_dates_the_joining():
    text = ("Egypt and Iran will join BRICS, the president said. The membership will take effect "
            "from 1 January 2024.")
    assert claims(text, published="2023-08-24") == [
        ("EGY", "MEMBER_OF", "brics", "2024-01-01"), ("IRN", "MEMBER_OF", "brics", "2024-01-01")]


def test_a_named_partnership_is_not_the_alliance_and_the_country_is_not_the_invaded_one():
    text = ("Finland has worked with NATO since 1994, when it joined the Partnership for Peace "
            "programme. After the Russian invasion of Ukraine, the country applied to join NATO "
            "on 18 May 2022.")
    found = claims(text)
    assert not [c for c in found if c[1] == "MEMBER_OF" and c[2] == "nato"]
    assert [c for c in found if c[1] == "EXPRESSED_INTEREST_IN"] == [
        ("FIN", "EXPRESSED_INTEREST_IN", "nato", "2022-05-18")]
