"""The review page in headless Chromium with the network blocked: user text shows as text,
nothing is fetched, and the ticked rows download as a candidates CSV review accepts."""

from __future__ import annotations

import csv
import io

from graphkit.extract import article_from_text, extract_article
from graphkit.extract.articles import CANDIDATE_COLUMNS
from graphkit.extract.review import read_candidates
from graphkit.extract.review_page import review_page
from tests.conftest import DATA

TEXT = ("On 3 May 2024, Egypt <script>window.pwned = 1</script> signed the Artemis Accords.\n\n"
        "Saudi Arabia is expected to join BRICS next year.")


def test_review_page_shows_text_as_text_fetches_nothing_and_downloads_the_ticked_rows(
        offline_page, tmp_path):
    rows = extract_article(article_from_text(TEXT), source_url="https://example.org/a",
                           published="2024-05-04", data=(DATA,), min_confidence=0).rows
    assert [float(r["confidence"]) >= 0.9 for r in rows] == [True, False]
    page_path = tmp_path / "review.html"
    page_path.write_text(review_page(rows), encoding="utf-8")
    offline_page.open(page_path, wait_drawn=False)
    page = offline_page.page
    first = page.locator("li").first.inner_text()
    assert "<script>window.pwned = 1</script>" in first
    assert page.evaluate("window.pwned") is None
    assert page.locator("mark").first.inner_text() == "Egypt"
    with page.expect_download() as info:
        page.click("#save")
    saved = tmp_path / "accepted.csv"
    info.value.save_as(saved)
    got = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert list(got[0]) == list(CANDIDATE_COLUMNS)
    assert [(r["subject"], r["relation"], r["object"]) for r in got] == \
        [("EGY", "SIGNED", "artemis-accords")]
    assert read_candidates(saved)[0]["evidence"] == rows[0]["evidence"]
    assert offline_page.requests == [] and offline_page.errors == []
