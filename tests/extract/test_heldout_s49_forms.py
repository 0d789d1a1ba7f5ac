"""Forms met in held-out sets of session 49 (2026-12-05), each in sentences of our own: a
capital that opens a clause and acts stands for its country ("Tehran has applied to join",
"Moscow and Beijing joined"), a capital as a place or in a name does not."""

from tests.extract.helpers import found


def test_a_capital_that_acts_stands_for_its_country():
    got = found("Hanoi has applied to join the Shanghai Cooperation Organisation.", reader=False)
    assert ("VNM", "EXPRESSED_INTEREST_IN", "sco") in got
    got = found("Officials said that Minsk and Bishkek joined the CSTO in 1994.", reader=False)
    assert ("BLR", "MEMBER_OF", "csto") in got
    assert ("KGZ", "MEMBER_OF", "csto") in got
    # a capital as a place, or in a name, names no country
    assert not [c for c in found("In Hanoi, Laos joined ASEAN. The Hanoi Times said Laos joined "
                                 "ASEAN.", reader=False) if c[0] == "VNM"]
