"""Forms met in held-out sets FY to GJ (2026-12-04, read after their measurement), each in
sentences of our own: "the association" after a sentence that opens with another bloc's
name; a joint request "with" another country to join; "interested countries include";
observers; names a negation lists; lists under year lines; "A, B are all signatories"."""

from tests.extract.helpers import found, rows


def test_the_association_is_the_bloc_a_sentence_since_opened_with():
    text = ("Turkey wants closer ties with NATO allies. Expanding the association will be discussed "
            "at the BRICS summit. BRICS was founded in 2006 by Brazil, Russia, India and China. In "
            "2024, Egypt and Iran became full members of the association.")
    got = found(text, reader=False)
    assert {("EGY", "MEMBER_OF", "brics"), ("IRN", "MEMBER_OF", "brics")} <= got
    assert not {c for c in got if c[2] == "nato"}
    # no sentence opened with a name since: "the group" stays the group it was
    text = ("Turkey wants to join the Shanghai Cooperation Organization. Erdogan spoke after the "
            "group's summit. Ankara is also part of NATO. The group includes China and India.")
    assert ("CHN", "MEMBER_OF", "sco") in found(text, reader=False)


def test_a_joint_request_with_another_country_to_join_is_its_interest():
    for text in ("Finland made a joint request with Sweden to join NATO in May 2022.",
                 "Finland applied together with Sweden to join NATO in May 2022."):
        got = found(text, reader=False)
        assert ("SWE", "EXPRESSED_INTEREST_IN", "nato") in got, text
        assert ("SWE", "MEMBER_OF", "nato") not in got, text
    got = found("Finland joined NATO together with Sweden.", reader=False)
    assert {("FIN", "MEMBER_OF", "nato"), ("SWE", "MEMBER_OF", "nato")} <= got


def test_interested_countries_and_those_who_applied_are_interest():
    got = found("Algeria asked to join BRICS last year. Other interested countries include Argentina, "
                "Egypt and Bahrain.", reader=False)
    assert {(c, "EXPRESSED_INTEREST_IN", "brics") for c in ("ARG", "EGY", "BHR")} <= got
    got = found("Forty countries want to join BRICS. Among those who rushed to officially apply are "
                "Senegal, Iran and Indonesia.", reader=False)
    assert {(c, "EXPRESSED_INTEREST_IN", "brics") for c in ("SEN", "IRN", "IDN")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_observers_are_not_members():
    text = "India, Iran, Mongolia and Pakistan are observers at the SCO, which China leads."
    assert not {c for c in found(text) if c[1] == "MEMBER_OF"}
    text = "Observers at the organization are Afghanistan, India, Iran, Mongolia and Pakistan."
    assert not {c for c in found("The SCO met in June. " + text) if c[1] == "MEMBER_OF"}


def test_names_a_negation_lists_get_no_claim_of_the_readers():
    assert found("Neither Russia nor communist China have signed the Artemis Accords.") == set()
    got = found("The EU published its list of partners. The list does not include Armenia, "
                "Azerbaijan, Hungary, Serbia, and Turkiye.")
    assert not {c for c in got if c[0] in {"ARM", "AZE", "HUN", "SRB", "TUR"}}
    got = found("Both are fellow members of the European Union, unlike outsider Turkey.")
    assert ("TUR", "MEMBER_OF", "eu") not in got


def test_lists_under_year_lines_join_the_bloc_in_their_year():
    text = ("Finland became the 31st member of NATO on Tuesday.\nIts flag was raised in Brussels.\n"
            "Sweden is still waiting.\nWho are its allies?\n"
            "Founding members, 1949\nBelgium, Canada, Denmark and France\n1952\nGreece and Turkey\n"
            "1955\nGermany\n2004\nBulgaria, Estonia and Latvia.\nWho's next?\n")
    got = {(r["subject"], r["object"], r["since"]) for r in rows(text, reader=False)
           if r["rule"] == "layout: lists under year lines"}
    assert got == {("BEL", "nato", "1949"), ("CAN", "nato", "1949"), ("DNK", "nato", "1949"),
                   ("FRA", "nato", "1949"), ("GRC", "nato", "1952"), ("TUR", "nato", "1952"),
                   ("DEU", "nato", "1955"), ("BGR", "nato", "2004"), ("EST", "nato", "2004"),
                   ("LVA", "nato", "2004")}
    # two rows are no table: a list after one year line is left to the sentence rules
    text = "NATO grew.\n1952\nGreece and Turkey\n1955\nGermany\nThe end.\n"
    assert not [r for r in rows(text, reader=False) if r["rule"] == "layout: lists under year lines"]


def test_countries_that_are_all_signatories_sign_the_agreement_named_before():
    text = ("Eight nations signed on this week to a set of principles, the Artemis Accords. The state "
            "of play: The United States, Australia, Japan and the United Kingdom are all "
            "signatories, according to NASA.")
    got = found(text, reader=False)
    assert {(c, "SIGNED", "artemis-accords") for c in ("USA", "AUS", "JPN", "GBR")} <= got
    # a role "of" something else is no bare role
    text = ("The Artemis Accords were drafted in 2020. The United States, Australia and Japan are "
            "all members of the Quad.")
    assert not {c for c in found(text, reader=False) if c[2] == "artemis-accords"}
