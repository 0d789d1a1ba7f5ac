"""render_page: from data to a page in one call, as `graphkit render` and notebooks use it."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.errors import GraphkitError, NodeNotFound
from graphkit.render import render_page


def test_render_page_draws_around_a_focus_on_a_day_and_says_so(small_data, tmp_path):
    page = render_page(small_data, tmp_path / "out" / "mb.html", focus="MB", as_of="2024-12-31")
    assert (page.nodes, page.edges) == (3, 2)  # moonbase, CHN (leads), TUR (interest)
    assert page.title == "graphkit around Moon Base (1 hop) as of 2024-12-31"
    text = page.path.read_text(encoding="utf-8")
    assert "<title>graphkit around Moon Base (1 hop) as of 2024-12-31</title>" in text


def test_render_page_takes_relations_as_a_list_or_comma_separated(small_data, tmp_path):
    one = render_page(small_data, tmp_path / "a.html", relations=["leads"])
    two = render_page(small_data, tmp_path / "b.html", relations="LEADS, expressed_interest_in")
    assert (one.nodes, one.edges) == (2, 1)
    assert (two.nodes, two.edges) == (3, 2)


def test_render_page_names_a_focus_the_day_drops_rather_than_calling_it_unknown(small_data, tmp_path):
    with pytest.raises(GraphkitError, match=r"^CHN has no relation valid on 2020-01-01; "):
        render_page(small_data, tmp_path / "g.html", focus="China", as_of=dt.date(2020, 1, 1))
    with pytest.raises(NodeNotFound, match="no node matches 'Atlantis'"):
        render_page(small_data, tmp_path / "g.html", focus="Atlantis")
    assert list(tmp_path.glob("*.html")) == []


def test_render_page_refuses_a_bad_day_naming_the_parameter_before_reading(tmp_path):
    with pytest.raises(GraphkitError) as exc:
        render_page(tmp_path / "no-such-data", tmp_path / "g.html", as_of="2024-02-30")
    assert str(exc.value) == "as_of: expected a real date as YYYY-MM-DD, got '2024-02-30'"
    assert list(tmp_path.iterdir()) == []


def test_render_page_colours_by_bloc_with_named_anchors(small_data, tmp_path):
    page = render_page(small_data, tmp_path / "g.html", color_by="bloc", blocs=["The Club"])
    assert page.nodes == 8 and "The Club" in page.path.read_text(encoding="utf-8")
    with pytest.raises(GraphkitError, match="color_by: expected 'kind' or 'bloc', got 'size'"):
        render_page(small_data, tmp_path / "h.html", color_by="size")


def test_render_page_on_a_day_drops_nodes_none_of_whose_relations_holds_yet(small_data, tmp_path):
    # The Club: GBR (left 2020-01-31) and FRA; Moon Base from 2021; Moon Accords from 2024-06
    page = render_page(small_data, tmp_path / "g.html", as_of="2020-06-01")
    assert (page.nodes, page.edges) == (2, 1)  # FRA and the club; no programme nor agreement yet
    page = render_page(small_data, tmp_path / "g.html", as_of="2024-06-15")
    assert (page.nodes, page.edges) == (7, 4)  # June 2024 dates hold possibly: drawn, dotted


def test_render_page_compares_two_days_marking_each_edge_by_its_change(small_data, tmp_path):
    from tests.render.test_page_blocs import page_data

    page = render_page(small_data, tmp_path / "c.html", compare=("2019-12-31", "2024-12-31"))
    assert page.title == "graphkit: what changed from 2019-12-31 to 2024-12-31"
    data = page_data(page.path.read_text(encoding="utf-8"))
    changes = {(e["from"], e["to"]): e["gk"]["change"] for e in data["edges"]}
    assert changes == {("GBR", "club"): "removed", ("FRA", "club"): "unchanged",
                       ("CHN", "moonbase"): "added", ("RUS", "moon-accords"): "added",
                       ("TUR", "moonbase"): "added"}
    assert data["compare"] == {"from": "2019-12-31", "to": "2024-12-31"}
    assert [(r["label"], r["count"]) for r in data["legend"]["changes"]] == [
        ("added", 3), ("removed", 1), ("unchanged", 1)]
    with pytest.raises(GraphkitError, match="not both"):
        render_page(small_data, tmp_path / "d.html", as_of="2020-01-01",
                    compare=("2019-12-31", "2024-12-31"))
    with pytest.raises(GraphkitError, match=r"^the second day \(2019-12-31\) is before"):
        render_page(small_data, tmp_path / "d.html", compare=("2024-12-31", "2019-12-31"))
    assert not (tmp_path / "d.html").exists()
