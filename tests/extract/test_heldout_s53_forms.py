"""Forms met in held-out sets of session 52 and 53 (2026-12-06), each in sentences of our own:
applications for full membership, and dropping out of (or giving up taking part in) a
programme."""

from tests.extract.helpers import found


def test_applications_for_full_membership_are_a_wish():
    got = found("Kazakhstan and Mongolia filed formal applications for full membership in the "
                "Shanghai Cooperation Organisation last week.")
    assert not {c for c in got if c[1] == "MEMBER_OF"}
    assert {("KAZ", "EXPRESSED_INTEREST_IN", "sco"), ("MNG", "EXPRESSED_INTEREST_IN", "sco")} <= got
    # granted, the same membership is one
    got = found("Kazakhstan and Mongolia were granted full membership in the Shanghai Cooperation "
                "Organisation last week.")
    assert {("KAZ", "MEMBER_OF", "sco"), ("MNG", "MEMBER_OF", "sco")} <= got


def test_dropping_out_of_a_programme_is_a_withdrawal():
    got = found("Brazil signed a new space agreement with India, a year after Brazil dropped out "
                "of NASA's Artemis program.")
    assert ("BRA", "WITHDREW_FROM", "artemis-program") in got
    got = found("Officials said Brazil had given up its participation in NASA's Artemis program.")
    assert ("BRA", "WITHDREW_FROM", "artemis-program") in got
    assert ("BRA", "COOPERATES_ON", "artemis-program") not in got
