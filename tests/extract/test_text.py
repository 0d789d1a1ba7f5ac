"""Article files: plain text and saved pages read, bad files refused in one line, dates."""

from __future__ import annotations

import pytest

from graphkit.extract.dates import find_dates
from graphkit.extract.text import html_to_text, read_article
from graphkit.io.files import FileRefused


def test_html_loses_scripts_styles_and_comments_and_keeps_paragraphs():
    page = ("<html><head><title>t</title><style>p{}</style><script>var a='Peru signed';</script>"
            "</head><body><p>Egypt <b>signed</b> the Accords.</p><!-- Russia joined NATO -->"
            "<noscript>x</noscript><p>Peru &amp; Chile joined.</p><script>alert(1)</script></body></html>")
    assert html_to_text(page) == "Egypt signed the Accords.\n\nPeru & Chile joined."


def test_a_saved_page_is_read_as_its_text(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<!DOCTYPE html><html><body><p>Egypt signed.</p></body></html>", encoding="utf-8")
    article = read_article(path)
    assert article.html and article.text == "Egypt signed."


def test_the_header_gives_the_source_url_and_publication_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("# A story, https://example.org/story\n# published: 2024-08-09\n\nPeru signed.\n")
    article = read_article(path)
    assert (article.header_url, article.header_published) == ("https://example.org/story", "2024-08-09")


@pytest.mark.parametrize("content, expected", [
    (b"", "expected an article (plain text or HTML), found an empty file"),
    (b"  \n\n", "expected an article (plain text or HTML), found an empty file"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00", "expected an article (plain text or HTML), found a binary file"),
])
def test_empty_and_binary_files_are_refused_in_one_line(tmp_path, content, expected):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(FileRefused) as info:
        read_article(path)
    assert str(info.value).endswith(f"bad.txt: {expected}") and "\n" not in str(info.value)


def test_non_utf8_text_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Egypt signed.\nPer\u00fa joined.\n".encode("latin-1"))
    with pytest.raises(FileRefused) as info:
        read_article(path)
    assert str(info.value).endswith("latin1.txt:2: expected UTF-8 text")


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(FileRefused, match="expected a regular file, found a directory"):
        read_article(tmp_path)


def test_dates_resolve_against_the_publication_at_the_texts_precision():
    found = [(d.value, d.rule) for d in find_dates(
        "On 30 November 2023, in June, last year, on November 30th, in 2019, 2024-06-12, "
        "earlier this month, yesterday", "2024-08-09")]
    assert found == [("2023-11-30", "day-month-year"), ("2024-06", "in-month"),
                     ("2023", "relative-year"), ("2023-11-30", "month-day"), ("2019", "year"),
                     ("2024-06-12", "iso-day"), ("2024-08", "relative-month"),
                     ("2024-08-08", "relative-day")]


def test_dates_that_need_a_finer_publication_date_are_left_out():
    assert find_dates("yesterday, on Monday, last month", "2024") == []
    assert find_dates("in June", None) == []
    assert find_dates("on 31 February 2024 and in the 2026-2030 roadmap", "2024") == []
