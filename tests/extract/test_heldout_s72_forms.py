"""Forms of session 72 (2026-12-07), each in sentences of our own: countries that "make up" a
bloc, a bloc suspending a country "from the continental body", a wire's dateline, a bloc named
only for the counterparts or the spokesman of those in the sentence, a list that signed a text
the sentence names instead of the bloc, an apposition's role one name has, "its" pointing to a
name the dataset lacks, a relative clause of a group noun of its own (the first wave)."""

from tests.extract.helpers import found


def test_countries_that_make_up_a_bloc_are_its_members():
    got = found("Kenya, Ghana, and Nigeria make up the African Union's new committee. "
                "Brazil, Russia, India, China, and South Africa make up the BRICS.", reader=False)
    assert {s for s, r, o in got if (r, o) == ("MEMBER_OF", "brics")} == {"BRA", "RUS", "IND", "CHN", "ZAF"}
    # the bloc made up of its members reads the other way round, as before
    assert ("IND", "MEMBER_OF", "brics") in found("BRICS is made up of Brazil, Russia and India.", reader=False)
    # a force or a mission of the bloc's that soldiers make up is no bloc
    assert not found("Troops from Ghana and Togo will make up the ECOWAS standby force.", reader=False)


def test_a_bloc_counted_by_its_members_is_named_again():
    text = ("Russia hosts BRICS this year. The five-member bloc currently comprises Brazil, Russia, "
            "India, China and South Africa.")
    assert {s for s, r, o in found(text, reader=False) if (r, o) == ("MEMBER_OF", "brics")} == {
        "BRA", "RUS", "IND", "CHN", "ZAF"}


def test_a_bloc_suspending_a_country_from_the_bloc_itself_keeps_a_membership():
    for body in ("the continental body", "the bloc", "the union"):
        got = found(f"The African Union on Monday suspended Guinea from {body} after the coup.", reader=False)
        assert ("GIN", "MEMBER_OF", "african-union") in got, body
    # suspended from another thing the bloc owns is no membership said
    assert not found("The African Union suspended Guinea from the bloc's trade programmes.", reader=False)


def test_a_wires_dateline_names_no_party():
    got = found("OTTAWA (Reuters) - Canada and Japan signed agreements on Monday to cooperate on the "
                "Artemis program, the Canadian agency said.")
    assert "CAN" not in {s for s, r, o in got if r == "MEMBER_OF"}
    got = found("SINGAPORE (AFP) -- Vietnam and Laos agreed to deepen ties within ASEAN on Friday.")
    assert "SGP" not in {s for s, r, o in got}


def test_a_bloc_named_only_for_counterparts_or_a_spokesman_has_no_members_there():
    got = found("The presidents of Armenia, Azerbaijan and Belarus, together with their EU counterparts, "
                "signed the joint declaration in Prague.")
    assert not {s for s, r, o in got if (r, o) == ("MEMBER_OF", "eu")}
    got = found("Laos, Cambodia and Vietnam will be the first to offer support to the plan, an ASEAN "
                "official said.")
    assert not {s for s, r, o in got if (r, o) == ("MEMBER_OF", "asean")}


def test_a_list_that_signed_a_text_the_sentence_names_is_no_members_of_the_page_s_bloc():
    text = ("The European Union welcomes the accession. The Bangkok Declaration was signed on 8 August "
            "1967 by the Republic of Indonesia, Malaysia and the Kingdom of Thailand.")
    assert not {s for s, r, o in found(text) if (r, o) == ("MEMBER_OF", "eu")}


def test_an_apposition_s_singular_role_is_the_last_name_s():
    got = found("The mission will carry instruments from Oman and Poland, member of the Artemis Accords.",
                reader=False)
    assert ("POL", "SIGNED", "artemis-accords") in got
    assert ("OMN", "SIGNED", "artemis-accords") not in got
    # a plural role, or "each a member", is each name's
    got = found("Canada and Mexico, both members of NATO, met.", reader=False)
    assert {("CAN", "MEMBER_OF", "nato"), ("MEX", "MEMBER_OF", "nato")} <= got


def test_its_points_to_a_name_the_dataset_lacks_in_the_same_sentence():
    text = ("ASEAN foreign ministers met in Vientiane. Chile signed the Instrument of Accession to the "
            "Southeast Asia Nuclear Weapon-Free Zone Treaty to become its 12th member.")
    assert not {s for s, r, o in found(text, reader=False) if o == "asean"}


def test_a_relative_clause_of_a_group_noun_has_its_own_subject():
    got = found("Indonesia received four new partners who signed the Treaty of Amity in Jakarta.",
                reader=False)
    assert "IDN" not in {s for s, r, o in got}
    got = found("Malaysia welcomed the new members which have joined ASEAN.", reader=False)
    assert "MYS" not in {s for s, r, o in got if o == "asean"}
    # the name's own relative clause, or a copula's, still has the name as subject
    assert ("KHM", "MEMBER_OF", "asean") in found("Cambodia, which joined ASEAN in 1999, hosted the summit.",
                                                   reader=False)
