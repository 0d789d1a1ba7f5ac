"""graphkit's backend Louvain and Leiden: at least NetworkX's modularity on graphs with
planted communities, the planted groups found, the same partition for the same seed."""

from __future__ import annotations

import networkx as nx
import pytest

from graphkit.analysis.communities import adjusted_rand_index, detect_communities

pytestmark = pytest.mark.filterwarnings("ignore:Note. conversions to backend graphs")

# Four groups of 30, dense inside (p=0.4), sparse between (p=0.02): modularity ~0.6.
PLANTED = [(4, 30, 0.4, 0.02, seed) for seed in (1, 2, 3)]


def _planted(groups, size, p_in, p_out, seed):
    G = nx.planted_partition_graph(groups, size, p_in, p_out, seed=seed)
    for i, (u, v) in enumerate(G.edges()):
        G[u][v]["weight"] = 1.0 + (i % 3) / 2
    truth = {v: v // size for v in G}
    return G, truth


def _labels(parts) -> dict:
    return {v: i for i, p in enumerate(parts) for v in p}


@pytest.mark.parametrize("args", PLANTED)
@pytest.mark.parametrize("find", [nx.community.louvain_communities,
                                  nx.community.leiden_communities])
def test_backend_communities_reach_networkx_modularity_and_the_planted_groups(args, find):
    G, truth = _planted(*args)
    reference = nx.community.modularity(
        G, nx.community.louvain_communities(G, weight="weight", seed=0), weight="weight")
    for seed in range(3):
        parts = find(G, weight="weight", seed=seed, backend="graphkit")
        assert nx.community.is_partition(G, parts)
        got = nx.community.modularity(G, parts, weight="weight")
        assert got >= reference - 1e-9
        assert adjusted_rand_index(_labels(parts), truth) == 1.0


@pytest.mark.parametrize("find", [nx.community.louvain_communities,
                                  nx.community.leiden_communities])
def test_backend_communities_are_the_same_for_the_same_seed(find):
    G = nx.gnp_random_graph(150, 0.05, seed=5)  # no planted answer: ties to break
    runs = [find(G, seed=s, backend="graphkit") for s in (11, 11, 12, 11)]
    assert runs[0] == runs[1] == runs[3]


def test_backend_louvain_resolution_splits_more_when_higher():
    G, _ = _planted(4, 30, 0.4, 0.02, 1)
    low = nx.community.louvain_communities(G, resolution=0.2, seed=0, backend="graphkit")
    high = nx.community.louvain_communities(G, resolution=4.0, seed=0, backend="graphkit")
    assert len(low) < 4 < len(high)


def test_detect_communities_on_the_backend_finds_the_planted_blocs_stably():
    G, truth = _planted(4, 30, 0.4, 0.02, 2)
    P = nx.relabel_nodes(G, {v: f"N{v:03d}" for v in G})
    truth = {f"N{v:03d}": b for v, b in truth.items()}
    c = detect_communities(P, seeds=range(4), resolutions=(1.0,), backend="graphkit")
    assert adjusted_rand_index(c.labels(), truth) == 1.0
    assert set(c.stability.values()) == {1.0}
    again = detect_communities(P, seeds=range(4), resolutions=(1.0,), backend="graphkit")
    assert again.partition == c.partition
