"""Forms met in held-out sets ES to EV and EW to FD (2026-12-03, read after their
measurement), each in sentences of our own: a reverse trigger after "those" or a quotation
mark; a generic subject ("many countries") whose members a list after the object names;
"close to joining" and "the push to join", which are wishes; and the owner of a bid."""

from tests.extract.helpers import claims, rows


def members(text: str, org: str = "nato") -> set[str]:
    return {c[0] for c in claims(text) if c[1:3] == ("MEMBER_OF", org)}


def founders(text: str) -> set[str]:
    """Members the founders phrase gives (not the weaker list fallback)."""
    return {r["subject"] for r in rows(text) if r["relation"] == "MEMBER_OF"
            and r["object"] == "nato" and r["rule"].startswith("reverse:found")}


def test_those_founders_are_the_members_of_the_organisation_named_before():
    text = "NATO has 32 members today. Those original founders included Canada and Italy."
    assert founders(text) == {"CAN", "ITA"}


def test_a_quoted_founders_phrase_still_names_the_members():
    text = 'NATO has 32 members today. The original "Founding Fathers" included Canada and Italy.'
    assert founders(text) == {"CAN", "ITA"}


def test_a_determiner_alone_does_not_open_the_slot_to_a_named_object():
    """"The list included Belarus": a noun that names nothing before the trigger still
    closes it; "those" opens it only where nothing else stands between."""
    text = "NATO has 32 members today. Those talks included Canada and Italy."
    assert members(text) == set()


def test_the_group_after_its_organisation_is_no_verb():
    """"join the BRICS group, including Iran": the countries applied; "group" is a noun."""
    text = ("Many countries have submitted applications to join the BRICS group, including "
            "Iran, Argentina and Cuba.")
    found = {c[:3] for c in claims(text)}
    assert {("IRN", "EXPRESSED_INTEREST_IN", "brics"), ("ARG", "EXPRESSED_INTEREST_IN", "brics"),
            ("CUB", "EXPRESSED_INTEREST_IN", "brics")} <= found
    assert members(text, "brics") == set()


def test_the_list_after_the_object_joins_the_subjects_named_before():
    text = ("In addition to Morocco, several countries have expressed interest in joining the "
            "BRICS group, including Iran and Cuba.")
    found = {c[0] for c in claims(text) if c[1:3] == ("EXPRESSED_INTEREST_IN", "brics")}
    assert {"IRN", "CUB"} <= found


def test_close_to_joining_and_the_push_to_join_are_interest():
    for text in ("Finland and Sweden are now close to joining NATO.",
                 "Finland and Sweden ambassadors discussed the push to join NATO."):
        assert {c[:3] for c in claims(text)} == {("FIN", "EXPRESSED_INTEREST_IN", "nato"),
                                                 ("SWE", "EXPRESSED_INTEREST_IN", "nato")}, text


def test_the_owner_of_a_bid_is_its_subject_not_the_parliament_that_votes_on_it():
    text = "The Turkish parliament voted in favour of Sweden's bid for accession to NATO."
    # (the parliament that votes in favour ratifies it: a member, session 49)
    assert {c[:2] for c in claims(text)} == {("SWE", "EXPRESSED_INTEREST_IN"), ("TUR", "MEMBER_OF")}
    # an invitation stays the inviter's: the invited accepts it
    assert {c[:3] for c in claims("Thailand has accepted Russia's invitation to become a "
                                  "partner of BRICS.")} == {("THA", "PARTNER_OF", "brics")}


GLOSSED = ("Newest BRICS partner states\n\nChile: a large copper exporter;\n\n"
           "Kenya: a hub of East African trade. It grows fast;\n\nPeru: rich in silver.\n\n"
           "Trade grew in 2024.")


def test_a_heading_over_lines_that_each_open_with_a_name_and_a_colon():
    """"Newest BRICS partner states" then "Chile: ...;" lines: each line's name has the role,
    a second sentence on the same line does not end the list, and the reader leaves the
    page's layout to the rule (its prose features do not describe it)."""
    found = rows(GLOSSED, reader=True)
    assert {(r["subject"], r["relation"], r["object"]) for r in found
            if r["rule"] == "layout: heading and list"} == {
        (c, "PARTNER_OF", "brics") for c in ("CHL", "KEN", "PER")}


def test_lines_with_a_name_but_no_colon_or_a_heading_in_prose_give_no_list():
    assert claims("Newest BRICS partner states\n\nChile is a large copper exporter.\n\n"
                  "Kenya is a hub.") == []
    assert claims("BRICS grew with partner states such as these\n\nChile: copper;\n\n"
                  "Kenya: trade;") == []


def test_an_organisation_likened_to_is_no_antecedent_of_the_group():
    text = ("ASEAN is a regional bloc, something like the Southeast Asian version of the "
            "European Union. Over the years the group has grown. The member nations are "
            "Brunei, Cambodia and Laos.")
    assert members(text, "asean") == {"BRN", "KHM", "LAO"}
    assert members(text, "eu") == set()
