"""graphkit: who signed, ratified, joined or cooperates on what, as a graph.

The library behind the ``graphkit`` command; notebooks call the same functions.
Heavy modules load on first use, so ``import graphkit`` stays quick.
"""

from __future__ import annotations

import importlib

__version__ = "0.2.0"

_EXPORTS = {
    "load_schema": "graphkit.schema",
    "read_dataset": "graphkit.io",
    "check_dataset": "graphkit.io",
    "to_networkx": "graphkit.io",
    "read_graph": "graphkit.io",
    "filter_as_of": "graphkit.io",
    "dataset_stats": "graphkit.stats",
    "node_relations": "graphkit.stats",
    "Settings": "graphkit.store.settings",
    "connect": "graphkit.store.settings",
    "ManagedNeo4j": "graphkit.store.managed.server",
    "load_graph": "graphkit.store.load",
    "read_networkx": "graphkit.store.readback",
    "run_query": "graphkit.store.queries",
    "run_cypher": "graphkit.store.queries",
    "list_queries": "graphkit.store.query_files",
    "country_projection": "graphkit.analysis",
    "centrality": "graphkit.analysis",
    "bloc_members": "graphkit.analysis",
    "bloc_membership": "graphkit.analysis",
    "changes_between": "graphkit.analysis",
    "detect_communities": "graphkit.analysis",
    "bloc_report": "graphkit.report",
    "write_report": "graphkit.report",
    "render_html": "graphkit.render",
    "render_page": "graphkit.render",
    "report_blocs": "graphkit.report",
    "choose_data": "graphkit.io.curated",
    "subgraph": "graphkit.render",
    "display_html_graph": "graphkit.render",
}

__all__ = [*sorted(_EXPORTS), "__version__"]  # noqa: PLE0604 - names, read lazily


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'graphkit' has no attribute {name!r}")
