"""Synthetic graphs shaped like the dataset, for load benchmarks and crash tests."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    import networkx as nx

__all__ = ["synthetic_graph"]


def synthetic_graph(nodes: int = 10_000, relationships: int = 100_000, *, seed: int = 0,
                    relations: Sequence[str] | None = None) -> nx.MultiDiGraph:
    """A random MultiDiGraph with ``nodes`` nodes and ``relationships`` distinct edges.

    Node kinds and relation types come from the schema (``relations``: only these of its
    types; each type is one more statement for the loader); every edge has the loader's
    attributes (``since`` distinct per node pair and relation, provenance fields,
    sometimes ``until`` and ``note``), so it loads and reads back like real data.

    Examples
    --------
    >>> G = synthetic_graph(20, 50, seed=1)
    >>> G.number_of_nodes(), G.number_of_edges()
    (20, 50)
    >>> sorted(G.nodes["N000000"])
    ['aliases', 'kind', 'name']
    """
    import networkx as nx

    from graphkit.schema import load_schema

    schema = load_schema()
    rng = random.Random(seed)
    kinds = sorted(schema.node_kinds)
    unknown = set(relations or ()) - set(schema.relations)
    if unknown:
        raise ValueError(f"synthetic_graph: {sorted(unknown)} are not relation types of the schema")
    relations = sorted(relations or schema.relations)
    G = nx.MultiDiGraph()
    ids = [f"N{i:06d}" for i in range(nodes)]
    for i, node_id in enumerate(ids):
        G.add_node(node_id, kind=kinds[i % len(kinds)], name=f"Node {i}",
                   aliases=[f"n{i}"] if i % 3 == 0 else [])
    if nodes < 2 and relationships:
        raise ValueError("synthetic_graph: relationships need at least two nodes")
    seen: set[tuple] = set()
    while len(seen) < relationships:
        s, e = rng.randrange(nodes), rng.randrange(nodes)
        if s == e:
            continue
        relation = relations[rng.randrange(len(relations))]
        since = f"{rng.randrange(1950, 2026)}-{rng.randrange(1, 13):02d}"
        identity = (s, relation, e, since)
        if identity in seen:
            continue
        seen.add(identity)
        attrs = {"relation": relation, "since": since, "source_url": f"https://example.org/{len(seen)}",
                 "publisher": "Example", "evidence": "The source says so.", "retrieved": "2026-11-24"}
        if rng.random() < 0.1:
            attrs["until"] = "2030"
        if rng.random() < 0.05:
            attrs["note"] = "synthetic"
        G.add_edge(ids[s], ids[e], key=f"{relation}|{since}", **attrs)
    return G
