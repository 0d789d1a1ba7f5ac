"""Forms met in held-out sets read in session 60 (2026-12-06), each in sentences of our own:
accession talks a country blocks "with" another (the talks are the other's), a list beside a
bloc's members, two peoples' words together, member states said not to be another's members, an
acronym glossing another body's name."""

from tests.extract.helpers import found


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
