"""read_dataset / check_dataset: every validation error named with file, line and field."""

from __future__ import annotations

import tracemalloc

import pytest

from graphkit.errors import DataErrors
from graphkit.io.files import display_path
from graphkit.io.read import check_dataset, check_streaming, read_dataset
from graphkit.schema import load_schema
from tests.conftest import EDGE_HEADER, NODE_HEADER, edge, write_csv

SCHEMA = load_schema()


def problems_of(path):
    _, problems = check_dataset(path)
    return [str(p) for p in problems]


def with_edges(tmp_path, rows, header=EDGE_HEADER):
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [
        ["moonbase", "Programme", "Moon Base", "", "", ""],
        ["moon-accords", "Agreement", "Moon Accords", "", "", ""],
    ])
    write_csv(tmp_path / "edges" / "e.csv", header, rows)
    return tmp_path


def test_read_dataset_builds_countries_from_iso_codes_and_names(small_data):
    ds = read_dataset(small_data)
    assert ds.nodes["TUR"].kind == "Country"
    assert ds.nodes["TUR"].name == "Türkiye"
    assert ds.nodes["RUS"].name == "Russia"
    assert ds.nodes["RUS"].un_region == "Eastern Europe"
    assert [e.subject for e in ds.edges] == ["RUS", "CHN", "TUR", "GBR", "FRA"]


def test_read_dataset_reports_unknown_column_on_line_1(tmp_path):
    header = EDGE_HEADER + ["colour"]
    with_edges(tmp_path, [edge("RUS", "RATIFIED", "moon-accords", "2024") + ["red"]], header)
    columns = sorted(SCHEMA.edge_columns)
    assert {"evidence", "source_url", "until"} <= set(columns)
    assert [p.split("edges/")[-1] for p in problems_of(tmp_path)] == [
        f"e.csv:1: colour: unknown column; expected one of {', '.join(columns)}"
    ]


def test_read_dataset_reports_missing_required_column(tmp_path):
    header = [h for h in EDGE_HEADER if h != "evidence"]
    row = edge("RUS", "RATIFIED", "moon-accords", "2024")
    del row[EDGE_HEADER.index("evidence")]
    with_edges(tmp_path, [row], header)
    assert any(p.endswith("e.csv:1: evidence: missing required column") for p in problems_of(tmp_path))


@pytest.mark.parametrize("row, expected", [
    (edge("RUS", "RATIFIED", "moon-accords", "2024", evidence=""),
     "e.csv:2: evidence: missing required value"),
    (edge("RUS", "LIKES", "moon-accords", "2024"),
     f"e.csv:2: relation: expected one of {', '.join(sorted(SCHEMA.relations))}, got 'LIKES'"),
    (edge("RUS", "RATIFIED", "moonbase", "2024"),
     "e.csv:2: relation: RATIFIED may not join Country -> Programme; expected Country -> Agreement"),
    (edge("RUS", "SIGNED", "marsbase", "2024"),
     ("e.csv:2: object: expected a node id from data/nodes/, an ISO 3166-1 alpha-3 code or a "
     "country name, got 'marsbase'")),
    (edge("RUS", "SIGNED", "MoonBase", "2024"),
     ("e.csv:2: object: expected a node id from data/nodes/, an ISO 3166-1 alpha-3 code or a "
     "country name, got 'MoonBase' (did you mean 'moonbase'?)")),
    (edge("RUS", "SIGNED", "moon-accords", "June 2024"),
     "e.csv:2: since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got 'June 2024'"),
    (edge("RUS", "SIGNED", "moon-accords", "2024-6"),
     "e.csv:2: since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '2024-6'"),
    (edge("RUS", "SIGNED", "moon-accords", "2024-02-30"),
     "e.csv:2: since: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got '2024-02-30'"),
    (edge("RUS", "SIGNED", "moon-accords", "2024", retrieved="2026-11"),
     "e.csv:2: retrieved: expected a full date as YYYY-MM-DD, got '2026-11'"),
    (edge("RUS", "SIGNED", "moon-accords", "2024", "2020"),
     "e.csv:2: until: expected a date after since (2024), got '2020'"),
    (edge("RUS", "SIGNED", "moon-accords", "2024", "2024"),
     "e.csv:2: until: expected a date after since (2024), got '2024'"),
    (edge("XXX", "SIGNED", "moon-accords", "2024"),
     "e.csv:2: subject: expected a valid ISO 3166-1 alpha-3 country code, got 'XXX'"),
    (edge("RUS", "SIGNED", "moon-accords", "2024", source_url="ftp://example.org"),
     "e.csv:2: source_url: expected an http(s) URL, got 'ftp://example.org'"),
])
def test_read_dataset_names_file_line_and_field(tmp_path, row, expected):
    with_edges(tmp_path, [row])
    found = problems_of(tmp_path)
    assert any(p.endswith(expected) for p in found), found


def test_read_dataset_reports_duplicate_edge_after_normalising_names(tmp_path):
    with_edges(tmp_path, [edge("TUR", "EXPRESSED_INTEREST_IN", "moonbase", "2024-06"),
                          edge("Turkey", "EXPRESSED_INTEREST_IN", "moonbase", "2024-06")])
    found = problems_of(tmp_path)
    assert len(found) == 1
    assert "e.csv:3: row: duplicate edge TUR EXPRESSED_INTEREST_IN moonbase since 2024-06, first at " in found[0]
    assert found[0].endswith("e.csv:2")


def test_read_dataset_reports_node_file_errors(tmp_path):
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [
        ["NATO", "Organisation", "Nato", "", "", ""],
        ["thing", "Gizmo", "Thing", "", "", ""],
        ["club", "Organisation", "Club", "", "", ""],
        ["club", "Organisation", "Club again", "", "", ""],
        ["RUS", "Organisation", "Russia", "", "", ""],
    ])
    write_csv(tmp_path / "edges" / "e.csv", EDGE_HEADER, [])
    found = problems_of(tmp_path)
    assert any(p.endswith("n.csv:2: id: expected a lowercase slug such as 'example-programme', got "
                          "'NATO'") for p in found), found
    assert any(p.endswith("n.csv:6: id: expected a lowercase slug such as 'example-programme', got "
                          "'RUS' (countries need no node row: use their ISO alpha-3 code in edges)")
               for p in found), found
    assert any(p.endswith("n.csv:3: kind: expected one of Agency, Agreement, Organisation, "
                          "Programme, got 'Gizmo'") for p in found), found
    assert any("n.csv:5: id: duplicate node 'club', first defined at" in p for p in found), found


PLANTED = [
    edge("RUS", "RATIFIED", "moon-accords", "2024-06"),   # line 2: fine
    edge("XXX", "SIGNED", "moon-accords", "2024"),        # 3: bad country
    edge("RUS", "LIKES", "moonbase", "2024"),             # 4: unknown relation
    edge("RUS", "SIGNED", "moon-accords", "2024-13"),     # 5: bad date
    edge("RUS", "SIGNED", "nowhere", "2024"),             # 6: unknown node
    edge("RUS", "RATIFIED", "moon-accords", "2024-06"),   # 7: duplicate of 2
]


def test_read_dataset_reports_every_planted_mistake_at_once(tmp_path):
    with_edges(tmp_path, PLANTED)
    with pytest.raises(DataErrors) as info:
        read_dataset(tmp_path)
    lines = sorted({(p.line, p.field) for p in info.value.problems})
    assert lines == [(3, "subject"), (4, "relation"), (5, "since"), (6, "object"), (7, "row")]
    assert "5 problems in the data:" in str(info.value)


def test_read_dataset_reads_bom_crlf_and_stray_whitespace(tmp_path):
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [
        [" moonbase ", " Programme", "Moon Base ", "", "", ""]], encoding="utf-8-sig", newline="\r\n")
    write_csv(tmp_path / "edges" / "e.csv", [" " + h + " " for h in EDGE_HEADER],
              [edge(" Türkiye ", " EXPRESSED_INTEREST_IN ", "moonbase ", " 2024-06 ")],
              encoding="utf-8-sig", newline="\r\n")
    ds = read_dataset(tmp_path)
    assert [(e.subject, e.relation, e.object, e.since) for e in ds.edges] == [
        ("TUR", "EXPRESSED_INTEREST_IN", "moonbase", "2024-06")]
    assert ds.nodes["moonbase"].name == "Moon Base"


def test_read_dataset_reports_non_utf8_file_with_its_line(tmp_path):
    with_edges(tmp_path, [edge("RUS", "RATIFIED", "moon-accords", "2024")])
    path = tmp_path / "edges" / "e.csv"
    path.write_bytes(path.read_bytes() + "FRA,SIGNED,moon-accords,2024,,https://e.org,É,x,2026-11-24,\n".encode("latin-1"))
    assert any(p.endswith("e.csv:3: file: expected UTF-8 text") for p in problems_of(tmp_path))


def test_repository_data_is_valid_and_fully_sourced():
    from graphkit.stats import dataset_stats
    from tests.conftest import DATA

    ds = read_dataset(DATA)
    stats = dataset_stats(ds)
    assert stats.edges > 200
    assert stats.sourced == stats.edges
    assert all(e.source_url.startswith(("http://", "https://")) for e in ds.edges)


def test_read_dataset_keeps_unicode_line_separators_inside_a_field_and_counts_lines_right(tmp_path):
    with_edges(tmp_path, [edge("RUS", "RATIFIED", "moon-accords", "2024", evidence="a\u2028b\x0cc"),
                          edge("XXX", "SIGNED", "moon-accords", "2024")])
    found = problems_of(tmp_path)
    assert len(found) == 1 and found[0].endswith(
        "e.csv:3: subject: expected a valid ISO 3166-1 alpha-3 country code, got 'XXX'")


def test_read_dataset_counts_lines_after_a_quoted_multiline_evidence(tmp_path):
    with_edges(tmp_path, [edge("RUS", "RATIFIED", "moon-accords", "2024", evidence="line one\nline two"),
                          edge("XXX", "SIGNED", "moon-accords", "2024")])
    assert [p.split("e.csv:")[1][:1] for p in problems_of(tmp_path)] == ["4"]


def test_read_dataset_reports_an_unclosed_quote_instead_of_swallowing_rows(tmp_path):
    path = with_edges(tmp_path, [edge("RUS", "RATIFIED", "moon-accords", "2024")]) / "edges" / "e.csv"
    path.write_text(path.read_text() + 'CHN,SIGNED,moon-accords,2024,,https://e.org,P,"never closed,2026-11-24,\n')
    found = problems_of(tmp_path)
    assert len(found) == 1 and "e.csv:3: row: expected well-formed CSV" in found[0], found


def test_read_dataset_checks_the_header_of_a_header_only_file(tmp_path):
    write_csv(tmp_path / "nodes" / "n.csv", ["id", "knd", "name"], [])
    write_csv(tmp_path / "edges" / "e.csv", EDGE_HEADER, [])
    found = problems_of(tmp_path)
    assert any(p.endswith("n.csv:1: knd: unknown column; expected one of aliases, description, id, "
                          "kind, name, url") for p in found), found
    assert any(p.endswith("n.csv:1: kind: missing required column") for p in found), found


def test_read_dataset_reports_a_duplicate_column(tmp_path):
    header = EDGE_HEADER + ["evidence"]
    with_edges(tmp_path, [edge("RUS", "RATIFIED", "moon-accords", "2024") + [""]], header)
    assert any(p.endswith("e.csv:1: evidence: duplicate column; expected each column once")
               for p in problems_of(tmp_path))


def test_read_dataset_reports_unreadable_files_and_huge_fields_without_crashing(tmp_path):
    with_edges(tmp_path, [edge("RUS", "RATIFIED", "moon-accords", "2024", evidence="x" * 200_000)])
    (tmp_path / "edges" / "broken.csv").symlink_to(tmp_path / "nowhere.csv")
    found = problems_of(tmp_path)
    assert len(found) == 1 and "broken.csv:0: file: expected a readable file" in found[0], found


def test_check_streaming_gives_check_datasets_problems_word_for_word(tmp_path):
    with_edges(tmp_path, [
        *PLANTED[:5],
        edge("Russia", "RATIFIED", "moon-accords", "2024-06"),  # 7: duplicate of 2, by name
        edge("USA", "SIGNED", "moon-accords", "2024", source_url="ftp://x"),  # 8: bad URL
    ])
    good, streamed = check_streaming([tmp_path / "nodes" / "n.csv"], [tmp_path / "edges" / "e.csv"])
    assert good == 1
    assert [str(p) for p in streamed] == problems_of(tmp_path)
    assert any(p.endswith("e.csv:7: row: duplicate edge RUS RATIFIED moon-accords since 2024-06, first at "
                          f"{display_path(tmp_path / 'edges' / 'e.csv')}:2") for p in map(str, streamed))


def test_check_streaming_memory_does_not_hold_the_rows(tmp_path):
    evidence = "The ministry said the agreement was signed in the presence of both delegations. " * 12
    rows = [edge(code, "SIGNED", "moon-accords", f"{year}", evidence=evidence)
            for code in ("USA", "FRA", "DEU", "JPN", "IND") for year in range(1000, 5000)]
    with_edges(tmp_path, rows)
    size = (tmp_path / "edges" / "e.csv").stat().st_size
    tracemalloc.start()
    try:
        good, problems = check_streaming([tmp_path / "nodes" / "n.csv"], [tmp_path / "edges" / "e.csv"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (good, problems) == (20_000, [])
    assert size > 20_000_000 and peak < size / 5, (size, peak)  # the text alone is 20 MB
