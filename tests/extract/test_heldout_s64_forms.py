"""Forms of session 64 (2026-12-06), each in sentences of our own: a list in a sentence that
names a body no node stands for, a bloc's relative clause after a comma, a bloc described as a
pact or partnership with its members, a bloc named beside "N countries" with its list after a
colon, those present at a meeting, a request that a country "be admitted", and a prerequisite
for an accession (the first wave); an accession that "will" do something, a role word in a
bloc's "includes ... countries:", other countries' own clause, a fronted "consisting of", "makes
X the ninth partner country", "the addition of A to", and a bank "set up by" a bloc (the
second)."""

from graphkit.extract.text import nlp
from tests.extract.helpers import found


def test_a_list_in_a_sentence_naming_a_body_of_no_node_is_not_the_last_blocs():
    text = ("New Zealand joined NATO's summit in Madrid as a partner. Both New Zealand and "
            "Australia are part of the Five Eyes intelligence and security alliance that "
            "includes Britain, Canada and the United States.")
    got = found(text)
    assert not {t for t in got if t[0] in {"GBR", "CAN", "USA"} and t[2] == "nato"}
    kept = ("NATO held its summit in Madrid. The members that attended included Britain, "
            "Canada and the United States.")  # no other body: the list may be NATO's
    from graphkit.extract.pair_features import _unknown_body
    doc = nlp()(kept)
    assert not _unknown_body(doc, 0, len(doc), [])


def test_a_blocs_own_relative_clause_after_a_comma_lists_its_members():
    text = ("Turkey has recently expressed an interest in joining the BRICS group, which includes "
            "Brazil, Russia, India, China and South Africa.")
    got = found(text, reader=False)
    assert ("TUR", "EXPRESSED_INTEREST_IN", "brics") in got
    assert {(c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")} <= got
    assert not {t for t in got if t[0] == "BRA" and t[1] == "EXPRESSED_INTEREST_IN"}


def test_a_bloc_described_as_a_pact_or_partnership_with_its_members():
    text = ("Canada is considering joining the second phase of AUKUS, a U.S.-led security "
            "partnership with the United Kingdom and Australia, Trudeau said.")
    got = found(text, reader=False)
    assert {("GBR", "MEMBER_OF", "aukus"), ("AUS", "MEMBER_OF", "aukus")} <= got
    assert not {t for t in got if t[0] in {"GBR", "AUS"} and t[1] == "EXPRESSED_INTEREST_IN"}
    text = "Canada wants to join AUKUS, a security pact of Britain, the United States and Australia."
    assert {(c, "MEMBER_OF", "aukus") for c in ("GBR", "USA", "AUS")} <= found(text, reader=False)
    assert ("JPN", "PARTNER_OF", "nato") in found("Japan signed a partnership with NATO.", reader=False)


def test_a_bloc_named_beside_n_countries_and_the_list_after_a_colon():
    text = ("The G20 represents the European Union and 19 countries: Argentina, Australia, Brazil, "
            "Canada and China.")
    got = found(text, reader=False)
    assert {(c, "MEMBER_OF", "g20") for c in ("ARG", "AUS", "BRA", "CAN", "CHN")} <= got
    assert ("eu", "MEMBER_OF", "g20") in got
    assert not {t for t in got if t[2] == "eu"}
    text = "The G20 is an informal group of 19 countries and the European Union."
    assert ("eu", "MEMBER_OF", "g20") in found(text, reader=False)


def test_nations_present_at_a_meeting_are_no_members():
    text = ("Besides the countries that give the BRICS alliance its name, other nations present "
            "at the meeting included Algeria, Egypt, Indonesia, Kazakhstan and Thailand.")
    assert not {t for t in found(text) if t[1] == "MEMBER_OF"}
    kept = "Besides Brazil and Russia, the BRICS members at present include India and China."
    assert {("IND", "MEMBER_OF", "brics"), ("CHN", "MEMBER_OF", "brics")} <= found(kept, reader=False)


def test_a_request_that_a_country_be_admitted_is_a_wish():
    text = "The president has requested that Argentina be admitted as a full member of BRICS."
    got = found(text, reader=False)
    assert ("ARG", "EXPRESSED_INTEREST_IN", "brics") in got
    assert ("ARG", "MEMBER_OF", "brics") not in got
    assert not {t for t in found("Argentinian President Requests Argentina be Admitted as a Full "
                                 "Member of the BRICS Group") if t[1] == "MEMBER_OF"}
    assert ("ARG", "MEMBER_OF", "brics") in found("He said that Argentina will be a full member "
                                                  "of BRICS from January.", reader=False)


def test_a_prerequisite_for_an_accession_is_still_to_come():
    text = ("Minsk ratified the memorandum, which the SCO member states define as a prerequisite "
            "for Belarus' accession to the organization.")
    got = found(text, reader=False)
    assert ("BLR", "MEMBER_OF", "sco") not in got


def test_an_accession_that_will_do_something_is_still_to_come():
    text = "Stoltenberg noted that Finland's accession to NATO will make the alliance stronger."
    got = found(text, reader=False)
    assert ("FIN", "EXPRESSED_INTEREST_IN", "nato") in got and ("FIN", "MEMBER_OF", "nato") not in got
    done = "Finland's accession to NATO in 2023 doubled its border with Russia."
    assert ("FIN", "MEMBER_OF", "nato") in found(done, reader=False)
    past = "Finland's membership of NATO would have been unthinkable a decade ago."
    assert ("FIN", "EXPRESSED_INTEREST_IN", "nato") not in found(past, reader=False)


def test_a_role_word_in_a_blocs_list_after_a_colon_is_no_membership():
    text = ("BRICS has expanded, and the grouping now includes the following partner countries: "
            "Belarus, Bolivia, Kazakhstan and Cuba.")
    assert not {t for t in found(text, reader=False) if t[1] == "MEMBER_OF"}


def test_other_countries_clause_is_theirs_and_a_fronted_consisting_of_lists_members():
    text = ("Originally consisting of Brazil, Russia, India, China, and South Africa, the BRICS "
            "alliance has expanded as more countries have sought to join.")
    got = found(text, reader=False)
    five = {"BRA", "RUS", "IND", "CHN", "ZAF"}
    assert {(c, "MEMBER_OF", "brics") for c in five} <= got
    assert not {t for t in got if t[1] == "EXPRESSED_INTEREST_IN"}
    assert not found("Comprising Brazil, Russia and India, the talks with NATO went on.", reader=False)


def test_makes_a_country_the_ninth_partner_and_those_it_joins():
    text = ("This makes Nigeria the ninth partner country in BRICS, joining Belarus, Bolivia and "
            "Cuba.")
    got = found(text, reader=False)
    assert {(c, "PARTNER_OF", "brics") for c in ("NGA", "BLR", "BOL", "CUB")} <= got
    assert ("FIN", "MEMBER_OF", "nato") in found("The accession makes Finland the 31st member of NATO.",
                                                  reader=False)


def test_the_addition_of_countries_to_a_bloc_is_membership():
    text = ("The BRICS expansion follows the addition of Iran, Egypt and Ethiopia to the bloc last "
            "year, with Saudi Arabia invited to join.")
    got = found(text, reader=False)
    assert {(c, "MEMBER_OF", "brics") for c in ("IRN", "EGY", "ETH")} <= got
    assert ("SAU", "MEMBER_OF", "brics") not in got


def test_a_bank_set_up_by_a_bloc_and_what_the_bank_includes():
    text = ("The New Development Bank (NDB) set up by BRICS (Brazil, Russia, India, China and South "
            "Africa) in 2015 has included Bangladesh as a new member.")
    got = found(text, reader=False)
    five = {"BRA", "RUS", "IND", "CHN", "ZAF"}
    assert {(c, "MEMBER_OF", "ndb") for c in five} | {(c, "MEMBER_OF", "brics") for c in five} <= got
    assert ("BGD", "MEMBER_OF", "ndb") in got and ("BGD", "MEMBER_OF", "brics") not in got
