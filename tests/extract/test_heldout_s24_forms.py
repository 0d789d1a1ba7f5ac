"""Forms met in held-out sets FM to FR (2026-12-03, read after their measurement), each in
sentences of our own: a count of signatories named in the next sentence; the other side of
"a memorandum of understanding with"; a headline on accession protocols and a list that is
"likely" to join; a stance on an act; a clause whose subject follows the object's comma; and
a relative clause on a name with no node."""

from tests.extract.helpers import claims, rows


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_a_count_of_signatories_is_named_by_the_next_sentence():
    text = ("Three countries have signed the Artemis Accords, a set of guidelines for the Moon. "
            "Japan, Italy and Canada are now all participants in the project.")
    found = triples(text)
    assert {("JPN", "SIGNED", "artemis-accords"), ("ITA", "SIGNED", "artemis-accords"),
            ("CAN", "SIGNED", "artemis-accords")} <= found


def test_a_next_sentence_of_another_count_is_no_list_of_signatories():
    text = ("Three countries have signed the Artemis Accords. Japan, Italy, Canada and France "
            "sent delegations to the talks.")
    assert ("FRA", "SIGNED", "artemis-accords") not in triples(text)
    assert ("JPN", "SIGNED", "artemis-accords") not in triples(text)


def test_a_count_of_members_named_by_a_bare_list_needs_the_full_count():
    text = "Two countries joined the ILRS. Egypt and Senegal are now partners of China."
    assert ("EGY", "MEMBER_OF", "ilrs") not in triples(text)  # two: too few to trust


def test_the_other_side_of_a_memorandum_of_understanding_signs():
    text = ("Roscosmos signed a memorandum of understanding with the China National Space "
            "Administration on the creation of the ILRS.")
    found = {(r["subject"], r["relation"], r["object"]) for r in rows(text)}
    assert {("roscosmos", "SIGNED", "ilrs"), ("cnsa", "SIGNED", "ilrs")} <= found


def test_accession_protocols_for_candidates_make_no_members():
    assert not triples("NATO allies sign accession protocols for Sweden and Finland")


def test_a_list_likely_to_join_makes_no_members():
    text = ("After Iran, Belarus and Mongolia are likely to be the newest additions to the "
            "Shanghai Cooperation Organisation.")
    assert ("MNG", "MEMBER_OF", "sco") not in triples(text)


def test_a_stance_on_an_act_is_not_the_act():
    assert not triples("Armenia's position on leaving the CSTO is unclear.")
    assert ("ARM", "WITHDREW_FROM", "csto") in triples("Armenia left the CSTO.")


def test_a_name_after_the_objects_comma_that_opens_a_clause_is_no_subject():
    text = ("For those other countries that have expressed a desire to join BRICS, India will "
            "contribute to building a consensus.")
    assert ("IND", "EXPRESSED_INTEREST_IN", "brics") not in triples(text)
    text = "Two more countries joined the ILRS project, the UAE and Pakistan."
    assert {("ARE", "MEMBER_OF", "ilrs"), ("PAK", "MEMBER_OF", "ilrs")} <= triples(text)


def test_a_relative_clause_on_a_name_with_no_node_is_not_about_the_topic():
    text = ("Ireland's relationship with NATO is set out in the Partnership for Peace (PfP), "
            "which Ireland joined in 1999.")
    assert ("IRL", "MEMBER_OF", "nato") not in triples(text)
    text = "The Shanghai Cooperation Organisation (SCO), which Iran joined in 2023, met."
    assert ("IRN", "MEMBER_OF", "sco") in triples(text)
