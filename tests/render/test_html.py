"""The page as text: escaping, inlined libraries, no CDN, deterministic output."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from graphkit.errors import GraphkitError
from graphkit.render import graph_html, render_html
from graphkit.render.assets import inline_script, load_assets
from graphkit.render.html import script_json, short_label
from graphkit.schema import load_schema
from tests.render.graphs import IMG_NAME, SCRIPT_NAME, dated_graph, hostile_graph

REPO = Path(__file__).resolve().parents[2]
CDN_HOSTS = ("cdnjs", "jsdelivr", "unpkg", "googleapis", "cloudflare", "bootstrapcdn")


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="gk-data">(.*?)</script>', page, re.DOTALL)
    return json.loads(m.group(1))


def test_graph_html_never_contains_hostile_strings_raw():
    page = graph_html(hostile_graph(), title=SCRIPT_NAME)
    assert SCRIPT_NAME not in page
    assert IMG_NAME not in page
    assert "<b>bold</b>" not in page
    assert "\u2028" not in page and "\u2029" not in page
    assert page.count("</script>") == 4  # data, vis-network, tom-select, ours: none closed early


def test_graph_html_escapes_the_title_in_heading_and_title_element():
    page = graph_html(hostile_graph(), title=IMG_NAME)
    escaped = "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"
    assert f"<title>{escaped}</title>" in page
    assert f'<h1 id="gk-heading">{escaped}</h1>' in page


def test_graph_html_data_round_trips_hostile_strings_exactly():
    data = _data(graph_html(hostile_graph()))
    names = {n["id"]: n["gk"]["name"] for n in data["nodes"]}
    assert names["XAA"] == SCRIPT_NAME and names["XAB"] == IMG_NAME
    evidence = {e["from"]: e["gk"]["evidence"] for e in data["edges"] if e["to"] == "pact"}
    assert evidence["XAA"] == SCRIPT_NAME + ' <a href="https://evil.example">x</a>'


def test_script_json_escapes_angle_brackets_ampersand_and_line_separators():
    text = script_json({"a": "<>&\u2028\u2029"})
    assert text == '{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}'
    assert json.loads(text) == {"a": "<>&\u2028\u2029"}


def test_graph_html_inlines_pyvis_vis_network_and_tom_select_and_links_nothing():
    page = graph_html(dated_graph())
    assets = load_assets()
    assert assets.vis_js in page and assets.tom_select_js in page
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert "bootstrap" not in page.lower()
    assert "default-src 'none'" in page


def test_no_file_under_graphkit_names_a_cdn_host():
    hits = [f"{p.relative_to(REPO)}: {host}" for p in (REPO / "graphkit").rglob("*")
            if p.is_file() and p.suffix in {".py", ".html", ".js", ".css", ".yaml", ".cypher"}
            for host in CDN_HOSTS if host in p.read_text(encoding="utf-8", errors="replace")]
    assert hits == []


def test_graph_html_is_the_same_bytes_twice():
    assert graph_html(dated_graph(), seed=3) == graph_html(dated_graph(), seed=3)


def test_graph_html_styles_nodes_and_edges_from_the_schema(tmp_path):
    data = _data(graph_html(dated_graph()))
    nodes = {n["id"]: n for n in data["nodes"]}
    edges = {e["gk"]["relation"]: e for e in data["edges"]}
    assert nodes["XAA"]["color"] == "#4C78A8" and nodes["XAA"]["shape"] == "dot"
    assert nodes["club"]["shape"] == "diamond" and nodes["pact"]["color"] == "#B279A2"
    assert nodes["club"]["size"] > nodes["XAC"]["size"]  # degree 3 against 1
    assert edges["EXPRESSED_INTEREST_IN"]["dashes"] is True
    assert edges["SIGNED"]["color"] == "#72B7B2" and edges["SIGNED"]["dashes"] is False
    assert [r["type"] for r in data["legend"]["relations"]] == [
        "MEMBER_OF", "SIGNED", "EXPRESSED_INTEREST_IN"]
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["edges"]["smooth"] is False


def test_graph_html_colours_by_bloc_with_several_and_none():
    data = _data(graph_html(dated_graph(), color_by="bloc", blocs=["club", "pact"]))
    bloc = {n["id"]: n["gk"]["bloc"] for n in data["nodes"]}
    assert bloc == {"XAA": "several blocs", "XAB": "The Club", "XAC": "The Club",
                    "club": "The Club", "pact": "Moon Pact"}  # XAB only expressed interest in pact
    assert [(row["label"], row["count"]) for row in data["legend"]["nodes"]] == [
        ("The Club", 3), ("Moon Pact", 1), ("several blocs", 1), ("no bloc", 0)]
    colors = load_schema().bloc_colors
    assert {n["id"]: n["color"] for n in data["nodes"]}["club"] == colors[0]


def test_graph_html_refuses_an_unknown_colouring_and_a_missing_bloc_anchor():
    with pytest.raises(GraphkitError, match="color_by: expected 'kind' or 'bloc', got 'size'"):
        graph_html(dated_graph(), color_by="size")
    with pytest.raises(GraphkitError, match="bloc anchor 'nato' is not a node"):
        graph_html(dated_graph(), color_by="bloc", blocs=["nato"])
    with pytest.raises(GraphkitError, match=r"^'XAA' is a country \(XAA\); expected an "
                                            "organisation, agreement or programme$"):
        graph_html(dated_graph(), color_by="bloc", blocs=["club", "XAA"])


def test_render_html_writes_the_page_and_creates_the_folder(tmp_path):
    path = render_html(dated_graph(), tmp_path / "a" / "b.html", title="T")
    assert path == tmp_path / "a" / "b.html"
    assert path.read_text(encoding="utf-8") == graph_html(dated_graph(), title="T")


def test_short_label_prefers_name_then_short_alias_then_cut_name():
    assert short_label("North Atlantic Treaty Organization", ["NATO", "OTAN"]) == "NATO"
    assert short_label("x" * 40, ["y" * 40]) == "x" * 23 + "\u2026"


def test_inline_script_refuses_code_that_closes_the_element():
    with pytest.raises(GraphkitError, match="contains '</script'"):
        inline_script("a = '</SCRIPT>'")


def test_graph_html_gives_each_edge_the_days_it_holds_certainly_or_possibly():
    data = _data(graph_html(dated_graph()))
    stretches = {(e["from"], e["to"]): e["gk"]["stretches"] for e in data["edges"]}
    assert stretches[("XAA", "club")] == [["1990-01-01", "1990-12-31", "possible"],
                                          ["1990-12-31", "2020-01-31", "certain"]]
    assert stretches[("XAC", "club")] == [["2021-01-01", "", "certain"]]


def test_graph_html_bloc_legend_gives_short_names_full_titles_and_member_counts():
    G = dated_graph()
    G.nodes["pact"].update(name="Agreement on the Peaceful Uses of the Moon by Everyone",
                           aliases=["Moon Pact"])
    G.graph["as_of"] = "2023-06-30"
    rows = _data(graph_html(G, color_by="bloc", blocs=["club", "pact"]))["legend"]["nodes"]
    assert [(r["label"], r.get("title"), r.get("members")) for r in rows] == [
        ("The Club", "The Club", "2"),
        ("Moon Pact", "Agreement on the Peaceful Uses of the Moon by Everyone", "1"),
        ("several blocs", None, None), ("no bloc", None, None)]


def test_graph_html_states_the_day_it_shows_or_all_dates():
    from graphkit.io import filter_as_of

    G = dated_graph()
    del G.graph["as_of"]
    today = dt.date.today().isoformat()
    page = graph_html(G)  # the one default: the page opens on today, with every date in it
    assert f'<p id="gk-subtitle">5 nodes, 5 edges, as of {today} (today, the default)</p>' in page
    assert (_data(page)["asOf"], _data(page)["dateRange"][1]) == (today, today)
    G.graph["as_of"] = "all"
    page = graph_html(G)
    assert '<p id="gk-subtitle">5 nodes, 5 edges, all dates</p>' in page
    assert _data(page)["asOf"] == ""
    page = graph_html(filter_as_of(dated_graph(), "2021-06-01"))
    assert '<p id="gk-subtitle">5 nodes, 3 edges, as of 2021-06-01</p>' in page
