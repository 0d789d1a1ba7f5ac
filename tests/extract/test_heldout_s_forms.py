"""Forms first met on held-out set S, each on text written for this test: names one a
line after a sentence its colon ends, a "members of X are--" list, a run-on table
("Year of Joining Member States 1949 A B 1952 C"), a heading naming a bloc and a role
followed by a list of names, "aspiring members of X" as interest, founding members dated
by a founding told just before, "X was established on DATE in PLACE by five countries: A,
B", a year glued to "in" ("in1995"), "under the leadership of X" as leading, and the
spelling "Kyrghyz Republic"."""

from __future__ import annotations

from graphkit.extract.text import _hard_wrapped
from tests.extract.helpers import claims, rows


def triples(text: str) -> set[tuple]:
    return {c[:3] for c in claims(text)}


def test_names_one_a_line_after_a_colon_are_the_list():
    text = ("What is the SCO?\nThe SCO is a regional body.\n"
            "In 2023, the SCO is made up of three states:\nChile\nKenya\nNepal\n"
            "Peru left the group long ago.")
    found = claims(text)
    assert sorted(c for c in found if c[1] == "MEMBER_OF") == [
        (c, "MEMBER_OF", "sco", "2023") for c in ("CHL", "KEN", "NPL")]
    assert ("PER", "MEMBER_OF", "sco") not in {c[:3] for c in found}


def test_numbered_or_bulleted_names_after_a_colon_are_the_list():
    for marks in (("1.", "2.", "3."), ("*", "*", "*"), ("-", "-", "-")):
        text = ("The SCO is a regional body.\n\nThe SCO member states are:\n"
                + "\n".join(f"{m} {name}" for m, name in zip(marks, ("Chile", "Kenya", "Nepal"),
                                                             strict=True)))
        found = rows(text)
        assert sorted(r["subject"] for r in found) == ["CHL", "KEN", "NPL"], marks
        assert found[0]["evidence"].startswith("The SCO member states are:\n" + marks[0])


def test_names_one_a_line_in_a_hard_wrapped_text_end_at_a_line_of_prose():
    text = ("The SCO is a regional body whose members agree to meet each year and\n"
            "to talk about trade, security and the many other matters they share,\n"
            "and it is made up of three states:\nChile\nKenya\nNepal\n"
            "Peru and Mexico left the organisation long ago, as did several other\n"
            "states that had once signed the founding charter of the body itself.")
    members = {c[0] for c in claims(text) if c[1] == "MEMBER_OF"}
    assert members == {"CHL", "KEN", "NPL"}


def test_name_lines_without_a_colon_before_them_stay_apart():
    text = "The SCO is made up of three states.\nChile\nKenya\nNepal\nPeru met them."
    assert not any(c[1] == "MEMBER_OF" for c in claims(text))


def test_a_short_list_after_a_colon_is_no_hard_wrapping():
    lines = ["A title", "The SCO is a body.", "It is made up of:", "Chile", "Kenya", "Nepal"]
    assert not _hard_wrapped(lines)
    assert _hard_wrapped(["the SCO is made up", "of states that", "meet each year", "in spring."])


def test_members_of_a_bloc_are_with_dashes():
    assert triples("The founding members of APSCO are-- Chile, Kenya and Peru.") == {
        (c, "MEMBER_OF", "apsco") for c in ("CHL", "KEN", "PER")}
    assert triples("The full members of APSCO are: Chile and Kenya.") == {
        (c, "MEMBER_OF", "apsco") for c in ("CHL", "KEN")}


def test_aspiring_members_are_interest():
    text = "Chile has joined APSCO while Kenya and Peru are aspiring members of APSCO."
    assert triples(text) == {("CHL", "MEMBER_OF", "apsco"),
                             ("KEN", "EXPRESSED_INTEREST_IN", "apsco"),
                             ("PER", "EXPRESSED_INTEREST_IN", "apsco")}


def test_a_run_on_table_gives_each_name_the_year_before_it():
    text = ("APSCO is a space body.\n\n"
            "Year of Joining Member States 2005 Chile Kenya 2008 Peru 2011 Sri Lanka")
    assert sorted(claims(text)) == [("CHL", "MEMBER_OF", "apsco", "2005"),
                                    ("KEN", "MEMBER_OF", "apsco", "2005"),
                                    ("LKA", "MEMBER_OF", "apsco", "2011"),
                                    ("PER", "MEMBER_OF", "apsco", "2008")]


def test_a_run_on_table_with_names_first_gives_the_year_after():
    text = "APSCO is a space body.\n\nCountry Year of accession Chile 2005 Peru 2008"
    assert sorted(claims(text)) == [("CHL", "MEMBER_OF", "apsco", "2005"),
                                    ("PER", "MEMBER_OF", "apsco", "2008")]


def test_a_line_of_years_and_names_with_other_words_is_no_table():
    text = ("APSCO is a space body.\n\n"
            "Year of Joining Member States 2005 Chile talks 2008 Peru visits")
    assert triples(text) == set()


def test_a_heading_with_a_bloc_and_a_role_names_the_list_under_it():
    text = ("The alliance works with many states.\n\nNATO Partner Countries\n\n"
            "Chile, Kenya, Peru, Nepal, Tur")
    found = rows(text)
    assert sorted((r["subject"], r["relation"], r["object"], r["since"]) for r in found) == [
        (c, "PARTNER_OF", "nato", "2024") for c in ("CHL", "KEN", "NPL", "PER")]
    assert {r["rule"] for r in found} == {"layout: heading and list"}
    members = "APSCO Member States\nChile\nKenya\nPeru"
    assert triples(members) == {(c, "MEMBER_OF", "apsco") for c in ("CHL", "KEN", "PER")}


def test_a_heading_without_a_role_or_a_list_of_prose_gives_nothing():
    assert triples("NATO Summit Venues\n\nChile, Kenya, Peru, Nepal") == set()
    prose = "NATO Partner Countries\n\nChile, Kenya and Peru spoke about trade, tariffs and ports."
    assert triples(prose) == set()


def test_founding_members_take_the_date_of_a_founding_told_just_before():
    text = ("APSCO grew from the original three countries that signed its convention on "
            "2 May 2005. The founding members of APSCO are-- Chile, Kenya and Peru.")
    assert sorted(claims(text)) == [(c, "MEMBER_OF", "apsco", "2005-05-02")
                                    for c in ("CHL", "KEN", "PER")]
    plain = "APSCO met on 2 May 2005. The current members of APSCO are Chile and Kenya."
    assert sorted(claims(plain)) == [(c, "MEMBER_OF", "apsco", "2024") for c in ("CHL", "KEN")]


def test_a_bloc_established_on_a_date_in_a_place_by_n_countries():
    text = ("APSCO was established on Oct. 28, 2005 in Beijing, China, by three countries: "
            "Chile, Kenya and Peru.")
    found = claims(text)
    assert sorted(c for c in found if c[0] != "CHN") == [
        (c, "MEMBER_OF", "apsco", "2005-10-28") for c in ("CHL", "KEN", "PER")]
    assert {r["rule"] for r in rows(text) if r["subject"] != "CHN"} == {
        "structure:founded by n countries"}
    hedged = "APSCO may be established in 2030 in Beijing by three countries: Chile, Kenya."
    assert not any(r["rule"].startswith("structure:") for r in rows(hedged))


def test_a_year_glued_to_in_still_dates_a_gapped_claim():
    text = "Chile joined APSCO in 2005, followed by Kenya in2008 and Peru in 2011."
    assert sorted(claims(text)) == [("CHL", "MEMBER_OF", "apsco", "2005"),
                                    ("KEN", "MEMBER_OF", "apsco", "2008"),
                                    ("PER", "MEMBER_OF", "apsco", "2011")]
    assert ("KEN", "MEMBER_OF", "apsco", "2008") not in claims(
        "Chile joined APSCO in 2005, followed by Kenya win2008 and Peru in 2011.")


def test_under_the_leadership_of_a_country_is_leading():
    assert ("CHN", "LEADS", "ilrs") in triples("The ILRS, under the leadership of China, grew.")
    text = "APSCO met in May. Under the leadership of Kenya, the organisation grew to ten members."
    assert ("KEN", "LEADS", "apsco") in triples(text)
    assert not any(c[1] == "LEADS" for c in claims("Under the leadership of Kenya, trade grew."))


def test_kyrghyz_is_a_spelling_of_kyrgyzstan():
    assert ("KGZ", "MEMBER_OF", "sco") in triples("Kyrghyz Republic and Chile joined the SCO.")
