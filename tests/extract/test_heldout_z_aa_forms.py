"""Forms first met on held-out sets Z and AA, each on a sentence written for this test (none
copied from an article): "A, B and C have been (formally) admitted as members of X", dated by a
fronted "Effective DATE,"; "X was founded / established in YEAR as a ... bloc by A, B"; "G-8" for an alias "G8"; "were
admitted to X on a partner status" (partnership, not membership); "the Kenya Advanced Institute
of Science and Technology" (no act of Kenya, nor an agency); "Fiji welcomes Chile's July 14
signing of X" (the owner signs, not the welcomer, and takes the date); "Secretary of the
Ministry of Defence Jane Doe" (a person's title, no new node); "The Artemis campaign, led by
NASA" (the programme, not the Accords that "Artemis" alone names); "we—Prime Minister A of
Fiji, ..., and President B of Chile—met for the Quad Leaders Summit" (members); "The leaders
of the AUKUS partnership, A, B and C, have ..." (members in apposition after the bloc);
"X has advanced with agreements signed by A and B" (a participle after a noun); "the Accords,
to which A was an early signatory"; "Chile views Fiji as an indispensable partner and a key NATO
Ally" (a role after a regard verb); "X was initiated in 2020 by NASA, the State Department and
seven founding nations including A, B" (founders at the year); "extend invitations to three
countries to join the bloc. These countries are A, B, C" (an invitation: no membership); "was
created in 2009 by four founding members including A, B" (the founding's date); "Fiji has
accepted Chile's invitation to become a partner of X" (Fiji's, not "Chile is ... a partner")."""

from __future__ import annotations

from tests.extract.helpers import claims


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_plural_passive_admitted_as_members():
    expected = {(c, "MEMBER_OF", "brics") for c in ("FJI", "CHL", "PER")}
    for text in ("Fiji, Chile and Peru have been admitted as members of BRICS.",
                 "Fiji, Chile and Peru have been formally admitted as members of the BRICS bloc.",
                 "Fiji, Chile and Peru have been accepted as full members of BRICS."):
        assert triples(text) == expected, text
    dated = claims("Effective March 2025, Fiji and Chile have been formally admitted as members "
                   "of BRICS.")
    assert {c[3] for c in dated} == {"2025-03"}
    # the singular still reads, and an inner list still does
    assert triples("Fiji has been admitted as a member of BRICS.") == {("FJI", "MEMBER_OF", "brics")}
    assert triples("The summit admitted Fiji and Chile as members of BRICS.") == {
        ("FJI", "MEMBER_OF", "brics"), ("CHL", "MEMBER_OF", "brics")}


def test_founded_as_a_description_by():
    found = claims("The SCO was founded in 1999 as a regional security and trade bloc by the "
                   "presidents of Fiji, Chile and Peru.")
    assert {c for c in found} == {(c, "MEMBER_OF", "sco", "1999") for c in ("FJI", "CHL", "PER")}
    assert triples("The Artemis Accords were established in 2020 as a set of shared principles "
                   "by Fiji and Chile.") == {("FJI", "SIGNED", "artemis-accords"),
                                              ("CHL", "SIGNED", "artemis-accords")}
    # no agent after the description: nobody founded it here
    assert triples("The SCO was founded in 1999 as a regional security bloc.") == set()


def test_a_hyphen_between_the_letters_and_the_number_of_a_name():
    expected = {(c, "MEMBER_OF", "g7") for c in ("CAN", "FRA", "JPN")}
    assert triples("The forum was made up of the G-8 (Canada, France and Japan).") == expected
    assert triples("The forum was made up of the G8 (Canada, France and Japan).") == expected


def test_admitted_with_a_partner_status_is_partnership():
    for text in ("Fiji and Chile have been admitted to the SCO on a partner status, he said.",
                 "Fiji and Chile were admitted into the SCO with dialogue partner status.",
                 "Fiji and Chile were accepted into the SCO as dialogue partners."):
        assert triples(text) == {("FJI", "PARTNER_OF", "sco"), ("CHL", "PARTNER_OF", "sco")}, text
    # a full member, and a partner in another clause, stay apart
    assert triples("Fiji joined the SCO as a full member, and Chile as a partner.") == {
        ("FJI", "MEMBER_OF", "sco")}
    assert triples("Fiji was admitted to the SCO in 2020.") == {("FJI", "MEMBER_OF", "sco")}
    # a partner named after another's name is not this joining's status
    assert triples("Fiji was admitted to the SCO with Chile as a partner in the talks.") == {
        ("FJI", "MEMBER_OF", "sco")}


def test_an_institute_of_science_named_after_a_country():
    assert triples("The Fiji Advanced Institute of Science and Technology signed a memorandum "
                   "to join the ILRS.") == set()
    # a country's own agency still counts for the country
    assert triples("The Fiji Space Research Institute signed the Artemis Accords.") == {
        ("FJI", "SIGNED", "artemis-accords")}


def test_a_dated_possessive_act_is_the_owners():
    found = claims("Fiji welcomes Chile's July 14 signing of the Artemis Accords.",
                   published="2024-08-01")
    assert found == [("CHL", "SIGNED", "artemis-accords", "2024-07-14")]
    assert triples("Fiji welcomes Chile's recent signing of the Artemis Accords.") == {
        ("CHL", "SIGNED", "artemis-accords")}
    # an owner's possessive right before its act is read as before
    assert triples("Fiji welcomed Chile's accession to NATO.") == {("CHL", "MEMBER_OF", "nato")}


def test_a_body_inside_a_persons_title_is_no_node():
    text = ("Fiji joined the Artemis Accords on Monday. Secretary of the Ministry of Defence "
            "Jane Doe signed the agreement.")
    assert triples(text) == {("FJI", "SIGNED", "artemis-accords")}


def test_a_campaign_is_the_programme():
    for text in ("The Artemis campaign, led by NASA, will return people to the Moon.",
                 "The Artemis missions, led by NASA, will return people to the Moon."):
        assert triples(text) == {("nasa", "LEADS", "artemis-program")}, text
    # "Artemis" alone still names the Accords
    assert triples("Fiji signed Artemis on Monday.") == {("FJI", "SIGNED", "artemis-accords")}


def test_leaders_named_in_a_dashed_aside_meet_for_the_summit():
    expected = {(c, "MEMBER_OF", "quad") for c in ("FJI", "CHL", "USA")}
    text = ("Today, we—Prime Minister Jane Roe of Fiji, President Ana Diaz of Chile, and "
            "President John Q. Public, Jr. of the United States—met for the third Quad Leaders "
            "Summit in Suva.")
    assert triples(text) == expected
    text = ("We—Prime Minister Jane Roe of Fiji and President Ana Diaz of Chile—met for the "
            "first Quad Leaders Summit.")
    assert triples(text) == {("FJI", "MEMBER_OF", "quad"), ("CHL", "MEMBER_OF", "quad")}
    # guests on the sidelines, or a meeting held for something else, are no members
    aside = "We—Prime Minister Jane Roe of Fiji and President Ana Diaz of Chile—met "
    for text in ("on the sidelines of the Quad Leaders Summit.",
                 "for talks before the Quad Leaders Summit."):
        assert triples(aside + text) == set(), text


def test_members_in_apposition_after_the_bloc():
    expected = {(c, "MEMBER_OF", "aukus") for c in ("FJI", "CHL", "PER")}
    for text in ("The leaders of the AUKUS partnership, Fiji, Chile, and Peru, have agreed on a plan.",
                 "The members of AUKUS, Fiji, Chile and Peru, met on Monday.",
                 "The defence ministers of the AUKUS pact, Fiji, Chile and Peru—met on Monday."):
        assert triples(text) == expected, text
    # a coordination (no closing comma), a former role, or one country alone: no apposition
    for text in ("The leaders of AUKUS, Fiji and Chile met on Monday.",
                 "The leaders of AUKUS, Fiji and Chile, met on Monday.",  # three parties?
                 "The former leaders of AUKUS, Fiji and Chile, met on Monday.",
                 "The leaders of AUKUS, Fiji, met on Monday."):
        assert triples(text) == set(), text


def test_agreements_signed_by_after_the_programme():
    for text in ("Plans for the ILRS have advanced with key agreements signed by Fiji and Chile.",
                 "The ILRS gained ground with memorandums signed by Fiji and Chile."):
        assert triples(text) == {("FJI", "SIGNED", "ilrs"), ("CHL", "SIGNED", "ilrs")}, text
    # no programme before the agreements: nothing signed
    assert triples("Many agreements signed by Fiji and Chile concern trade.") == set()


def test_to_which_a_signatory():
    assert triples("They praised the Artemis Accords, to which Fiji was an early signatory.") == {
        ("FJI", "SIGNED", "artemis-accords")}
    assert triples("They backed the Artemis Accords, to which Fiji and Chile are signatories.") == {
        ("FJI", "SIGNED", "artemis-accords"), ("CHL", "SIGNED", "artemis-accords")}
    for text in ("They backed the Artemis Accords, to which Fiji was never a signatory.",
                 "They backed the Artemis Accords, to which Fiji contributed ideas."):
        assert triples(text) == set(), text


def test_regarded_as_a_role_of_the_bloc():
    assert triples("Chile views Fiji as an indispensable partner and a key NATO Ally.") == {
        ("FJI", "MEMBER_OF", "nato")}
    assert triples("Chile sees Fiji and Peru as NATO allies.") == {
        ("FJI", "MEMBER_OF", "nato"), ("PER", "MEMBER_OF", "nato")}
    assert triples("Chile regards Fiji as a valued NATO partner.") == {("FJI", "PARTNER_OF", "nato")}
    # a hedged role, or a role with no regard verb before the country (a hypothesis)
    for text in ("Chile views Fiji as a future NATO member.",
                 "Fiji as a NATO member would change the region."):
        assert triples(text) == set(), text


def test_founding_nations_including():
    found = set(claims("The Artemis Accords were initiated in 2020 by NASA, the US State "
                       "Department, and seven founding nations including Fiji, Chile and Peru."))
    assert found == {(s, "SIGNED", "artemis-accords", "2020") for s in ("nasa", "FJI", "CHL", "PER")}
    found = set(claims("The Quad was launched in 2007 by NASA and three original states such as "
                       "Fiji, Chile and Peru."))
    assert found == {(c, "MEMBER_OF", "quad", "2007") for c in ("nasa", "FJI", "CHL", "PER")}
    # a hedge before the founding: no founders
    assert triples("The Accords could have been initiated by NASA and seven founding nations "
                   "including Fiji and Chile.") == set()


def test_these_are_after_an_invitation_is_no_membership():
    text = ("BRICS decided to extend invitations to three countries to join the bloc as new "
            "members. These countries are Fiji, Chile and Peru.")
    assert triples(text) == set()
    assert triples("BRICS has drawn three countries to join the bloc. These are Fiji, Chile and "
                   "Peru.") == {(c, "MEMBER_OF", "brics") for c in ("FJI", "CHL", "PER")}


def test_founding_members_take_the_foundings_date():
    for text, year in (("BRICS was created in 2009 by four founding members including Fiji.", "2009"),
                       ("The Quad was set up in 2007 by its founding members: Fiji and Chile.", "2007")):
        assert {c[3] for c in claims(text, published="2026-01-01")} == {year}, text
    # a date of another act before "founding members" is not the founding's
    found = claims("Egypt joined BRICS in 2024; its founding members are Fiji and Chile.",
                   published="2026-01-01")
    assert ("FJI", "MEMBER_OF", "brics", "2026") in found


def test_an_owners_invitation_is_no_is():
    assert triples("Fiji has accepted Chile's invitation to become a partner of BRICS.") == {
        ("FJI", "PARTNER_OF", "brics")}
    assert triples("Fiji has accepted Chile's invitation to become a member of BRICS.") == {
        ("FJI", "MEMBER_OF", "brics")}
