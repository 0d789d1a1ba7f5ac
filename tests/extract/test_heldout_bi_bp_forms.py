"""Forms met in held-out sets BI to BP (2026-12-03), each in a sentence of our own."""

from tests.extract.helpers import claims


def test_a_step_closer_to_joining_is_interest_not_membership():
    assert claims("The EU opened new chapters in the accession negotiations with Montenegro and "
                  "Serbia, bringing the two countries a step closer to joining the bloc.") == \
        [("MNE", "EXPRESSED_INTEREST_IN", "eu", "2024"), ("SRB", "EXPRESSED_INTEREST_IN", "eu", "2024")]
    assert claims("Georgia is on the path to joining NATO.") == \
        [("GEO", "EXPRESSED_INTEREST_IN", "nato", "2024")]
    # a joining that happened stays one
    assert claims("Finland joined NATO in 2023, a step towards a stronger alliance.") == \
        [("FIN", "MEMBER_OF", "nato", "2023")]


def test_roscosmos_name_for_the_ilrs_is_the_ilrs():
    # "International Scientific Lunar Station" (Mezhdunarodnaya nauchnaya lunnaya stantsiya),
    # Roscosmos's and TASS's name for the station: an alias of ilrs in data/nodes/blocs.csv
    assert claims("Belarus joined the International Scientific Lunar Station in 2023.") == \
        [("BLR", "MEMBER_OF", "ilrs", "2023")]


def test_a_government_approving_its_own_signature_states_interest_not_a_signature():
    assert claims("On Tuesday the cabinet approved the move for Thailand to sign the Artemis "
                  "Accords.") == [("THA", "EXPRESSED_INTEREST_IN", "artemis-accords", "2024-04-30")]
    # approved by the bloc: admitted
    assert claims("Ethiopia has been approved to join the BRICS alliance.") == \
        [("ETH", "MEMBER_OF", "brics", "2024")]


def test_joining_with_observer_status_is_no_membership():
    assert claims("Argentina, Brazil and Ukraine joined APSCO with observer's status in 2006.") == []
    assert claims("Argentina joined APSCO in 2006.") == [("ARG", "MEMBER_OF", "apsco", "2006")]


def test_a_count_of_states_in_a_bloc_before_a_colon_lists_its_members():
    assert claims("BRICS met in Kazan. Currently, there are five states in the association: "
                  "Brazil, Russia, India, China and Egypt.") == \
        [(iso3, "MEMBER_OF", "brics", "2024") for iso3 in ("BRA", "CHN", "EGY", "IND", "RUS")]


def test_a_bloc_uniting_countries_after_a_comma_names_its_members():
    assert claims("BRICS was established in 2009 as a cooperation platform for the largest "
                  "emerging economies, uniting Brazil, Russia, India and China.") == \
        [(iso3, "MEMBER_OF", "brics", "2009") for iso3 in ("BRA", "CHN", "IND", "RUS")]
    # "including" after a comma still lists, no verb
    assert claims("The deal drew interest from several countries, including Egypt.") == []


def test_the_group_stays_the_group_it_was_until_another_group_is_named():
    text = ("Turkey wants to join the Shanghai Cooperation Organization. Erdogan spoke after the "
            "group's summit in Samarkand. Ankara is also part of NATO. Founded in 2001, the group "
            "includes China, Russia and India.")
    assert claims(text) == [("TUR", "EXPRESSED_INTEREST_IN", "sco", "2024"),
                            ("TUR", "MEMBER_OF", "nato", "2024")] + [  # Ankara: Turkey
        (iso3, "MEMBER_OF", "sco", "2024") for iso3 in ("CHN", "IND", "RUS")]
    # never called "the group" before: the last organisation named
    assert claims("Turkey wants to join the SCO. Ankara is also part of NATO. The alliance "
                  "includes Canada.") == [("TUR", "EXPRESSED_INTEREST_IN", "sco", "2024"),
                                          ("TUR", "MEMBER_OF", "nato", "2024"),
                                          ("CAN", "MEMBER_OF", "nato", "2024")]


def test_taking_part_in_a_meeting_is_no_cooperation_on_the_organisation():
    assert claims("Leaders of the Collective Security Treaty Organization gathered in Dushanbe. "
                  "Leaders of member states Kazakhstan and Armenia took part in the meeting "
                  "alongside the organization's secretary-general.") == \
        [("ARM", "MEMBER_OF", "csto", "2024"), ("KAZ", "MEMBER_OF", "csto", "2024")]
    assert claims("Egypt took part in the ILRS in 2023.") == [("EGY", "COOPERATES_ON", "ilrs", "2023")]


def test_the_bloc_group_named_once_is_the_group_later():
    text = ("Turkey has formally asked to join the BRICS group of emerging nations. The bid comes "
            "amid rifts with fellow NATO members. It comes as the group, made up of Brazil, "
            "Russia and India, looks to expand.")
    assert claims(text) == [("TUR", "EXPRESSED_INTEREST_IN", "brics", "2024")] + [
        (iso3, "MEMBER_OF", "brics", "2024") for iso3 in ("BRA", "IND", "RUS")]


def test_non_nato_members_name_no_nato():
    assert claims("Several countries, including non-NATO members, have signed up to the project "
                  "including Germany, Britain and Finland.") == []


def test_refraining_from_applying_is_no_interest():
    assert claims("Kazakhstan will refrain from submitting an application to BRICS.") == []
    assert claims("Kazakhstan submitted an application to BRICS in 2024.") == \
        [("KAZ", "EXPRESSED_INTEREST_IN", "brics", "2024")]
