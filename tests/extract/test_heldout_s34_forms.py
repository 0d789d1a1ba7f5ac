"""Forms met in held-out sets IQ to IT (session 34, 2026-12-04; read after their
measurement), each in sentences of our own: a treaty's name after a lower-case "the" ("In
the framework of the Commonwealth of Independent States the CIS Collective Security
Treaty"); "the treaty" for a new name before it; "refused to sign and withdrew from the
treaty"; leaving an organisation's own treaty; an agency named beside an act it does not do
("NASA's Artemis Accords", "NASA welcomes"); "a U.S.-led project", "According to US State
Department", "in the presence of"; "Ibero-American nations"."""

from tests.extract.helpers import claims, found

_CST = ("In the framework of Commonwealth of Independent States the CIS Collective Security "
        "Treaty (CST) was signed on May 15, 1992, by Armenia, Kazakhstan and Russia, in the "
        "city of Tashkent. Azerbaijan likewise signed the treaty on September 24, 1993, and "
        "Georgia on December 9, 1993.")


def test_a_treaty_named_after_a_lower_case_the_makes_its_signers_members():
    got = claims(_CST, published="2006-05-28")
    assert {("ARM", "MEMBER_OF", "csto", "1992-05-15"), ("KAZ", "MEMBER_OF", "csto", "1992-05-15"),
            ("RUS", "MEMBER_OF", "csto", "1992-05-15")} <= set(got)
    assert ("ARM", "SIGNED", "cis-collective-security-treaty", "1992-05-15") in got


def test_the_treaty_stands_for_the_new_treaty_named_before():
    got = claims(_CST, published="2006-05-28")
    assert ("AZE", "SIGNED", "cis-collective-security-treaty", "1993-09-24") in got
    assert ("AZE", "MEMBER_OF", "csto", "1993-09-24") in got
    assert ("GEO", "MEMBER_OF", "csto", "1993-12-09") in got
    # "the treaty of X" is a name of its own, not the treaty before
    got = claims("The CIS Collective Security Treaty was signed in 1992. Azerbaijan signed the "
                 "treaty of friendship in 1995.", published="2006")
    assert not [c for c in got if c[0] == "AZE"]


def test_a_refusal_to_sign_does_not_negate_the_withdrawal_after_it():
    text = ("The CIS Collective Security Treaty was signed in 1992. In 1999 Azerbaijan, Georgia "
            "and Uzbekistan refused to sign and withdrew from the treaty instead.")
    got = claims(text, published="2006")
    for country in ("AZE", "GEO", "UZB"):
        assert (country, "WITHDREW_FROM", "cis-collective-security-treaty", "1999") in got
        assert (country, "WITHDREW_FROM", "csto", "1999") in got  # its organisation's own treaty
    # a refusal to sign and ratify is still a refusal of both
    assert not claims("In 1999 Azerbaijan refused to sign and ratify the Outer Space Treaty.")


def test_an_agency_named_beside_an_act_it_does_not_do_is_no_party():
    text = ("Slovenia signs NASA's Artemis Accords for cooperative space exploration\n\n"
            "NASA has added another country to its growing list of international partners "
            "committed to responsible moon exploration.\n\nOn Friday (April 19), Slovenia "
            "signed NASA's Artemis Accords, becoming the 39th country to affirm their "
            "cooperation in future space endeavors to the moon and beyond.\n\n\"NASA welcomes "
            "Slovenia to the Artemis Accords,\" NASA Administrator Bill Nelson said in a "
            "statement. \"Today, the partnership between the United States and Slovenia "
            "crosses a new frontier.\"")
    got = found(text)
    assert ("SVN", "SIGNED", "artemis-accords") in got
    assert ("USA", "SIGNED", "artemis-accords") not in got


def test_a_leader_a_source_or_a_witness_is_no_signatory():
    got = found("According to US State Department, Secretary of the Ministry of Defense Md "
                "Ashraf Uddin signed the Artemis Accords on behalf of the Government of "
                "Bangladesh in the presence of US Charge d’Affaires Tracey Jacobson.")
    assert ("USA", "SIGNED", "artemis-accords") not in got
    got = found("New Zealand has become the eleventh country to sign the Artemis Accords with "
                "NASA, a US-led international deal to return humans to the moon by 2024.")
    assert ("NZL", "SIGNED", "artemis-accords") in got
    assert ("USA", "SIGNED", "artemis-accords") not in got


def test_an_ibero_american_nation_is_no_american_one():
    got = found("Spain and five Ibero-American nations sign the Artemis Agreements to take "
                "astronauts to the Moon", reader=False)
    assert got == {("ESP", "SIGNED", "artemis-accords")}
