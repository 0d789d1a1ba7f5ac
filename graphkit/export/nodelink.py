"""JSON out: NetworkX node-link data, or Cytoscape's ``elements``.

``node-link`` is :func:`networkx.node_link_data` (``nodes`` and ``edges``, each edge with
its ``key``), which :func:`networkx.node_link_graph` reads back. ``cytoscape`` is
:func:`networkx.cytoscape_data`: ``{"data": ..., "elements": {"nodes": [{"data": ...}],
"edges": [{"data": ...}]}}``, which Cytoscape desktop (File > Import > Network from File,
"Cytoscape.js JSON") and cytoscape.js read. Both keep every attribute, lists as lists.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from graphkit.errors import GraphkitError
from graphkit.io.files import write_atomic

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["JSON_STYLES", "node_link_text", "write_node_link"]

#: The JSON shapes :func:`write_node_link` writes.
JSON_STYLES = ("node-link", "cytoscape")


def node_link_text(G: nx.MultiDiGraph, *, style: str = "node-link") -> str:
    """``G`` as JSON text in ``style`` (``node-link`` or ``cytoscape``), keys sorted.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(as_of="all dates")
    >>> _ = G.add_edge("XAA", "club", key="MEMBER_OF|2000", relation="MEMBER_OF")
    >>> data = json.loads(node_link_text(G))
    >>> data["edges"][0]["key"], data["graph"]["as_of"]
    ('MEMBER_OF|2000', 'all dates')
    >>> sorted(json.loads(node_link_text(G, style="cytoscape"))["elements"])
    ['edges', 'nodes']
    """
    import networkx as nx

    if style == "node-link":
        data = nx.node_link_data(G, edges="edges")
    elif style == "cytoscape":
        data = nx.cytoscape_data(G)
    else:
        raise GraphkitError(f"JSON style: expected one of {', '.join(JSON_STYLES)}, got {style!r}")
    try:
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, allow_nan=False) + "\n"
    except (TypeError, ValueError) as exc:
        raise GraphkitError(f"the graph holds a value JSON cannot hold: {exc}") from None


def write_node_link(G: nx.MultiDiGraph, path: Path | str, *, style: str = "node-link") -> Path:
    """Write ``G`` to ``path`` as JSON (:func:`node_link_text`), atomically."""
    return write_atomic(path, node_link_text(G, style=style), what="the JSON file")
