"""Forms of session 77 (2026-12-08), each in sentences of our own."""

from tests.extract.helpers import found
from tests.extract.helpers import rows as rows_of


def _claims(text, relation, obj, reader=True):
    return {s for s, r, o in found(text, reader=reader) if (r, o) == (relation, obj)}


def _members(text, bloc, reader=True):
    return _claims(text, "MEMBER_OF", bloc, reader)


def _since(text, relation, obj, published=None, reader=True):
    return {r["subject"]: r["since"] for r in rows_of(text, published=published, reader=reader)
            if (r["relation"], r["object"]) == (relation, obj)}


def test_a_date_in_brackets_after_one_name_is_that_names_alone():
    text = ("The G7 is an informal forum which brings together the leaders of France, Germany, Italy, "
            "Japan, the United States, Canada (since 1976), and the President of the European Commission "
            "(starting officially in 1981).")
    for reader in (False, True):
        since = _since(text, "MEMBER_OF", "g7", reader=reader)
        assert since["CAN"] == "1976"
        assert {since[c] for c in ("FRA", "DEU", "ITA", "JPN", "USA")} == {""}
    # a date of the clause still dates every name
    since = _since("Estonia, Latvia and Lithuania (the Baltic states) joined NATO in March 2004.",
                   "MEMBER_OF", "nato", reader=False)
    assert set(since.values()) == {"2004-03"}
    # and a name's own bracketed year still dates it
    since = _since("India and Pakistan (2017), Iran (2023) and Belarus (2024) joined the SCO.",
                   "MEMBER_OF", "sco", reader=False)
    assert (since["IND"], since["IRN"], since["BLR"]) == ("2017", "2023", "2024")


def test_negotiating_for_membership_is_a_wish():
    text = ("The Nice Treaty prepares the EU to accept new members. Twelve states are currently "
            "negotiating for membership: Bulgaria, Cyprus, Malta, Poland, Romania and Slovenia.")
    for reader in (False, True):
        assert {"BGR", "CYP", "MLT", "POL", "ROU", "SVN"} <= _claims(text, "EXPRESSED_INTEREST_IN", "eu", reader)
        assert not _members(text, "eu", reader) & {"BGR", "CYP", "MLT", "POL", "ROU", "SVN"}


def test_the_green_light_to_open_accession_negotiations_is_a_wish():
    text = ("With Croatia, set to join the EU in July, tiny Montenegro got the green light today (12 "
            "October) to open accession negotiations, the European Commission said.")
    assert "MNE" in _claims(text, "EXPRESSED_INTEREST_IN", "eu", reader=False)
    assert "MNE" in _claims(text, "EXPRESSED_INTEREST_IN", "eu")
    assert "MNE" not in _members(text, "eu")
    # who opens them with a country is the bloc, not a name before
    text = "In Brussels, Croatia's ministers saw the EU formally open accession negotiations with Montenegro."
    assert "HRV" not in _claims(text, "EXPRESSED_INTEREST_IN", "eu", reader=False)


def test_a_countrys_eligibility_for_accession_is_its_wish_and_the_council_is_no_country():
    text = ("The Luxembourg European Council of December 1997 confirmed Turkey's eligibility for "
            "accession to the European Union.")
    assert "LUX" not in _members(text, "eu")
    assert "TUR" in _claims(text, "EXPRESSED_INTEREST_IN", "eu")


def test_those_a_bloc_rebukes_are_no_members():
    text = "G8 nations united in a rebuke of Iran and North Korea as the summit came to a close."
    assert not _members(text, "g7") & {"IRN", "PRK"}
    text = "The G7 leaders condemned Iran and North Korea for their missile tests."
    assert not _members(text, "g7") & {"IRN", "PRK"}


def test_a_body_among_a_tables_rows_is_no_body_over_them():
    text = ("Core G7 members\nMember Represented by Title\nCanada Canada Jean Chretien Prime Minister\n"
            "France France Francois Mitterrand President\nGermany Germany Helmut Kohl Chancellor\n"
            "Japan Japan Tomiichi Murayama Prime Minister\nUnited States United States Bill Clinton "
            "President\nEuropean Union European Union Jacques Santer Commission President")
    assert not _members(text, "eu") & {"CAN", "FRA", "DEU", "JPN", "USA"}


def test_what_the_head_of_a_body_says_stands_whatever_the_titles_length():
    text = "Finland applied to join, said the Secretary General of NATO."
    assert "FIN" in _claims(text, "EXPRESSED_INTEREST_IN", "nato")



def test_guinea_bissau_unhyphenated_is_guinea_bissau():
    text = "The AU also readmitted Guinea Bissau, which was suspended following a military coup."
    assert "GNB" in _members(text, "african-union", reader=False)
    assert "GIN" not in _members(text, "african-union")


def test_a_meetings_focus_is_no_member():
    text = "Leaders of NATO's 19 member nations are slated to focus on Kosovo during a morning meeting."
    assert "XKX" not in _members(text, "nato")


def test_membership_talks_beginning_with_countries_are_theirs():
    text = ("The European Union agreed today to invite six new states to start talks on joining the bloc. "
            "A spokesman for the Finnish presidency said membership negotiations will begin early next "
            "year with Slovakia, Romania, Bulgaria, Latvia and Lithuania.")
    wishes = _claims(text, "EXPRESSED_INTEREST_IN", "eu", reader=False)
    assert {"SVK", "ROU", "BGR", "LVA", "LTU"} <= wishes
    assert "FIN" not in wishes


def test_applying_on_a_date_for_associate_membership_is_a_wish():
    text = "Turkey first applied in July 1959 for associated membership of the European Economic Community."
    assert "TUR" in _claims(text, "EXPRESSED_INTEREST_IN", "eu", reader=False)
    assert "TUR" not in _members(text, "eu")


def test_mends_from_the_readings_of_f9b5b10():
    # a bracket's date of the whole clause stays the clause's; a target is no start
    assert _since("Finland has been a member of NATO (since April 2023).", "MEMBER_OF", "nato",
                  "2025", reader=False) == {"FIN": "2023-04"}
    assert _since("Argentina signed the Artemis Accords during a visit to the United States (July 2023).",
                  "SIGNED", "artemis-accords", "2024", reader=False) == {"ARG": "2023-07"}
    since = _since("Montenegro (by 2028) and Albania (by 2030) hope to join the EU.",
                   "EXPRESSED_INTEREST_IN", "eu", "2024", reader=False)
    assert since == {"MNE": "2024", "ALB": "2024"}
    # a censured member named so keeps its membership
    assert "TUR" in _members("NATO rebuked Turkey, a member of the alliance since 1952, for buying "
                             "Russian missiles.", "nato")
    # bargaining over one's own membership is no wish to join
    assert "GBR" not in _claims("Britain negotiated for a better deal on its EU membership.",
                                "EXPRESSED_INTEREST_IN", "eu")
    # talks opened with a country a few words on are the bloc's act, not a name before
    assert "HUN" not in _claims("EU leaders led by Hungary's Orban agreed to open accession talks on "
                                "Thursday with Ukraine and Moldova.", "EXPRESSED_INTEREST_IN", "eu")
    # eligibility with no owner is no one's wish
    assert not _claims("Germany and France debated the eligibility for membership of NATO.",
                       "EXPRESSED_INTEREST_IN", "nato") & {"DEU", "FRA"}
    # only a post's holder who speaks is the source; "over" takes a post only after a verb of taking
    assert "UKR" not in _members("Russia told the Secretary-General of NATO that member states must stop "
                                 "arming Ukraine.", "nato")
    assert not _members("China complained over the Secretary General of NATO courting Japan, Australia "
                        "and South Korea.", "nato") & {"CHN", "JPN", "AUS", "KOR"}
    assert "SWE" in _members("Sweden joined the alliance in March 2024, said the Deputy Secretary General "
                             "of NATO.", "nato")
    assert "FIN" in _claims("Finland applied to join, according to the Secretary General of NATO.",
                            "EXPRESSED_INTEREST_IN", "nato")
    # a table's rows reach no sentence after them
    text = ("Canada Canada Jean Chretien\nFrance France Jacques Chirac\nJapan Japan Ryutaro Hashimoto.\n"
            "Montenegro applied to join, EU officials said.")
    assert "MNE" in _claims(text, "EXPRESSED_INTEREST_IN", "eu")
