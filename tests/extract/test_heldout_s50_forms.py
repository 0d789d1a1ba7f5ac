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


def test_applications_by_a_list_to_join_are_wishes():
    got = found("Russia welcomes the applications by Angola, Panama and Slovenia to join the UN "
                "Committee on the Peaceful Uses of Outer Space as full-fledged members.")
    assert {("AGO", "EXPRESSED_INTEREST_IN", "copuos"), ("SVN", "EXPRESSED_INTEREST_IN", "copuos")} <= got
    assert not [c for c in got if c[1] == "MEMBER_OF" and c[0] in {"AGO", "PAN", "SVN"}]
    got = found("The summit will weigh the bids of Norway and Iceland — spurred by the war — to join "
                "the SCO.", reader=False)
    assert ("NOR", "EXPRESSED_INTEREST_IN", "sco") in got
    assert ("NOR", "MEMBER_OF", "sco") not in got


def test_delegates_and_those_at_a_session_are_no_members():
    got = found("The Committee on the Peaceful Uses of Outer Space met in Vienna. This year, the "
                "group comprised delegates from Algeria, Kenya, Nigeria and Rwanda.")
    assert not [c for c in got if c[0] in {"DZA", "KEN", "NGA", "RWA"}]
    got = found("Chile at the 2023 COPUOS Legal Subcommittee\nMarch 25, 2023\n\nFrom Monday, "
                "Chile joined delegations from around the globe at the session of the UN "
                "Committee on the Peaceful Uses of Outer Space (COPUOS).")
    assert ("CHL", "MEMBER_OF", "copuos") not in got


def test_an_initiative_by_a_country_is_its_proposal_not_its_signature():
    got = found("The Moon Agreement was signed in December 1979 following an initiative by the "
                "Soviet Union.", reader=False)
    assert ("SUN", "PROPOSED", "moon-agreement") in got
    assert ("SUN", "SIGNED", "moon-agreement") not in got
    assert ("SUN", "SIGNED", "moon-agreement") in found(
        "The Moon Agreement was signed in December 1979 by the Soviet Union.", reader=False)
    # only a "by" after the initiative: "joined the initiative as a partner" stays a partnership
    assert ("EGY", "PARTNER_OF", "ilrs") in found("Egypt joined the initiative as a partner of "
                                                  "the ILRS.", reader=False)


def test_a_bloc_in_the_list_itself_is_a_peer_and_joining_leaders_is_attending():
    got = found("The summit, scheduled from June 14-16, will gather leaders from Canada, France, "
                "Japan, the United States, and the European Union.")
    assert not [c for c in got if c[2] == "eu"]
    got = found("Indian premier Narendra Modi will join G7 leaders this week during a summit.",
                reader=False)
    assert ("IND", "MEMBER_OF", "g7") not in got
    assert ("EGY", "MEMBER_OF", "brics") in found("Egypt joined BRICS in 2024 as leaders met.",
                                                  reader=False)
