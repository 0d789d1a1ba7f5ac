"""The pages in headless Chromium with the network blocked: drawn, safe, and interactive.

Needs the ``tests.browser`` plugin (the ``offline_page`` fixture) and Debian's Chromium.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx
import pytest

from graphkit.analysis import declared_blocs, declared_memberships
from graphkit.io import read_graph
from graphkit.render import graph_html, iframe_html, render_html
from graphkit.render.layout import SPRING_MAX_NODES
from graphkit.schema import load_schema
from tests.browser import wait_until
from tests.membership import days_membership_can_change
from tests.render.graphs import IMG_NAME, SCRIPT_NAME, dated_graph, hostile_graph

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parents[2]


def _clean(p) -> None:
    assert p.requests == []
    assert p.errors == []
    assert p.page.evaluate("window.__pwned") is None


def test_page_draws_every_node_and_edge_offline_without_errors(tmp_path, offline_page):
    offline_page.open(render_html(dated_graph(), tmp_path / "g.html"))
    counts = offline_page.page.evaluate("graphkit.counts()")
    assert counts == {"nodes": 5, "edges": 5}
    assert offline_page.page.evaluate("graphkit.network.body.nodeIndices.length") == 5
    _clean(offline_page)


def test_hostile_names_show_as_text_and_never_run(tmp_path, offline_page):
    offline_page.open(render_html(hostile_graph(), tmp_path / "h.html", title=SCRIPT_NAME))
    page = offline_page.page
    assert page.inner_text("#gk-heading") == SCRIPT_NAME
    assert page.evaluate("graphkit.counts()") == {"nodes": 4, "edges": 3}
    page.click("#gk-search-ts-control")
    page.keyboard.type("pwned")
    options = page.locator(".ts-dropdown .option")
    options.first.wait_for()
    assert sorted(options.all_inner_texts()) == sorted([f"{IMG_NAME} (XAB)", f"{SCRIPT_NAME} (XAA)"])
    page.keyboard.press("Enter")  # select one: the details panel shows its name as text
    assert page.locator("#gk-details .gk-tip-title").inner_text() in (SCRIPT_NAME, IMG_NAME)
    page.evaluate("graphkit.selectNode('pact')")
    assert page.locator("#gk-details a").count() == 0  # javascript: URL is not a link
    assert "javascript:window.__pwned=1" in page.inner_text("#gk-details")
    assert page.locator("img").count() == 0
    _clean(offline_page)


def test_edge_details_show_evidence_as_text_and_link_only_http_sources(tmp_path, offline_page):
    offline_page.open(render_html(hostile_graph(), tmp_path / "h.html"))
    page = offline_page.page
    edges = page.evaluate("graphkit.edges.get().map(e => [e.id, e.from, e.to])")
    ids = {(u, v): i for i, u, v in edges}
    page.evaluate(f"graphkit.network.emit('click', {{nodes: [], edges: ['{ids['XAA', 'pact']}'],"
                  " pointer: {DOM: {x: 0, y: 0}}})")
    text = page.inner_text("#gk-details")
    assert SCRIPT_NAME in text and 'href="https://evil.example"' in text
    assert page.locator("#gk-details a").count() == 0
    page.evaluate(f"graphkit.network.emit('click', {{nodes: [], edges: ['{ids['XAB', 'pact']}'],"
                  " pointer: {DOM: {x: 0, y: 0}}})")
    assert page.get_attribute("#gk-details a", "href") == "https://example.org/a?x=1&y=%3C2%3E"
    assert page.get_attribute("#gk-details a", "rel") == "noopener noreferrer"
    _clean(offline_page)


def test_relation_filter_hides_its_edges_and_countries_left_without_edges(tmp_path, offline_page):
    offline_page.open(render_html(dated_graph(), tmp_path / "g.html"))
    page = offline_page.page
    page.uncheck("input[data-relation=MEMBER_OF]")
    assert page.evaluate("graphkit.counts()") == {"nodes": 4, "edges": 2}  # XAC goes
    page.check("input[data-relation=MEMBER_OF]")
    assert page.evaluate("graphkit.counts()") == {"nodes": 5, "edges": 5}
    assert page.inner_text("#gk-count") == "5 of 5 nodes, 5 of 5 edges shown"
    _clean(offline_page)


@pytest.mark.parametrize(("day", "edges", "nodes"), [
    ("2019-06-01", 3, 4),   # XAA in club, XAB in club, XAA signed pact; XAC not yet
    ("2020-01-31", 2, 4),   # XAA left the club that day (until is exclusive)
    ("2021-01-01", 3, 5),   # XAC joins
    ("2023-01-01", 4, 5),   # "2023" counts from 2023-01-01
])
def test_date_filter_keeps_edges_valid_on_that_day(tmp_path, offline_page, day, edges, nodes):
    offline_page.open(render_html(dated_graph(), tmp_path / "g.html"))
    page = offline_page.page
    page.fill("#gk-date", day)
    page.dispatch_event("#gk-date", "change")
    assert page.evaluate("graphkit.counts()") == {"nodes": nodes, "edges": edges}
    page.click("#gk-date-clear")
    assert page.evaluate("graphkit.counts()") == {"nodes": 5, "edges": 5}
    _clean(offline_page)


def test_date_slider_moves_the_day_and_filters(tmp_path, offline_page):
    offline_page.open(render_html(dated_graph(), tmp_path / "g.html"))
    page = offline_page.page
    page.eval_on_selector("#gk-date-slider",
                          "s => { s.value = 0; s.dispatchEvent(new Event('input')); }")
    assert page.input_value("#gk-date") == "1990-01-01"
    # XAA possibly in the club ("1990"); the pact, no relation of which holds yet, is hidden
    assert page.evaluate("graphkit.counts()") == {"nodes": 2, "edges": 1}
    _clean(offline_page)


def test_search_by_alias_selects_the_node_and_highlights_its_neighbours(tmp_path, offline_page):
    offline_page.open(render_html(dated_graph(), tmp_path / "g.html"))
    page = offline_page.page
    page.click("#gk-search-ts-control")
    page.keyboard.type("TC")
    options = page.locator(".ts-dropdown .option")
    options.first.wait_for()
    assert options.all_inner_texts() == ["The Club (club)"]
    page.keyboard.press("Enter")
    assert sorted(page.evaluate("graphkit.highlighted()")) == ["XAA", "XAB", "XAC", "club"]
    assert page.evaluate("graphkit.network.getSelectedNodes()") == ["club"]
    dimmed = page.evaluate("graphkit.nodes.get({filter: n => n.dimmed}).map(n => n.id)")
    assert dimmed == ["pact"]
    _clean(offline_page)


def test_clicking_a_node_highlights_neighbours_and_empty_space_clears(tmp_path, offline_page):
    offline_page.open(render_html(dated_graph(), tmp_path / "g.html"))
    page = offline_page.page
    x, y = page.evaluate("""(() => { const p = graphkit.network.canvasToDOM(
        graphkit.network.getPosition('pact'));
        const r = document.getElementById('gk-network').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; })()""")
    page.mouse.click(x, y)
    assert sorted(page.evaluate("graphkit.highlighted()")) == ["XAA", "XAB", "pact"]
    page.mouse.click(300, 880)
    assert page.evaluate("graphkit.highlighted()") is None
    _clean(offline_page)


def test_large_graph_draws_with_physics_off_and_positions_from_python(tmp_path, offline_page):
    G = nx.MultiDiGraph(nx.gnm_random_graph(SPRING_MAX_NODES + 100, 1500, seed=2, directed=True))
    for u, v, d in G.edges(data=True):
        d.update(relation="COOPERATES_ON", since="2020")
    G.graph["as_of"] = "all"  # every node, edgeless ones too: no day to hide them on
    offline_page.open(render_html(G, tmp_path / "big.html"))
    page = offline_page.page
    assert page.evaluate("graphkit.counts()") == {"nodes": 600, "edges": 1500}
    assert page.evaluate("graphkit.network.physics.physicsEnabled") is False
    assert page.evaluate("graphkit.nodes.get(0).x") is not None
    _clean(offline_page)


def test_notebook_frame_draws_in_a_host_page_read_as_another_encoding(tmp_path, offline_page):
    page_html = graph_html(hostile_graph(), title=IMG_NAME)
    host = tmp_path / "host.html"
    host.write_text('<!DOCTYPE html><html><head><meta charset="windows-1252"></head><body>'
                    f"{iframe_html(page_html, height=700)}</body></html>", encoding="utf-8")
    offline_page.open(host, wait_drawn=False)
    frame = offline_page.page.frames[1]
    wait_until(frame, "window.__graphkitDrawn !== undefined")
    assert frame.evaluate("typeof graphkit") == "object"
    assert frame.evaluate("graphkit.counts()") == {"nodes": 4, "edges": 3}
    assert not [e for e in offline_page.errors if "regular expression" in e or "is not defined" in e]


def test_notebook_frame_draws_the_page_inside_a_sandbox(tmp_path, offline_page):
    page_html = graph_html(hostile_graph(), title=IMG_NAME)
    host = tmp_path / "host.html"
    host.write_text(f"<!DOCTYPE html><html><body>{iframe_html(page_html, height=700)}</body></html>",
                    encoding="utf-8")
    offline_page.open(host, wait_drawn=False)
    frame = offline_page.page.frames[1]
    wait_until(frame, "window.__graphkitDrawn !== undefined")
    assert frame.evaluate("graphkit.counts()") == {"nodes": 4, "edges": 3}
    assert frame.inner_text("#gk-heading") == IMG_NAME
    assert frame.evaluate("window.__pwned") is None
    _clean(offline_page)


def test_curated_data_page_draws_fully_and_is_saved_as_a_screenshot(offline_page):
    G = read_graph(REPO / "data")
    G.graph["as_of"] = "all"  # every date: the whole history drawn
    out = REPO / "out" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    path = render_html(G, REPO / "out" / "graph.html", title="graphkit: space cooperation")
    offline_page.open(path)
    page = offline_page.page
    assert page.evaluate("graphkit.counts()") == {"nodes": G.number_of_nodes(),
                                                  "edges": G.number_of_edges()}
    page.wait_for_timeout(300)
    page.screenshot(path=str(out / "graph.png"))
    assert (out / "graph.png").stat().st_size > 50_000
    assert html.escape("graphkit: space cooperation") in path.read_text(encoding="utf-8")
    _clean(offline_page)


def _legend(page) -> dict[str, str]:
    rows = page.locator("#gk-node-legend .gk-legend-row:not([hidden])")
    return {r.locator("span").nth(1).inner_text(): r.locator(".gk-count").inner_text()
            for r in rows.all()}


def test_bloc_colours_and_legend_follow_the_day(tmp_path, offline_page):
    offline_page.open(render_html(dated_graph(), tmp_path / "b.html", color_by="bloc",
                                  blocs=["club", "pact"]))
    page = offline_page.page
    colors = load_schema().bloc_colors

    def blocs_of():
        return dict(page.evaluate("graphkit.nodes.get().map(n => [n.id, n.gk.bloc])"))

    assert blocs_of()["XAA"] == "several blocs"   # no day: dates ignored
    # bloc rows count members (as Membership.count), the others count nodes
    assert _legend(page) == {"The Club": "3", "Moon Pact": "1", "several blocs": "1"}
    page.evaluate("graphkit.setDay('1990-06-01')")  # XAA's "1990" membership is possible
    assert _legend(page) == {"The Club": "0 (+1 possible)", "Moon Pact": "0", "no bloc": "1"}
    assert page.evaluate("graphkit.nodes.get('XAA').gk.possibly") == "The Club"
    assert page.evaluate("graphkit.nodes.get('XAA').shapeProperties.borderDashes") == [3, 3]
    page.evaluate("graphkit.setDay('1995-01-01')")
    assert blocs_of() == {"XAA": "The Club", "XAB": "no bloc", "XAC": "no bloc",
                          "club": "The Club", "pact": "Moon Pact"}
    assert _legend(page) == {"The Club": "1", "Moon Pact": "0"}  # XAB, XAC, pact: hidden
    assert page.evaluate("graphkit.nodes.get('XAA').color") == colors[0]
    page.fill("#gk-date", "2020-01-31")   # XAA left the club that day, still signed the pact
    page.dispatch_event("#gk-date", "change")
    assert blocs_of()["XAA"] == "Moon Pact"
    assert page.evaluate("graphkit.nodes.get('XAA').color") == colors[1]
    page.click("#gk-date-clear")
    assert blocs_of()["XAA"] == "several blocs"
    _clean(offline_page)


def test_page_membership_equals_python_on_every_day_it_can_change(offline_page):
    G = read_graph(REPO / "data")
    blocs = declared_blocs(G)
    kinds = set(load_schema().bloc_anchor_kinds)
    anchors = sorted((b for b in blocs if G.nodes[b]["kind"] in kinds),
                     key=lambda b: (-len(blocs[b]), b))[:9]
    days = days_membership_can_change(G)
    offline_page.open(render_html(G, REPO / "out" / "blocs.html", color_by="bloc", blocs=anchors))
    # as one JSON string: Playwright takes seconds to pass back so many small values one by one
    got = json.loads(offline_page.page.evaluate("""([days, anchors]) => JSON.stringify(days.map(day => {
        graphkit.setDay(day);
        return [graphkit.blocsOn(day), graphkit.nodes.get().map(n => [n.id, n.gk.bloc]),
                graphkit.blocsOn(day, true), anchors.map(a => graphkit.memberCount(a, day))];
    }))""", [["", *days], anchors]))
    for day, (members, shown, possible, counts) in zip(["", *days], got, strict=True):
        both = declared_memberships(G, anchors, as_of=day or "all")  # certain: declared_blocs
        expected = {a: set(both[a].certain) for a in anchors}
        assert {a: set(m) for a, m in members.items()} == {
            a: set(m) | {a} for a, m in expected.items()}, day
        assert {a: set(m) for a, m in possible.items()} == {a: set(both[a].possible)
                                                            for a in anchors}, day
        assert counts == [both[a].count for a in anchors], day
        several = {v for v in G if sum(v in m or v == a for a, m in expected.items()) > 1}
        assert {v for v, label in shown if label == "several blocs"} == several, day
    _clean(offline_page)


def test_two_day_page_marks_added_and_removed_edges_and_hides_the_day_filter(tmp_path, offline_page):
    from graphkit.render.timeline import compare_graph

    H = compare_graph(dated_graph(), "2019-12-31", "2023-06-30")
    offline_page.open(render_html(H, tmp_path / "c.html", color_by="bloc", blocs=["club", "pact"]))
    page = offline_page.page
    assert page.is_hidden("#gk-date-box") and page.is_visible("#gk-changes")
    assert page.inner_text("#gk-changes-title") == "Changes from 2019-12-31 to 2023-06-30"
    rows = dict(page.evaluate("Array.from(document.querySelectorAll('#gk-changes .gk-legend-row'))"
                              ".map(r => [r.dataset.change, r.querySelector('.gk-count').textContent])"))
    assert rows == {"added": "2", "removed": "1", "unchanged": "2"}
    look = {(e[0], e[1]): e[2:] for e in page.evaluate(
        "graphkit.edges.get().map(e => [e.from, e.to, e.gk.change, e.color.color || e.color, "
        "!!e.dashes])")}
    assert look[("XAA", "club")] == ["removed", "#D73027", True]
    assert look[("XAC", "club")] == ["added", "#1A9850", False]
    assert look[("XAB", "pact")][0] == "added"   # "2023": possible on 2023-06-30, so added
    faint = page.evaluate("graphkit.edges.get().filter(e => e.color.opacity < 1).map(e => e.gk.change)")
    assert faint == ["unchanged", "unchanged"]   # so that the changes stand out
    assert page.evaluate("graphkit.counts()") == {"nodes": 5, "edges": 5}
    # blocs are coloured as on the second day: XAA has left the club, still signed the pact
    assert page.evaluate("graphkit.nodes.get('XAA').gk.bloc") == "Moon Pact"
    _clean(offline_page)


def test_the_default_page_keeps_every_date_and_opens_on_today_as_the_cut_page_shows_it(
        tmp_path, offline_page):
    import datetime as dt

    from graphkit.render import render_page

    today = dt.date.today().isoformat()
    default = render_page(REPO / "data", tmp_path / "d.html")
    cut = render_page(REPO / "data", tmp_path / "t.html", as_of=today)
    assert default.opens_on == cut.opens_on == today
    assert default.edges > cut.edges  # the default page keeps what ended, for its slider
    offline_page.open(default.path)
    page = offline_page.page
    assert page.input_value("#gk-date") == today
    assert page.evaluate("graphkit.counts()") == {"nodes": cut.nodes, "edges": cut.edges}
    page.click("#gk-date-clear")  # no day: every date
    assert page.evaluate("graphkit.counts()") == {"nodes": default.nodes, "edges": default.edges}
    _clean(offline_page)
