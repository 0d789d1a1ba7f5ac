"""Louvain and Leiden communities on igraph, with NetworkX's signatures and results (a
list of sets of nodes), seeded through NetworkX's own ``seed`` handling."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager

from graphkit.backend.convert import IgraphGraph

__all__ = ["leiden_communities", "louvain_communities"]


@contextmanager
def _seeded(seed) -> Iterator[None]:
    """Run igraph with a random generator drawn from ``seed`` (the ``random.Random``
    NetworkX's ``py_random_state`` made; the ``random`` module when no seed was given),
    then give igraph back the ``random`` module it uses by default."""
    import igraph as ig

    rng = random.Random(seed.getrandbits(64)) if seed is not None else random
    ig.set_random_number_generator(rng)
    try:
        yield
    finally:
        ig.set_random_number_generator(random)


def _sets(G: IgraphGraph, membership: list[int]) -> list[set]:
    """igraph's membership vector as NetworkX's list of sets, in order of first node."""
    found: dict[int, set] = {}
    for v, c in zip(G.nodes, membership):
        found.setdefault(c, set()).add(v)
    return list(found.values())


def louvain_communities(G: IgraphGraph, weight: str | None = "weight",
                        resolution: float = 1, threshold: float = 0.0000001,
                        max_level: int | None = None, seed=None) -> list[set]:
    """:func:`networkx.community.louvain_communities` by igraph's multilevel method.

    The same method (Blondel et al.), a different implementation: the partition reached
    may differ from NetworkX's for the same seed, with equal or higher modularity on
    graphs with clear communities (``tests/backend``). ``threshold`` is not used (igraph
    moves nodes while any move gains); ``max_level`` picks that level of the hierarchy.
    Undirected graphs only (``can_run`` refuses a directed one).
    """
    if len(G.nodes) == 0:
        return []
    weights = G.weights(weight)
    with _seeded(seed):
        if max_level is None:
            clusters = G.graph.community_multilevel(weights=weights, resolution=resolution)
        else:
            levels = G.graph.community_multilevel(weights=weights, resolution=resolution,
                                                  return_levels=True)
            if max_level <= 0:
                raise ValueError("max_level argument must be a positive integer or None")
            clusters = levels[min(max_level, len(levels)) - 1]
    return _sets(G, clusters.membership)


def leiden_communities(G: IgraphGraph, weight: str | None = "weight", resolution: float = 1,
                       max_level: int | None = None, seed=None) -> list[set]:
    """:func:`networkx.community.leiden_communities` (which NetworkX leaves to backends) by
    igraph's Leiden with the modularity objective.

    ``max_level`` is the number of Leiden iterations (default 2, leidenalg's and igraph's
    default; each iteration can only raise modularity). Undirected graphs only.
    """
    if len(G.nodes) == 0:
        return []
    if max_level is not None and max_level <= 0:
        raise ValueError("max_level argument must be a positive integer or None")
    with _seeded(seed):
        clusters = G.graph.community_leiden(objective_function="modularity",
                                            weights=G.weights(weight),
                                            resolution=resolution,
                                            n_iterations=max_level or 2)
    return _sets(G, clusters.membership)
