"""Forms met in held-out sets read in session 60 (2026-12-06), each in sentences of our own:
accession talks a country blocks "with" another (the talks are the other's), a list beside a
bloc's members, two peoples' words together, member states said not to be another's members, an
acronym glossing another body's name."""

from tests.extract.helpers import found, rows


def test_accession_talks_with_a_country_are_that_countrys_not_the_blockers():
    got = found("Hungary blocked the opening of EU accession talks with Ukraine in December.",
                reader=False)
    assert ("UKR", "EXPRESSED_INTEREST_IN", "eu") in got
    assert ("HUN", "EXPRESSED_INTEREST_IN", "eu") not in got
    # the country before the words is the candidate when no country follows "with"
    got = found("Montenegro opened accession negotiations with the EU in 2012.", reader=False)
    assert ("MNE", "EXPRESSED_INTEREST_IN", "eu") in got


def test_a_list_beside_a_blocs_members_is_not_of_the_bloc():
    got = found("In addition to the G7 countries, Argentina, Australia, Brazil, China, India and "
                "Turkey are members.")
    assert not {c for c in got if c[2] == "g7"}
    got = found("The meeting is held at the level of Deputy Foreign Ministers of the SCO member "
                "states and Afghanistan.")
    assert ("AFG", "MEMBER_OF", "sco") not in got
    # a list after "in addition to" a country is still the bloc's
    got = found("In addition to the U.S., Japan and India are now part of the Quad.")
    assert {("JPN", "MEMBER_OF", "quad"), ("IND", "MEMBER_OF", "quad")} <= got


def test_two_peoples_words_together_name_the_second_country():
    got = found("The internationally recognised Greek Cypriot south joined the EU in 2004.")
    assert ("CYP", "MEMBER_OF", "eu") in got
    assert ("GRC", "MEMBER_OF", "eu") not in got


def test_member_states_said_not_to_be_a_blocs_members_are_no_members_of_it():
    got = found("Four EU member states are not NATO members: Austria, Ireland, Malta and Cyprus.")
    assert not {c for c in got if c[1] == "MEMBER_OF" and c[2] == "nato"}
    assert ("nato", "MEMBER_OF", "eu") not in got


def test_an_acronym_glossing_another_bodys_name_is_not_the_node_it_spells():
    text = ("Andrey Slepnev is minister at the Eurasian Economic Commission (EEC). He said Iran "
            "is ready to join the organization fully. The EEC met in May.")
    assert not {c for c in found(text) if c[2] == "eu"}
    got = found("Denmark joined the European Economic Community (EEC) in 1973.")
    assert ("DNK", "MEMBER_OF", "eu") in got
    got = found("Spain joined the North Atlantic Treaty Organisation (NATO) in 1982.")
    assert ("ESP", "MEMBER_OF", "nato") in got


def test_a_partnership_read_from_a_programme_stands_as_the_programmes_claim_does():
    text = ("The government's decision to apply to re-join the Partnership for Peace (PfP) was in "
            "Malta's best interest. Malta had already joined the PfP in 1995 but membership was "
            "withdrawn in 1996. Malta was finding it difficult to obtain Nato documents.")
    assert ("MLT", "PARTNER_OF", "nato") in found(text)
    # an application for a country's accession to the programme is a wish, no partnership
    got = found("The president has not undertaken any commitment to submit an application for "
                "Cyprus' accession to Partnership for Peace (PfP).")
    assert ("CYP", "PARTNER_OF", "nato") not in got
    # nor is a position on its membership one
    got = found('The report encourages Cyprus "to review its political position on its membership '
                'of the Partnership for Peace".')
    assert ("CYP", "PARTNER_OF", "nato") not in got


def test_a_country_named_in_the_source_opening_a_sentence_is_no_member():
    got = found("According to the Ministry of Foreign Affairs of the Russian Federation, the "
                "meeting participants will include foreign ministers from the Shanghai Cooperation "
                "Organization (SCO) member nations and representatives of Afghanistan.")
    assert ("RUS", "MEMBER_OF", "sco") not in got


def test_a_bloc_that_includes_its_members_after_someones_wish_still_has_members():
    got = found("Palestine wants to live. BRICS includes Brazil, Russia, India, China, and South "
                "Africa.", reader=False)
    assert ("BRA", "MEMBER_OF", "brics") in got
    assert ("BRA", "EXPRESSED_INTEREST_IN", "brics") not in got


def test_agreements_listed_with_their_years_or_after_their_kinds_plural_are_each_ratified():
    got = found("Indonesia has ratified the Rescue Agreement of 1968, the Liability Convention of "
                "1972, and the Registration Convention of 1976.", reader=False)
    assert {("IDN", "RATIFIED", o) for o in
            ("rescue-agreement", "liability-convention", "registration-convention")} <= got
    got = found("As one of the treaty's members, Indonesia has ratified the agreement and the other "
                "conventions, including the Rescue Agreement and the Liability Convention.", reader=False)
    assert {("IDN", "RATIFIED", "rescue-agreement"), ("IDN", "RATIFIED", "liability-convention")} <= got


def test_an_agreements_year_in_its_name_is_not_the_date_of_the_act():
    got = rows("Indonesia ratified the Rescue Agreement of 1968 in 2013.", published="2017-03-29")
    assert [r["since"] for r in got if r["object"] == "rescue-agreement"] == ["2013"]


def test_membership_extended_to_a_list_is_membership():
    got = found("BRICS was founded in 2009 by Brazil, Russia, India, and China. Over the past year, "
                "full membership was extended to Iran, Egypt and Ethiopia.", reader=False)
    assert {("IRN", "MEMBER_OF", "brics"), ("ETH", "MEMBER_OF", "brics")} <= got
    got = found("BRICS membership invitations were extended to Argentina and Saudi Arabia.", reader=False)
    assert ("ARG", "MEMBER_OF", "brics") not in got


def test_a_country_called_non_bloc_does_not_join_the_bloc():
    got = found("The United States, Canada, and Norway have become the first three non-EU states to "
                "join a project led by the European Union's Permanent Structured Cooperation.",
                reader=False)
    assert not {c for c in got if c[2] == "eu"}


def test_a_country_and_a_bloc_that_sign_a_partnership_are_partners():
    got = found("On 28 May, the EU and Norway signed a Security and Defence Partnership.", reader=False)
    assert ("NOR", "PARTNER_OF", "eu") in got
    got = found("Japan and the European Union announced a new security and defence partnership.",
                reader=False)
    assert ("JPN", "PARTNER_OF", "eu") in got
    got = found("The EU and Canada will sign a partnership next year.", reader=False)
    assert ("CAN", "PARTNER_OF", "eu") not in got


def test_a_blocs_own_nation_or_country_after_its_name_is_a_member():
    got = found("Italy is the only G7 country to have joined the initiative.", reader=False)
    assert ("ITA", "MEMBER_OF", "g7") in got
    got = found("Poland, a NATO partner country, said so.", reader=False)
    assert ("POL", "PARTNER_OF", "nato") in got
    assert ("POL", "MEMBER_OF", "nato") not in got


def test_a_gerund_opening_a_supposition_states_no_act():
    got = found("Admitting the United Arab Emirates into the BRICS (Brazil, Russia, India, China, "
                "South Africa) bloc would enable the association to exert pressure.", reader=False)
    assert ("ARE", "MEMBER_OF", "brics") not in got
    assert ("BRA", "MEMBER_OF", "brics") in got


def test_a_new_bodys_name_does_not_start_with_its_article():
    got = found("During the meeting, Iraq and Russia signed key agreements, including: A Maritime "
                "Transport Agreement between the Ministries of Transport.", reader=False)
    assert ("IRQ", "SIGNED", "maritime-transport-agreement") in got
