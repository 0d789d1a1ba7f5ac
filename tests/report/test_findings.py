"""The bloc report's opening and its issue-15 sections, on a hand-built graph."""

import json
import re

import pytest

from graphkit.report import bloc_report, to_html, to_json, to_markdown
from graphkit.report.coverage import coverage_line

from ..analysis.graphs import graph

NODES = {**{c: "Country" for c in ("XAA", "XAB", "XAC", "XAD", "XBA", "XBB", "XCA", "XCB")},
         "a": "Programme", "b": "Agreement", "c": "Organisation", "pact": "Organisation"}


def src(url, **extra):
    return {"source_url": url, "publisher": "Ex", "evidence": f"Quote {url[-1]}.",
            "retrieved": "2024-01-01", **extra}


EDGES = [
    ("XAA", "SIGNED", "a", "2020-01-05", "", src("https://e.org/1", source_kind="primary")),
    ("XAB", "SIGNED", "a", "2020", "", src("https://e.org/2")),
    ("XAC", "SIGNED", "a", "2020", "", src("https://e.org/2")),
    ("XAD", "SIGNED", "a", "2020", "", src("https://e.org/2")),
    ("XBA", "SIGNED", "b", "2020", "", src("https://e.org/3", source_kind="mirror")),
    ("XBB", "SIGNED", "b", "2021", "", src("https://e.org/4", status="disputed",
                                               note="One side denies it.")),
    ("XAA", "SIGNED", "b", "2022-03-01", "", src("https://e.org/5")),
    ("XAB", "SIGNED", "b", "2022", "", src("https://e.org/5")),
    ("XBA", "MEMBER_OF", "c", "2000", "", src("https://e.org/6")),
    ("XCA", "MEMBER_OF", "c", "2000", "", src("https://e.org/6")),
    ("XAC", "MEMBER_OF", "c", "2000", "", src("https://e.org/6")),
    # pact: two of its three members in a, none in b: aligned with a
    *[(x, "MEMBER_OF", "pact", "1990", "", src("https://e.org/7")) for x in ("XAC", "XAD", "XCB")],
    ("XCB", "EXPRESSED_INTEREST_IN", "b", "2023-02", "", src("https://e.org/8")),
]
EXPECTED = {"b": {"node": "b", "expected_members": "5", "as_of": "2023", "publisher": "Ex",
                  "note": ""}}


@pytest.fixture(scope="module")
def report():
    return bloc_report(graph(NODES, EDGES), ["a", "b"], as_of="2024-01-01", seeds=2,
                       expected=EXPECTED)


def by_n(report):
    return {s["n"]: s for s in report.sources}


def test_findings_name_who_is_in_both_with_dates_and_the_right_sources(report):
    first = report.findings[0]
    assert first.startswith("2 countries are in both a and b: XAA (a 2020-01-05 [")
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", first)]
    assert [by_n(report)[n]["source_url"] for n in cited] == [
        "https://e.org/1", "https://e.org/5", "https://e.org/2", "https://e.org/5"]


def test_a_disputed_member_is_counted_apart_and_said_so(report):
    b = report.blocs[1]
    assert (b["size"], b["status_counts"], b["count"]) == (3, {"disputed": 1}, "3 (+1 disputed)")
    row = next(m for m in b["members"] if m["country"] == "XBB")
    assert (row["status"], row["note"]) == ("disputed", "One side denies it.")
    assert any(f.startswith("XBB's membership of b is disputed [") for f in report.findings)
    md = to_markdown(report)
    assert "| XBB | XBB |  | certain | SIGNED | 2021 | disputed | One side denies it. |" in md
    # the year-end counts leave it out too, and say so
    assert b["growth"][-1] == [2024, 3, 0]
    assert b["growth_flagged"] == {str(y): {"disputed": 1} for y in (2021, 2022, 2023, 2024)}
    assert "| 2024 | 4 | 3 \\(\\+1 disputed\\) |" in md


def test_coverage_line_compares_the_data_with_the_declared_size(report):
    assert report.blocs[1]["coverage"] == (
        "b: the data holds 3 members (+1 disputed) of 5 stated by Ex for 2023 (80%).")
    assert report.blocs[0]["coverage"] == ""
    assert report.blocs[1]["coverage"] in report.findings
    assert coverage_line("x", {"expected_members": "104", "as_of": "2021", "publisher": "P",
                               "note": "GAP DECLARED: later appointments unknown"}, 77, {}, 0) \
        == "x: the data holds 77 members of 104 stated by P for 2021 (74%). Gap declared: " \
           "later appointments unknown"


def test_swing_states_cite_each_claim_and_sources_carry_kind_and_retrieved_day(report):
    swing = {s["country"]: s for s in report.swing}
    assert swing["XCB"]["kind"] == "aligned engages other"
    assert [(v["bloc"], v["side"], v["count"], v["members"]) for v in swing["XCB"]["via"]] == [
        ("pact", "a", 2, 3)]
    urls = {e["relation"]: by_n(report)[e["sources"][0]]["source_url"]
            for e in swing["XCB"]["evidence"]}
    assert urls == {"EXPRESSED_INTEREST_IN": "https://e.org/8", "MEMBER_OF": "https://e.org/7"}
    md = to_markdown(report)
    assert "<https://e.org/1> Ex: \"Quote 1.\" \\(primary, retrieved 2024-01-01\\)" in md
    # cited: 1 (primary), 3 (mirror), 2, 4, 5, 7, 8 (no kind given); 6 (only c) is not
    assert report.provenance["by_kind"] == {"mirror": 1, "primary": 1, "unstated": 5}


def test_key_findings_open_the_report_in_every_format(report):
    md, html = to_markdown(report), to_html(report)
    assert md.index("## Key findings") < md.index("## Summary") < md.index("## Swing states")
    assert html.index("<h2>Key findings</h2>\n<ul><li>2 countries are in both") < html.index(
        "<h2>Summary</h2>")
    assert json.loads(to_json(report))["findings"] == report.findings


def test_every_chart_has_axis_titles_and_a_caption(report):
    html = to_html(report)
    figures = re.findall(r"<figure>(<svg.*?</svg>)<figcaption>([^<]+)</figcaption>", html)
    assert len(figures) == html.count("<svg") == 3
    for svg, caption in figures:
        assert 'font-weight="bold"' in svg and "rotate(-90" in svg
        assert caption.strip()
    heat = figures[2][0]
    assert ">compared bloc<" in heat and ">other bloc<" in heat
    assert "<title>pact, a: 0.50 (2)</title>" in heat and "<title>pact, b: 0.00 (0)</title>" in heat


def test_a_report_on_three_blocs_compares_every_pair():
    r = bloc_report(graph(NODES, EDGES), ["a", "b", "c"], as_of="2024-01-01", seeds=2)
    assert [(o["a"], o["b"]) for o in r.overlaps] == [("a", "b"), ("a", "c"), ("b", "c")]
    assert [(x["a"], x["b"]) for x in r.brokers] == [("a", "b"), ("a", "c"), ("b", "c")]
    assert {s["country"]: s["kind"] for s in r.swing}["XAC"] == "both"   # a and c
    assert "1 country is in both a and c: XAC (a 2020 [" in " ".join(r.findings)
    assert r.central[0]["rank"] == "1" and all("tie" in c for c in r.central)


def test_read_expected_sizes_names_the_file_line_and_value_of_a_bad_size(tmp_path):
    from graphkit.errors import GraphkitError
    from graphkit.report.coverage import read_expected_sizes

    (tmp_path / "expected_sizes.csv").write_text(
        "node,expected_members,as_of,source_url,publisher,evidence,retrieved\n"
        "x,4,2024,https://e.org,Ex,Four.,2024-05-01\n"
        "y,about 10,2024,https://e.org,Ex,Ten.,2024-05-01\n", encoding="utf-8")
    with pytest.raises(GraphkitError) as caught:
        read_expected_sizes([tmp_path])
    assert str(caught.value) == (f"{tmp_path / 'expected_sizes.csv'}:3: expected_members: "
                                 "expected a whole number, got 'about 10'")
    assert read_expected_sizes([tmp_path / "elsewhere"]) == {}
