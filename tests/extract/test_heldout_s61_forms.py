"""Forms of session 61 (2026-12-06), each in sentences of our own: names data/ gained that
session (the New Development Bank, the G20, the Eurasian Economic Union, the Arctic Council, the
European Space Agency, ECOWAS, the African Union) read as the nodes they are, including where the
name begins with a word the reader of noun phrases skips ("New"), follows a bloc that owns it
("BRICS' New Development Bank"), or comes back as "the bank"."""

import pytest

from tests.extract.helpers import found


@pytest.mark.parametrize("name, node", [("the G20", "g20"), ("the Eurasian Economic Union", "eaeu"),
                                        ("the Arctic Council", "arctic-council"),
                                        ("the European Space Agency", "esa"), ("ECOWAS", "ecowas"),
                                        ("the African Union", "african-union"),
                                        ("the New Development Bank", "ndb")])
def test_the_bodies_data_gained_are_nodes(name, node):
    assert ("CHL", "MEMBER_OF", node) in found(f"Chile joined {name} in 2021.", reader=False)


def test_a_name_that_begins_with_a_skipped_word_is_the_object():
    # "New" and "Development" qualify a head elsewhere ("the new development of"); in a name
    # they begin it
    assert found("Chile joined the New Development Bank.", reader=False) == {("CHL", "MEMBER_OF", "ndb")}


def test_a_name_a_bloc_owns_is_the_object_not_the_bloc():
    got = found("Chile and Peru join BRICS nations' New Development Bank.", reader=False)
    assert got == {("CHL", "MEMBER_OF", "ndb"), ("PER", "MEMBER_OF", "ndb")}
    # with no name of its own after the owner, still none: the alliance's programme is not the alliance
    assert not found("Chile joined the alliance's Pillar Two programme.", reader=False)


def test_the_bank_named_again_is_the_bank():
    got = found("Chile joined the New Development Bank. The move came before the BRICS summit. "
                "The bank's board approved it. Current members include Brazil, Russia and Chile.",
                reader=False)
    assert {("BRA", "MEMBER_OF", "ndb"), ("RUS", "MEMBER_OF", "ndb")} <= got
    assert not {c for c in got if c[2] == "brics"}


def test_a_bloc_that_founds_a_body_is_its_founder_not_its_member():
    assert not found("BRICS set up the New Development Bank in 2014.", reader=False)
    got = found("The NDB, established by BRICS in 2015, enrolled Bangladesh.", reader=False)
    assert ("brics", "MEMBER_OF", "ndb") not in got
    # countries that found it are its members
    got = found("Brazil, Russia, India, China and South Africa established the New Development Bank.",
                reader=False)
    assert ("BRA", "MEMBER_OF", "ndb") in got and ("ZAF", "MEMBER_OF", "ndb") in got


def test_each_blocs_country_between_dashes_lists_its_members():
    got = found("Each BRICS country – Brazil, Russia, India, China and South Africa – chairs the "
                "bank for five-year rotating terms.", reader=False)
    assert {("BRA", "MEMBER_OF", "brics"), ("ZAF", "MEMBER_OF", "brics")} <= got
