"""Forms met in held-out sets KE to KH (session 44, 2026-12-05), each in sentences of our
own: an agreement's members listed after "including"; a bloc's list of members is no
signing of an agreement named before it; "Latin America" names no country; an absolute
clause or "any country" gives a trigger a subject of its own; "made overtures to",
"aspired to ... membership" and "actively pursuing membership" as wishes; "added to the list
of ... as a partner country"; a bloc "named after" its members; a body others are admitted
to is no subject; "advocating for" a country's participation; an agency's possessive before
its abbreviation in brackets; a date after "although" belongs to the other clause. From KI to
KL: "its Member States, namely A, B"; "aligned themselves with" a programme; a go-ahead to
sign, or being poised to; "the bank" after a bloc's name is a bank, not the bloc."""

from tests.extract.helpers import claims, found, rows


def test_an_agreements_members_listed_after_including_signed_it():
    got = found("Several members of the Artemis Accords, including Chile, Peru and Ghana, also "
                "belong to the G20.", reader=False)
    assert {("CHL", "SIGNED", "artemis-accords"), ("GHA", "SIGNED", "artemis-accords")} <= got


def test_a_blocs_list_of_members_signs_no_agreement_named_before_it():
    got = found("Key members of the Artemis Accords, including Brazil and India, also sit in "
                "BRICS, a group comprising Brazil, Russia, India, China and Iran.")
    assert ("BRA", "SIGNED", "artemis-accords") in got and ("RUS", "MEMBER_OF", "brics") in got
    assert not {t for t in got if t[0] in {"RUS", "CHN", "IRN"} and t[2] == "artemis-accords"}


def test_latin_america_names_no_country():
    got = found("The Artemis Accords have signatories from Latin America, Africa and the "
                "Middle East.")
    assert not {t for t in got if t[0] == "USA"}
    assert not found("Much of Latin America has joined the Artemis Accords.", reader=False)
    assert ("USA", "SIGNED", "artemis-accords") in found("America has joined the Artemis "
                                                         "Accords.", reader=False)


def test_a_clause_of_other_countries_takes_its_own_subject():
    got = found("The SCO, comprising China, Russia and India, has grown, with several nations "
                "expressing interest in joining.", reader=False)
    assert ("CHN", "MEMBER_OF", "sco") in got
    assert ("CHN", "EXPRESSED_INTEREST_IN", "sco") not in got
    got = found("Japan once required any country wanting to participate in the Artemis program "
                "to sign the Accords.", reader=False)
    assert ("JPN", "COOPERATES_ON", "artemis-program") not in got


def test_overtures_aspirations_and_pursuits_are_wishes():
    got = found("BRICS met in Kazan. Laos and Nepal have made overtures to the group.", reader=False)
    assert {("LAO", "EXPRESSED_INTEREST_IN", "brics"), ("NPL", "EXPRESSED_INTEREST_IN", "brics")} <= got
    got = found("After 1991, Georgia and Moldova aspired to NATO membership.", reader=False)
    assert ("GEO", "EXPRESSED_INTEREST_IN", "nato") in got
    assert ("GEO", "MEMBER_OF", "nato") not in got
    got = found("Ghana is actively pursuing membership in BRICS.", reader=False)
    assert ("GHA", "EXPRESSED_INTEREST_IN", "brics") in got and ("GHA", "MEMBER_OF", "brics") not in got


def test_added_to_the_list_of_partners():
    got = found("Bolivia has been added to the list of countries recognised by BRICS as a "
                "partner country.", reader=False)
    assert ("BOL", "PARTNER_OF", "brics") in got


def test_a_bloc_named_after_its_members():
    got = found("Together, BRICS, named after Brazil, Russia, India, China and South Africa, "
                "is growing.", reader=False)
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics")} <= got


def test_the_body_others_are_admitted_to_is_no_subject():
    got = found("At an Atlantic Council meeting, a minister proposed that the states of the "
                "region be admitted to NATO as members.", reader=False)
    assert not {t for t in got if t[0] == "nato"}


def test_advocating_for_a_countrys_participation_is_no_act():
    got = found("China leads the ILRS. The university pledged its support in advocating for "
                "Uganda's participation in the project.", reader=False)
    assert not {t for t in got if t[0] == "UGA"}


def test_an_agencys_possessive_before_its_abbreviation_leads_the_programme():
    got = found("Chile joined the National Aeronautics and Space Administration's (NASA) "
                "Artemis Accords.", reader=False)
    assert ("nasa", "LEADS", "artemis-accords") in got


def test_a_date_after_although_belongs_to_the_other_clause():
    got = claims("BRICS was named after Brazil, Russia, India, China and South Africa, although, "
                 "as of 1 January 2024, it has ten members.", published="2025-03-01")
    assert ("BRA", "MEMBER_OF", "brics", "2025") in got


def test_member_states_namely_a_list():
    got = rows("The council of APSCO seats the envoys of its Member States, namely Peru, "
               "Thailand and Turkey.")
    named = {(r["subject"], r["object"]) for r in got if "namely" in r["rule"]}  # not the fallback
    assert {("PER", "apsco"), ("TUR", "apsco")} <= named


def test_aligning_with_a_programme_joins_it():
    got = found("Some BRICS members, such as Egypt and Ethiopia, have aligned themselves with "
                "the International Lunar Research Station.", reader=False)
    assert ("EGY", "MEMBER_OF", "ilrs") in got


def test_a_go_ahead_or_being_poised_to_sign_is_no_signature():
    got = found("Vietnam has received the go ahead to sign the Artemis Accords.", reader=False)
    assert ("VNM", "SIGNED", "artemis-accords") not in got
    assert ("VNM", "EXPRESSED_INTEREST_IN", "artemis-accords") in got
    got = found("Vietnam is now poised to become an Artemis Accords signatory.", reader=False)
    assert ("VNM", "SIGNED", "artemis-accords") not in got


def test_the_bank_after_a_bloc_is_a_bank_not_the_bloc():
    text = ("Chile joined the New Development Bank. The move came before the BRICS summit. "
            "The bank's board approved it. Current members include Brazil, Russia and Chile.")
    assert not {t for t in found(text, reader=False) if t[2] == "brics"}
    assert not {t for t in found(text) if t[2] == "brics"}


def test_a_member_in_a_list_of_members_is_no_partner_too():
    got = found("The SCO is a security organization formed in 2001. It includes India, "
                "Kazakhstan, China, Kyrgyzstan and Russia, with Belarus and Mongolia as observers "
                "and Nepal, Turkey and Sri Lanka as dialogue partners.")
    assert ("IND", "MEMBER_OF", "sco") in got
    assert not {t for t in got if t[0] in {"IND", "KAZ", "KGZ", "RUS"} and t[1] == "PARTNER_OF"}
