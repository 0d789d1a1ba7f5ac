"""Forms first met on held-out set T, each on a sentence written for this test: "was
(initially) comprised of A, B", "the (former) <Capitalised> republics of A, B" inside a
list, "signed an agreement on X cooperation" (signature and cooperation), "as a formal
"dialogue partner"." with a closing quote before the full stop, "was welcomed into X",
"as an observer" (no membership), "principally agreed to admit" (in principle), a
body's short name in brackets, which is no list of subjects, and "A and its counterpart
in B" (both act), a frozen or suspended membership (a membership), and a claim the sentence calls false
("those who assert that ... are mistaken": none), and "lobbied hard for such status" after a
sentence on membership (interest)."""

from __future__ import annotations

from tests.extract.helpers import claims, rows


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_comprised_of_lists_the_members():
    assert triples("APSCO was initially comprised of Chile, Kenya and Peru.") == {
        (c, "MEMBER_OF", "apsco") for c in ("CHL", "KEN", "PER")}
    assert triples("APSCO is comprised of Chile and Kenya.") == {
        (c, "MEMBER_OF", "apsco") for c in ("CHL", "KEN")}
    assert triples("The APSCO council is comprised of experts.") == set()


def test_a_list_goes_on_through_the_former_republics_of():
    text = ("The CSTO is a pact that includes Chile and the former Soviet republics of "
            "Armenia, Belarus and Tajikistan.")
    assert triples(text) == {(c, "MEMBER_OF", "csto") for c in ("CHL", "ARM", "BLR", "TJK")}
    # a lower-case word other than "former" still ends the list
    text = "The CSTO includes Chile and the poorer nations of Armenia and Belarus."
    assert triples(text) == {("CHL", "MEMBER_OF", "csto")}


def test_an_agreement_on_a_programme_s_cooperation_is_signature_and_cooperation():
    text = ("Chile and Kenya signed an agreement on International Lunar Research Station "
            "(ILRS) cooperation.")
    assert triples(text) == {(c, r, "ilrs") for c in ("CHL", "KEN")
                             for r in ("SIGNED", "COOPERATES_ON")}
    assert triples("Peru signed the ILRS cooperation agreement.") == {
        ("PER", "SIGNED", "ilrs"), ("PER", "COOPERATES_ON", "ilrs")}
    assert triples("Peru did not sign an agreement on ILRS cooperation.") == set()
    # cooperation that is not what was signed
    assert triples("Peru signed the ILRS charter; cooperation followed.") == {
        ("PER", "SIGNED", "ilrs")}


def test_a_quoted_role_before_the_full_stop_still_ends_the_clause():
    text = 'APSCO met in Lima in May. Kenya joined as a formal "dialogue partner".'
    assert triples(text) == {("KEN", "PARTNER_OF", "apsco")}


def test_welcomed_into_a_body_is_membership_not_as_an_observer():
    assert claims("Kenya was welcomed into ASEAN today.") == [
        ("KEN", "MEMBER_OF", "asean", "2024-05-04")]
    text = ("Kenya has been welcomed into the Association of Southeast Asian Nations (ASEAN) "
            "as the grouping's 11th member.")
    assert triples(text) == {("KEN", "MEMBER_OF", "asean")}
    assert triples("Kenya was welcomed into ASEAN as an observer.") == set()
    assert triples("Kenya was admitted into ASEAN as an observer in 2002.") == set()
    assert triples("The minister was welcomed into the palace.") == set()


def test_principally_agreed_to_admit_is_no_membership():
    text = "In 2022, ASEAN leaders principally agreed to admit Kenya as a new member of the grouping."
    assert triples(text) == set()


def test_a_body_and_its_counterpart_both_act():
    text = "China's space agency and its counterpart in Kenya signed an agreement on the ILRS."
    assert triples(text) == {("cnsa", "SIGNED", "ilrs"), ("KEN", "SIGNED", "ilrs")}
    assert triples("NASA and its Japanese counterpart signed the Artemis Accords.") == {
        ("nasa", "SIGNED", "artemis-accords"), ("JPN", "SIGNED", "artemis-accords")}
    assert triples("Chile and its counterparts from Kenya and Peru signed the Artemis Accords.") == {
        (c, "SIGNED", "artemis-accords") for c in ("CHL", "KEN", "PER")}
    # a neighbour is no counterpart
    assert triples("Chile and its neighbour Peru signed the Artemis Accords.") == {
        ("PER", "SIGNED", "artemis-accords")}


def test_a_frozen_or_suspended_membership_is_a_membership():
    text = "The CSTO met in May. Chile earlier froze its participation in the alliance."
    assert triples(text) == {("CHL", "MEMBER_OF", "csto")}
    assert triples("Chile will continue to suspend its membership in the CSTO.") == {
        ("CHL", "MEMBER_OF", "csto")}
    assert triples("Chile's membership in the CSTO remains frozen.") == {("CHL", "MEMBER_OF", "csto")}
    assert triples("Chile announced the suspension of Peru's membership in the CSTO.") == {
        ("PER", "MEMBER_OF", "csto")}
    # a freeze of something else, or of talks with the bloc, says nothing
    assert triples("Chile suspended its participation in the talks with the CSTO.") == set()
    assert triples("Chile froze its participation in the Outer Space Treaty.") == set()
    (row,) = rows("Chile's membership in the CSTO is suspended.")
    assert row["status"] == "suspended"


def test_a_claim_the_sentence_calls_false_gives_nothing():
    text = ('"Those who assert that the minister said that Chile is withdrawing from the CSTO '
            'are mistaken," he said.')
    assert triples(text) == set()
    assert triples("Reports that Peru joined BRICS are false.") == set()
    # a claim reported, not called false; and "wrong" that is not the claim's predicate
    assert triples("Peru said that it joined BRICS in 2023.") == {("PER", "MEMBER_OF", "brics")}
    assert triples("Officials said that Peru joined BRICS, which is wrong for its farmers.") == {
        ("PER", "MEMBER_OF", "brics")}


def test_such_status_sought_after_a_sentence_on_membership_is_interest():
    text = ("APSCO again failed to promote any of its observers to full membership. "
            "Chile, Kenya, and Peru lobbied hard for such status, but were blocked.")
    assert triples(text) == {(c, "EXPRESSED_INTEREST_IN", "apsco") for c in ("CHL", "KEN", "PER")}
    # not when they did not, nor when the sentence before names another status
    assert triples("APSCO discussed full membership. Chile never lobbied for such status.") == set()
    assert triples("APSCO made Chile an observer. Kenya lobbied hard for such status.") == set()
