"""A treaty's status as a table in columns of text (graphkit/extract/forms/status_columns.py),
on tables written for these tests."""

from __future__ import annotations

from graphkit.extract.forms.status_columns import status_column_claims
from tests.extract.helpers import rows

HEADER = ("                OUTER  SPACE  TREATY\n\n"
          "                              Date of       Date of        Date of\n"
          "Country                       Signature     Ratification   Accession\n\n")


def _read(text: str) -> list[tuple]:
    from graphkit.extract.articles import gazetteer_for
    from tests.conftest import DATA

    gazetteer = gazetteer_for((DATA,))
    return sorted((c.subject, c.relation, c.object, c.since)
                  for c in status_column_claims(text, gazetteer, "Agreement"))


def test_each_date_counts_for_the_column_it_stands_under():
    text = HEADER + ("Afghanistan                   01/27/67      03/21/88\n"
                     "Bahamas, The                                               08/11/76\n"
                     "Bolivia                       01/27/67\n")
    assert _read(text) == [
        ("AFG", "RATIFIED", "outer-space-treaty", "1988-03-21"),
        ("AFG", "SIGNED", "outer-space-treaty", "1967-01-27"),
        ("BHS", "ACCEDED_TO", "outer-space-treaty", "1976-08-11"),
        ("BOL", "SIGNED", "outer-space-treaty", "1967-01-27"),
    ]


def test_tabs_are_expanded_and_a_name_broken_over_two_lines_is_joined():
    text = ("OUTER SPACE TREATY\n\n"
            "Country\t\t\t\tSignature\tRatification\tAccession\n"
            "Australia\t\t\t01/27/67\t10/10/67\n"
            "China, People's\n  Republic of\t\t\t\t\t\t\t12/30/83\n")
    assert _read(text) == [
        ("AUS", "RATIFIED", "outer-space-treaty", "1967-10-10"),
        ("AUS", "SIGNED", "outer-space-treaty", "1967-01-27"),
        ("CHN", "ACCEDED_TO", "outer-space-treaty", "1983-12-30"),
    ]


def test_no_day_the_table_does_not_prove_and_no_century_it_does_not_give():
    # no date has a part above 12: month and day cannot be told apart, the year stands
    text = HEADER + "Austria                       02/10/67      03/11/68\n"
    assert _read(text) == [("AUT", "RATIFIED", "outer-space-treaty", "1968"),
                           ("AUT", "SIGNED", "outer-space-treaty", "1967")]
    # a two-digit year that could be 19YY or 20YY gives the act without a date
    text = HEADER + "Armenia                                                    01/20/18\n"
    assert _read(text) == [("ARM", "ACCEDED_TO", "outer-space-treaty", "")]


def test_no_claim_without_the_treaty_named_or_a_known_name():
    assert _read(HEADER.replace("OUTER  SPACE  TREATY", "A TREATY")
                 + "Afghanistan                   01/27/67      03/21/88\n") == []
    assert _read(HEADER + "Atlantis                      01/27/67      03/21/88\n") == []


def test_through_the_reader_the_tables_claims_keep_their_confidence():
    text = HEADER + "Afghanistan                   01/27/67      03/21/88\n"
    found = rows(text, published=None, reader=True)
    assert {(r["subject"], r["relation"], r["confidence"]) for r in found} == {
        ("AFG", "SIGNED", "0.85"), ("AFG", "RATIFIED", "0.85")}
    assert all(r["evidence"] == "Afghanistan                   01/27/67      03/21/88"
               for r in found)
