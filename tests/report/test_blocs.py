import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit import analysis as A
from graphkit.cli.report import app
from graphkit.errors import GraphkitError, NodeNotFound
from graphkit.io import read_graph
from graphkit.report import bloc_report, resolve_blocs, to_html, to_json, to_markdown, write_report

HEADER = "subject,relation,object,since,until,source_url,publisher,evidence,retrieved,note\n"
NODES = """id,kind,name,aliases,description,url
ilrs,Programme,International Lunar Research Station,ILRS,,
artemis-accords,Agreement,Artemis Accords,Artemis,,
nato,Organisation,<script>x</script> Pact,XP,,
"""
EDGES = [
    "CHN,LEADS,ilrs,2021,,https://example.org/ilrs,Example,China and Russia lead ILRS.,2024-01-01,",
    "CHN,MEMBER_OF,ilrs,2021-06,,https://example.org/ilrs,Example,China joined.,2024-01-01,",
    "RUS,MEMBER_OF,ilrs,2021-06,,https://example.org/ilrs,Example,Russia joined.,2024-01-01,",
    "THA,SIGNED,ilrs,2024-04,,https://example.org/th,Example,Thailand signed ILRS.,2024-05-01,",
    "THA,SIGNED,artemis-accords,2024-12-16,,https://example.org/th2,Example,Thailand signed Artemis.,2025-01-01,",
    "USA,SIGNED,artemis-accords,2020-10-13,,https://example.org/aa,Example,\"<b>USA</b> signed, \"\"first\"\".\",2024-01-01,",
    "JPN,SIGNED,artemis-accords,2020-10-13,,https://example.org/aa,Example,Japan signed.,2024-01-01,",
    "TUR,EXPRESSED_INTEREST_IN,ilrs,2024-04,,https://example.org/tr,Example,Turkey interested.,2024-05-01,",
    "TUR,SIGNED,artemis-accords,2024-02,,https://example.org/tr2,Example,Turkey signed Artemis.,2024-05-01,",
    "USA,MEMBER_OF,nato,1949,,https://example.org/n,Example,USA in pact.,2024-01-01,",
    "TUR,MEMBER_OF,nato,1952,,https://example.org/n,Example,Turkey in pact.,2024-01-01,",
    "JPN,COOPERATES_ON,ilrs,2024,2024-06,https://example.org/j,Example,Ended.,2024-01-01,",
]


@pytest.fixture
def data(tmp_path):
    (tmp_path / "nodes").mkdir()
    (tmp_path / "edges").mkdir()
    (tmp_path / "nodes/blocs.csv").write_text(NODES, encoding="utf-8")
    (tmp_path / "edges/space.csv").write_text(HEADER + "\n".join(EDGES) + "\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def G(data):
    return read_graph(data)


def test_bloc_report_numbers_equal_the_library(G):
    r = bloc_report(G, ["ILRS", "Artemis"], as_of="2025-01-01", seed=0)
    day = "2025-01-01"
    for b in r.blocs:
        members = A.bloc_members(G, b["id"], as_of=day)
        assert [m["country"] for m in b["members"]] == list(members)
        assert b["size"] == len(members)
        assert [tuple(x) for x in b["growth"]] == A.bloc_growth_range(G, b["id"], until=day)
        assert [(y, c) for y, c, _ in b["growth"]] == A.bloc_growth(G, b["id"], until=day)
        m = A.bloc_membership(G, b["id"], as_of=day)
        assert (b["possible"], b["count"]) == (len(m.possible), m.count)
        assert [x["country"] for x in b["possible_members"]] == list(m.possible)
    assert [b["size"] for b in r.blocs] == [3, 4]
    ov = A.overlap({b: set(A.bloc_members(G, b, as_of=day)) for b in ["ilrs", "artemis-accords"]})
    assert r.overlaps[0]["in_both"] == ov[0]["in_both"] == ["THA"]
    assert r.overlaps[0]["jaccard"] == pytest.approx(ov[0]["jaccard"], abs=1e-6)
    # centrality is ranked within the compared scope, on the Newman-weighted projection
    P = A.country_projection(G, as_of=day)
    scope = A.compared_scope(G, ["ilrs", "artemis-accords"], as_of=day)
    rows = A.centrality(P.subgraph(scope).copy(), seed=0).ranked(top=15)
    assert [(c["node"], c["pagerank"], c["rank"]) for c in r.central] == [
        (x["node"], x["pagerank"], x["rank"]) for x in rows]
    assert P.graph["weighting"] == "newman" and {c["node"] for c in r.central} <= set(scope)
    assert [c["country"] for c in r.courted] == ["TUR"]
    assert r.courted[0]["member_of"] == ["artemis-accords"] and r.courted[0]["interested_in"] == ["ilrs"]


def test_bloc_report_every_member_row_cites_its_own_sources(G):
    r = bloc_report(G, ["ilrs", "artemis-accords"], as_of="2025-01-01")
    by_n = {s["n"]: s for s in r.sources}
    assert sorted(by_n) == list(range(1, len(r.sources) + 1))
    ilrs = {m["country"]: m for m in r.blocs[0]["members"]}
    assert [by_n[n]["evidence"] for n in ilrs["CHN"]["sources"]] == [
        "China and Russia lead ILRS.", "China joined."]
    assert ilrs["CHN"]["relations"] == ["LEADS", "MEMBER_OF"] and ilrs["CHN"]["since"] == "2021"
    assert [by_n[n]["source_url"] for n in ilrs["THA"]["sources"]] == ["https://example.org/th"]


def test_bloc_report_repeats_byte_for_byte_with_the_same_seed(G, tmp_path):
    for suffix in (".html", ".md", ".json"):
        a = write_report(bloc_report(G, ["ilrs", "artemis-accords"], as_of="2025-01-01", seed=4),
                         tmp_path / f"a{suffix}").read_bytes()
        b = write_report(bloc_report(G, ["ilrs", "artemis-accords"], as_of="2025-01-01", seed=4),
                         tmp_path / f"b{suffix}").read_bytes()
        assert a == b and len(a) > 1000


def test_markdown_html_and_json_carry_the_same_numbers(G):
    r = bloc_report(G, ["ilrs", "artemis-accords", "nato"], as_of="2025-01-01")
    data = json.loads(to_json(r))
    md, html = to_markdown(r), to_html(r)
    assert data["communities"]["ari"] == r.communities["ari"]
    ari = f"{r.communities['ari']:.3f}"
    assert f"declared blocs: {ari}" in md and f"declared blocs: {ari}" in html
    j = f"{r.overlaps[0]['jaccard']:.3f}"
    assert f"| {r.overlaps[0]['size_a']} | {r.overlaps[0]['size_b']} | 1 | {j} |" in md
    assert j == "0.167"
    assert f"<td>{j}</td>" in html
    assert [b["size"] for b in data["blocs"]] == [3, 4, 2]
    assert len(data["sources"]) == len(r.sources)
    assert md.count("\n1. <https://") == 1 and 'id="src-1"' in html


def test_to_html_escapes_data_strings_and_loads_nothing(G):
    r = bloc_report(G, ["ilrs", "artemis-accords", "XP"], as_of="2025-01-01")
    html, md = to_html(r), to_markdown(r)
    assert "<script>" not in md and "<b>" not in md and "&lt;script&gt;x" in md
    assert "<script>" not in html and "&lt;script&gt;x&lt;/script&gt; Pact" in html
    assert "&lt;b&gt;USA&lt;/b&gt;" in html
    assert "src=" not in html and "<link" not in html and "@import" not in html
    assert "default-src 'none'" in html


def test_resolve_blocs_accepts_aliases_and_refuses_countries_and_repeats(G):
    assert resolve_blocs(G, ["ILRS", "Artemis"]) == ["ilrs", "artemis-accords"]
    with pytest.raises(GraphkitError, match="'Japan' is a country"):
        resolve_blocs(G, ["ILRS", "Japan"])
    with pytest.raises(GraphkitError, match="the same bloc was given twice"):
        resolve_blocs(G, ["ILRS", "ilrs"])
    with pytest.raises(NodeNotFound, match="no node matches 'Gateway'"):
        resolve_blocs(G, ["ILRS", "Gateway"])


def test_write_report_refuses_an_unknown_suffix(G, tmp_path):
    r = bloc_report(G, ["ilrs", "artemis-accords"], as_of="2025-01-01")
    with pytest.raises(GraphkitError, match="expected a file name ending in .html, .md or .json"):
        write_report(r, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_cli_report_blocs_writes_the_file_and_says_so(data, tmp_path):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["blocs", "ILRS", "artemis-accords", "--as-of", "2025-01-01",
                                      "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "International Lunar Research Station 3, Artemis Accords 4 members as of 2025-01-01" \
        in result.stderr
    assert json.loads(out.read_text())["as_of"] == "2025-01-01"


def test_cli_report_blocs_exits_1_with_one_line_for_an_unknown_bloc_a_bad_suffix_or_one_bloc(
        data, tmp_path):
    runner = CliRunner()
    bad = runner.invoke(app, ["blocs", "ILRS", "Gateway", "--data", str(data),
                              "--out", str(tmp_path / "r.md")])
    assert bad.exit_code == 1 and "error: no node matches 'Gateway'" in bad.stderr
    assert not (tmp_path / "r.md").exists()
    suffix = runner.invoke(app, ["blocs", "ILRS", "artemis-accords", "--data", str(data),
                                 "--out", str(tmp_path / "r.pdf")])
    assert suffix.exit_code == 1
    assert suffix.stderr == (f"error: {tmp_path / 'r.pdf'}: expected a file name ending in "
                             ".html, .md or .json\n")
    one = runner.invoke(app, ["blocs", "ILRS", "--data", str(data), "--out", str(tmp_path / "r.md")])
    assert (one.exit_code, one.stderr) == (1, "error: expected two or more blocs, got 1: 'ILRS'\n")
    assert sorted(p.name for p in tmp_path.glob("r.*")) == []


def test_cli_report_blocs_on_the_real_data_finds_both_blocs(tmp_path):
    out = tmp_path / "r.html"
    data = Path(__file__).resolve().parents[2] / "data"
    result = CliRunner().invoke(app, ["blocs", "ILRS", "artemis-accords", "--as-of",
                                      "2025-06-01", "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<h2>Members: International Lunar Research Station</h2>" in html
    assert "<h2>Sources</h2>" in html and "<svg" in html


def test_report_cli_refuses_an_agency_and_an_empty_day_with_one_line(tmp_path):
    from typer.testing import CliRunner

    from graphkit.cli import app
    from tests.conftest import DATA

    runner = CliRunner()
    agency = runner.invoke(app, ["report", "blocs", "ILRS", "roscosmos", "--data", str(DATA),
                                 "--out", str(tmp_path / "r.md")])
    assert agency.exit_code == 1
    assert agency.stderr.strip() == ("error: 'roscosmos' is an agency (roscosmos); expected an "
                                     "organisation, agreement or programme")
    empty = runner.invoke(app, ["report", "blocs", "BRICS", "G7", "--as-of", "1900-01-01",
                                "--data", str(DATA), "--out", str(tmp_path / "r.md")])
    assert empty.exit_code == 1
    assert empty.stderr.strip() == ("error: none of brics, g7 has a member on 1900-01-01; "
                                    "the earliest claim about them starts 1975")
    assert not (tmp_path / "r.md").exists()


def test_report_cli_creates_missing_folders_and_refuses_a_folder_as_file(tmp_path, small_data):
    from typer.testing import CliRunner

    from graphkit.cli import app

    runner = CliRunner()  # a small dataset: the folders are the point, not the numbers
    ok = runner.invoke(app, ["report", "blocs", "club", "Moon Base", "--as-of", "2024-06-30",
                             "--data", str(small_data), "--out", str(tmp_path / "a" / "b" / "r.md")])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "a" / "b" / "r.md").read_text().startswith("# Bloc comparison: The Club / Moon Base")
    (tmp_path / "dir.md").mkdir()
    bad = runner.invoke(app, ["report", "blocs", "club", "Moon Base", "--data", str(small_data),
                              "--out", str(tmp_path / "dir.md")])
    assert bad.exit_code == 1 and "cannot write the report" in bad.stderr


def test_markdown_cells_escape_link_syntax_from_data():
    from graphkit.report.write import _md_cell

    assert _md_cell("[x](javascript:alert(7))") == "\\[x\\]\\(javascript:alert\\(7\\)\\)"
    assert _md_cell("a|b <i>") == "a\\|b &lt;i&gt;"
