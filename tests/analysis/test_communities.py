import networkx as nx
import pytest

from graphkit.analysis import adjusted_rand_index, detect_communities, membership_labels, stability
from graphkit.errors import GraphkitError


def two_triangles():
    return nx.Graph([("XAA", "XAB"), ("XAB", "XAC"), ("XAA", "XAC"),
                     ("XBA", "XBB"), ("XBB", "XBC"), ("XBA", "XBC"), ("XAC", "XBA")])


def test_detect_communities_splits_two_triangles_and_both_are_stable():
    c = detect_communities(two_triangles(), seeds=range(10), resolutions=(1.0,))
    assert [sorted(p) for p in c.partition] == [["XAA", "XAB", "XAC"], ["XBA", "XBB", "XBC"]]
    assert c.labels()["XBB"] == 1
    assert set(c.stability.values()) == {1.0}


def test_detect_communities_repeats_exactly_with_the_same_seed():
    P = nx.les_miserables_graph()
    a = detect_communities(P, seed=3, seeds=range(5))
    b = detect_communities(P, seed=3, seeds=range(5))
    assert a.partition == b.partition and a.stability == b.stability
    assert len(a.stability) == P.number_of_nodes()
    assert all(0 < s <= 1 for s in a.stability.values())


def test_stability_is_the_mean_share_of_runs_with_each_ever_partner():
    runs = [[{"a", "b"}, {"c"}, {"d"}], [{"a", "b", "c"}, {"d"}], [{"a"}, {"b", "c"}, {"d"}]]
    s = stability(runs)
    # a: partners b (2 runs), c (1 run) -> (2 + 1) / (3 * 2)
    assert s["a"] == pytest.approx(0.5)
    # c: partners a (1), b (2) -> 3 / 6 ; d: always alone -> 1
    assert s["c"] == pytest.approx(0.5) and s["d"] == 1.0
    assert s["b"] == pytest.approx((2 + 2) / 6)


def test_adjusted_rand_index_matches_hand_values():
    assert adjusted_rand_index({"a": 0, "b": 0, "c": 1, "d": 1},
                               {"a": 5, "b": 5, "c": 7, "d": 7}) == 1.0
    # pairs together: in a {ab, cd}, in b {ab, ac, bc}; index 1, expected 2*3/6 = 1 -> 0
    assert adjusted_rand_index({"a": 0, "b": 0, "c": 1, "d": 1},
                               {"a": 0, "b": 0, "c": 0, "d": 1}) == pytest.approx(0.0)
    assert adjusted_rand_index({"a": 0, "b": 0, "c": 1, "d": 1},
                               {"a": 0, "b": 1, "c": 0, "d": 1}) == pytest.approx(-0.5)


def test_adjusted_rand_index_uses_only_nodes_labelled_in_both():
    assert adjusted_rand_index({"a": 0, "b": 0, "z": 1}, {"a": 1, "b": 1, "y": 0}) == 1.0


def test_membership_labels_joins_sorted_bloc_ids_for_overlapping_members():
    assert membership_labels({"y": ["XAA", "XAB"], "x": ["XAB"]}) == {"XAA": "y", "XAB": "x+y"}


def test_detect_communities_leiden_works_or_says_what_to_install():
    try:
        import leidenalg  # noqa: F401
    except ImportError:
        with pytest.raises(GraphkitError, match="pip install leidenalg"):
            detect_communities(two_triangles(), method="leiden")
    else:
        c = detect_communities(two_triangles(), method="leiden", seeds=range(3))
        assert [sorted(p) for p in c.partition] == [["XAA", "XAB", "XAC"], ["XBA", "XBB", "XBC"]]


def test_detect_communities_asked_again_gives_an_equal_answer_it_is_free_to_change():
    first = detect_communities(two_triangles(), seeds=range(4), resolutions=(1.0,))
    first.partition.clear()
    first.stability.clear()  # the caller's copy: the remembered answer is untouched
    again = detect_communities(two_triangles(), seeds=range(4), resolutions=(1.0,))
    assert [sorted(p) for p in again.partition] == [["XAA", "XAB", "XAC"], ["XBA", "XBB", "XBC"]]
    assert set(again.stability.values()) == {1.0}
    heavier = two_triangles()
    heavier["XAC"]["XBA"]["weight"] = 50.0  # another graph: computed anew, not remembered
    joined = detect_communities(heavier, seeds=range(4), resolutions=(1.0,))
    assert [sorted(p) for p in joined.partition] != [sorted(p) for p in again.partition]


def test_a_projection_of_a_thousand_links_goes_to_igraph_and_says_so(monkeypatch):
    from graphkit.analysis import country_projection
    from graphkit.backend.choose import BACKEND_ENV, COMMUNITY_MIN_EDGES
    from graphkit.io import read_dataset, to_networkx
    from tests.conftest import DATA

    monkeypatch.delenv(BACKEND_ENV, raising=False)
    P = country_projection(to_networkx(read_dataset(DATA)), as_of="2024-06-30")
    assert P.number_of_edges() >= COMMUNITY_MIN_EDGES
    fast = detect_communities(P, seeds=range(4), resolutions=(1.0,))
    plain = detect_communities(P, seeds=range(4), resolutions=(1.0,), backend="networkx")
    assert (fast.backend, fast.implementation()) == ("graphkit", "igraph's multilevel")
    assert (plain.backend, plain.implementation()) == ("networkx", "NetworkX")
    for c in (fast, plain):  # either way a partition of every node, each stability a share
        assert sorted(v for part in c.partition for v in part) == sorted(P)
        assert all(0 < s <= 1 for s in c.stability.values())
    small = detect_communities(two_triangles(), seeds=range(3), resolutions=(1.0,))
    assert small.backend == "networkx"  # under the threshold NetworkX runs it
