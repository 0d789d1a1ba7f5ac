"""Forms met in held-out sets KI to KP (session 45, 2026-12-05), each in sentences of our
own: "the development bank" stands for no bloc; a treaty's name runs through "on the"; a
title is no body; "the Treaty" stands for the last name ending in "Treaty", though a name
with another head comes between; "with A as observers" after a list of members leaves that
list its membership, and "B, C as dialogue partners" after it are partners; the countries
after "except" or "all but" are the ones that did not; a bloc glossed as "the bloc of A, B"
has them as members; "likely to join" is no joining; a bloc compared in an aside ("even
ahead of NATO") is not the object; "the BRICS club—A, B"; "inviting six new members to join
its ranks: A, B" makes no members."""

from graphkit.extract.articles import gazetteer_for
from graphkit.extract.text import nlp
from tests.extract.helpers import found


def _new_names(text: str) -> list[str]:
    gazetteer = gazetteer_for()
    doc = nlp()(text)
    return [n.name for n in gazetteer.new_nodes(doc, gazetteer.mentions(doc))]


def test_the_development_bank_after_a_blocs_name_is_no_bloc():
    gazetteer = gazetteer_for()
    doc = nlp()("Participants of the G7 summit met. Washington tried to pressure Australia "
                "and South Korea to avoid the development bank.")
    assert [m.node for m in gazetteer.mentions(doc)] == ["g7", "AUS", "KOR"]


def test_a_treatys_name_runs_through_on_the():
    names = _new_names("Egypt signed the Treaty on the Prohibition of Nuclear Weapons in 2017.")
    assert names == ["Treaty on the Prohibition of Nuclear Weapons"]
    assert _new_names("The Secretary of the Security Council spoke in Moscow.") == []


def test_the_treaty_stands_for_the_last_treaty_named_across_another_name():
    got = found("The Tashkent Security Treaty was signed in 1992. Its Article 51 follows the "
                "Charter of the Union Nations. In 1993, Azerbaijan and Georgia acceded to the "
                "Treaty.", reader=False)
    assert ("AZE", "ACCEDED_TO", "tashkent-security-treaty") in got


def test_observers_after_a_list_of_members_leave_the_members():
    got = found("The SCO includes India and China, with Iran and Mongolia as observers and "
                "Armenia, Azerbaijan and Cambodia as dialogue partners.", reader=False)
    assert {("IND", "MEMBER_OF", "sco"), ("CHN", "MEMBER_OF", "sco")} <= got
    assert {("ARM", "PARTNER_OF", "sco"), ("KHM", "PARTNER_OF", "sco")} <= got
    assert not {t for t in got if t[0] in {"IRN", "MNG"}}
    assert not found("Iran joined the SCO, with observer status.", reader=False)


def test_the_countries_after_except_or_all_but_did_not():
    got = found("In 1999, six states (except Azerbaijan, Georgia and Uzbekistan) signed the "
                "Artemis Accords.")
    assert not {t for t in got if t[0] in {"AZE", "GEO", "UZB"}}
    got = found("Five years later, six of the nine, all but Azerbaijan, Georgia, and "
                "Uzbekistan, signed the Artemis Accords.")
    assert not {t for t in got if t[0] in {"AZE", "GEO", "UZB"}}


def test_a_bloc_glossed_as_the_bloc_of_its_members():
    text = ("South Africa's ambassador to BRICS (the informal bloc of Brazil, Russia, India, "
            "China and South Africa) said 19 countries had expressed an interest in joining "
            "the bloc.")
    assert {("BRA", "MEMBER_OF", "brics"), ("IND", "MEMBER_OF", "brics")} <= found(text, reader=False)
    got = found(text)
    assert ("BRA", "MEMBER_OF", "brics") in got
    assert not {t for t in got if t[1] == "EXPRESSED_INTEREST_IN" and t[0] in {"BRA", "IND"}}


def test_an_excepted_country_keeps_its_own_relative_clause():
    got = found("The EU has 27 members, excluding the UK which left the EU on 31 January 2020.",
                reader=False)
    assert ("GBR", "WITHDREW_FROM", "eu") in got


def test_likely_to_join_is_no_joining():
    got = found("Large countries like Egypt and Indonesia seem the most likely to join BRICS "
                "quickly.", reader=False)
    assert not {t for t in got if t[1] == "MEMBER_OF"}


def test_a_bloc_compared_in_an_aside_is_not_what_includes_the_list():
    got = found("The SCO is a potent organisation: the organisation, even ahead of NATO, "
                "includes four nuclear weapon states (China, Russia, Pakistan and India).",
                reader=False)
    assert ("CHN", "MEMBER_OF", "sco") in got
    assert not {t for t in got if t[2] == "nato"}


def test_the_blocs_club_before_a_dash_lists_its_members():
    got = found("Bangladesh filed an application to join the BRICS club—Brazil, Russia, India, "
                "China and South Africa.")
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics")} <= got


def test_members_invited_to_join_its_ranks_are_not_members():
    got = found("The BRICS group announced that it would expand its membership by inviting six "
                "new members to join its ranks: Iran, Saudi Arabia, Egypt, Ethiopia, and "
                "Argentina.")
    assert not {t for t in got if t[1] == "MEMBER_OF"}
