"""Rows as text: a terminal table keeps URLs whole so they can be copied."""

from __future__ import annotations

from graphkit.output import format_rows

URL = "https://example.org/a/rather/long/path/to/the/source/page-that-proves-it.html"
EVIDENCE = "The ministry said on Tuesday that both governments signed the agreement in Moscow."


def test_a_narrow_table_keeps_each_url_on_one_line_and_folds_the_other_columns():
    rows = [{"since": "2024-06-12", "source_url": URL, "evidence": EVIDENCE},
            {"since": "2021", "source_url": URL.replace("page", "other-page"), "evidence": "Short."}]
    text = format_rows(rows, "table", width=40)
    lines = text.splitlines()
    assert sum(URL in line for line in lines) == 1
    assert sum(URL.replace("page", "other-page") in line for line in lines) == 1
    # the evidence was folded over several lines, and every word of it is still there
    tuesday, = (i for i, line in enumerate(lines) if "Tuesday" in line)
    moscow, = (i for i, line in enumerate(lines) if "Moscow." in line)
    assert moscow > tuesday
    assert all(word in text.split() for word in EVIDENCE.split())


def test_a_table_without_urls_fits_the_width_given():
    rows = [{"name": "International Lunar Research Station " * 3, "count": 3}]
    lines = format_rows(rows, "table", width=40).splitlines()
    assert max(map(len, lines)) <= 40
    assert len(lines) > 4  # the long name folded


def test_a_wide_terminal_draws_the_table_as_before_without_trailing_spaces():
    text = format_rows([{"a": 1, "b": URL}], "table", width=160)
    assert text.splitlines()[-1].split() == ["1", URL]
    assert all(line == line.rstrip() for line in text.splitlines())


def test_a_table_piped_to_a_file_keeps_each_row_on_one_line(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)  # pytest's stdout is no terminal: a pipe
    evidence = "On April 8, 2025, Bangladesh became the 54th nation to sign the accords. " * 3
    rows = [{"who": "BGD", "evidence": evidence.strip(), "url": "https://example.org/a"},
            {"who": "FIN", "evidence": "Finland signed.", "url": "https://example.org/b"}]
    lines = [line for line in format_rows(rows).splitlines() if line.strip()]
    assert len(lines) == 4  # header, rule, one line per row
    assert evidence.strip() in lines[2] and lines[3].split()[0] == "FIN"
    monkeypatch.setenv("COLUMNS", "80")  # a terminal's width still folds
    assert len([line for line in format_rows(rows).splitlines() if line.strip()]) > 4
