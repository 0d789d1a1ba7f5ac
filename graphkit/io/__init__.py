"""Reading data/: checked datasets, country names, dates and the NetworkX graph."""

from graphkit.io.graph import filter_as_of, read_graph, to_networkx
from graphkit.io.read import Dataset, Edge, Node, check_dataset, read_dataset

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
