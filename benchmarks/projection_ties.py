"""How discriminating each projection is on data/: equal scores in a bloc report's top ten.

Usage: python benchmarks/projection_ties.py [--as-of 2026-12-01] [BLOC ...]
(default blocs: ILRS artemis-accords; then BRICS G7)

For each weighting of the country projection (``flat``: every shared node adds w1*w2, the
projection before issue 15; ``newman``: w1*w2/(n-1)) and each scope (``all`` countries, or
the compared ``scope``: the blocs' members and the countries with a claim about them), it
prints, per centrality measure, the largest number of equal scores (6 decimals) among
the top ten by that measure, how many of those ten are members of a compared bloc, and
the ten. docs/METHODS.md quotes the output.
"""

from __future__ import annotations

import argparse
from collections import Counter


def ties(G, blocs: list[str], day: str) -> list[tuple]:
    """(weighting, scope, measure, largest group of equal scores in the top ten, how many
    of the ten are in a compared bloc, top ten)."""
    from graphkit.analysis import centrality, compared_scope, country_projection, declared_blocs

    scope = compared_scope(G, blocs, as_of=day)
    members = set().union(*declared_blocs(G, blocs, as_of=day).values())
    out = []
    for weighting in ("flat", "newman"):
        P = country_projection(G, as_of=day, weighting=weighting)
        for where in ("all", "scope"):
            Q = P if where == "all" else P.subgraph([v for v in scope if v in P]).copy()
            c = centrality(Q)
            for by in c.METRICS:
                rows = c.rows(by=by, top=10)
                most = Counter(r[by] for r in rows).most_common(1)[0][1] if rows else 0
                top = [r["node"] for r in rows]
                out.append((weighting, where, by, most, len(members.intersection(top)), top))
    return out


def main() -> None:
    from graphkit.io.graph import read_graph
    from graphkit.report.blocs import resolve_blocs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("blocs", nargs="*")
    ap.add_argument("--as-of", default="2026-12-01")
    args = ap.parse_args()
    G = read_graph("data")
    pairs = [args.blocs] if args.blocs else [["ILRS", "artemis-accords"], ["BRICS", "G7"]]
    for names in pairs:
        ids = resolve_blocs(G, names)
        print(f"## {' vs '.join(ids)} on {args.as_of}")
        print("weighting scope  measure          equal-in-top-10  in-blocs  top ten")
        for weighting, where, by, most, inside, top in ties(G, ids, args.as_of):
            print(f"{weighting:9s} {where:6s} {by:16s} {most:>15d}  {inside:>8d}  "
                  f"{' '.join(top)}")
        print()


if __name__ == "__main__":
    main()
