"""Reading data/: checked datasets, country names, dates and the NetworkX graph.

The graph functions load on first use: importing NetworkX takes about a third of a second,
which commands that only read and check data (``graphkit validate``) need not pay.
"""

from graphkit.io.read import Dataset, Edge, Node, check_dataset, read_dataset

_GRAPH_FUNCTIONS = ("filter_as_of", "read_graph", "to_networkx")

__all__ = [
    "Dataset",
    "Edge",
    "Node",
    "check_dataset",
    "filter_as_of",
    "read_dataset",
    "read_graph",
    "to_networkx",
]


def __getattr__(name: str):
    if name in _GRAPH_FUNCTIONS:
        from graphkit.io import graph

        return getattr(graph, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
