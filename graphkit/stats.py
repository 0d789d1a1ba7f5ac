"""Counts and per-node listings of a dataset: what ``graphkit stats`` and ``show`` print."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from graphkit.io.lookup import find_node
from graphkit.io.read import Dataset

__all__ = ["RELATION_COLUMNS", "DatasetStats", "dataset_stats", "node_relations"]

#: The columns ``graphkit show`` prints of :func:`node_relations`'s rows, in order
#: (``--as-of`` puts ``holds`` first).
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
    #: Edges by their source_kind (primary, secondary, mirror; "" when not given).
    edges_by_source_kind: dict[str, int] = field(default_factory=dict)

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
        for kind, n in self.edges_by_source_kind.items():
            share = n / self.edges if self.edges else 0.0
            rows.append({"section": "source kind", "name": kind or "(not given)",
                         "count": f"{n} ({share:.1%})"})
        return rows


def dataset_stats(dataset: Dataset) -> DatasetStats:
    """Count nodes by kind and edges by relation, and the edges that carry full provenance.

    Examples
    --------
    >>> from graphkit.io.read import read_dataset
    >>> stats = dataset_stats(read_dataset("data"))
    >>> stats.sourced_share
    1.0
    >>> set(stats.edges_by_source_kind) <= {"primary", "secondary", "mirror", ""}
    True
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
        edges_by_source_kind=dict(sorted(Counter(e.source_kind or "" for e in dataset.edges).items())),
    )


def _holds_on(dataset: Dataset, node_id: str, day: str) -> dict[tuple, str]:
    """(subject, relation, object, since, until) -> "certain", "possible", "ended" or
    "not yet" on ``day``, for the edges of ``node_id``: a country's claims by the one
    membership rule (withdrawals applied, :func:`graphkit.analysis.claim_standing`), other
    edges by their dates (:func:`graphkit.io.periods.holds_on`)."""
    from graphkit.analysis.claims import claim_standing
    from graphkit.io.graph import to_networkx
    from graphkit.io.periods import Period, holds_on

    def word(holds, since: str) -> str:
        if holds:
            return holds.value
        return "not yet" if day < Period.of(since).first.isoformat() else "ended"

    G = to_networkx(dataset)
    out = {}
    for e in dataset.edges:
        if node_id in (e.subject, e.object):
            key = (e.subject, e.relation, e.object, e.since, e.until or "")
            out[key] = word(holds_on(e.since, e.until or None, day), e.since)
    for c, holds in claim_standing(G, as_of=day, every=True):
        key = (c.subject, c.relation, c.target, c.since, c.until)
        if key in out:
            out[key] = word(holds, c.since)
    return out


def node_relations(dataset: Dataset, text: str, *,
                   as_of: dt.date | str | None = None) -> tuple[str, list[dict]]:
    """Every relation of the node ``text`` names, in and out, by date, with its source.

    Parameters
    ----------
    dataset : Dataset
    text : str
        A node id, a country name or code, a name or an alias.
    as_of : date, "YYYY-MM-DD" or "all", optional
        A day: each row's ``holds`` says ``certain``, ``possible`` (the day falls in the
        period a year- or month-precision date names) or ``ended`` (ended, or undone by a
        withdrawal) on it, and relations that had not begun are left out. Default
        ``None``: today, as everywhere in graphkit; ``"all"``: all dates, ``holds`` empty.

    Returns
    -------
    (node_id, rows)
        Each row has direction-aware ``relation`` (e.g. "ratified" or "ratified by"),
        ``other`` (id), ``other_name``, ``since``, ``until``, ``holds``, ``publisher``,
        ``source_url``, ``evidence``.

    Raises
    ------
    NodeNotFound
        When nothing matches ``text``.
    GraphkitError
        A bad ``as_of``.
    """
    from graphkit.io.dates import resolve_day

    day = resolve_day(as_of)
    node_id = find_node(dataset.nodes, text)
    standing = _holds_on(dataset, node_id, day) if day is not None else {}
    rows = []
    for e in dataset.edges:
        if node_id not in (e.subject, e.object):
            continue
        holds = standing.get((e.subject, e.relation, e.object, e.since, e.until or ""), "")
        if holds == "not yet":
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
            "holds": holds,
            "publisher": e.publisher,
            "source_url": e.source_url,
            "evidence": e.evidence,
        })
    rows.sort(key=lambda r: (r["since"], r["type"], r["other"]))
    return node_id, rows
