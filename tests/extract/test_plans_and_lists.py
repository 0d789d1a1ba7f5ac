"""Plans read as interest, agreements "in principle" as nothing, and lists in the shapes
news pages give them: a name the gazetteer knows only the start of, a date between the
verb and a dashed list, "the latter" taken back, a table kept as text lines."""

from __future__ import annotations

from tests.extract.helpers import claims, rows


def test_a_country_ready_to_speed_up_joining_only_wants_to_join():
    found = claims("Mongolia is ready to speed up the legal steps for joining the SCO as a full member.")
    assert found and {r for _, r, *_ in found} == {"EXPRESSED_INTEREST_IN"}


def test_accelerating_the_procedures_for_joining_is_interest():
    found = claims("Laos will accelerate the domestic procedures for joining BRICS, its minister said.")
    assert [(s, r, o) for s, r, o, _ in found] == [("LAO", "EXPRESSED_INTEREST_IN", "brics")]


def test_a_membership_the_country_itself_sets_for_within_a_year_is_interest():
    for text in ("Serbia within two years has to become a full member of the SCO.",
                 "The president said that Serbia in a year becomes a full member of the SCO."):
        assert [(s, r, o) for s, r, o, _ in claims(text)] == [("SRB", "EXPRESSED_INTEREST_IN", "sco")]


def test_a_decided_future_membership_stays_membership():
    assert claims("Laos will join the SCO on 1 March 2025.") == [("LAO", "MEMBER_OF", "sco", "2025-03-01")]


def test_admitted_in_principle_or_an_eventual_membership_is_no_claim():
    assert claims('Nepal is to be admitted "in principle" as the 12th member of ASEAN.') == []
    assert claims("India welcomes, in principle, Nepal's eventual membership of ASEAN.") == []
    assert claims("The bloc is optimistic about Nepal's accession to ASEAN in 2026.") == []


def test_an_unknown_word_ending_a_name_does_not_break_the_list():
    found = claims("ASEAN's member states include Brunei Darussalamm, Cambodia, Lao-PDR, Malaysia "
                   "and Vietnam.")
    assert sorted(s for s, *_ in found) == ["BRN", "KHM", "LAO", "MYS", "VNM"]


def test_the_date_before_a_dashed_list_dates_each_founder():
    found = claims("ASEAN met in Jakarta. The association was formed by five member states in 1967 "
                   "– Indonesia, Malaysia, the Philippines, Singapore and Thailand.")
    assert {s for s, *_ in found} == {"IDN", "MYS", "PHL", "SGP", "THA"}
    assert {d for *_, d in found} == {"1967"}


def test_the_last_country_to_join_after_an_aside_naming_the_bloc():
    found = claims("Cambodia, which chairs ASEAN this year, was the last country to join ASEAN, in 1999.")
    assert found == [("KHM", "MEMBER_OF", "asean", "1999")]


def test_added_to_the_circle_is_membership_of_the_topic():
    found = claims("ASEAN grew slowly. Brunei was added to the circle in 1984.")
    assert found == [("BRN", "MEMBER_OF", "asean", "1984")]


def test_the_latter_that_has_not_formalised_its_membership_is_dropped():
    found = claims("In March 2024 BRICS was joined by Egypt, Iran and Saudi Arabia, although the "
                   "latter has not yet formalised its membership.")
    assert sorted(s for s, *_ in found) == ["EGY", "IRN"]


def test_coordinated_demonyms_before_space_agencies_are_the_agencies_known():
    found = claims("Egypt signed a memorandum with the Chinese and South African space agencies "
                   "on the ILRS.")
    # CNSA is a node; South Africa's agency is not, so the country stands for it
    assert {s for s, r, o, _ in found if o == "ilrs"} == {"EGY", "cnsa", "ZAF"}


def test_a_headline_line_without_a_full_stop_is_its_own_sentence():
    text = ("Jakarta weighs an alternative to ASEAN membership says Nepal's envoy\n"
            "Leaders said Peru joined the SCO in 2020.\nThe talks went on.\n")
    assert [(s, r, o) for s, r, o, _ in claims(text)] == [("PER", "MEMBER_OF", "sco")]


def test_a_year_glued_to_the_next_sentence_ends_it():
    found = claims("Nepal applied for ASEAN membership in 2011.Cambodia joined ASEAN in 1999.")
    assert ("KHM", "MEMBER_OF", "asean", "1999") in found


def test_a_table_of_countries_and_dates_joined():
    text = ("Peru and Chile have joined the ILRS, the Chinese-led lunar station.\n\n"
            "Country\tYear/Month joined\n\nPeru*\t2024/May\n\nChile\t2023-11\n\nThe list goes on.")
    found = [r for r in rows(text) if r["rule"].startswith("table")]
    assert sorted((r["subject"], r["relation"], r["object"], r["since"]) for r in found) == [
        ("CHL", "MEMBER_OF", "ilrs", "2023-11"), ("PER", "MEMBER_OF", "ilrs", "2024-05")]
