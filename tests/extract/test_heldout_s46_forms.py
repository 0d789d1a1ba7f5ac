"""Forms met in held-out sets KU to KX (session 46, 2026-12-05), each in sentences of our
own: a relative clause after a name set against another ("larger than the Group of Seven,
which comprises A, B") lists that name's members; "won’t" with a typographic apostrophe
negates as "won't" does; "not the right moment for A to join" is no joining; a bloc named
only as the founder of another body in an aside ("The New Development Bank – established by
BRICS – has admitted A") or after "with" gets no member from the sentence, nor from "the
NDB's membership now includes A"; taking part in an organisation's drills is an event; a
heading "30 Member Countries" over lines "Albania (2009)" lists members at those years; whom a
bloc has ties or talks with ("its engagement with A, B", "a conversation with representatives
of A, B") are not its members, though its summit is named too; a country named only before a
noun it qualifies ("U.S. leadership in space") does not act."""

from tests.extract.helpers import found, rows


def test_a_relative_clause_after_a_compared_name_lists_its_members():
    got = found("The enlarged BRICS is now bigger than the Group of Seven, which comprises "
                "Canada, France, Germany, Italy, Japan, the United Kingdom and the United States.")
    assert ("CAN", "MEMBER_OF", "g7") in got and ("JPN", "MEMBER_OF", "g7") in got
    assert not {t for t in got if t[2] == "brics"}


def test_a_typographic_apostrophe_negates():
    assert not found("Chile said on Monday that it won’t join the BRICS group this year.")
    assert not found("Chile and Peru haven’t joined the Artemis Accords.")
    assert ("PER", "MEMBER_OF", "brics") in found("Peru said it will join the BRICS group.")


def test_not_the_moment_for_a_country_to_join_is_no_joining():
    assert not found("Ecuador's president said the time was not “right” for Ecuador to join "
                     "the BRICS group as a full member.")
    assert ("ECU", "MEMBER_OF", "brics") in found(
        "Ecuador's president said the time was right for Ecuador to join the BRICS group.",
        reader=False)


def test_a_bloc_named_as_another_bodys_founder_gets_no_members():
    text = ("The Southern Investment Bank (SIB) – established by BRICS (Brazil, Russia, "
            "India, China and South Africa) in 2016 – has admitted Peru as a new member. "
            "Peru will gain in SIB a platform to work with BRICS and future new members.")
    assert ("PER", "MEMBER_OF", "brics") not in found(text)
    assert ("PER", "MEMBER_OF", "brics") not in found(text, reader=False)


def test_a_list_after_another_bodys_membership_is_that_bodys():
    text = ("The head of the Southern Investment Bank (SIB) announced that Chile and Peru "
            "became SIB members. She spoke on the eve of the BRICS summit. With the latest "
            "additions, the SIB's total membership rises to eight countries, which include "
            "Brazil, Russia, India, China, South Africa, Chile, Peru and Kenya.")
    got = found(text)
    assert not {("CHL", "MEMBER_OF", "brics"), ("KEN", "MEMBER_OF", "brics")} & got


def test_taking_part_in_an_organisations_drills_is_an_event():
    assert not found("Finland and Sweden have long taken part in NATO's military drills.")
    assert not found("Finland and Sweden are EU members. Both have long participated in the "
                     "alliance's naval exercises.") - {("FIN", "MEMBER_OF", "eu"),
                                                        ("SWE", "MEMBER_OF", "eu")}


def test_a_counted_heading_over_lines_with_years_lists_members():
    text = ("A guide to the North Atlantic Treaty Organization (NATO).\n\n"
            "    30 Member Countries\n\n    Albania (2009)\n    Belgium (1949)\n"
            "    Germany (1955, as West Germany)\n    Greece (1952)\n\n    Timeline\n")
    got = {(r["subject"], r["object"], r["since"]) for r in rows(text, reader=False)}
    assert {("ALB", "nato", "2009"), ("BEL", "nato", "1949"), ("DEU", "nato", "1955"),
            ("GRC", "nato", "1952")} <= got
    assert [s for s, _, _ in got].count("DEU") == 1


def test_whom_a_bloc_has_ties_or_talks_with_are_not_its_members():
    text = ("For the third year, the leaders of Chile, Peru and Kenya will join NATO members "
            "for the alliance's summit. NATO continues to deepen its engagement with Chile, "
            "Peru and Kenya. In May, a think tank hosted a conversation with representatives "
            "of Chile, Peru and Kenya on where NATO partnerships stand.")
    assert not {t for t in found(text) if t[1] == "MEMBER_OF"}


def test_a_country_named_only_as_a_qualifier_does_not_act():
    text = ("“Continuing a long tradition of U.S. leadership in space, Chile and Peru committed "
            "to the principles of safe exploration by signing the Artemis Accords,” the "
            "statement said.")
    got = found(text)
    assert ("CHL", "SIGNED", "artemis-accords") in got
    assert ("USA", "SIGNED", "artemis-accords") not in got
