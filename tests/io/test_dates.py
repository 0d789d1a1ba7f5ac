"""Dates take ASCII digits only: other scripts' digits (which \\d, int() and str.isdigit()
accept) are refused with file:line: field: expected ..., on the command line too."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.io.dates import as_iso, is_valid_on, parse_full_date, parse_partial_date
from tests.conftest import DATA, EDGE_HEADER, NODE_HEADER, edge, write_csv

NON_ASCII_PARTIAL = [
    "２０２０-０１",     # fullwidth digits
    "٢٠٢١",            # Arabic-Indic
    "۲۰۲۱-۰۶",         # extended Arabic-Indic (Persian)
    "२०२१",            # Devanagari
    "𝟐𝟎𝟐𝟏",            # mathematical bold digits
    "2021-0١",          # one stray digit among ASCII ones
    "2024²",           # superscript (isdigit() but not \\d)
    "²⁰²⁴",
]
NON_ASCII_FULL = ["２０２０-０１-０１", "٢٠٢١-٠١-٠١", "2021-01-0١", "१९९९-१२-३१"]


@pytest.mark.parametrize("text", NON_ASCII_PARTIAL + NON_ASCII_FULL)
def test_partial_dates_refuse_non_ascii_digits(text):
    with pytest.raises(ValueError, match="^expected a date as YYYY, YYYY-MM or YYYY-MM-DD "
                                         "written with ASCII digits 0-9$"):
        parse_partial_date(text)


@pytest.mark.parametrize("text", NON_ASCII_FULL + ["٢٠٢١"])
def test_full_dates_and_as_iso_refuse_non_ascii_digits(text):
    with pytest.raises(ValueError, match="^expected a full date as YYYY-MM-DD written with ASCII digits 0-9$"):
        parse_full_date(text)
    with pytest.raises(ValueError):
        as_iso(text)  # what --as-of and query date parameters go through
    with pytest.raises(ValueError):
        is_valid_on("2020", None, text)


@pytest.mark.parametrize("text", ["2024\n", "2024-06-11\n", " 2024", "2024-06-11 "])
def test_dates_refuse_anything_around_the_digits(text):
    with pytest.raises(ValueError):
        parse_partial_date(text)
    with pytest.raises(ValueError):
        parse_full_date(text)


def test_ascii_dates_still_parse():
    assert parse_partial_date("2024") == "2024"
    assert parse_partial_date("2024-06-11") == "2024-06-11"
    assert parse_full_date("2024-02-29").isoformat() == "2024-02-29"
    with pytest.raises(ValueError, match="^expected a real date as YYYY-MM-DD$"):
        parse_full_date("2023-02-29")


def _dataset(tmp_path, rows):
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [["moonbase", "Programme", "Moon Base", "", "", ""]])
    write_csv(tmp_path / "edges" / "e.csv", EDGE_HEADER, rows)
    return tmp_path


def test_validate_reports_each_non_ascii_date_as_file_line_field_and_exits_1(tmp_path):
    _dataset(tmp_path, [
        edge("RUS", "SIGNED", "moonbase", "2024"),                           # 2: fine
        edge("CHN", "SIGNED", "moonbase", "２０２０-０１"),                     # 3: since, fullwidth
        edge("FRA", "SIGNED", "moonbase", "2019", "٢٠٢١"),                   # 4: until, Arabic-Indic
        edge("GBR", "SIGNED", "moonbase", "2024²"),                          # 5: since, superscript
        edge("USA", "SIGNED", "moonbase", "2024", retrieved="２０２６-１１-２４"),  # 6: retrieved
    ])
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    name = str(tmp_path / "edges" / "e.csv")
    assert lines == [
        (f"{name}:3: since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD written with ASCII "
        "digits 0-9, got '２０２０-０１'"),
        (f"{name}:4: until: expected a date as YYYY, YYYY-MM or YYYY-MM-DD written with ASCII "
        "digits 0-9, got '٢٠٢١'"),
        (f"{name}:5: since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD written with ASCII "
        "digits 0-9, got '2024²'"),
        (f"{name}:6: retrieved: expected a full date as YYYY-MM-DD written with ASCII digits "
        "0-9, got '２０２６-１１-２４'"),
    ]
    assert result.stderr == "4 problems found; nothing was built\n"


def test_render_as_of_with_arabic_indic_digits_is_one_line_and_exit_1(tmp_path):
    for as_of in ("٢٠٢١", "٢٠٢١-٠١-٠١"):
        result = CliRunner().invoke(app, ["render", "--data", str(DATA), "--as-of", as_of,
                                          "--out", str(tmp_path / "g.html")])
        assert result.exit_code == 1
        assert result.stderr == (f"error: --as-of: expected a full date as YYYY-MM-DD written with "
                                 f"ASCII digits 0-9, got {as_of!r}\n")
    assert not (tmp_path / "g.html").exists()


def test_report_as_of_with_fullwidth_digits_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(app, ["report", "blocs", "BRICS", "G7", "--data", str(DATA),
                                      "--as-of", "２０２４-０６-３０", "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 1
    assert result.stderr == ("error: --as-of: expected a full date as YYYY-MM-DD written with "
                             "ASCII digits 0-9, got '２０２４-０６-３０'\n")
    assert not (tmp_path / "r.md").exists()
