"""Forms first met on held-out set W, each on a sentence written for this test: countries
that "agreed to establish" or "created" a bloc ("a grouping called X") are its founders, so
members (a programme agreed on is still cooperation); a decision to join ("after A and B
decided to join X") is interest, not yet membership; "became a partner nation/state" and
"have/hold the dialogue partner status" are partnership; a single line break between a
subject and its lower-case verb ("The CSTO\\nis an alliance of ...") does not end the
sentence; a list after "in attendance including" or "attended by ... including" names
who came, not members; "founded on DATE, and currently includes A, B" dates the members at
the publication, not the founding; a date's own commas ("signed a memorandum on March 9,
2021, to set up X") do not end the memorandum's phrase, so its signers sign X too; "A has
been welcomed as a(n official) partner" (of the bloc the text is about) and "providing A with
/ granted A the status of dialogue partner of X" are partnership, and so is "the status of
the X dialogue partner" (X, named inside the phrase before the role, is the owner: the
object, not a second partner)."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_countries_that_agree_to_establish_a_bloc_are_its_members():
    text = "Chile, Peru and Kenya have agreed to establish the Quad."
    assert triples(text) == {("CHL", "MEMBER_OF", "quad"), ("PER", "MEMBER_OF", "quad"),
                             ("KEN", "MEMBER_OF", "quad")}
    text = "Norway and Chile agreed to form AUKUS last spring."
    assert triples(text) == {("NOR", "MEMBER_OF", "aukus"), ("CHL", "MEMBER_OF", "aukus")}
    # a programme agreed on is still cooperation, not membership
    text = "Kenya and Peru agreed to establish the International Lunar Research Station."
    assert triples(text) == {("KEN", "COOPERATES_ON", "ilrs"), ("PER", "COOPERATES_ON", "ilrs")}


def test_countries_that_created_a_grouping_called_x_are_its_members():
    text = "In the end, Norway, Chile and Peru created a new grouping called AUKUS."
    assert triples(text) == {("NOR", "MEMBER_OF", "aukus"), ("CHL", "MEMBER_OF", "aukus"),
                             ("PER", "MEMBER_OF", "aukus")}
    text = "Norway and Chile created a dialogue known as the Quad in 2007."
    assert triples(text) == {("NOR", "MEMBER_OF", "quad"), ("CHL", "MEMBER_OF", "quad")}
    # a plan to create it is a hedge, not a negation: still found, at a lower confidence
    assert ("NOR", "MEMBER_OF", "quad") in triples("Norway will create a forum called the Quad.")
    # "created" with no name given to what was created founds nothing
    text = "The crisis in Peru created NATO's biggest challenge in years."
    assert not {t for t in triples(text) if t[1] == "MEMBER_OF"}


def test_a_decision_to_join_is_interest():
    text = "Once Peru and Chile decided to join the SCO, the group grew in weight."
    assert triples(text) == {("PER", "EXPRESSED_INTEREST_IN", "sco"),
                             ("CHL", "EXPRESSED_INTEREST_IN", "sco")}
    # joining itself stays membership
    assert triples("Peru joined the SCO in 2020.") == {("PER", "MEMBER_OF", "sco")}


def test_a_partner_nation_and_the_dialogue_partner_status():
    text = "Peru has officially become a BRICS partner nation."
    assert triples(text) == {("PER", "PARTNER_OF", "brics")}
    text = "Kenya became a partner state of BRICS this year."
    assert triples(text) == {("KEN", "PARTNER_OF", "brics")}
    text = "Chile and Norway also have the SCO dialogue partner status."
    assert triples(text) == {("CHL", "PARTNER_OF", "sco"), ("NOR", "PARTNER_OF", "sco")}
    text = "Peru holds the dialogue partner status of the SCO."
    assert triples(text) == {("PER", "PARTNER_OF", "sco")}


def test_a_line_break_before_a_lower_case_verb_does_not_end_the_sentence():
    text = ("A short note.\n\nThe Collective Security Treaty Organization\nis an alliance "
            "consisting of four countries: Chile, Peru, Kenya and Norway.")
    assert triples(text) == {("CHL", "MEMBER_OF", "csto"), ("PER", "MEMBER_OF", "csto"),
                             ("KEN", "MEMBER_OF", "csto"), ("NOR", "MEMBER_OF", "csto")}
    # a headline on its own line, then a capitalised sentence: still two sentences
    text = "Peru and the CSTO\nKenya joined the SCO in 2020."
    assert triples(text) == {("KEN", "MEMBER_OF", "sco")}


def test_those_in_attendance_are_not_members():
    text = ("The SCO summit opens in Astana on Monday, with leaders in attendance including "
            "the Kenyan President and Peru's Prime Minister.")
    assert not {t for t in triples(text) if t[1] == "MEMBER_OF"}
    text = "The BRICS summit was attended by delegations including Chile and Norway."
    assert not {t for t in triples(text) if t[1] == "MEMBER_OF"}
    # the bloc's own list after "include" stays membership
    text = "The SCO's members include Kenya and Peru."
    assert triples(text) == {("KEN", "MEMBER_OF", "sco"), ("PER", "MEMBER_OF", "sco")}


def test_members_said_to_be_current_take_the_publication_date():
    text = "The SCO was founded in Beijing on May 2, 1999, and currently includes Chile and Peru."
    assert {c for c in claims(text, published="2025-03-01")} == {
        ("CHL", "MEMBER_OF", "sco", "2025"), ("PER", "MEMBER_OF", "sco", "2025")}
    text = "The SCO was founded in 1999 and now includes Chile and Peru."
    assert {c[3] for c in claims(text, published="2025-03-01")} == {"2025"}
    # a date of the membership's own clause is still taken
    text = "In 2019, the SCO includes Chile and Peru."
    assert {c[3] for c in claims(text, published="2025-03-01")} == {"2019"}


def test_a_dates_commas_do_not_end_a_memorandums_phrase():
    text = "Kenya and Peru signed a memorandum on June 4, 2022, to set up the International Lunar Research Station."
    found = set(claims(text, published="2022-06-06"))
    assert {("KEN", "SIGNED", "ilrs", "2022-06-04"), ("PER", "SIGNED", "ilrs", "2022-06-04")} <= found
    assert {("KEN", "COOPERATES_ON", "ilrs"), ("PER", "COOPERATES_ON", "ilrs")} <= {c[:3] for c in found}
    # a comma that is no date's still ends it: "signed a memorandum, and X later joined"
    text = "Kenya signed a memorandum on June 4, and Peru joined the SCO in 2022."
    assert {c[:3] for c in claims(text)} == {("PER", "MEMBER_OF", "sco")}


def test_welcomed_as_a_partner_and_the_status_of_dialogue_partner_of_x():
    text = ("BRICS leaders met in Kazan. Officials said on Monday that Peru has been welcomed "
            "as an official partner.")
    assert ("PER", "PARTNER_OF", "brics") in triples(text)
    text = "Peru has been welcomed as a partner country of BRICS."
    assert triples(text) == {("PER", "PARTNER_OF", "brics")}
    text = "The leaders signed papers providing Kenya with the status of dialogue partner of the SCO."
    assert triples(text) == {("KEN", "PARTNER_OF", "sco")}
    text = "The summit granted Chile the status of a dialogue partner of the SCO."
    assert triples(text) == {("CHL", "PARTNER_OF", "sco")}
    # an observer's status is no partnership
    text = "The leaders signed papers providing Kenya with the status of an observer of the SCO."
    assert not {t for t in triples(text) if t[1] == "PARTNER_OF"}


def test_a_bloc_before_the_role_inside_the_phrase_is_its_owner():
    text = "The leaders signed papers providing Kenya with the status of the SCO dialogue partner."
    assert triples(text) == {("KEN", "PARTNER_OF", "sco")}
    text = "The summit granted Chile the status of SCO dialogue partner."
    assert triples(text) == {("CHL", "PARTNER_OF", "sco")}
    # the verbs that already read it are unchanged
    text = "Chile received the status of SCO dialogue partner in 2015."
    assert set(claims(text)) == {("CHL", "PARTNER_OF", "sco", "2015")}
