"""A depositary's list of participants (graphkit/extract/forms/depositary.py), on lists written
for these tests in the layout of the UN Treaty Collection's status pages."""

from __future__ import annotations

from graphkit.extract.forms.depositary import depositary_claims
from tests.extract.helpers import claims, rows

MOON = "Agreement Governing the Activities of States on the Moon and Other Celestial Bodies"


def _read(text: str) -> list[tuple]:
    from graphkit.extract.articles import gazetteer_for
    from tests.conftest import DATA

    gazetteer = gazetteer_for((DATA,))
    return [(c.subject, c.relation, c.object, c.since)
            for c in depositary_claims(text, gazetteer, "Agreement")]


def test_a_list_run_together_gives_each_state_its_acts_and_days():
    text = (f"{MOON}New York, 5 December 1979. ParticipantSignatureRatification, Accession(a)"
            "Armenia19 Jan 2018 aAustria21 May 1980 11 Jun 1984 France29 Jan 1980 "
            "Uruguay 1 Jun 1981 9 Nov 1981 Declarations and Reservations")
    assert _read(text) == [
        ("ARM", "ACCEDED_TO", "moon-agreement", "2018-01-19"),
        ("AUT", "SIGNED", "moon-agreement", "1980-05-21"),
        ("AUT", "RATIFIED", "moon-agreement", "1984-06-11"),
        ("FRA", "SIGNED", "moon-agreement", "1980-01-29"),
        ("URY", "SIGNED", "moon-agreement", "1981-06-01"),
        ("URY", "RATIFIED", "moon-agreement", "1981-11-09"),
    ]


def test_a_list_in_columns_with_succession_acceptance_and_notes():
    text = (f"Status of the {MOON}\n\n"
            "Participant\tSignature\tRatification, Accession(a), Succession(d), Acceptance(A)\n"
            "Armenia\t\t19 Jan 2018 a\n"
            "Netherlands (Kingdom of the)<superscript>2</superscript>\t27 Jan 1981\t17 Feb 1983 A\n"
            "Slovakia\t\t 1 Jan 1993 d\n")
    assert _read(text) == [
        ("ARM", "ACCEDED_TO", "moon-agreement", "2018-01-19"),
        ("NLD", "SIGNED", "moon-agreement", "1981-01-27"),
        ("NLD", "RATIFIED", "moon-agreement", "1983-02-17"),
        ("SVK", "SUCCEEDED_TO", "moon-agreement", "1993-01-01"),
    ]


def test_no_claim_without_the_treaty_named_before_or_for_a_name_no_library_knows():
    assert _read("ParticipantSignatureRatification, Accession(a)Armenia19 Jan 2018 a") == []
    text = (f"{MOON}. ParticipantSignatureRatification, Accession(a)"
            "Atlantis19 Jan 2018 aArmenia19 Jan 2018 a")
    assert _read(text) == [("ARM", "ACCEDED_TO", "moon-agreement", "2018-01-19")]


def test_a_page_of_participants_keeps_the_lists_dates_and_its_confidence_through_the_reader():
    text = (f"{MOON}\n\nParticipantSignatureRatification, Accession(a)"
            "Armenia19 Jan 2018 aAustria21 May 1980 11 Jun 1984")
    assert sorted(claims(text, published=None)) == [
        ("ARM", "ACCEDED_TO", "moon-agreement", "2018-01-19"),
        ("AUT", "RATIFIED", "moon-agreement", "1984-06-11"),
        ("AUT", "SIGNED", "moon-agreement", "1980-05-21"),
    ]
    read = rows(text, published=None, reader=True)
    assert {(r["subject"], r["relation"], r["confidence"]) for r in read} == {
        ("ARM", "ACCEDED_TO", "0.90"), ("AUT", "SIGNED", "0.90"), ("AUT", "RATIFIED", "0.90")}
    assert all(r["rule"].startswith("depositary: ") for r in read)


def test_a_saved_status_page_whose_table_becomes_one_cell_a_line(tmp_path):
    from graphkit.extract import extract_article, read_article
    from tests.conftest import DATA

    page = tmp_path / "status.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><h1>{MOON}</h1>"
        "<table><tr><th>Participant</th><th>Signature</th><th>Ratification, Accession(a)</th>"
        "</tr><tr><td>Armenia</td><td></td><td>19 Jan 2018 a</td></tr><tr><td>Austria</td>"
        "<td>21 May 1980</td><td>11 Jun 1984</td></tr></table></body></html>", encoding="utf-8")
    found = extract_article(read_article(page), source_url="https://example.org/status",
                            retrieved="2026-12-02", data=(DATA,))
    assert sorted((r["subject"], r["relation"], r["since"]) for r in found.rows) == [
        ("ARM", "ACCEDED_TO", "2018-01-19"), ("AUT", "RATIFIED", "1984-06-11"),
        ("AUT", "SIGNED", "1980-05-21")]


def test_the_treaty_is_a_name_or_alias_the_page_gives_a_short_one_only_as_a_word():
    from graphkit.extract.articles import gazetteer_for
    from tests.conftest import DATA

    gazetteer = gazetteer_for((DATA,))
    assert gazetteer.named_in(f"{MOON}New York, 1979", "Agreement") == "moon-agreement"
    assert gazetteer.named_in("Status of the  Moon  Treaty", "Agreement") == "moon-agreement"
    assert gazetteer.named_in("Parties to MOON", "Agreement") == "moon-agreement"
    assert gazetteer.named_in("a honeymoon on the moon", "Agreement") is None
