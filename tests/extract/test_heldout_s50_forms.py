"""Forms met in held-out sets of sessions 49 and 50 (2026-12-05), each in sentences of our own:
names after a bloc that do not name who acts ("expressed interest in joining X, while Brazil
welcomed them", "at the summit (A, B)"), and a country's short name that is a person's."""

from tests.extract.helpers import found


def test_names_after_the_object_are_no_subjects_unless_right_after_its_comma():
    got = found("Several nations expressed interest in joining the BRICS group, while Cuba "
                "welcomed them.", reader=False)
    assert not [c for c in got if c[0] == "CUB"]
    got = found("Several nations voiced interest in joining the SCO, with the Astana summit (Nepal, "
                "Laos and Cambodia) under way.", reader=False)
    assert not [c for c in got if c[0] in {"NPL", "LAO", "KHM"}]
    # the group right after the comma is the count noun's
    got = found("Two more countries joined the ILRS project, the UAE and Pakistan.", reader=False)
    assert {("ARE", "MEMBER_OF", "ilrs"), ("PAK", "MEMBER_OF", "ilrs")} <= got
    # a bracket after the object, or after a signing ceremony, still lists who signed
    got = found("Three countries signed the Artemis Accords at a ceremony (Peru, Chile and "
                "Uruguay).", reader=False)
    assert {("PER", "SIGNED", "artemis-accords"), ("URY", "SIGNED", "artemis-accords")} <= got


def test_a_country_name_after_a_given_name_is_a_person():
    got = found("The correspondent in Geneva, Jamil Chad, revealed the list. The statement, "
                "according to Chad, says Egypt joined BRICS in 2024.", reader=False)
    assert not [c for c in got if c[0] == "TCD"]
    assert ("EGY", "MEMBER_OF", "brics") in got
    # the country elsewhere, and a place's prefix, stay the country's
    got = found("Egypt and Jordan signed the Artemis Accords, said the analyst Michael Jordan.",
                reader=False)
    assert ("JOR", "SIGNED", "artemis-accords") in got
    got = found("Officials near Lake Chad said Chad joined the ILRS.", reader=False)
    assert ("TCD", "MEMBER_OF", "ilrs") in got
