"""Counts and per-node listings of a dataset: what ``graphkit stats`` and ``show`` print."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from graphkit.io.lookup import find_node
from graphkit.io.read import Dataset

__all__ = ["RELATION_COLUMNS", "DatasetStats", "dataset_stats", "node_relations"]

#: The columns ``graphkit show`` prints of :func:`node_relations`'s rows, in order.
RELATION_COLUMNS = ("since", "until", "relation", "other", "other_name", "publisher",
                    "source_url", "evidence")


@dataclass(frozen=True)
class DatasetStats:
    """How big a dataset is and how well its edges are sourced."""

    nodes_by_kind: dict[str, int]
    edges_by_relation: dict[str, int]
    edges: int
    sourced: int      # edges with source_url, publisher, since, evidence and retrieved
    files: int

    @property
    def sourced_share(self) -> float:
        return self.sourced / self.edges if self.edges else 1.0

    def rows(self) -> list[dict]:
        """The figures as rows of (section, name, count) for a table."""
        rows = [{"section": "nodes", "name": k, "count": v} for k, v in self.nodes_by_kind.items()]
        rows += [{"section": "edges", "name": k, "count": v} for k, v in self.edges_by_relation.items()]
        rows.append({"section": "total", "name": "nodes", "count": sum(self.nodes_by_kind.values())})
        rows.append({"section": "total", "name": "edges", "count": self.edges})
        rows.append({"section": "provenance", "name": "edges with source, date and evidence",
                     "count": f"{self.sourced} ({self.sourced_share:.0%})"})
        return rows


def dataset_stats(dataset: Dataset) -> DatasetStats:
    """Count nodes by kind and edges by relation, and the edges that carry full provenance.

    Examples
    --------
    >>> from graphkit.io.read import read_dataset
    >>> stats = dataset_stats(read_dataset("data"))
    >>> stats.sourced_share
    1.0
    """
    kinds = Counter(node.kind for node in dataset.nodes.values())
    relations = Counter(edge.relation for edge in dataset.edges)
    sourced = sum(
        1 for e in dataset.edges
        if e.source_url and e.publisher and e.since and e.evidence and e.retrieved
    )
    return DatasetStats(
        nodes_by_kind=dict(sorted(kinds.items())),
        edges_by_relation=dict(sorted(relations.items())),
        edges=len(dataset.edges),
        sourced=sourced,
        files=len(dataset.files),
    )


def node_relations(dataset: Dataset, text: str) -> tuple[str, list[dict]]:
    """Every relation of the node ``text`` names, in and out, by date, with its source.

    Returns
    -------
    (node_id, rows)
        Each row has direction-aware ``relation`` (e.g. "ratified" or "ratified by"),
        ``other`` (id), ``other_name``, ``since``, ``until``, ``publisher``, ``source_url``,
        ``evidence``.

    Raises
    ------
    NodeNotFound
        When nothing matches ``text``.
    """
    node_id = find_node(dataset.nodes, text)
    rows = []
    for e in dataset.edges:
        if node_id not in (e.subject, e.object):
            continue
        rel = dataset.schema.relations[e.relation]
        outgoing = e.subject == node_id
        other = e.object if outgoing else e.subject
        rows.append({
            "relation": rel.label if outgoing else rel.reverse_label,
            "type": e.relation,
            "other": other,
            "other_name": dataset.nodes[other].name,
            "since": e.since,
            "until": e.until or "",
            "publisher": e.publisher,
            "source_url": e.source_url,
            "evidence": e.evidence,
        })
    rows.sort(key=lambda r: (r["since"], r["type"], r["other"]))
    return node_id, rows
