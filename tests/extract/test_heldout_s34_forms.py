"""Forms met in held-out sets IQ to IT (session 34, 2026-12-04; read after their
measurement), each in sentences of our own: a treaty's name after a lower-case "the" ("In
the framework of the Commonwealth of Independent States the CIS Collective Security
Treaty"); "the treaty" for a new name before it; "refused to sign and withdrew from the
treaty"; leaving an organisation's own treaty; an agency named beside an act it does not do
("NASA's Artemis Accords", "NASA welcomes"); "a U.S.-led project", "According to US State
Department", "in the presence of"; "Ibero-American nations"."""

from tests.extract.helpers import claims, found, rows

_CST = ("In the framework of Commonwealth of Independent States the CIS Collective Security "
        "Treaty (CST) was signed on May 15, 1992, by Armenia, Kazakhstan and Russia, in the "
        "city of Tashkent. Azerbaijan likewise signed the treaty on September 24, 1993, and "
        "Georgia on December 9, 1993.")


def test_a_treaty_named_after_a_lower_case_the_makes_its_signers_members():
    got = claims(_CST, published="2006-05-28")
    assert {("ARM", "MEMBER_OF", "csto", "1992-05-15"), ("KAZ", "MEMBER_OF", "csto", "1992-05-15"),
            ("RUS", "MEMBER_OF", "csto", "1992-05-15")} <= set(got)
    assert not [c for c in got if c[2] == "cis-collective-security-treaty"]  # folded into them


def test_the_treaty_stands_for_the_new_treaty_named_before():
    got = claims(_CST, published="2006-05-28")
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


def test_a_led_names_only_the_word_before_it():
    got = found("The BRICS alliance, which comprises Brazil, Russia, India, China and South "
                "Africa, is seen as an alternative to Western-led organizations like NATO.",
                reader=False)
    assert not {c for c in got if c[1] == "LEADS"}
    assert ("CHN", "LEADS", "ilrs") in found("Serbia joined the China-led ILRS.", reader=False)


def test_the_new_partners_will_be_a_list():
    got = claims("On 1st January 2025, the BRICS bloc will expand to include nine more nations. "
                 "The new partners will be Belarus, Bolivia and Cuba.", published=None)
    assert {("BLR", "PARTNER_OF", "brics"), ("BOL", "PARTNER_OF", "brics"),
            ("CUB", "PARTNER_OF", "brics")} <= {c[:3] for c in got}
    statuses = {r["status"] for r in rows("BRICS met in Kazan. The new members will be Argentina "
                                          "and Egypt.")}
    assert statuses == {"announced"}  # a membership to come, not yet had


def test_a_treaty_signed_between_a_list_and_joined_as_the_pact_a_year_later():
    text = ("The Collective Security Treaty was signed in 1992 between Armenia, Kazakhstan and "
            "Russia. A year later, Azerbaijan, Belarus and Georgia joined the pact. Azerbaijan "
            "and Georgia withdrew from the Treaty in 1999.")
    got = set(claims(text, published="2024-02-23"))
    assert {("ARM", "MEMBER_OF", "csto", "1992"), ("RUS", "MEMBER_OF", "csto", "1992"),
            ("AZE", "MEMBER_OF", "csto", "1993"), ("BLR", "MEMBER_OF", "csto", "1993"),
            ("AZE", "WITHDREW_FROM", "csto", "1999"), ("GEO", "WITHDREW_FROM", "csto", "1999")} <= got


def test_later_that_year_takes_the_year_of_the_sentence_before():
    got = claims("Finland joined NATO in 2023. Later that year Sweden applied to join NATO.",
                 published="2025")
    assert ("SWE", "EXPRESSED_INTEREST_IN", "nato", "2023") in got


def test_a_membership_until_a_date_is_a_withdrawal_then():
    assert claims("Until 2012, Uzbekistan was a member of the CSTO.", published="2023-11-23") == [
        ("UZB", "WITHDREW_FROM", "csto", "2012")]
    got = found("The CSTO consists of six states: Russia and Tajikistan. Until 1999, Georgia and "
                "Azerbaijan also participated in the agreement, but they did not extend it.")
    assert not {c for c in got if c[0] in ("GEO", "AZE") and c[1] == "MEMBER_OF"}
