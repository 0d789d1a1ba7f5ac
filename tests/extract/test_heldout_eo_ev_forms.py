"""Forms met in held-out sets EO to EV (2026-12-03, read after their measurement at
577cdb0 and 149cd4e), each in sentences of our own."""

from tests.extract.helpers import claims

FOUNDERS = ("NATO has 32 members today. It started with 12 in 1949, when a dozen nations met to "
            "sign the {name}. The original founders included the US, Canada and Italy.")


def test_the_founders_of_the_topic_are_its_members():
    found = claims(FOUNDERS.format(name="North Atlantic Treaty"))
    assert {c[0] for c in found if c[1:3] == ("MEMBER_OF", "nato")} == {"USA", "CAN", "ITA"}


def test_an_organisations_founding_treaty_does_not_take_its_members():
    """The North Atlantic Treaty begins NATO's own name: naming it after NATO leaves NATO the
    topic, where another organisation without a node (the Warsaw Pact) would not."""
    text = FOUNDERS.replace("The original founders", "Its original members")
    assert {c[0] for c in claims(text.format(name="North Atlantic Treaty"))
            if c[2] == "nato"} == {"USA", "CAN", "ITA"}
    assert [c for c in claims(text.format(name="Warsaw Pact")) if c[2] == "nato"] == []
