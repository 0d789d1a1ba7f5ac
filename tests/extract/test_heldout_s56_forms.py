"""Forms met in held-out sets of session 56 (2026-12-06), each in sentences of our own: a bank
its bloc founded, a bloc's bank, a negation that leaves its verb out, a joining ruled out."""

from tests.extract.helpers import found


def test_a_bank_set_up_by_a_bloc_admits_members_of_its_own():
    got = found("The Asian Growth Bank (AGB) set up by the BRICS group of nations has admitted "
                "Chile, Peru and Kenya as new members.")
    assert not {c for c in got if c[2] == "brics"}
    assert ("PER", "MEMBER_OF", "asian-growth-bank") in got


def test_a_bank_a_bloc_founded_with_commas_admits_members_of_its_own():
    got = found("The Asian Growth Bank, established by BRICS in 2015, has admitted Chile and "
                "Kenya as members.")
    assert not {c for c in got if c[2] == "brics"}


def test_the_blocs_bank_is_not_the_bloc():
    assert not {c for c in found("Chile officially joins the BRICS bank led by its president.")
                if c[2] == "brics"}


def test_a_negation_that_leaves_its_verb_out_denies_the_names_before_it():
    got = found("Peru became the 29th country to sign the Artemis Accords on the 14th of May. The "
                "Artemis Accords are a US-led agreement to set norms of behaviour in space.\n"
                "This signing is a key addition to a growing number of countries. Chile, became "
                "the sixth nation to land a probe on the moon, agreed to join the Artemis Accords "
                "in June, but Iran and Cuba have not. Cuba had considered participation in the "
                "Artemis program.")
    assert ("CHL", "SIGNED", "artemis-accords") in got
    assert not {c for c in got if c[0] in {"IRN", "CUB"} and c[2] == "artemis-accords"}


def test_a_joining_ruled_out_is_none():
    assert not found("Chile rules out joining BRICS, its foreign minister said.")
