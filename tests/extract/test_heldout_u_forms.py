"""Forms first met on held-out set U, each on a sentence written for this test: "the
following states have signed X but have not ratified it:" with the list on the next line
(the list is the subject; the line joins its sentence), list items the gazetteer does not
know that the country library names ("Ceylon", "Congo (Kinshasa)") or that graphkit's data
names as a former state ("Yugoslavia"), two names run together ("Ecuador El Salvador") or a
name inverted ("Germany: Federal Republic") inside a list, a long official name with "the"
and commas changed, "ratification or accession" (neither said), "signed X in addition to
Y" (both signed), "A, B and C (BLOC)" (members), "it now includes A, B" (the bloc), a
title line "Accession of X to Y" (no act), "the possibility of accession" (none), definitions
run together at a semicolon ('this Charter;"Executive Council"'), and "the two countries"
after a sentence naming two apart ("The first partner Chile called on was Peru")."""

from __future__ import annotations

from tests.extract.helpers import claims, rows


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def _signed(*codes: str, obj: str = "outer-space-treaty") -> set[tuple]:
    return {(c, "SIGNED", obj) for c in codes}


def test_the_following_states_are_the_list_after_the_colon_past_a_but_clause():
    text = ("The following states have signed the Outer Space Treaty but have not ratified "
            "it:\nChile, Kenya, Peru, Ghana.")
    assert triples(text) == _signed("CHL", "KEN", "PER", "GHA")
    text = "The following states have not signed the Outer Space Treaty:\nChile, Kenya, Peru."
    assert triples(text) == set()
    # no "following": the subject before the verb, not the list after the other clause
    text = "Mali signed the Outer Space Treaty but has not ratified it: Chile, Kenya, Peru."
    assert triples(text) == _signed("MLI")
    # "following" before a word other than a group noun stands for no list
    text = ("The following year, Mali signed the Outer Space Treaty but did not ratify it: "
            "Chile, Kenya and Peru followed later.")
    assert triples(text) == _signed("MLI")


def test_one_line_list_joins_the_sentence_its_colon_ends():
    text = "These states have signed the Outer Space Treaty:\nChile, Kenya, Peru and Ghana."
    assert triples(text) == _signed("CHL", "KEN", "PER", "GHA")
    text = "Mali has signed the Outer Space Treaty:\nThe talks in Chile, Kenya and Peru went on."
    assert triples(text) == _signed("MLI")
    # a line of mostly unknown words is no list of states
    text = "These states have signed the Outer Space Treaty:\nChile, Alpha Beta, Gamma, Delta, Peru."
    assert triples(text) == set()


def test_a_list_item_the_country_library_names():
    text = "Chile, Ceylon, Congo (Kinshasa), Holy See, Peru and Kenya signed the Outer Space Treaty."
    assert triples(text) == _signed("CHL", "LKA", "COD", "VAT", "PER", "KEN")
    # a former state that graphkit's data names, not today's state the library matches
    text = "The Outer Space Treaty was signed by Chile, Czechoslovakia, Peru, Kenya and Yugoslavia."
    assert triples(text) == _signed("CHL", "CSK", "PER", "KEN", "YUG")
    # the last item: at the list's end only
    text = "Chile, Peru, Kenya and Yugoslavia signed the Outer Space Treaty."
    assert triples(text) == _signed("CHL", "PER", "KEN")
    text = "Chile, Peru, Korea, Kenya signed the Outer Space Treaty."  # not the Joseon kingdom
    assert triples(text) == _signed("CHL", "PER", "KEN", "KOR")
    # outside a list of known countries the library is not asked
    assert triples("The envoy of Ceylon signed the Outer Space Treaty.") == set()
    assert triples("Chile and Ceylon signed the Outer Space Treaty.") == _signed("CHL")


def test_names_run_together_or_inverted_inside_a_list():
    text = "Chile, Ecuador El Salvador, Peru signed the Outer Space Treaty."
    assert triples(text) == _signed("CHL", "ECU", "SLV", "PER")
    text = "Chile, Germany: Federal Republic, Greece and Peru signed the Outer Space Treaty."
    assert triples(text) == _signed("CHL", "DEU", "GRC", "PER")


def test_a_long_official_name_with_the_and_commas_changed():
    text = ("Kenya signed the Treaty on the Principles Governing the Activities of States in the "
            "Exploration and Use of Outer Space including the Moon and Other Celestial Bodies.")
    assert [r["rule"] for r in rows(text)] == ["verb:sign; subject:country; object:name"]
    # a word of the name changed: no name (at best a description)
    text = ("Kenya signed the Treaty on the Principles Governing the Activities of Firms in the "
            "Exploration and Use of Outer Space including the Moon and Other Celestial Bodies.")
    assert all("object:name" not in r["rule"] for r in rows(text))


def test_ratification_or_accession_says_neither():
    text = ("Chile and Peru deposited their instruments of ratification or accession to the "
            "Outer Space Treaty.")
    assert triples(text) == set()
    assert triples("Kenya has signed or ratified the Outer Space Treaty.") == set()
    assert triples("Kenya deposited its instrument of accession to the Outer Space Treaty.") == {
        ("KEN", "ACCEDED_TO", "outer-space-treaty")}


def test_signed_in_addition_to_a_country():
    text = "Chile signed the Artemis Accords in addition to Nigeria and Peru."
    assert triples(text) == _signed("CHL", "NGA", "PER", obj="artemis-accords")
    text = "Chile signed the Artemis Accords in addition to a deal with Peru."
    assert triples(text) == _signed("CHL", obj="artemis-accords")
    assert triples("Chile joined NATO in addition to the EU.") == {("CHL", "MEMBER_OF", "nato")}


def test_a_list_glossed_by_its_bloc_s_name():
    text = "The leaders of Brazil, Russia, India, China and South Africa (BRICS) met on Thursday."
    assert triples(text) == {(c, "MEMBER_OF", "brics") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")}
    assert triples("Brazil and Russia (BRICS) met on Thursday.") == set()
    assert triples("Brazil, Russia and India (BRICS members) met on Thursday.") == set()
    assert triples("Brazil, Russia and India (not BRICS) met on Thursday.") == set()


def test_it_now_includes_names_the_bloc_before():
    text = "BRICS met in Kazan. It now includes Egypt, Ethiopia and Iran."
    assert triples(text) == {(c, "MEMBER_OF", "brics") for c in ("EGY", "ETH", "IRN")}
    assert triples("BRICS met in Kazan. The agenda now includes Egypt and Iran.") == set()


def test_a_title_line_names_the_act_as_its_topic():
    text = "Accession of Kenya to the Association of Southeast Asian Nations\n\nKenya is far from Jakarta.\n"
    assert triples(text) == set()
    text = "Accession of Kenya to ASEAN completed\n\nKenya is far from Jakarta.\n"  # a headline
    assert triples(text) == {("KEN", "MEMBER_OF", "asean")}
    assert triples("The accession of Kenya to ASEAN was completed in 2020.") == {
        ("KEN", "MEMBER_OF", "asean")}


def test_the_possibility_of_an_accession_is_none():
    assert triples("The possibility of accession of Kenya to ASEAN is a matter of discussion.") == set()


def test_definitions_run_together_end_at_the_semicolon():
    text = ('"Council" means the Andean Space Council established by this Charter;"Executive '
            'Council" means the Executive Council of the Union;')
    assert triples(text) == set()
    assert triples("APSCO was founded by China;Peru joined later.") == {
        ("CHN", "MEMBER_OF", "apsco"), ("PER", "MEMBER_OF", "apsco")}


def test_the_two_are_the_two_countries_the_sentence_before_names_apart():
    text = ("Kenya and Ghana signed the Artemis Accords. The first partner Chile called on was "
            "Peru. In 2021 the two countries announced that they were collaborating on the ILRS.")
    assert triples(text) - _signed("KEN", "GHA", obj="artemis-accords") == {
        ("CHL", "COOPERATES_ON", "ilrs"), ("PER", "COOPERATES_ON", "ilrs")}
    # three named apart are no pair: the pair named before stands
    text = ("Kenya and Ghana signed the Artemis Accords. Chile met Peru's envoy in Mali. In 2021 "
            "the two countries announced that they were collaborating on the ILRS.")
    assert triples(text) - _signed("KEN", "GHA", obj="artemis-accords") == {
        ("KEN", "COOPERATES_ON", "ilrs"), ("GHA", "COOPERATES_ON", "ilrs")}
