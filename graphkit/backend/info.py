"""What NetworkX lists about the ``graphkit`` backend (``networkx.backend_info``).

NetworkX reads this while it is being imported, so this module imports nothing: not
networkx, not igraph, not the rest of graphkit.
"""

from __future__ import annotations

__all__ = ["BACKEND_NAME", "FUNCTIONS", "get_info"]

BACKEND_NAME = "graphkit"

#: NetworkX function -> what to say about graphkit's implementation of it.
FUNCTIONS = {
    "degree_centrality": "igraph's degree over n - 1.",
    "pagerank": "igraph's PRPACK solver (exact to machine precision, where NetworkX's power "
                "iteration stops at tol); personalization supported, nstart ignored, "
                "a custom dangling vector not supported.",
    "eigenvector_centrality": "igraph's ARPACK solver, rescaled to unit Euclidean length "
                              "as NetworkX's; nstart ignored.",
    "betweenness_centrality": "igraph's Brandes betweenness; with k, the same k sources "
                              "NetworkX samples for the same seed.",
    "betweenness_centrality_subset": "igraph's subset betweenness, NetworkX's scaling.",
    "louvain_communities": "igraph's multilevel (Louvain) modularity optimisation, seeded; "
                           "threshold is not used (igraph stops when no move gains).",
    "leiden_communities": "igraph's Leiden with the modularity objective, seeded.",
}


def get_info() -> dict:
    """The backend_info dict NetworkX asks for.

    Examples
    --------
    >>> get_info()["backend_name"]
    'graphkit'
    """
    return {
        "backend_name": BACKEND_NAME,
        "project": "graphkit",
        "package": "graphkit",
        "short_summary": "NetworkX's API computed by igraph and leidenalg, conversion cached.",
        "functions": {name: {"additional_docs": doc} for name, doc in FUNCTIONS.items()},
        "default_config": {},
    }
