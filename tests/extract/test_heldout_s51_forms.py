"""Forms met in held-out sets of session 51 (2026-12-05), each in sentences of our own: a list
of names guessed at ("possible partner countries may include A, B") and an entry or accession
only planned ("his withdrawal from the planned entry into BRICS")."""

from tests.extract.helpers import found

_GUESS = ("BRICS partner status: what is it and who is eligible? Cuba asked for the status. "
          "Other possible Partner Countries may include Algeria, Bolivia, Indonesia, Kazakhstan, "
          "Malaysia, Nigeria, Thailand and Uganda, although this has not been confirmed.")


def test_a_list_guessed_at_gives_no_partners():
    got = found(_GUESS)
    assert not [c for c in got if c[0] in {"DZA", "BOL", "IDN", "KAZ", "MYS", "NGA", "THA", "UGA"}]
    # stated, the same list is the bloc's partners
    got = found(_GUESS.replace("Other possible Partner Countries may include",
                               "The BRICS partner countries are"))
    assert {("DZA", "PARTNER_OF", "brics"), ("UGA", "PARTNER_OF", "brics")} <= got


def test_a_planned_entry_is_no_membership():
    got = found("Argentine President Javier Milei has sent letters to leaders of member nations "
                "informing his withdrawal from the planned entry into BRICS.", reader=False)
    assert ("ARG", "MEMBER_OF", "brics") not in got
    got = found("Argentina's entry into BRICS took effect in January.", reader=False)
    assert ("ARG", "MEMBER_OF", "brics") in got
