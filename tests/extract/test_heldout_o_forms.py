"""Forms first met on held-out set O: a list after "including" behind a signing clause whose
subject is a count, a committee "enlarged by adding" members, "added as new members were",
"the member states now include", "joining fellow ... countries", run-together words, and an
institution of a territory that is not the territory."""

from __future__ import annotations

from tests.extract.helpers import claims


def test_a_count_of_countries_signed_including_a_list():
    text = "So far, at least 21 countries have signed the Artemis Accords including Bahrain, Brazil and Canada."
    assert sorted(c[:3] for c in claims(text)) == [("BHR", "SIGNED", "artemis-accords"),
                                                   ("BRA", "SIGNED", "artemis-accords"),
                                                   ("CAN", "SIGNED", "artemis-accords")]


def test_a_committee_enlarged_by_adding_members():
    text = "COPUOS was enlarged in 1961 by adding Chad, Mongolia and Sierra Leone."
    assert sorted(c[:3] for c in claims(text)) == [("MNG", "MEMBER_OF", "copuos"),
                                                   ("SLE", "MEMBER_OF", "copuos"),
                                                   ("TCD", "MEMBER_OF", "copuos")]


def test_added_as_new_members_were_and_new_members_were():
    text = ("COPUOS grew in 1973. Added as new members by appointment of the President were "
            "Chile, Kenya and Nigeria. New members were Benin and Colombia.")
    assert sorted(c[:3] for c in claims(text)) == [
        ("BEN", "MEMBER_OF", "copuos"), ("CHL", "MEMBER_OF", "copuos"),
        ("COL", "MEMBER_OF", "copuos"), ("KEN", "MEMBER_OF", "copuos"),
        ("NGA", "MEMBER_OF", "copuos")]


def test_are_committee_members():
    text = "COPUOS met in Vienna. Of these, Brazil, Ecuador and Kenya are committee members."
    assert sorted(c[:3] for c in claims(text)) == [("BRA", "MEMBER_OF", "copuos"),
                                                   ("ECU", "MEMBER_OF", "copuos"),
                                                   ("KEN", "MEMBER_OF", "copuos")]


def test_alongside_x_the_member_states_now_include_with_others_also_part_of_the_group():
    text = ("BRICS met in Kazan. Alongside Russia, the member states now include Brazil, India "
            "and China, with Egypt and Iran also part of the group.")
    assert sorted(c[:3] for c in claims(text)) == [
        ("BRA", "MEMBER_OF", "brics"), ("CHN", "MEMBER_OF", "brics"),
        ("EGY", "MEMBER_OF", "brics"), ("IND", "MEMBER_OF", "brics"),
        ("IRN", "MEMBER_OF", "brics"), ("RUS", "MEMBER_OF", "brics")]


def test_joining_fellow_countries_as_well_as_those_that_comprise_the_object():
    text = ("Sweden is set to join NATO. Sweden will be joining fellow Nordic countries Norway, Denmark and Finland, as well "
            "as the 27 other countries that comprise NATO.")
    found = {c[:3] for c in claims(text)}
    assert {("NOR", "MEMBER_OF", "nato"), ("DNK", "MEMBER_OF", "nato"),
            ("FIN", "MEMBER_OF", "nato")} <= found


def test_run_together_words_are_split():
    text = "NASA is leading Artemis ProgramInternational partnerships with many countries."
    assert [c[:3] for c in claims(text)] == [("nasa", "LEADS", "artemis-program")]


def test_an_institution_of_a_territory_is_not_the_territory():
    text = ("WMO updated a memorandum with the Hong Kong Observatory and joined the Global "
            "Initiative for Information Integrity on Climate Change.")
    assert not [c for c in claims(text) if c[0] == "HKG"]


def test_a_full_stop_after_a_resolution_number_ends_the_sentence():
    text = ("COPUOS grew. The 37 became 47 with the adoption of Resolution 32/196B. New members "
            "were Benin, Colombia and Iraq.")
    assert sorted(c[:3] for c in claims(text)) == [("BEN", "MEMBER_OF", "copuos"),
                                                   ("COL", "MEMBER_OF", "copuos"),
                                                   ("IRQ", "MEMBER_OF", "copuos")]
