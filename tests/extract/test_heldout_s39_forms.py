"""Forms met in held-out sets JK to JN (session 39, 2026-12-05; read after their
measurement), each in sentences of our own: "the accords" after a treaty named in between; a
bare "Members" heading over a list, on a page about one bloc; "the nth member of X to sign",
whose subject is the country, not X; invitations "effective from" a date in their own
sentence; countries a bloc may take in, which are not its members."""

from tests.extract.helpers import claims, found


def test_the_accords_after_a_treaty_are_the_accords_not_the_treaty():
    got = found("The Artemis Accords set out principles that rest on the Outer Space Treaty of "
                "1967. By May, besides the United States, nine countries had signed the accords: "
                "Chile, Peru, Kenya and Norway.")
    assert {("CHL", "SIGNED", "artemis-accords"), ("NOR", "SIGNED", "artemis-accords")} <= got
    assert not [c for c in got if c[2] == "outer-space-treaty"]


def test_the_treaty_after_the_accords_is_still_the_treaty():
    got = found("The Artemis Accords build on the Outer Space Treaty of 1967. Chile ratified "
                "the treaty in 1981.")
    assert ("CHL", "RATIFIED", "outer-space-treaty") in got


def test_a_members_heading_lists_the_members_of_the_pages_bloc():
    got = found("The Group of Seven\nThe G7 meets once a year under a rotating presidency.\n"
                "Members\n- Canada\n- France\n- Japan\n- Italy\n")
    assert {("CAN", "MEMBER_OF", "g7"), ("JPN", "MEMBER_OF", "g7")} <= got


def test_a_members_heading_with_no_bloc_before_it_gives_nothing():
    got = found("Members\n- Canada\n- France\n- Japan\n- Italy\n")
    assert not got


def test_the_nth_member_of_a_body_to_sign_is_the_country():
    got = found("NASA launched the Artemis Accords in 2020. Chile is the third member of the "
                "Latin American and Caribbean Space Agency to sign the Accords, after Peru.",
                reader=False)  # the rules: the reader happened to drop the agency here
    assert ("CHL", "SIGNED", "artemis-accords") in got
    assert not [c for c in got if c[0] != "CHL" and c[0] != "PER"]


def test_invitations_with_an_effective_date_in_the_same_sentence_are_memberships():
    got = claims("The host has extended invitations to Chile, Peru and Kenya to join BRICS as "
                 "full members, effective from the 1st of March 2027.", published="2026-05-10")
    assert {("CHL", "MEMBER_OF", "brics", "2027-03-01"),
            ("KEN", "MEMBER_OF", "brics", "2027-03-01")} <= set(got)


def test_a_declined_invitation_with_a_date_is_no_membership():
    got = found("Chile declined the invitation to join BRICS as a full member, effective from "
                "1 March 2027.")
    assert ("CHL", "MEMBER_OF", "brics") not in got


def test_countries_a_bloc_may_take_in_are_not_its_members():
    for words in ("consider joining countries including", "consider new countries including"):
        got = found(f"BRICS is expected to {words} Chile, Peru and Kenya.")
        assert not [c for c in got if c[1] == "MEMBER_OF"], words
    assert ("PER", "MEMBER_OF", "brics") in found("BRICS's new members include Chile and Peru.")
