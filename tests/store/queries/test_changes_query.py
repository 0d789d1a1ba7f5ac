"""The saved query changes_between gives the rows of graphkit.analysis.changes_between.

Issue 14: who joined, left, became possible or certain in each bloc between two days, and
the claims that started or ended, each with its source, identical in Cypher and Python
(what `graphkit diff` prints), on data/ and on the hand-made corner cases.
"""

from __future__ import annotations

import pytest

from graphkit.analysis.changes import CHANGE_COLUMNS, changes_between
from graphkit.store.queries import run_query


def cypher_rows(driver, start, end, blocs=None):
    params = {"from": start, "to": end}
    if blocs is not None:
        params["bloc"] = ",".join(blocs)
    rows = run_query("changes_between", driver=driver, **params)
    assert all(list(r) == list(CHANGE_COLUMNS) for r in rows)
    return rows


@pytest.mark.parametrize(("start", "end", "blocs"), [
    ("2025-01-01", "2025-12-31", ["artemis-accords"]),
    ("2025-06-30", "2025-10-15", ["artemis-accords"]),
    ("1999-01-01", "2013-01-01", ["csto"]),
    ("2020-01-30", "2020-01-31", ["eu", "nato"]),
    ("2014-03-01", "2014-03-15", ["g7"]),
    ("2021-01-01", "2025-06-30", ["ilrs", "brics", "sco"]),
    ("2023-06-01", "2024-12-31", None),
])
def test_changes_between_query_equals_python_on_data(loaded, G, start, end, blocs):
    expected = changes_between(G, start, end, blocs).rows()
    assert cypher_rows(loaded, start, end, blocs) == expected
    assert expected  # each range has something to compare


def test_changes_between_query_lists_every_2025_artemis_signatory_with_its_source(loaded, G):
    rows = cypher_rows(loaded, "2025-01-01", "2025-12-31", ["Artemis Accords"])
    members = [r for r in rows if r["section"] == "member"]
    signed = {c: d for c, d in ((u, d) for u, v, d in G.edges(data=True)
                                if v == "artemis-accords" and d["relation"] == "SIGNED"
                                and d["since"].startswith("2025"))}
    assert {r["subject"] for r in members} == set(signed) and len(signed) >= 7
    assert all(r["source_url"].startswith("http") and r["evidence"] for r in members)
    assert {r["change"] for r in members if r["subject"] in {"HUN", "MYS", "PHL"}} == {"became certain"}


def test_changes_between_query_gives_no_rows_when_to_is_before_from(loaded):
    assert cypher_rows(loaded, "2025-12-31", "2025-01-01", ["artemis-accords"]) == []


@pytest.mark.parametrize(("start", "end"), [("1995-01-01", "2000-06-01"), ("2000-01-01", "2001-12-31"),
                                            ("2003-01-01", "2003-06-01"), ("2009-06-01", "2016-01-01"),
                                            ("2000-06-01", "2000-06-01")])
def test_changes_between_query_equals_python_on_the_corner_cases(corner, start, end):
    driver, G = corner
    assert cypher_rows(driver, start, end) == changes_between(G, start, end).rows()
    for blocs in (["club"], ["pact", "council"]):
        assert cypher_rows(driver, start, end, blocs) == changes_between(G, start, end, blocs).rows()
