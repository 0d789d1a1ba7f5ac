"""Small hand-made graphs shaped like graphkit.io.to_networkx output."""

import networkx as nx

SRC = {"source_url": "https://example.org/a", "publisher": "Example", "evidence": "Quote.",
       "retrieved": "2024-01-01"}


def graph(nodes: dict[str, str], edges: list[tuple], regions: dict[str, str] | None = None):
    """nodes: id -> kind; edges: (subject, relation, object, since[, until[, extra]])."""
    G = nx.MultiDiGraph()
    for n, kind in nodes.items():
        G.add_node(n, kind=kind, name=n, aliases=[])
        if regions and n in regions:
            G.nodes[n]["un_region"] = regions[n]
    for e in edges:
        u, rel, v, since = e[:4]
        attrs = {"relation": rel, "since": since, **SRC}
        if len(e) > 4 and e[4]:
            attrs["until"] = e[4]
        if len(e) > 5:
            attrs.update(e[5])
        G.add_edge(u, v, key=f"{rel}|{since}", **attrs)
    return G
