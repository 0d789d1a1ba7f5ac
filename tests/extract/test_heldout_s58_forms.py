"""Forms met in held-out sets of session 58 (2026-12-06), each in sentences of our own: a
chain of participles after one subject, bilateral partnerships, forming a leg or part of a
bloc, a union of countries before a colon, a full stop glued to an acronym, bulleted lines
that are no wrapped paragraph, a name that is half an adjective."""

from tests.extract.helpers import found, rows


def test_a_chain_of_participles_keeps_the_sentences_subject():
    got = found("Post-Brexit Britain has been boosting its ties in Asia, joining the Comprehensive "
                "and Progressive Agreement for Trans-Pacific Partnership, a regional trade "
                "agreement, becoming a Dialogue Partner of ASEAN.")
    assert ("GBR", "PARTNER_OF", "asean") in got
    assert not {c for c in got if c[1] == "PARTNER_OF" and c[0] != "GBR"}


def test_countries_after_bilateral_partnerships_with_are_no_partners_of_a_bloc():
    got = found("At the same time, Britain has been boosting its connections in Asia, joining the "
                "Comprehensive and Progressive Agreement for Trans-Pacific Partnership, a regional "
                "trade agreement, becoming a Dialogue Partner of ASEAN, forming one leg of AUKUS, "
                "and deepening its bilateral partnerships with Australia, Japan and South Korea.")
    assert ("GBR", "PARTNER_OF", "asean") in got
    assert not {c for c in got if c[0] in {"AUS", "JPN", "KOR"}}


def test_forming_one_leg_or_part_of_a_bloc_is_membership():
    assert ("GBR", "MEMBER_OF", "aukus") in found("Britain now forms one leg of AUKUS.", reader=False)
    assert ("SWE", "MEMBER_OF", "nato") in found("Sweden now forms part of NATO.", reader=False)


def test_a_union_of_countries_before_a_colon_lists_members():
    got = found("Many countries have asked to join BRICS. Currently, it is a union of five "
                "countries: Brazil, Russia, India, China and South Africa.")
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics"),
            ("CHN", "MEMBER_OF", "brics")} <= got


def test_a_full_stop_glued_after_an_acronym_ends_the_sentence():
    got = rows("The five BRICS nations - Brazil, Russia, India, China and South Africa - hold "
               "a quarter of global GDP.Earlier this year, Chile said it would apply to join "
               "the Quad.", reader=True)
    evidence = {(r["subject"], r["object"]): r["evidence"] for r in got}
    assert evidence[("BRA", "brics")].endswith("global GDP.")
    assert evidence[("CHL", "quad")].startswith("Earlier this year")


def test_bulleted_lines_are_sentences_of_their_own():
    text = ("Overview\n"
            "- NATO members committed to raising defence spending to 5% of GDP by 2035, with "
            "3.5% for core needs\n"
            "- President Trump pressed reluctant allies during the summit talks\n"
            "- The final declaration reaffirmed the commitment to Article 5\n"
            "- Spain signed the pledge despite concerns and faced US tariff threats\n"
            "- The communique cited Russia as a long-term threat and upheld support for "
            "Ukraine, with Trump meeting Zelenskyy\n")
    got = found(text)
    assert not {c for c in got if c[0] in {"RUS", "UKR"}}


def test_a_name_that_is_half_an_adjective_is_no_member():
    got = found("The United States, Australia, India and Japan renewed their commitment to "
                "cooperation on Tuesday as senior diplomats from the China-focused Quad group "
                "met for the first time this year.")
    assert ("AUS", "MEMBER_OF", "quad") in got
    assert ("CHN", "MEMBER_OF", "quad") not in got


def test_an_accession_that_was_discussed_is_no_membership():
    got = found("Sources said that Bahrain's accession to the SCO was discussed during the "
                "Chinese president's visit.", reader=False)
    assert ("BHR", "MEMBER_OF", "sco") not in got


def test_a_cabinet_approving_its_own_decision_to_join_wants_to_join():
    got = found("The Bahraini cabinet approved today, Wednesday, the decision to join the "
                "Shanghai Cooperation Organization.", reader=False)
    assert ("BHR", "EXPRESSED_INTEREST_IN", "sco") in got
    assert ("BHR", "MEMBER_OF", "sco") not in got


def test_contributing_to_a_blocs_agenda_is_no_cooperation_with_the_bloc():
    got = found("The ministry said that Vietnam is committed to actively contributing to the "
                "BRICS agenda, including promoting resilience.", reader=False)
    assert ("VNM", "COOPERATES_ON", "brics") not in got


def test_new_partnerships_with_a_list_are_no_membership():
    got = found("In a surprising turn of events, the AUKUS triad of Australia, Britain, and the "
                "United States is reportedly expanding its horizons, contemplating new "
                "partnerships with Canada, Japan, and New Zealand for their defense tech ventures.")
    assert ("GBR", "MEMBER_OF", "aukus") in got
    assert not {c for c in got if c[0] in {"CAN", "JPN", "NZL"} and c[1] == "MEMBER_OF"}


def test_china_in_the_one_china_policy_is_no_actor():
    got = found("Kenya’s leadership reaffirmed its support for the One China policy while "
                "seeking Chinese backing for its BRICS membership bid.", reader=False)
    assert ("KEN", "EXPRESSED_INTEREST_IN", "brics") in got
    assert ("CHN", "EXPRESSED_INTEREST_IN", "brics") not in got


def test_the_group_that_includes_names_its_members_not_its_applicants():
    got = found("Its foreign minister said on Tuesday his country is interested in joining the "
                "BRICS group that includes China and several emerging economies such as Brazil "
                "and India.", reader=False)
    assert ("CHN", "MEMBER_OF", "brics") in got
    assert ("CHN", "EXPRESSED_INTEREST_IN", "brics") not in got


def test_working_to_be_a_member_is_a_wish():
    got = found("In Jakarta, the president declared that Brazil is working to be a full member "
                "of ASEAN.", reader=False)
    assert ("BRA", "EXPRESSED_INTEREST_IN", "asean") in got
    assert ("BRA", "MEMBER_OF", "asean") not in got
    got = found("Peru is working to join BRICS.", reader=False)
    assert got == {("PER", "EXPRESSED_INTEREST_IN", "brics")}


def test_an_entry_that_leaves_a_bloc_with_its_members_is_no_exit():
    got = found("Iran’s entry into the SCO – which has its headquarters in China – leaves the "
                "diplomatic organisation with nine full members.", reader=False)
    assert not {c for c in got if c[1] == "WITHDREW_FROM"}
    assert ("ARM", "WITHDREW_FROM", "csto") in found("Armenia left the CSTO with little fanfare.",
                                                     reader=False)


def test_non_members_that_joined_something_else_are_not_members_of_the_topic():
    got = found("Slovenia joined the EU in 2004 and the Schengen area in 2007. Some non-EU "
                "countries have also joined: Iceland, Liechtenstein, Norway and Switzerland.",
                reader=False)
    assert ("SVN", "MEMBER_OF", "eu") in got
    assert not {c for c in got if c[0] in {"ISL", "NOR", "CHE", "LIE"}}


def test_countries_comprising_a_body_the_data_lacks_are_its_members():
    got = found("Leaders of ASEAN and the Gulf Cooperation Council (GCC) met in Kuala Lumpur. "
                "The GCC, comprising six countries – namely Bahrain, Kuwait, Oman, Qatar, Saudi "
                "Arabia and the United Arab Emirates – was founded in 1981.")
    assert not {c for c in got if c[0] in {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}}



def test_the_reader_weighs_a_pair_again_without_the_sentences_it_vetoes():
    got = found("The United States, Australia, India and Japan renewed their commitment to "
                "cooperation on Tuesday as senior diplomats from the China-focused Quad group met "
                "for the first time since the inauguration.\nAll four countries are concerned about "
                "China’s growing power, and analysts said the meeting was aimed at making it clear "
                "that confronting Beijing is a top priority.")
    assert ("AUS", "MEMBER_OF", "quad") in got
    assert ("CHN", "MEMBER_OF", "quad") not in got


def test_the_reader_gives_no_membership_to_countries_called_non_members():
    got = found("Slovenia joined the EU in 2004 and the Schengen area in 2007. Some non-EU "
                "countries have also joined: Iceland, Liechtenstein, Norway and Switzerland.")
    assert ("SVN", "MEMBER_OF", "eu") in got
    assert not {c for c in got if c[0] in {"ISL", "NOR", "CHE", "LIE"}}
