"""to_networkx and as_of: the in-memory graph keeps every attribute and filters by date."""

import networkx as nx

from graphkit.io.dates import is_valid_on
from graphkit.io.graph import filter_as_of, to_networkx
from graphkit.io.read import read_dataset


def test_to_networkx_keeps_every_node_and_edge_attribute(small_data):
    G = to_networkx(read_dataset(small_data))
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_nodes() == 8 and G.number_of_edges() == 5
    assert G.nodes["moonbase"] == {"kind": "Programme", "name": "Moon Base",
                                   "aliases": ["MB", "Lunar Base"]}
    assert G.edges["GBR", "club", "MEMBER_OF|1973-01-01"] == {
        "relation": "MEMBER_OF", "since": "1973-01-01", "until": "2020-01-31",
        "source_url": "https://example.org/a", "publisher": "Example",
        "evidence": "The source says so.", "retrieved": "2026-11-24"}


def test_as_of_keeps_only_edges_valid_that_day(small_data):
    ds = read_dataset(small_data)
    before_brexit = to_networkx(ds, as_of="2020-01-30")
    after_brexit = to_networkx(ds, as_of="2020-01-31")
    assert before_brexit.has_edge("GBR", "club")
    assert not after_brexit.has_edge("GBR", "club")
    assert "GBR" not in after_brexit  # a country with no edge left is dropped
    assert "club" in after_brexit     # organisations stay


def test_as_of_counts_a_partial_date_from_the_first_day_of_its_period(small_data):
    ds = read_dataset(small_data)
    assert not to_networkx(ds, as_of="2024-05-31").has_edge("RUS", "moon-accords")
    assert to_networkx(ds, as_of="2024-06-01").has_edge("RUS", "moon-accords")
    assert to_networkx(ds, as_of="1958-01-01").has_edge("FRA", "club")
    assert not to_networkx(ds, as_of="1957-12-31").has_edge("FRA", "club")


def test_as_of_accepts_a_date_object_and_records_it(small_data):
    import datetime as dt

    G = to_networkx(read_dataset(small_data), as_of=dt.date(2021, 3, 9))
    assert G.graph["as_of"] == "2021-03-09"
    assert sorted(u for u, _ in G.edges()) == ["CHN", "FRA"]


def test_is_valid_on_treats_until_as_the_first_day_it_no_longer_holds():
    assert is_valid_on("2000", "2001", "2000-12-31")
    assert not is_valid_on("2000", "2001", "2001-01-01")


def test_filter_as_of_leaves_the_input_graph_alone(small_data):
    G = to_networkx(read_dataset(small_data))
    filter_as_of(G, "1960-01-01")
    assert G.number_of_edges() == 5
