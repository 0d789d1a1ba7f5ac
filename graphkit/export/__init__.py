"""The graph out, in the formats other tools read: GraphML, GEXF 1.3, JSON, neo4j-admin CSVs, Cypher.

Each writer takes a MultiDiGraph (:func:`export_graph_of` gives the whole dataset or the
claims that hold on one day) and writes atomically; :func:`export_graph` is what
``graphkit export`` runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from graphkit.errors import GraphkitError
from graphkit.export.admin import write_admin_csv
from graphkit.export.cypher import cypher_literal, write_cypher
from graphkit.export.gexf import write_gexf
from graphkit.export.graph import ALL_DATES, export_graph_of
from graphkit.export.graphml import read_graphml, write_graphml
from graphkit.export.nodelink import JSON_STYLES, write_node_link

if TYPE_CHECKING:
    import networkx as nx

    from graphkit.io.read import Dataset

__all__ = [
    "FORMATS",
    "JSON_STYLES",
    "ExportSummary",
    "cypher_literal",
    "export_graph",
    "export_graph_of",
    "read_graphml",
    "write_admin_csv",
    "write_cypher",
    "write_gexf",
    "write_graphml",
    "write_node_link",
]

#: The formats of :func:`export_graph` (``--format``).
FORMATS = ("graphml", "gexf", "json", "neo4j-admin", "cypher")


@dataclass(frozen=True)
class ExportSummary:
    """What :func:`export_graph` wrote."""

    path: Path
    format: str
    nodes: int
    edges: int
    as_of: str


def export_graph(
    data: Dataset | nx.MultiDiGraph | Path | str,
    fmt: str,
    out: Path | str,
    *,
    as_of: dt.date | str | None = None,
    json_style: str = "node-link",
) -> ExportSummary:
    """Write ``data`` (all dates, or what holds on ``as_of``) to ``out`` in format ``fmt``.

    Parameters
    ----------
    data : Dataset, MultiDiGraph or path
        What to export (:func:`export_graph_of`).
    fmt : {"graphml", "gexf", "json", "neo4j-admin", "cypher"}
        ``neo4j-admin`` writes a folder, the others one file.
    out : path
    as_of : date or YYYY-MM-DD, optional
    json_style : {"node-link", "cytoscape"}
        The shape of ``json``.

    Returns
    -------
    ExportSummary

    Raises
    ------
    GraphkitError
        An unknown format, a bad day, a graph the format cannot hold, or ``out`` cannot be
        written; nothing is written then.

    Examples
    --------
    >>> import networkx as nx, tempfile
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country", name="A", aliases=[])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     export_graph(G, "graphml", Path(tmp) / "g.graphml").nodes
    1
    """
    if fmt not in FORMATS:
        raise GraphkitError(f"--format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    if json_style not in JSON_STYLES:
        raise GraphkitError(f"--json-style: expected one of {', '.join(JSON_STYLES)}, got {json_style!r}")
    G = export_graph_of(data, as_of=as_of)
    out = Path(out)
    edges = G.number_of_edges()
    if fmt == "graphml":
        write_graphml(G, out)
    elif fmt == "gexf":
        write_gexf(G, out)
    elif fmt == "json":
        write_node_link(G, out, style=json_style)
    elif fmt == "cypher":
        write_cypher(G, out)
    else:
        edges = write_admin_csv(G, out).relationships
    return ExportSummary(out, fmt, G.number_of_nodes(), edges, G.graph.get("as_of", ALL_DATES))
