"""Forms met in held-out sets GQ to GV (2026-12-04, read after their measurement), each in
sentences of our own: a list after "before"; a list's own relative clause with "have"; a
stance on a bloc; "would like to" and "be part of"; a bloc that owns a name; names whose own
words are a wish."""

from tests.extract.helpers import found


def test_a_list_after_before_is_not_yet_a_member():
    got = found("The protocols must be ratified by all 30 NATO members before Norway and Denmark can "
                "be covered by the defence clause.")
    assert not {c for c in got if c[0] in ("NOR", "DNK") and c[1] == "MEMBER_OF"}


def test_the_lists_own_relative_clause_and_a_stance_are_no_membership():
    got = found("Austria and Ireland, which have been neutral for decades, changed their stance on "
                "NATO after the invasion.")
    assert not {c for c in got if c[1] == "MEMBER_OF"}
    # the bloc's own relative clause still lists its members
    got = found("BRICS, which now includes Brazil, Russia and India, met in Kazan.", reader=False)
    assert {("BRA", "MEMBER_OF", "brics"), ("IND", "MEMBER_OF", "brics")} <= got


def test_would_like_to_and_be_part_of():
    got = found("Chile and Peru would also like to be part of BRICS.")
    assert {("CHL", "EXPRESSED_INTEREST_IN", "brics"), ("PER", "EXPRESSED_INTEREST_IN", "brics")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}
    got = found("Honduras would like to join the SCO.")
    assert ("HND", "EXPRESSED_INTEREST_IN", "sco") in got
    assert ("HND", "MEMBER_OF", "sco") not in got
    assert ("NPL", "MEMBER_OF", "sco") in found("Nepal is now part of the SCO.", reader=False)
    assert not found("Nepal is part of the SCO debate.", reader=False)


def test_a_bloc_that_owns_a_name_is_not_the_list_s():
    for text in ("The SCO's Development Fund has already enrolled Chile, Peru and Ghana as its members.",
                 ("NATO summits were held in Vilnius. NATO's Innovation Fund has enrolled Chile, Peru "
                  "and Ghana as its members.")):
        got = found(text)
        assert not {c for c in got if c[0] in ("CHL", "PER", "GHA")}, text


def test_names_whose_own_words_are_a_wish_are_no_members():
    got = found("The ASEAN group includes Thailand and Vietnam, and now Chile, Peru and Ghana would "
                "also like to be part of this.")
    assert not {c for c in got if c[0] in ("CHL", "PER", "GHA") and c[1] == "MEMBER_OF"}


def test_heads_of_government_is_no_lead():
    got = found("The G7 is a group of Canada, France and Japan. Their ministers met before the "
                "upcoming heads-of-government summit.")
    assert not {c for c in got if c[1] == "LEADS"}
    assert ("CAN", "LEADS", "g7") in found("Canada heads the G7 this year.", reader=False)


def test_collectively_known_as_and_a_counted_apposition():
    text = "Chile, Peru, Ghana and Kenya are collectively known as the Quad."
    assert {(c, "MEMBER_OF", "quad") for c in ("CHL", "PER", "GHA", "KEN")} <= found(text)
    text = ("Chile, Peru, Ghana and Kenya have announced plans to deepen their cooperation. The four "
            "countries, collectively known as the Quad, reaffirmed their commitment.")
    assert {(c, "MEMBER_OF", "quad") for c in ("CHL", "PER", "GHA", "KEN")} <= found(text)
    # the count must be the list's
    text = ("Chile, Peru and Ghana met in Lima. The four countries, members of the Quad, met.")
    assert not {c for c in found(text) if c[2] == "quad"}
