"""Forms first met on held-out set V, each on a sentence written for this test: a meeting
"of" a body no node has ("the meeting of the Council of Heads of State decided on the
membership of A": an event, no bloc to be a member of), "partners including A" after a
bloc's own list of members ("X's member states — A, B — along with key partners including
C": no partners of X), "the grouping" after a bloc named only as what another is set against
("a response to NATO": not the antecedent), "involvement in the alliance's programme" (the
programme, not the alliance), and a hope ("look forward to welcoming A as a member", "pave
the way for A to become a member"): no membership; a name after "with the" or a group after
"by the" ("NASA, in coordination with the U.S. Department of State, established"; "Peru,
invited by the United States and Japan, signed"): not the subject; "X, consisting of A, B and C,"
(its members, unlike ", including A"), "X members henceforth are A, B", and "X joined A, B and
C as a full member (of Y)" (A, B and C are members too); "welcomed A as X's 11th member" (X is
what A is a member of, not a second subject; "as the newest member," with no owner: the bloc
the text is about), and a capitalised verb after "of" or "the" ("the
Council of Heads of State"): a word of a name, no trigger to take the sentence's date;
"since submitting its application (back) in 2011" (interest in the bloc the text is about)."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_a_meeting_of_a_body_no_node_has_is_no_bloc():
    text = "The meeting of the Council of Heads of State in Minsk decided on the membership of Chile and Peru."
    assert triples(text) == set()
    text = "The session of the Joint Assembly approved the membership of Chile and Peru."
    assert triples(text) == set()
    # a known bloc before the noun is still its object
    text = "The SCO approved the membership of India and Pakistan."
    assert triples(text) == {("IND", "MEMBER_OF", "sco"), ("PAK", "MEMBER_OF", "sco")}


def test_partners_after_a_blocs_listed_members_are_not_its_partners():
    text = ("The summit gathers leaders of ASEAN's member states — Laos, Cambodia and Brunei — "
            "along with key partners including Chile, Peru and Kenya.")
    assert triples(text) == {("LAO", "MEMBER_OF", "asean"), ("KHM", "MEMBER_OF", "asean"),
                             ("BRN", "MEMBER_OF", "asean")}
    # the bloc's own partners, named right after it
    text = "ASEAN's key partners include Chile, Peru and Kenya."
    assert triples(text) == {("CHL", "PARTNER_OF", "asean"), ("PER", "PARTNER_OF", "asean"),
                             ("KEN", "PARTNER_OF", "asean")}
    text = "ASEAN's member states include Laos, Cambodia and Brunei."
    assert triples(text) == {("LAO", "MEMBER_OF", "asean"), ("KHM", "MEMBER_OF", "asean"),
                             ("BRN", "MEMBER_OF", "asean")}


def test_a_bloc_named_as_what_another_answers_is_no_antecedent():
    text = ("Armenia stayed in the CSTO. Moscow has presented the CSTO as an answer to NATO. "
            "Georgia left the grouping in 1999.")
    assert ("GEO", "WITHDREW_FROM", "csto") in triples(text)
    assert not {t for t in triples(text) if t[2] == "nato"}
    text = "Moscow sees the CSTO as a counterweight to NATO. Georgia left the grouping in 1999."
    assert ("GEO", "WITHDREW_FROM", "nato") not in triples(text)
    # named plainly, the bloc is the antecedent
    text = "Georgia joined NATO in 1994. Georgia left the grouping in 1999."
    assert ("GEO", "WITHDREW_FROM", "nato") in triples(text)


def test_involvement_in_a_blocs_programme_is_not_in_the_bloc():
    text = "AUKUS ministers announced Japan's involvement in the alliance's Pillar Two programme."
    assert triples(text) == set()
    text = "Japan's involvement in AUKUS was announced."
    assert triples(text) == {("JPN", "COOPERATES_ON", "aukus")}


def test_a_hope_of_membership_is_no_membership():
    text = "The Allies look forward to welcoming Sweden as a full member of NATO."
    assert triples(text) == set()
    text = "The summit would pave the way for Belarus to become a full member of the SCO."
    assert triples(text) == set()
    text = "The Allies welcomed Sweden as a full member of NATO."
    assert triples(text) == {("SWE", "MEMBER_OF", "nato")}


def test_a_name_after_with_the_or_by_the_is_not_the_subject():
    text = ("NASA, in coordination with the U.S. Department of Energy and two other nations, "
            "established the Artemis Accords in 2021.")
    assert claims(text) == [("nasa", "SIGNED", "artemis-accords", "2021")]
    # the whole group after "by the" is left out, not only its last name
    text = "Peru, invited by the United States and Japan, signed the Artemis Accords."
    assert triples(text) == {("PER", "SIGNED", "artemis-accords")}
    text = "Chile, Peru and Japan signed the Artemis Accords."
    assert triples(text) == {("CHL", "SIGNED", "artemis-accords"), ("PER", "SIGNED", "artemis-accords"),
                             ("JPN", "SIGNED", "artemis-accords")}


def test_consisting_of_after_a_comma_names_the_parts():
    text = "The AUKUS alliance, consisting of Australia, the UK and the US, is set to expand."
    assert triples(text) == {("AUS", "MEMBER_OF", "aukus"), ("GBR", "MEMBER_OF", "aukus"),
                             ("USA", "MEMBER_OF", "aukus")}
    text = "AUKUS, comprising Australia, the UK and the US, met in May."
    assert triples(text) == {("AUS", "MEMBER_OF", "aukus"), ("GBR", "MEMBER_OF", "aukus"),
                             ("USA", "MEMBER_OF", "aukus")}
    # "including" after a comma is still a list of examples, no verb of the bloc
    text = "The AUKUS summit, including talks with Japan and Canada, ended."
    assert triples(text) == set()


def test_members_henceforth_are():
    text = "The CSTO members henceforth are Armenia, Belarus and Russia."
    assert triples(text) == {("ARM", "MEMBER_OF", "csto"), ("BLR", "MEMBER_OF", "csto"),
                             ("RUS", "MEMBER_OF", "csto")}


def test_joins_a_list_as_a_member_makes_those_joined_members():
    found = claims("Iran joined China, Russia and India as a full member of the SCO.")
    assert {c[:3] for c in found} == {("IRN", "MEMBER_OF", "sco"), ("CHN", "MEMBER_OF", "sco"),
                                      ("RUS", "MEMBER_OF", "sco"), ("IND", "MEMBER_OF", "sco")}
    assert {c[3] for c in found if c[0] != "IRN"} == {""}  # those joined: at no date given
    # a member of something the bloc owns is no member of the bloc
    assert triples("Iran joined China and Russia as a member of the SCO's energy club.") == set()
    # partners, not members (Belarus's own partnership is read since held-out X: "join ... as
    # partners")
    assert triples("Belarus joins Cuba and Peru as partners of BRICS.") <= {
        ("BLR", "PARTNER_OF", "brics")}


def test_welcomed_as_the_blocs_member_names_the_bloc_as_owner():
    text = "Leaders officially welcomed Timor-Leste as ASEAN's 11th member."
    assert triples(text) == {("TLS", "MEMBER_OF", "asean")}
    text = "ASEAN met in June. The leaders admitted Timor-Leste as the bloc's newest member."
    assert triples(text) == {("TLS", "MEMBER_OF", "asean")}
    # no bloc owns the membership: the bloc the text is about, if any
    assert triples("ASEAN met in June. Leaders welcomed Timor-Leste as a new member.") == {
        ("TLS", "MEMBER_OF", "asean")}
    assert triples("Leaders welcomed Timor-Leste as a new member.") == set()
    assert triples("NATO met in June. The Allies welcome Finland as the newest member, a historic "
                   "step for Finland.") == {("FIN", "MEMBER_OF", "nato")}
    # but not a hope
    assert triples("NATO met in June. The Allies look forward to welcoming Sweden as a full "
                   "member.") == set()


def test_a_capitalised_verb_inside_a_name_takes_no_date():
    text = ("The SCO met in Astana. On 9 June 2017, the meeting of the Council of Heads of State "
            "decided on the membership of India.")
    assert claims(text) == [("IND", "MEMBER_OF", "sco", "2017-06-09")]
    text = "On 9 June 2017, the Council of Heads of State of the SCO approved the membership of India."
    assert claims(text) == [("IND", "MEMBER_OF", "sco", "2017-06-09")]
    # the verb itself still leads
    assert triples("Chile heads the Pacific Alliance.") == {("CHL", "LEADS", "pacific-alliance")}


def test_submitting_its_application_is_interest_in_the_bloc_of_the_text():
    text = "Timor-Leste joined ASEAN on Sunday. Timor-Leste has waited since submitting its application in 2011."
    assert ("TLS", "EXPRESSED_INTEREST_IN", "asean", "2011") in claims(text)
    # an application for something else, or to another body, is none
    text = "Timor-Leste joined ASEAN on Sunday. Peru submitted its application for a loan in 2011."
    assert ("PER", "EXPRESSED_INTEREST_IN", "asean") not in triples(text)
    assert triples("NATO met in June. Peru submitted its application to the court in 2011.") == set()


def test_back_before_the_date_of_an_elided_object():
    text = "Timor-Leste joined ASEAN on Sunday. Timor-Leste has waited since submitting its application back in 2011."
    assert ("TLS", "EXPRESSED_INTEREST_IN", "asean", "2011") in claims(text)
    assert ("TLS", "EXPRESSED_INTEREST_IN", "asean", "2011") not in claims(
        "Timor-Leste joined ASEAN on Sunday. Timor-Leste has waited since submitting its application back home.")
