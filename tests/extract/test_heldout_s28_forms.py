"""Forms met in held-out sets HC to HJ (2026-12-04, read after their measurement), each in
sentences of our own: an invitation the reader read as joining; a list that "include" opens
after words of seeking; a plan "for" a country to join; a negated joining; the same
relation with another object in a sentence the rules read."""

from tests.extract.helpers import found


def test_an_invitation_is_no_joining_unless_accepted_or_taking_effect():
    for text in (("At the summit in August, the leaders agreed to invite Chile and two other countries, "
                 "including Peru and Ghana, to join BRICS on the 1st of January."),
                 "The leaders agreed to invite Chile, Peru and Ghana to join BRICS."):
        assert not {c for c in found(text) if c[1] == "MEMBER_OF"}, text
    taking_effect = found("The SCO decided this week to invite three countries – Chile, Peru and Ghana – "
                          "to become new members. SCO membership of the new countries will take effect "
                          "on Jan. 1, 2027.")
    assert {("CHL", "MEMBER_OF", "sco"), ("GHA", "MEMBER_OF", "sco")} <= taking_effect


def test_a_list_opened_by_words_of_seeking_is_interest():
    for text in ("Countries that have applied to join BRICS include Chile and Ghana.",
                 ("The countries mentioned as expressing interest, either formally or informally, in "
                 "joining the BRICS group include Chile, Peru, Ghana and Nepal.")):
        got = found(text)
        assert {("CHL", "EXPRESSED_INTEREST_IN", "brics"), ("GHA", "EXPRESSED_INTEREST_IN", "brics")} <= got, text
        assert not {c for c in got if c[1] == "MEMBER_OF"}, text
    got = found("Countries that applied to join BRICS and were admitted include Chile and Ghana.")
    assert {("CHL", "MEMBER_OF", "brics"), ("GHA", "MEMBER_OF", "brics")} <= got


def test_plans_for_a_country_to_join_are_interest():
    got = found("Chile's new president has decided to withdraw plans for his country to join BRICS, "
                "the bloc of emerging economies.")
    assert ("CHL", "MEMBER_OF", "brics") not in got
    assert ("CHL", "MEMBER_OF", "brics") in found("Chile joined BRICS in 2024.", reader=False)


def test_a_negated_joining_gives_the_reader_no_claim():
    got = found("Despite pressure from Brussels, Belgrade has not joined the Chilean and EU embargo "
                "against Peru, pledging neutrality in the Ukraine conflict.")
    assert not {c for c in got if c[1] == "MEMBER_OF"}


def test_the_reader_adds_no_second_bloc_where_the_rules_read_one():
    got = found("Founded in 2009 by Brazil, Russia, India and China, BRICS expanded to include "
                "South Africa in 2010 as a counterweight to the G7.")
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics")} <= got
    assert not {c for c in got if c[2] == "g7"}


def test_observers_and_guests_are_no_members_or_partners_of_the_readers():
    got = found("The members of the SCO are India, Kazakhstan and Uzbekistan. The observer countries are "
                "Chile, Peru, Ghana and Nepal; the partner countries are Armenia and Cambodia.")
    assert not {c for c in got if c[0] in ("CHL", "PER", "GHA", "NPL")}
    got = found("The SCO was founded in 2001. Currently, Chile, Peru and Ghana have been granted Observer "
                "status while the summit decided to admit India and Pakistan as full members.")
    assert not {c for c in got if c[0] in ("CHL", "PER", "GHA")}
    got = found("APSCO's members include agencies from Bangladesh, China and Iran. Representatives from "
                "Chile, Peru and Ghana also attended the founding ceremony.")
    assert ("BGD", "MEMBER_OF", "apsco") in got
    assert not {c for c in got if c[0] in ("CHL", "PER", "GHA")}


def test_countries_joined_by_hyphens_before_a_blocs_name_are_its_members():
    got = found("The three leaders announced a next step for the Australia-United Kingdom-United States "
                "(AUKUS) security pact.", reader=False)
    assert {("AUS", "MEMBER_OF", "aukus"), ("GBR", "MEMBER_OF", "aukus"), ("USA", "MEMBER_OF", "aukus")} <= got
    got = found("Analysts compared it with the India-Japan-US-Australia Quad.", reader=False)
    assert {("IND", "MEMBER_OF", "quad"), ("JPN", "MEMBER_OF", "quad")} <= got
    assert not found("The China-ASEAN summit and the US-EU talks ended.", reader=False)



def test_recognised_as_aspiring_members_is_interest():
    got = found("NATO currently recognizes Bosnia and Herzegovina, Georgia, and Ukraine as aspiring members.",
                reader=False)
    assert {("BIH", "EXPRESSED_INTEREST_IN", "nato"), ("GEO", "EXPRESSED_INTEREST_IN", "nato"),
            ("UKR", "EXPRESSED_INTEREST_IN", "nato")} <= got
    assert not {c for c in got if c[1] == "MEMBER_OF"}
    assert ("GEO", "MEMBER_OF", "nato") in found("NATO recognised Georgia as a member in 2008.", reader=False)


def test_a_list_after_a_sentence_of_two_blocs_takes_the_one_the_text_is_about():
    got = found("The Artemis Accords were established in 2020 with eight original signatory countries. The "
                "agreement outlines common principles, while also affirming guidelines set out in the Outer "
                "Space Treaty of 1967. Finland follows Liechtenstein, Thailand, Panama, and Austria as one "
                "of the latest international signatories.", reader=False)
    assert ("LIE", "SIGNED", "artemis-accords") in got
    assert not {c for c in got if c[2] == "outer-space-treaty"}
