"""Forms met in held-out sets JF to JJ (session 38, 2026-12-04; read after their
measurement), each in sentences of our own: a counted list of partners the reader keeps; a
bloc named as what another is set against; plural applications; an invitation whose start
the next sentence gives."""

from tests.extract.helpers import claims, found


def test_a_counted_list_of_partners_stands_with_the_reader():
    got = found("Thirteen states were granted the status of SCO partner countries at the summit. "
                "The decision was taken at the organisation's summit in Tianjin. Alongside Laos, "
                "the list includes Nepal, Sri Lanka, Cambodia, Egypt, Qatar, Bahrain, Kuwait, "
                "Maldives, Myanmar, Armenia, Azerbaijan and Turkey.")
    assert {("NPL", "PARTNER_OF", "sco"), ("TUR", "PARTNER_OF", "sco")} <= got
    assert not [c for c in got if c[1] == "MEMBER_OF"]


def test_a_bloc_set_against_another_gains_no_members_of_the_other():
    text = ("Set up in 2009 by Brazil, Russia, India and China, BRICS expanded in 2010 with the "
            "inclusion of South Africa as a counterweight to the Group of Seven (G7) rich "
            "nations. The bloc grew again in 2024, adding Iran, Egypt and Ethiopia to its ranks.")
    got = found(text)
    assert not [c for c in got if c[2] == "g7"]
    assert ("ZAF", "MEMBER_OF", "brics", "2010") in claims(text, published="2025")


def test_plural_applications_are_each_countrys_interest():
    got = claims("Oman, Laos and Bolivia have submitted formal membership applications to the "
                 "SCO.", published="2025")
    assert {("OMN", "EXPRESSED_INTEREST_IN", "sco", "2025"),
            ("BOL", "EXPRESSED_INTEREST_IN", "sco", "2025")} <= set(got)


def test_an_invitation_dated_by_the_next_sentence_is_a_membership_from_then():
    got = claims("The summit agreed to invite Chile, Peru and Kenya to become full members of "
                 "BRICS. The nations will formally join the group on March 1, 2027.",
                 published="2026-05-10")
    assert ("PER", "MEMBER_OF", "brics", "2027-03-01") in got
    got = claims("Leaders decided to invite Chile and Peru to become full members. Their "
                 "membership will take full effect from 1 March 2027.", published="2026-05-10")
    assert ("CHL", "MEMBER_OF", "brics", "2027-03-01") not in got  # no bloc named
    got = claims("BRICS leaders decided to invite Chile and Peru to become full members. Their "
                 "membership will take full effect from 1 March 2027.", published="2026-05-10")
    assert ("CHL", "MEMBER_OF", "brics", "2027-03-01") in got
