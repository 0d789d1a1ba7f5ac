"""Forms of session 73 (2026-12-07), each in sentences of our own: a bloc that "consists of" a
count of members and, after a dash, their names; a way opened for names to act, a prospect and
no act; a count that acts with no name, named in the next sentence by the same count (the first
wave)."""

from tests.extract.helpers import found


def test_a_bloc_consisting_of_a_counted_list_after_a_dash_has_those_members():
    text = ("The Nordic Council works on culture. The Arctic Council is a forum on the region. "
            "It now consists of eight nations with Arctic coasts — Canada, Denmark, Finland, "
            "Iceland, Norway, Russia, Sweden and the United States — and six indigenous groups.")
    got = {s for s, r, o in found(text, reader=False) if (r, o) == ("MEMBER_OF", "arctic-council")}
    assert got == {"CAN", "DNK", "FIN", "ISL", "NOR", "RUS", "SWE", "USA"}


def test_a_way_opened_for_names_to_act_is_no_act():
    for opened in ("The way is now clear for", "The vote paved the way for", "It opens the door for"):
        text = f"{opened} Kenya, Ghana and Peru to join the Artemis Accords next year."
        assert not {s for s, r, o in found(text) if o == "artemis-accords"}, opened
    # the act itself, said of the names, stays
    assert ("GHA", "SIGNED", "artemis-accords") in found("Kenya, Ghana and Peru signed the Artemis Accords.")


def test_a_count_that_acts_is_named_in_the_next_sentence():
    text = ("Three nations have signed the Artemis Accords, officials said on 4 March 2024. "
            "The ceremony was held for those three nations - Kenya, Ghana and Peru - in Lima.")
    got = {s for s, r, o in found(text) if (r, o) == ("SIGNED", "artemis-accords")}
    assert got == {"KEN", "GHA", "PER"}
    # a list of another size than the count names others
    text = ("Three nations have signed the Artemis Accords, officials said. "
            "The ceremony was held for those three nations - Kenya and Ghana - in Lima.")
    assert not {s for s, r, o in found(text) if (r, o) == ("SIGNED", "artemis-accords")}


def test_an_act_after_once_opening_the_clause_is_a_condition():
    text = "Once Kenya and Ghana join the alliance, NATO will border the Sahel."
    assert not {s for s, r, o in found(text) if r == "MEMBER_OF"}
    # a past act after "once", and "once" as "formerly", are acts still
    assert ("SWE", "MEMBER_OF", "nato") in found("Once Sweden became a member of NATO, it sent troops.")
    assert ("FIN", "MEMBER_OF", "nato") in found("Finland, once neutral, joined NATO in 2023.")


def test_names_joining_a_bloc_that_could_do_something_after_a_word_of_saying_are_supposed():
    text = "Russia says Kenya and Ghana joining NATO could accelerate militarization of the region."
    assert not {s for s, r, o in found(text) if r == "MEMBER_OF"}


def test_an_objective_of_membership_is_a_wish():
    text = "Kenya and Ghana affirmed that their long-term objective was full membership of NATO."
    got = found(text)
    assert not {s for s, r, o in got if r == "MEMBER_OF"}
    assert ("KEN", "EXPRESSED_INTEREST_IN", "nato") in found(text, reader=False)


def test_perspectives_for_membership_are_no_membership():
    text = "The minister spoke of Kenya's perspectives for membership in the European Space Agency."
    assert ("KEN", "MEMBER_OF", "esa") not in found(text)


def test_a_participle_after_a_hyphenated_one_and_and_is_an_adjective():
    text = "Kenya has signed on to the US-crafted and led Artemis Accords, the State Department said."
    got = found(text)
    assert ("KEN", "SIGNED", "artemis-accords") in got
    assert not {s for s, r, o in got if r == "LEADS"}


def test_a_european_cooperating_state_agreement_makes_a_partner_of_esa():
    text = "Kenya becomes the eighth country to sign the European Cooperating State Agreement with ESA."
    assert ("KEN", "PARTNER_OF", "esa") in found(text)


def test_a_capitalised_head_noun_names_back_a_body_no_node_stands_for():
    text = ("Western Sahel Dialogue:\n- It is a forum on security in NATO's southern neighbourhood.\n"
            "- Currently, the following countries take part in the Dialogue: Mali, Niger and Chad.")
    got = found(text)
    assert not {(s, r) for s, r, o in got if o == "nato" and r in ("COOPERATES_ON", "MEMBER_OF")}
