"""Moving the page's day in headless Chromium: the page shows a day the same whichever day it
came from, and a run of day changes draws once.

The page changes only what differs from the day before, skips a day in the same period as
the one shown (between two dates at which anything can change) and batches vis-network's
updates; these tests hold that to the page recomputed along other paths.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from graphkit.io import read_graph
from graphkit.render import render_html
from tests.membership import days_membership_can_change
from tests.render.graphs import dated_graph
from tests.render.test_page_blocs import anchors_of

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parents[2]

# everything the page shows that depends on the day: node and edge looks as vis-network draws
# them (its options: an edge's colour given as "#hex" or as {color: "#hex", ...} is the same),
# the bloc details, counts and legends
SHOWN = """() => JSON.stringify([
    graphkit.nodes.get().map(n => { const o = graphkit.network.body.nodes[n.id].options;
        return [n.id, !!n.hidden, !!n.dimmed, o.hidden, o.color, o.borderWidth,
                o.shapeProperties.borderDashes, n.gk.bloc, n.gk.color, n.gk.possibly]; }),
    graphkit.edges.get().map(e => { const o = graphkit.network.body.edges[e.id].options;
        return [e.id, !!e.hidden, !!e.possible, !!e.dimmed, o.hidden, o.color, o.dashes]; }),
    graphkit.counts(), document.getElementById('gk-count').textContent,
    Array.from(document.querySelectorAll('#gk-node-legend .gk-legend-row'))
        .map(r => [r.hidden, r.textContent])])"""
VISIT = "(days) => '[' + days.map(day => { graphkit.setDay(day); return (" + SHOWN + ")(); }) + ']'"


def _days(G) -> list[str]:
    """Days where the page can change, days before them, other days of their months, and days
    before and after all dates."""
    days = days_membership_can_change(G)[::12]
    return ["", *days, *(d[:8] + "20" for d in days[::4] if d[8:] < "20"), "2100-01-01", "1000-01-01"]


def test_a_day_shows_the_same_whichever_day_came_before(tmp_path, offline_page):
    G = read_graph(REPO / "data")
    offline_page.open(render_html(G, tmp_path / "days.html", color_by="bloc", blocs=anchors_of(G)))
    page = offline_page.page
    days = _days(G)
    shuffled = random.Random(7).sample(days, len(days))
    forward = dict(zip(days, json.loads(page.evaluate(VISIT, days)), strict=True))
    for day, shown in zip(shuffled, json.loads(page.evaluate(VISIT, shuffled)), strict=True):
        assert shown == forward[day], day
    back = list(reversed(days))
    for day, shown in zip(back, json.loads(page.evaluate(VISIT, back)), strict=True):
        assert shown == forward[day], day
    # a relation turned off and on again on another day; a highlight cleared by a day change
    relation = page.get_attribute("#gk-relations input[data-relation]", "data-relation")
    page.evaluate("graphkit.setDay('2010-06-15')")
    page.uncheck(f"input[data-relation={relation}]")
    page.evaluate(f"graphkit.setDay({days[9]!r})")
    page.check(f"input[data-relation={relation}]")
    assert json.loads(page.evaluate(SHOWN)) == forward[days[9]]
    page.evaluate("graphkit.highlight(graphkit.nodes.get({filter: n => !n.hidden})[0].id)")
    assert page.evaluate("graphkit.highlighted()") is not None
    page.evaluate(f"graphkit.setDay({days[9]!r})")  # the same day: the highlight goes all the same
    assert page.evaluate("graphkit.highlighted()") is None
    assert json.loads(page.evaluate(SHOWN)) == forward[days[9]]
    assert offline_page.requests == [] and offline_page.errors == []


def test_a_run_of_days_draws_once_and_a_day_in_the_same_period_changes_nothing(
        tmp_path, offline_page):
    offline_page.open(render_html(dated_graph(), tmp_path / "d.html", color_by="bloc",
                                  blocs=["club", "pact"]))
    page = offline_page.page
    settle = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
    page.evaluate("""() => { window.__draws = 0; window.__events = 0;
        graphkit.network.on('afterDrawing', () => { window.__draws += 1; });
        graphkit.nodes.on('*', () => { window.__events += 1; });
        graphkit.edges.on('*', () => { window.__events += 1; }); }""")
    page.evaluate("""() => { for (let y = 1985; y < 2030; y++) {
        graphkit.setDay(y + '-03-01'); graphkit.setDay(y + '-09-01'); } }""")
    page.evaluate(settle)
    assert 1 <= page.evaluate("window.__draws") <= 2  # not one per day (2: the labels' timer)
    assert page.evaluate("window.__events") > 0
    page.evaluate("graphkit.setDay('2021-06-01')")
    page.evaluate(settle)
    page.wait_for_timeout(400)  # the labels placed
    before = page.evaluate("[window.__draws, window.__events, graphkit.counts()]")
    page.evaluate("graphkit.setDay('2022-02-01')")  # nothing starts or ends in between
    page.evaluate(settle)
    page.wait_for_timeout(400)
    assert page.evaluate("[window.__draws, window.__events, graphkit.counts()]") == before
    assert page.input_value("#gk-date") == "2022-02-01"
    page.evaluate("graphkit.setDay('2023-01-01')")  # the pact's "2023" interest begins
    page.evaluate(settle)
    assert page.evaluate("window.__events") > before[1]
    assert json.loads(page.evaluate(SHOWN))[2] == {"nodes": 5, "edges": 4}
    assert offline_page.requests == [] and offline_page.errors == []
