"""Claims whose object or subjects stand elsewhere than next to the trigger: a verb without
its object (the article's last node of a kind it may join), lists after a colon, appositions,
fronted clauses, "it", "the military alliance", lists of activities, partner status."""

from __future__ import annotations

from tests.extract.helpers import claims


def test_a_verb_without_its_object_takes_the_last_node_named_before():
    text = ("The Shanghai Cooperation Organisation met in Astana. India and Pakistan joined on "
            "9 June 2017, and Iran joined on 4 July 2023.")
    assert sorted(claims(text)) == [("IND", "MEMBER_OF", "sco", "2017-06-09"),
                                    ("IRN", "MEMBER_OF", "sco", "2023-07-04"),
                                    ("PAK", "MEMBER_OF", "sco", "2017-06-09")]


def test_a_verb_without_its_object_before_a_date_or_at_the_end():
    assert claims("The Artemis Accords grew again. Ecuador signed Wednesday.",
                  published="2023-06-23") == [("ECU", "SIGNED", "artemis-accords", "2023-06-21")]
    text = "BRICS met in Kazan. Egypt and Ethiopia became full members."
    assert claims(text) == [("EGY", "MEMBER_OF", "brics", "2024"),
                            ("ETH", "MEMBER_OF", "brics", "2024")]


def test_joining_the_following_year_takes_the_last_node():
    text = "BRICS was founded in 2009 by Brazil and China, while South Africa joined the following year."
    assert ("ZAF", "MEMBER_OF", "brics", "2024") in claims(text)


def test_a_verb_without_its_object_gives_nothing_when_hedged_passive_or_unknown():
    assert claims("BRICS met in Kazan. Saudi Arabia has been invited to join but has not yet "
                  "done so.") == [("SAU", "EXPRESSED_INTEREST_IN", "brics", "2024")]  # invited: no member
    assert claims("BRICS met in Kazan. Belarus is expected to join next year.") == []
    assert claims("NATO grew. Russia objected to the increase since it was founded in 1949.") == []
    assert claims("BRICS met in Kazan. Egypt joined the talks on Monday.") == []
    assert claims("Egypt joined on Monday.") == []  # no node named before: nothing to join


def test_subjects_listed_after_a_colon_or_a_dash():
    text = ("The Artemis Accords were drafted by the United States with countries who became the "
            "original signatories on October 13, 2020: Australia, Canada and Japan.")
    found = {(s, r, o) for s, r, o, _ in claims(text)}
    assert {("AUS", "SIGNED", "artemis-accords"), ("CAN", "SIGNED", "artemis-accords"),
            ("JPN", "SIGNED", "artemis-accords")} <= found
    text = "Six states are members of the CSTO: Russia, Belarus, Kazakhstan and Armenia."
    assert sorted(s for s, *_ in claims(text)) == ["ARM", "BLR", "KAZ", "RUS"]


def test_an_apposition_names_the_subject_before_its_comma():
    text = "Egypt, a member of BRICS since 2024, hosted the meeting."
    assert claims(text) == [("EGY", "MEMBER_OF", "brics", "2024")]
    text = "Peru and Slovakia, the newest signatories of the Artemis Accords, met in May 2024."
    assert claims(text) == [("PER", "SIGNED", "artemis-accords", "2024-05"),
                            ("SVK", "SIGNED", "artemis-accords", "2024-05")]


def test_a_noun_that_names_its_subject_needs_the_apposition():
    assert claims("NASA welcomed eight founding signatories of the Artemis Accords.") == []
    assert claims("Egypt said the members of BRICS disagree.") == []


def test_a_list_of_members_after_include_or_comprise():
    text = "The Collective Security Treaty Organization includes Russia, Belarus and Armenia."
    assert sorted(s for s, *_ in claims(text)) == ["ARM", "BLR", "RUS"]
    text = "Egypt joined BRICS, the bloc which comprises Brazil and India, in January 2024."
    assert {(s, o) for s, r, o, _ in claims(text) if r == "MEMBER_OF"} == {
        ("EGY", "brics"), ("BRA", "brics"), ("IND", "brics")}


def test_including_after_a_comma_is_a_list_not_membership():
    text = "The SCO summit drew interest from several countries, including Egypt and Qatar."
    assert {r for _, r, _, _ in claims(text)} == {"EXPRESSED_INTEREST_IN"}


def test_a_fronted_founded_by_clause_names_the_node_after_its_comma():
    text = "Founded by Brazil, Russia, India and China, BRICS now has ten members."
    assert sorted(s for s, r, o, _ in claims(text) if (r, o) == ("MEMBER_OF", "brics")) == [
        "BRA", "CHN", "IND", "RUS"]


def test_it_names_the_subject_of_its_own_sentence_not_a_possessive():
    text = ("Brazil hosted the summit in 2024. Indonesia welcomed on Tuesday Brazil's "
            "announcement that it had become a full member of BRICS.")
    assert [(s, r, o) for s, r, o, _ in claims(text)] == [("IDN", "MEMBER_OF", "brics")]


def test_the_adjective_and_head_noun_name_the_last_node_of_that_kind():
    text = ("Sweden joined NATO in March 2024, two years after Sweden and neighbouring Finland "
            "applied to join the military alliance.")
    found = [(s, r, o) for s, r, o, _ in claims(text)]
    assert ("SWE", "EXPRESSED_INTEREST_IN", "nato") in found
    assert ("FIN", "EXPRESSED_INTEREST_IN", "nato") in found


def test_cooperation_on_a_list_of_activities_of_a_node():
    text = ("Thailand and China will cooperate on the demonstration, implementation and "
            "operation of the ILRS.")
    assert sorted(s for s, r, o, _ in claims(text) if (r, o) == ("COOPERATES_ON", "ilrs")) == [
        "CHN", "THA"]


def test_partner_status_received_or_assumed():
    text = "Belarus and Kazakhstan received the status of BRICS partners on 1 January 2025."
    assert claims(text) == [("BLR", "PARTNER_OF", "brics", "2025-01-01"),
                            ("KAZ", "PARTNER_OF", "brics", "2025-01-01")]
    assert claims("BRICS met in Kazan. In November, Belarus became a partner country.",
                  published="2025-01") == [("BLR", "PARTNER_OF", "brics", "2024-11")]


def test_a_country_led_programme_is_led_by_it():
    text = "Thailand joined the China-led International Lunar Research Station in 2024."
    assert ("CHN", "LEADS", "ilrs", "2024") in claims(text)


def test_an_inner_phrase_finds_the_object_inside():
    text = "On 30 May 2024, NASA welcomed Slovakia as the newest Artemis Accords signatory."
    assert claims(text) == [("SVK", "SIGNED", "artemis-accords", "2024-05-30")]


def test_a_new_node_name_stops_before_a_date():
    found = claims("Egypt signed a Space Cooperation Agreement on March 9, 2021.")
    assert [o for _, _, o, _ in found] == ["space-cooperation-agreement"]


def test_a_memorandum_of_understanding_is_about_what_follows_it():
    text = ("On 9 March 2021, Russia and China signed a Memorandum of Understanding regarding "
            "the construction of the International Lunar Research Station.")
    assert {o for _, r, o, _ in claims(text) if r == "SIGNED"} == {"ilrs"}


def test_speculation_gives_no_claim():
    assert claims('"I hope Japan and the US could join BRICS," he said.') == []
    text = ("The SCO launched the procedure for granting the status of dialogue partner to "
            "Egypt in 2021.")
    assert claims(text) == []


def test_an_organisation_named_before_an_event_is_not_the_object():
    assert claims("Iran will participate in the SCO summit in 2023.") == []


def test_a_group_noun_right_before_the_trigger_is_its_subject():
    text = "Ecuador signed the Artemis Accords, which guide nations participating in the Artemis program."
    assert [r for _, r, _, _ in claims(text)] == ["SIGNED"]


def test_a_headline_in_title_case_makes_no_new_node():
    text = "Russia and China Agree to Build Research Station on the Moon\n\nThey met in 2021."
    assert not [o for _, _, o, _ in claims(text) if "research-station" in o]


def test_a_member_state_named_after_its_organisation_or_the_last_one():
    assert claims("In 2022, NATO member state Turkey objected.") == [
        ("TUR", "MEMBER_OF", "nato", "2022")]
    text = "NATO met in Madrid. Approval in member state Turkey could take months."
    assert claims(text) == [("TUR", "MEMBER_OF", "nato", "2024")]
    text = "APSCO met in Beijing. Its eight member states are Bangladesh, China and Peru."
    assert sorted(s for s, *_ in claims(text)) == ["BGD", "CHN", "PER"]


def test_a_list_that_includes_countries_is_no_membership_without_its_organisation():
    text = "BRICS met in Kazan. The list included Belarus, Bolivia and Cuba."
    assert claims(text) == []
    text = "The SCO summit included talks with Iran."
    assert claims(text) == []


def test_applied_for_membership_with_the_organisation_inside():
    assert claims("Türkiye applied for SCO membership in 2024.") == [
        ("TUR", "EXPRESSED_INTEREST_IN", "sco", "2024")]


def test_a_trigger_without_a_claim_does_not_cut_the_object_before_it():
    text = ("Russia and China met. Their joint efforts have included the establishment of a "
            "commission on satellite navigation.")
    assert ("RUS", "COOPERATES_ON", "ru-cn-satnav-commission", "2024") in claims(text)


def test_the_parties_to_an_agreement_on_a_node_sign_it():
    text = ("On 6 December 2023, Egypt signed a cooperation agreement between the China National "
            "Space Administration and the Egyptian Space Agency on the ILRS.")
    found = {(s, r, o) for s, r, o, _ in claims(text)}
    assert ("cnsa", "SIGNED", "ilrs") in found and ("EGY", "SIGNED", "ilrs") in found
    text = "On 5 April 2024, Thailand agreed to collaborate with China on the ILRS."
    assert ("CHN", "SIGNED", "ilrs") not in {(s, r, o) for s, r, o, _ in claims(text)}


def test_a_description_matches_a_node_only_through_its_head_noun():
    text = ("China and Egypt signed cooperation agreements on 6 December 2023 to advance deep "
            "space exploration.")
    assert claims(text) == []


def test_a_gapped_list_repeats_the_claim_with_each_date():
    text = ("Brunei joined ASEAN in 1984, followed by Vietnam in 1995, Laos and Myanmar in 1997, "
            "and Cambodia in 1999.")
    assert sorted(claims(text)) == [("BRN", "MEMBER_OF", "asean", "1984"),
                                    ("KHM", "MEMBER_OF", "asean", "1999"),
                                    ("LAO", "MEMBER_OF", "asean", "1997"),
                                    ("MMR", "MEMBER_OF", "asean", "1997"),
                                    ("VNM", "MEMBER_OF", "asean", "1995")]


def test_a_list_without_dates_after_a_claim_is_not_gapped():
    text = "Egypt joined BRICS in 2024, with Iran, Ethiopia and the UAE watching."
    assert claims(text) == [("EGY", "MEMBER_OF", "brics", "2024")]


def test_an_organisation_that_groups_or_is_made_up_of_countries():
    text = "Founded in 1967, ASEAN currently groups Brunei, Cambodia and Vietnam."
    assert sorted(s for s, *_ in claims(text)) == ["BRN", "KHM", "VNM"]
    text = "The current ASEAN member-states are Brunei Darussalam, Lao PDR and Myanmar."
    assert sorted(s for s, *_ in claims(text)) == ["BRN", "LAO", "MMR"]


def test_the_founders_listed_after_a_colon():
    text = ("ASEAN was established in 1967 by its founding members: Indonesia, Malaysia and "
            "Thailand.")
    assert {s for s, r, o, _ in claims(text) if (r, o) == ("MEMBER_OF", "asean")} == {
        "IDN", "MYS", "THA"}


def test_a_described_organisation_named_right_after():
    text = ("On 15 September 2021, the US, the UK and Australia declared the establishment of a "
            "trilateral security partnership — AUKUS.")
    assert sorted(s for s, r, o, _ in claims(text) if (r, o) == ("MEMBER_OF", "aukus")) == [
        "AUS", "GBR", "USA"]


def test_no_trigger_inside_a_country_name():
    text = "Angola joins Argentina and the United States in affirming the Artemis Accords."
    assert claims(text) == [("AGO", "SIGNED", "artemis-accords", "2024"),
                            ("ARG", "SIGNED", "artemis-accords", ""),
                            ("USA", "SIGNED", "artemis-accords", "")]


def test_a_country_after_from_is_not_the_subject_of_the_next_verb():
    text = ("Timor-Leste gained independence from Indonesia in 2002 and officially applied for "
            "ASEAN membership in 2011.")
    assert claims(text) == [("TLS", "EXPRESSED_INTEREST_IN", "asean", "2011")]


def test_it_in_the_next_sentence_names_the_subject_of_the_one_before():
    text = ("East Timor has been seeking membership in ASEAN since gaining independence from "
            "Indonesia. It formally applied for membership in 2011.")
    assert ("TLS", "EXPRESSED_INTEREST_IN", "asean", "2011") in claims(text)
    assert not [c for c in claims(text) if c[0] == "IDN"]


def test_admitted_or_acceded_without_an_object_take_the_last_node():
    text = "ASEAN expanded. Cambodia was admitted in 1999."
    assert claims(text) == [("KHM", "MEMBER_OF", "asean", "1999")]
    text = "The Moon Agreement has 22 parties, with Armenia the latest when it acceded on 19 January 2018."
    assert claims(text) == [("ARM", "ACCEDED_TO", "moon-agreement", "2018-01-19")]


def test_an_adverb_inside_a_phrase_and_a_hyphen_inside_a_wildcard():
    assert claims("In 2017, India and Pakistan were also admitted to the SCO.") == [
        ("IND", "MEMBER_OF", "sco", "2017"), ("PAK", "MEMBER_OF", "sco", "2017")]
    text = "The SCO met in 2021. Russia and India are its full-fledged members."
    assert claims(text) == [("IND", "MEMBER_OF", "sco", "2024"), ("RUS", "MEMBER_OF", "sco", "2024")]


def test_observers_are_not_members():
    text = "The SCO observer countries include Afghanistan and Mongolia."
    assert claims(text) == []


def test_dialogue_partners_listed_after_a_dash_or_granted_the_status():
    text = "The SCO met in 2023. There are dialogue partners too - Armenia, Azerbaijan and Nepal."
    assert sorted(s for s, r, o, _ in claims(text) if (r, o) == ("PARTNER_OF", "sco")) == [
        "ARM", "AZE", "NPL"]
    text = "Egypt and Qatar have been granted the status of dialogue partner of the SCO."
    assert sorted(s for s, r, o, _ in claims(text)) == ["EGY", "QAT"]


def test_a_dotted_acronym_names_its_node():
    text = "The S.C.O. comprises eight member states - India, Russia, China and Pakistan."
    assert {o for _, _, o, _ in claims(text)} == {"sco"}


def test_every_list_in_brackets_after_an_elided_join():
    text = ("The ILRS grows. Thirteen countries have already joined (Belarus, Pakistan, Serbia), "
            "including BRICS partners (Egypt, Ethiopia).")
    assert sorted(s for s, r, o, _ in claims(text) if (r, o) == ("MEMBER_OF", "ilrs")) == [
        "BLR", "EGY", "ETH", "PAK", "SRB"]


def test_a_caption_word_set_off_by_commas_is_no_verb():
    text = "NASA Administrator Bill Nelson, left, and Peru's ambassador signed the Artemis Accords."
    assert [r for _, r, _, _ in claims(text)] == ["SIGNED"]


def test_the_parties_to_an_agreement_between_two_countries_sign_it():
    text = ("On 28 May 2024, the Russian State Duma ratified the agreement made between Russia "
            "and China to build the International Lunar Research Station.")
    assert sorted(claims(text)) == [
        ("CHN", "SIGNED", "ru-cn-ilrs-agreement", "2024-05-28"),
        ("RUS", "RATIFIED", "ru-cn-ilrs-agreement", "2024-05-28"),
        ("RUS", "SIGNED", "ru-cn-ilrs-agreement", "2024-05-28")]


def test_a_country_named_at_a_place_is_not_the_subject_after_a_comma():
    text = ("The Artemis Accords grew. Panama signed them at NASA Headquarters in Washington, "
            "becoming the 49th nation to sign on 11 December 2024.")
    assert {s for s, *_ in claims(text)} == {"PAN"}


def test_a_typeset_apostrophe_in_a_name():
    assert claims("The People’s Republic of China joined BRICS in 2006.") == [
        ("CHN", "MEMBER_OF", "brics", "2006")]


def test_the_object_left_out_is_the_node_named_most_often_or_in_its_own_sentence():
    text = ("Azerbaijan signed up to the International Lunar Research Station. The ILRS is seen "
            "as a rival to the Artemis program. Russia and Venezuela have signed up.")
    found = {(s, r, o) for s, r, o, _ in claims(text)}
    assert ("RUS", "MEMBER_OF", "ilrs") in found and ("VEN", "MEMBER_OF", "ilrs") in found  # signing up: joining (aj01)
    text = "The Artemis Accords grew. The Accords serve the Artemis program, which NASA leads."
    assert ("nasa", "LEADS", "artemis-program") in {(s, r, o) for s, r, o, _ in claims(text)}


def test_thought_to_have_signed_up_is_hedged_and_gives_no_object_left_out():
    assert claims("The ILRS grew in 2023. Pakistan is also thought to have signed up.") == []


def test_these_agreements_and_a_country_space_agency():
    text = ("Nigeria and Rwanda signed the Artemis Accords on 13 December 2022, the first in "
            "Africa to join these agreements.")
    assert {s for s, r, o, _ in claims(text)} == {"NGA", "RWA"}
    text = "On 13 December 2022, the Rwanda Space Agency signed the Artemis Accords."
    assert claims(text) == [("RWA", "SIGNED", "artemis-accords", "2022-12-13")]


def test_signed_its_adherence_to_an_agreement():
    assert claims("On 13 December 2022, Nigeria signed its adherence to the Artemis Accords.") == [
        ("NGA", "SIGNED", "artemis-accords", "2022-12-13")]


def test_a_bill_to_allow_a_country_to_join_is_no_membership_yet():
    assert claims("In March 2023, Turkey approved a bill to allow Finland to join NATO.") == []


def test_among_the_members_of_an_organisation():
    text = "In 2023, Turkey was the last among the 30 members of NATO to ratify the protocol."
    assert ("TUR", "MEMBER_OF", "nato", "2023") in claims(text)


def test_the_agent_of_a_passive_does_not_do_the_next_verb():
    text = "The Artemis Accords grew. The agency was invited by NASA to join the accords."
    assert claims(text) == []


def test_a_possessive_after_led_by_is_no_leader():
    text = "The ceremony for the Artemis Accords was led by Brian Hughes, NASA's chief of staff."
    assert claims(text) == []


def test_a_count_and_a_colon_between_a_reverse_phrase_and_its_list():
    text = "The SCO was founded in 2001. Initially, it consisted of six countries: Russia, China and Kazakhstan."
    assert {s for s, r, o, _ in claims(text) if (r, o) == ("MEMBER_OF", "sco")} >= {
        "RUS", "CHN", "KAZ"}


def test_a_gapped_list_after_an_object_left_out():
    text = "The SCO met. In 2017, India and Pakistan joined, followed by Iran in 2023."
    assert sorted(claims(text)) == [("IND", "MEMBER_OF", "sco", "2017"),
                                    ("IRN", "MEMBER_OF", "sco", "2023"),
                                    ("PAK", "MEMBER_OF", "sco", "2017")]


def test_a_country_s_space_agency_and_the_country_led_program():
    text = ("The Artemis program grew. On 26 January 2022, Israel's Space Agency signed the "
            "Artemis Accords, joining the NASA-led program.")
    found = {(s, r, o) for s, r, o, _ in claims(text)}
    assert ("ISR", "SIGNED", "artemis-accords") in found
    assert ("nasa", "LEADS", "artemis-program") in found


def test_joined_as_a_partner_country_is_partnership():
    text = "On 1 January 2025, Thailand officially joined BRICS as a partner country."
    assert claims(text) == [("THA", "PARTNER_OF", "brics", "2025-01-01")]


def test_a_possessive_before_the_trigger_is_not_its_subject():
    text = "In December 2024, Thailand accepted Russia's invitation to become a BRICS partner."
    assert claims(text) == [("THA", "PARTNER_OF", "brics", "2024-12")]
    text = "Finland's accession to NATO was sealed on 4 April 2023."
    assert claims(text) == [("FIN", "MEMBER_OF", "nato", "2023-04-04")]


def test_members_namely_and_an_accession_left_without_its_object():
    text = "The SCO is an organisation with eight members, namely Russia, India and Pakistan."
    assert sorted(s for s, *_ in claims(text)) == ["IND", "PAK", "RUS"]
    text = "Sweden joined NATO in 2024. It follows Finland's accession last year."
    assert ("FIN", "MEMBER_OF", "nato", "2023") in claims(text)


def test_the_accords_called_an_agreement():
    assert claims("On 15 February 2024, Uruguay signed the Artemis Agreement.") == [
        ("URY", "SIGNED", "artemis-accords", "2024-02-15")]


def test_a_list_goes_on_through_the_countries_of_a_region():
    text = ("The SCO has eight members, namely Russia, India, Pakistan, and the Central Asian "
            "countries of Kazakhstan, Uzbekistan and Tajikistan.")
    assert sorted(s for s, *_ in claims(text)) == ["IND", "KAZ", "PAK", "RUS", "TJK", "UZB"]


def test_signed_on_behalf_of_a_country():
    text = ("NASA Administrator Bill Nelson attended the ceremony for the agency, and Omar "
            "Paganini signed the Artemis Accords on behalf of Uruguay on 15 February 2024.")
    assert claims(text) == [("URY", "SIGNED", "artemis-accords", "2024-02-15")]


def test_an_agreement_established_by_its_first_signatories():
    text = "The Artemis Accords were established in 2020 by the United States and seven others."
    assert claims(text) == [("USA", "SIGNED", "artemis-accords", "2020")]


def test_becoming_a_signatory_last_week():
    text = "The Artemis Accords grew. The ceremony follows Greece becoming a signatory last week."
    assert ("GRC", "SIGNED", "artemis-accords") in {(s, r, o) for s, r, o, _ in claims(text)}


def test_the_signatories_of_an_agreement_include():
    text = "Signatories of the Artemis Accords include not only the US and France."
    assert sorted(s for s, r, o, _ in claims(text) if (r, o) == ("SIGNED", "artemis-accords")) == [
        "FRA", "USA"]
