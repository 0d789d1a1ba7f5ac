"""``graphkit export``: the graph (all dates, or one day) as GraphML, GEXF, JSON, neo4j-admin CSVs
or a Cypher script."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from graphkit.cli._common import HistoryAsOfOpt, data_paths, err, reported

__all__ = ["ExportFormat", "JsonStyle", "export_command"]


class ExportFormat(str, Enum):
    """The formats of :func:`graphkit.export.export_graph`."""

    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    neo4j_admin = "neo4j-admin"
    cypher = "cypher"


class JsonStyle(str, Enum):
    """The shapes of ``--format json``."""

    node_link = "node-link"
    cytoscape = "cytoscape"


def export_command(
    export_format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", case_sensitive=False,
        help="graphml (typed attributes, lists as JSON text), gexf (GEXF 1.3 with a timeline: "
        "spells from since to until), json (NetworkX node-link, or --json-style cytoscape), "
        "neo4j-admin (a folder of typed import CSVs) or cypher (a script for cypher-shell).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write (a folder for neo4j-admin).")],
    paths: Annotated[list[Path] | None, typer.Argument(
        metavar="DATA", show_default=False,
        help="Data folders or CSV files. Default: ./data, else graphkit's curated dataset.")] = None,
    as_of: HistoryAsOfOpt = None,
    json_style: Annotated[JsonStyle, typer.Option(
        "--json-style", case_sensitive=False,
        help="With --format json: node-link (networkx.node_link_graph reads it) or cytoscape "
        "(Cytoscape's elements).")] = JsonStyle.node_link,
) -> None:
    """Write the graph in a format other tools read; on any error nothing is written.

    Without --as-of every claim, whatever its dates; with it, the claims that hold that
    day, certainly or possibly (each marked holds), and the file says which. In GEXF a
    partial date spans its period: a claim dated 2025 may start on 2025-01-01.
    Runs graphkit.export.export_graph.

    Examples: graphkit export --format gexf --out graph.gexf ;
    graphkit export --format graphml --as-of 2020-01-01 --out 2020.graphml ;
    graphkit export --format json --json-style cytoscape data --out graph.cyjs ;
    graphkit export --format neo4j-admin --out import/ ; graphkit export -f cypher -o graph.cypher
    """
    from graphkit.export import export_graph
    from graphkit.export.graph import ALL_DATES
    from graphkit.io.read import read_dataset

    with reported():
        dataset = read_dataset(*data_paths(paths or ()))
        summary = export_graph(dataset, export_format.value, out, as_of=as_of, json_style=json_style.value)
    err(f"wrote {summary.path} ({summary.format}: {summary.nodes} nodes, {summary.edges} edges, "
        f"{summary.as_of if summary.as_of == ALL_DATES else 'as of ' + summary.as_of})")
