"""The page of data/ in headless Chromium, loaded once for the module: readable labels, alias
search, a first frame that holds the graph, tooltips inside the window, legends that do not
wrap, possible members and edges on a day, and nodes hidden before their relations begin
(issues 14 and 15)."""

from __future__ import annotations

import pytest

from graphkit.analysis import bloc_membership
from graphkit.io import filter_as_of, read_graph
from graphkit.io.lookup import resolve_node
from graphkit.render import render_html
from graphkit.render.styles import default_bloc_anchors
from graphkit.render.timeline import drop_nodes_without_claims
from graphkit.schema import load_schema
from tests.browser import OfflinePage, wait_until
from tests.conftest import DATA

pytestmark = pytest.mark.browser

_LABEL_BOXES = """() => {
  const net = graphkit.network, r = document.getElementById('gk-network').getBoundingClientRect();
  return graphkit.nodes.get().filter(n => !n.hidden && n.label).map(n => {
    const s = net.body.nodes[n.id].labelModule.size;
    const a = net.canvasToDOM({x: s.left, y: s.top});
    const b = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    return {id: n.id, size: n.size, left: a.x + r.left, top: a.y + r.top,
            right: b.x + r.left, bottom: b.y + r.top};
  });
}"""


@pytest.fixture(scope="module")
def G():
    return read_graph(DATA)


@pytest.fixture(scope="module")
def page(chromium, G, tmp_path_factory):
    """The data/ page coloured by its default blocs, in a 1400x900 window, network blocked."""
    path = render_html(G, tmp_path_factory.mktemp("page") / "data.html", color_by="bloc")
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    p = OfflinePage(context.new_page())

    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            p.requests.append(r.request.url)
            r.abort()

    p.page.route("**/*", route)
    p.page.on("console", lambda m: m.type == "error" and p.errors.append(m.text))
    p.page.on("pageerror", lambda exc: p.errors.append(str(exc)))
    p.open(path)
    wait_until(p.page, "window.__graphkitTimes.labels !== undefined")
    yield p
    context.close()


@pytest.fixture
def fresh(page):
    """The module's page, back on all dates with nothing selected; clean afterwards."""
    page.page.evaluate("() => { graphkit.setDay(''); graphkit.highlight(null); graphkit.fitAll();"
                       " graphkit.network.unselectAll(); graphkit.placeLabels(); }")
    yield page.page
    assert page.requests == [] and page.errors == []


def _intersect(a, b) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and \
        a["top"] < b["bottom"] and b["top"] < a["bottom"]


def test_labels_of_the_largest_nodes_show_legibly_and_never_overlap(fresh, G):
    boxes = fresh.evaluate(_LABEL_BOXES)
    assert len(boxes) >= 30
    clashes = [(a["id"], b["id"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if _intersect(a, b)]
    assert clashes == []
    assert min(b["bottom"] - b["top"] for b in boxes) >= 12  # pixels on screen
    sizes = dict(fresh.evaluate("graphkit.nodes.get().map(n => [n.id, n.size])"))
    largest = sorted(sizes, key=lambda v: (-sizes[v], v))[:10]
    labelled = {b["id"] for b in boxes}
    assert largest[0] in labelled and len(labelled & set(largest)) >= 7
    # zooming in makes room: more labels, still none overlapping
    fresh.evaluate("() => { graphkit.network.moveTo({scale: graphkit.network.getScale() * 2.5});"
                   " graphkit.placeLabels(); }")
    closer = fresh.evaluate(_LABEL_BOXES)
    assert not any(_intersect(a, b) for i, a in enumerate(closer) for b in closer[i + 1:])


def test_first_frame_holds_every_node_and_label(fresh):
    rect = fresh.evaluate("(() => { const r = document.getElementById('gk-network')"
                          ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()")
    points = fresh.evaluate("""graphkit.nodes.get().filter(n => !n.hidden).map(n => {
        const p = graphkit.network.canvasToDOM(graphkit.network.getPosition(n.id));
        const r = document.getElementById('gk-network').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; })""")
    assert len(points) > 100
    assert all(rect[0] <= x <= rect[2] and rect[1] <= y <= rect[3] for x, y in points)
    boxes = fresh.evaluate(_LABEL_BOXES)
    assert all(rect[0] <= b["left"] and b["right"] <= rect[2] and b["bottom"] <= rect[3]
               for b in boxes)


def test_search_finds_every_name_the_command_line_resolves(fresh, G):
    fresh.click("#gk-search-ts-control")
    fresh.keyboard.type("Turkey")
    first = fresh.locator(".ts-dropdown .option").first
    first.wait_for()
    assert first.inner_text() == f"{G.nodes['TUR']['name']} (TUR)"
    fresh.keyboard.press("Enter")
    assert fresh.evaluate("graphkit.network.getSelectedNodes()") == ["TUR"]
    for text in ["UK", "Great Britain", "USA", "Russian Federation", "ILRS", "nato", "Moon"]:
        assert fresh.evaluate("t => graphkit.resolveName(t)", text) == resolve_node(G.nodes, text)
    bad = fresh.evaluate("""JSON.parse(document.getElementById('gk-data').textContent).countries
        .filter(r => { try { new RegExp(r[1], 'i'); new RegExp(r[2], 'i'); return false; }
                       catch (e) { return true; } })""")
    assert bad == []


def test_tooltips_stay_inside_the_window_and_show_the_whole_name(fresh, G):
    longest = max(G, key=lambda v: len(G.nodes[v].get("description", "")) + len(G.nodes[v]["name"]))
    for x, y in [(1120, 835), (2, 2), (1125, 5)]:  # the canvas's corners
        fresh.evaluate("([id, x, y]) => { graphkit.network.emit('hoverNode', "
                       "{node: id, pointer: {DOM: {x: x, y: y}}}); }", [longest, x, y])
        box = fresh.evaluate("(() => { const r = document.getElementById('gk-tooltip')"
                             ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()")
        assert box[0] >= 0 and box[1] >= 0 and box[2] <= 1400 and box[3] <= 900, (x, y, box)
    assert fresh.inner_text("#gk-tooltip .gk-tip-title") == G.nodes[longest]["name"]
    fresh.evaluate("() => { graphkit.network.emit('blurNode', {}); }")


def test_legend_names_blocs_shortly_and_counts_never_wrap(fresh, G):
    anchor_names = [G.nodes[a]["name"] for a in default_bloc_anchors(G, load_schema())]
    rows = fresh.evaluate("""Array.from(document.querySelectorAll('.gk-legend-row'))
        .filter(r => !r.hidden && r.querySelector('.gk-count')).map(r => { const c = r.querySelector('.gk-count'),
          n = r.querySelector('.gk-name');
          return [n.textContent, n.title, c.getBoundingClientRect().height,
                  parseFloat(getComputedStyle(c).lineHeight), n.scrollWidth <= n.clientWidth]; })""")
    assert len(rows) > 10
    assert all(height < 1.5 * line for _, _, height, line, _ in rows)
    blocs = [r for r in rows if r[1] != r[0] or r[1] in anchor_names]
    assert [t for _, t, *_ in blocs] == anchor_names
    assert all(len(label) <= 24 and fits for label, _, _, _, fits in blocs)
    assert any(len(t) > 60 for t in anchor_names)  # a treaty title, shown by its short name


def test_page_shows_possible_members_and_edges_as_python_does(fresh, G):
    day = "2025-06-30"
    fresh.evaluate("d => { graphkit.setDay(d); }", day)
    m = bloc_membership(G, "artemis-accords", as_of=day)
    assert m.count == "55 (+3 possible)" and list(m.possible) == ["HUN", "MYS", "PHL"]
    row = fresh.locator(".gk-legend-row", has=fresh.locator(".gk-name[title='Artemis Accords']"))
    assert row.locator(".gk-count").inner_text() == m.count
    possibly = dict(fresh.evaluate("graphkit.nodes.get().filter(n => n.gk.possibly)"
                                   ".map(n => [n.id, n.gk.possibly])"))
    assert {v for v, blocs in possibly.items() if "Artemis Accords" in blocs} == set(m.possible)
    shown = fresh.evaluate("graphkit.edges.get().filter(e => !e.hidden).map(e => "
                           "[e.from, e.to, e.gk.relation, e.gk.since, e.possible ? 'possible' : "
                           "'certain', e.dashes])")
    expected = {(u, v, d["relation"], d["since"], d["holds"])
                for u, v, d in filter_as_of(G, day).edges(data=True)}
    assert {tuple(e[:5]) for e in shown} == expected
    assert {tuple(e[5]) if e[5] else () for e in shown if e[4] == "possible"} == {(2, 6)}
    assert fresh.inner_text("#gk-relations .gk-possible-row") == "possible on the day (dotted)"


def test_page_on_a_day_hides_every_node_none_of_whose_relations_holds_yet(fresh, G):
    fresh.evaluate("() => { graphkit.setDay('2022-01-01'); }")
    shown = set(fresh.evaluate("graphkit.nodes.get().filter(n => !n.hidden).map(n => n.id)"))
    assert shown == set(drop_nodes_without_claims(filter_as_of(G, "2022-01-01")))
    assert "lunar-nuclear-power-station" in G and "lunar-nuclear-power-station" not in shown
    assert "ilrs" in shown
