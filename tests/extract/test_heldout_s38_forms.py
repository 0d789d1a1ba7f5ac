"""Forms met in held-out sets JF to JJ (session 38, 2026-12-04; read after their
measurement), each in sentences of our own: a counted list of partners the reader keeps; a
bloc named as what another is set against; plural applications; an invitation whose start
the next sentence gives; an application with its weekday; a wish after "also"; names that
"have yet to join"."""

from graphkit.extract.text import nlp
from graphkit.extract.undoing import joining_denied
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


def test_an_application_dated_by_its_weekday_is_still_an_application():
    got = claims("Spurred by the war, Austria and Ireland formally applied Thursday to join NATO.",
                 published="2026-03-05")
    assert {("AUT", "EXPRESSED_INTEREST_IN", "nato"),
            ("IRL", "EXPRESSED_INTEREST_IN", "nato")} <= {c[:3] for c in got}
    assert not [c for c in got if c[1] == "MEMBER_OF"]


def test_a_wish_stays_a_wish_after_also():
    got = claims("The 1995 enlargement saw Austria, Finland and Sweden accede to the European "
                 "Union. Norway had negotiated to join alongside the other three. Switzerland also "
                 "applied for membership on 26 May 1992.", published="2024")
    assert ("NOR", "EXPRESSED_INTEREST_IN", "eu", "2024") in got
    assert ("CHE", "EXPRESSED_INTEREST_IN", "eu", "1992-05-26") in got
    assert not [c for c in got if c[0] in {"NOR", "CHE"} and c[1] == "MEMBER_OF"]


def test_words_after_a_list_that_deny_its_joining():
    doc = nlp()("Other countries like Russia and China have yet to join. Cyprus and Spain have "
                "not recognised Kosovo. Egypt and Iran have not signed.")
    after = {t.text: t.i + 1 for t in doc if t.text in {"China", "Spain", "Iran"}}
    assert joining_denied(doc, after["China"], len(doc))
    assert not joining_denied(doc, after["Spain"], len(doc))  # another act
    assert joining_denied(doc, after["Iran"], len(doc))
    # a list that has not done another thing keeps its membership
    got = found("Of the 27 EU member states, five (Cyprus, Greece, Romania, Slovakia and Spain) "
                "have not recognised Kosovo.")
    assert ("GRC", "MEMBER_OF", "eu") in got
