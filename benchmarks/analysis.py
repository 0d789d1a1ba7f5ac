"""Time graphkit's NetworkX analysis on a synthetic graph against python-igraph, same run.

Usage: python benchmarks/analysis.py [--nodes 100000] [--edges 1000000] [--k 32] [--seed 0]

Prints seconds per metric for NetworkX (as graphkit.analysis calls it) and igraph on the
same weighted graph, and the ratio nx/igraph. Betweenness runs from ``k`` sampled sources
in both (NetworkX k=..., igraph sources=...): at this size exact betweenness is out of
reach, and the output says so. Needs: pip install igraph (the bench extra).
"""

from __future__ import annotations

import argparse
import time


def synthetic(nodes: int, edges: int, seed: int):
    """Edge list of a random weighted graph with a skewed degree distribution, no loops."""
    import numpy as np

    rng = np.random.default_rng(seed)
    # preferential-ish endpoints: Zipf-like weights over nodes
    p = 1.0 / np.arange(1, nodes + 1) ** 0.6
    p /= p.sum()
    m = int(edges * 1.15)
    u = rng.choice(nodes, size=m, p=p)
    v = rng.integers(0, nodes, size=m)
    keep = u != v
    a, b = np.minimum(u[keep], v[keep]), np.maximum(u[keep], v[keep])
    pairs = np.unique(a.astype(np.int64) * nodes + b)[:edges]
    rng.shuffle(pairs)
    a, b = pairs // nodes, pairs % nodes
    w = rng.choice([0.3, 0.5, 0.8, 1.0, 1.2], size=len(a)) * rng.choice([0.5, 1.0], size=len(a))
    return a.tolist(), b.tolist(), w.tolist()


def timed(fn):
    t = time.perf_counter()
    value = fn()
    return time.perf_counter() - t, value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--k", type=int, default=32, help="sampled betweenness sources")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    import igraph as ig
    import networkx as nx

    from graphkit.analysis.centrality import _eigenvector

    try:
        import nx_parallel  # noqa: F401
        backend = "parallel"
    except ImportError:
        backend = None

    t_gen, (a, b, w) = timed(lambda: synthetic(args.nodes, args.edges, args.seed))
    names = [f"N{i}" for i in range(args.nodes)]

    def build_nx():
        P = nx.Graph()
        P.add_nodes_from(names)
        P.add_edges_from((names[x], names[y], {"weight": z, "distance": 1.0 / z})
                         for x, y, z in zip(a, b, w))
        return P

    def build_ig():
        g = ig.Graph(n=args.nodes, edges=list(zip(a, b)))
        g.es["weight"] = w
        g.es["distance"] = [1.0 / z for z in w]
        return g

    rows = []
    t1, P = timed(build_nx)
    t2, g = timed(build_ig)
    rows.append(("build graph", t1, t2, ""))
    print(f"graph: {P.number_of_nodes()} nodes, {P.number_of_edges()} edges "
          f"(generated in {t_gen:.1f}s); nx-parallel backend: {backend or 'not installed'}",
          flush=True)

    import random
    sources_idx = sorted(random.Random(args.seed).sample(range(args.nodes), args.k))

    metrics = [
        ("degree", lambda: nx.degree_centrality(P), lambda: g.degree()),
        ("weighted degree", lambda: dict(P.degree(weight="weight")),
         lambda: g.strength(weights="weight")),
        ("pagerank", lambda: nx.pagerank(P, weight="weight"),
         lambda: g.pagerank(weights="weight")),
        ("eigenvector", lambda: _eigenvector(P, "weight", []),
         lambda: g.eigenvector_centrality(weights="weight")),
        (f"betweenness (k={args.k} sampled sources)",
         lambda: nx.betweenness_centrality(P, k=args.k, weight="distance", seed=args.seed,
                                           **({"backend": backend} if backend else {})),
         lambda: g.betweenness(weights="distance", sources=sources_idx)),
        ("louvain (1 run)",
         lambda: nx.community.louvain_communities(P, weight="weight", seed=args.seed),
         lambda: g.community_multilevel(weights="weight")),
    ]
    for name, f_nx, f_ig in metrics:
        t1, _ = timed(f_nx)
        t2, _ = timed(f_ig)
        rows.append((name, t1, t2, ""))
        print(f"{name:38s} networkx {t1:9.2f}s  igraph {t2:8.2f}s  ratio {t1 / max(t2, 1e-9):8.1f}x",
              flush=True)
    print("\nmetric | networkx s | igraph s | nx/igraph")
    for name, t1, t2, _ in rows:
        print(f"{name} | {t1:.2f} | {t2:.2f} | {t1 / max(t2, 1e-9):.1f}")
    print(f"\nbetweenness: sampled from {args.k} of {args.nodes} sources in both libraries "
          "(exact would be out of reach at this size); graphkit.analysis.centrality samples "
          "automatically above 2000 nodes. Louvain: one run here; the report runs "
          "20 seeds x 3 resolutions, so multiply for that.")


if __name__ == "__main__":
    main()
