"""Forms met in held-out sets LG to LJ (session 47, 2026-12-05), each in sentences of our
own: the signatories of an organisation's own treaty ("signed the North Atlantic Treaty") are
its members and nothing else, as data/ records them, while a text about the treaty (its
accession protocol) keeps its own claim."""

from tests.extract.helpers import found


def test_a_signing_of_an_organisations_own_treaty_is_its_membership_alone():
    got = found("On 4 April 1949, Belgium, Canada and Denmark signed the North Atlantic Treaty "
                "in Washington. In 1992 Armenia and Kazakhstan signed the Collective Security "
                "Treaty.")
    assert {("BEL", "MEMBER_OF", "nato"), ("DNK", "MEMBER_OF", "nato"),
            ("ARM", "MEMBER_OF", "csto"), ("KAZ", "MEMBER_OF", "csto")} <= got
    assert not [t for t in got if "treaty" in t[2]]
    # the accession protocol is a text about the treaty: no membership read from it
    got = found("In 2022 Finland signed the North Atlantic Treaty accession protocol.")
    assert ("FIN", "MEMBER_OF", "nato") not in got and got
