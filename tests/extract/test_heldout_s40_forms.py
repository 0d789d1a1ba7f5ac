"""Forms met in held-out sets JO to JR (session 40, 2026-12-05; read after their
measurement), each in sentences of our own: a bloc's own name before "group of" and its
list; "applicants include"; a year given as "2022 or 2023"; "the other nine are" after a
count of partners whose first part was listed earlier; "the inclusion of A, B as new X
partner countries" and "granted A, B the status of dialogue partners"; "holding back A from
joining"; a list the reader kept only part of."""

from dataclasses import replace

from graphkit.extract.candidate import Candidate
from graphkit.extract.dates import find_dates
from graphkit.extract.reader import _rest_of_lists
from tests.extract.helpers import claims, found, rows


def test_a_blocs_name_before_group_of_lists_its_members():
    got = found("Leaders of the BRICS group of Brazil, Russia, India, China and South Africa "
                "met in Durban.", reader=False)  # the rules: the reader reads most of them too
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics")} <= got


def test_group_of_after_a_verb_is_no_membership():
    got = found("NATO warned the group of Chile and Peru.", reader=False)
    assert not [c for c in got if c[0] in ("CHL", "PER") and c[2] == "nato"]


def test_applicants_include_are_interested_not_members():
    got = found("Kenya has applied to join BRICS. Other applicants (all of whom wrote in "
                "2022) include Chile, Peru and Norway.")
    assert {("CHL", "EXPRESSED_INTEREST_IN", "brics"), ("NOR", "EXPRESSED_INTEREST_IN", "brics")} <= got
    assert not [c for c in got if c[1] == "MEMBER_OF"]


def test_a_year_given_as_one_or_another_is_no_date():
    assert [d.value for d in find_dates("they applied in 2022 or 2023, Chile in 2021", "2023-08")] == ["2021"]


def test_the_other_n_after_a_count_whose_first_part_came_earlier():
    got = claims("Three African countries - Kenya, Ghana and Senegal - have become partner "
                 "countries of BRICS. The bloc said on Monday that seven nations have been added "
                 "to the alliance as partner countries. The other four nations are Chile, Peru, "
                 "Norway and Iceland.", published="2026-05-10")
    partners = {c[0] for c in got if c[1:3] == ("PARTNER_OF", "brics")}
    assert {"CHL", "PER", "NOR", "ISL"} <= partners


def test_the_other_n_that_do_not_add_up_give_nothing():
    got = found("Two African countries - Kenya and Ghana - have become partner countries of "
                "BRICS. Seven nations have been added to the alliance as partner countries. The "
                "other four nations are Chile, Peru, Norway and Iceland.", reader=False)
    assert not [c for c in got if c[0] in ("CHL", "PER", "NOR", "ISL")]


def test_the_inclusion_of_countries_as_new_partner_countries():
    got = found("The inclusion of Chile, Peru and Kenya as new BRICS partner countries worries "
                "some ASEAN diplomats.")
    assert {("CHL", "PARTNER_OF", "brics"), ("KEN", "PARTNER_OF", "brics")} <= got
    assert not [c for c in got if c[2] == "asean"]


def test_granted_the_status_of_dialogue_partners():
    got = rows("In 2009 the SCO granted Chile and Peru the status of dialogue partners.")
    partners = {r["subject"] for r in got if (r["relation"], r["object"]) == ("PARTNER_OF", "sco")
                and r["rule"].startswith("inner:")}  # not only the fallback's list near a bloc
    assert partners == {"CHL", "PER"}


def test_held_back_from_joining_is_no_membership():
    for words in ("may be holding back Chile from joining BRICS",
                  "may deter Chile from joining BRICS"):
        got = found(f"This {words}.", reader=False)
        assert ("CHL", "MEMBER_OF", "brics") not in got, words


def _member(subject, rule="reverse:members are", confidence=0.5):
    return Candidate(subject, "MEMBER_OF", "asean", "", "The members are ...", 10, 90,
                     confidence, rule, "", "", "published year")


def test_a_list_the_reader_kept_in_part_is_kept_whole():
    listed = [_member(c) for c in ("CHL", "PER", "KEN", "NOR", "ISL", "GHA")]
    kept = [replace(c, confidence=p) for c, p in zip(listed[:3], (0.9, 0.7, 0.8))]
    back = _rest_of_lists(listed, kept)
    assert {c.subject for c in back} == {"NOR", "ISL", "GHA"}
    assert {c.confidence for c in back} == {0.7}


def test_a_list_the_reader_kept_less_than_half_of_stays_as_read():
    listed = [_member(c) for c in ("CHL", "PER", "KEN", "NOR", "ISL", "GHA")]
    assert _rest_of_lists(listed, [replace(listed[0], confidence=0.9)]) == []
    short = listed[:3]  # three names: too short a list to tell
    assert _rest_of_lists(short, [replace(short[0], confidence=0.9), replace(short[1], confidence=0.9)]) == []
