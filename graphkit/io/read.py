"""Read and check data/: every row against the schema, every problem reported at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graphkit.errors import DataErrors, DataProblem
from graphkit.io.countries import looks_like_code
from graphkit.io.curated import choose_data
from graphkit.io.edge_rows import SLUG, URL, CsvRows, EdgeCheck, check_edge_files, country_fields
from graphkit.io.sources import Source, read_sources
from graphkit.schema import Schema, load_schema

__all__ = ["Dataset", "Edge", "Node", "check_dataset", "check_streaming", "read_dataset", "source_warnings"]


@dataclass(frozen=True)
class Node:
    """One node: a country (by ISO alpha-3) or an organisation, programme, agreement, agency."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    url: str = ""
    continent: str = ""
    un_region: str = ""

    def attributes(self) -> dict:
        """The node's properties as stored in NetworkX and Neo4j (no empty strings)."""
        attrs = {"kind": self.kind, "name": self.name, "aliases": list(self.aliases)}
        for key in ("description", "url", "continent", "un_region"):
            if getattr(self, key):
                attrs[key] = getattr(self, key)
        return attrs


@dataclass(frozen=True)
class Edge:
    """One sourced claim: ``subject`` -[relation]-> ``object`` since a date."""

    subject: str
    relation: str
    object: str
    since: str
    source_url: str
    publisher: str
    evidence: str
    retrieved: str
    until: str | None = None
    note: str | None = None
    evidence_en: str | None = None
    status: str | None = None
    source_kind: str | None = None
    origin: str = field(default="", compare=False)  # "data/edges/x.csv:12", for messages
    #: Values of the typed columns (schema.yaml's ``edge_columns.types``): (column, value)
    #: pairs, a value an int, a float or a tuple of strings.
    typed: tuple[tuple[str, object], ...] = ()

    @property
    def key(self) -> str:
        """Identity of the claim within its node pair: relation type and start date."""
        return f"{self.relation}|{self.since}"

    def attributes(self) -> dict:
        """The edge's properties as stored in NetworkX and Neo4j (absent when empty)."""
        attrs = {
            "relation": self.relation,
            "since": self.since,
            "source_url": self.source_url,
            "publisher": self.publisher,
            "evidence": self.evidence,
            "retrieved": self.retrieved,
        }
        if self.until:
            attrs["until"] = self.until
        for name in ("note", "evidence_en", "status", "source_kind"):
            if getattr(self, name):
                attrs[name] = getattr(self, name)
        for name, value in self.typed:
            attrs[name] = list(value) if isinstance(value, tuple) else value
        return attrs


@dataclass
class Dataset:
    """A checked dataset: nodes by id and the edges between them."""

    nodes: dict[str, Node]
    edges: list[Edge]
    files: list[Path]
    schema: Schema

    def resolve(self, text: str) -> str | None:
        """The id of the node ``text`` names: an id, a country name or code, a name or alias."""
        from graphkit.io.lookup import resolve_node

        return resolve_node(self.nodes, text)


def _read_nodes(files: list[Source], schema: Schema, problems: list[DataProblem]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    seen: dict[str, str] = {}
    kinds = sorted(k for k in schema.node_kinds if k != schema.country_kind)
    for source in files:
        rows = CsvRows(source.name, source.text, problems, required=schema.node_required,
                       allowed=schema.node_columns)
        for line, row in rows:
            where = f"{rows.name}:{line}"
            bad = False
            for col in schema.node_required:
                if not row.get(col):
                    problems.append(DataProblem(rows.name, line, col, "missing required value"))
                    bad = True
            node_id, kind = row.get("id", ""), row.get("kind", "")
            if node_id and not SLUG.match(node_id):
                hint = " (countries need no node row: use their ISO alpha-3 code in edges)" \
                    if looks_like_code(node_id) else ""
                problems.append(DataProblem(rows.name, line, "id",
                                            f"expected a lowercase slug such as 'example-programme', got {node_id!r}{hint}"))
                bad = True
            if kind and kind not in kinds:
                problems.append(DataProblem(rows.name, line, "kind",
                                            f"expected one of {', '.join(kinds)}, got {kind!r}"))
                bad = True
            if row.get("url") and not URL.match(row["url"]):
                problems.append(DataProblem(rows.name, line, "url", f"expected an http(s) URL, got {row['url']!r}"))
            if node_id in seen:
                problems.append(DataProblem(rows.name, line, "id",
                                            f"duplicate node {node_id!r}, first defined at {seen[node_id]}"))
                bad = True
            if bad:
                continue
            seen[node_id] = where
            nodes[node_id] = Node(
                id=node_id,
                kind=kind,
                name=row["name"],
                aliases=tuple(a.strip() for a in row.get("aliases", "").split(";") if a.strip()),
                description=row.get("description", ""),
                url=row.get("url", ""),
            )
    return nodes


def _read_edges(files: list[Source], schema: Schema, nodes: dict[str, Node],
                problems: list[DataProblem]) -> tuple[list[Edge], dict[str, Node]]:
    edges: list[Edge] = []
    check = EdgeCheck(schema, nodes, problems)
    for source in files:
        rows = CsvRows(source.name, source.text, problems, required=schema.edge_required,
                       allowed=schema.edge_columns)
        for line, row in rows:
            claim = check.check(rows.name, line, row)
            if claim is None:
                continue
            subject, relation, object_, since = claim
            edges.append(Edge(
                subject=subject, relation=relation, object=object_,
                since=since, until=row.get("until") or None,
                source_url=row["source_url"], publisher=row["publisher"],
                evidence=row["evidence"], retrieved=row["retrieved"],
                note=row.get("note") or None, evidence_en=row.get("evidence_en") or None,
                status=row.get("status") or None, source_kind=row.get("source_kind") or None,
                origin=f"{rows.name}:{line}",
                typed=tuple((col, tuple(v) if isinstance(v, list) else v) for col, v in check.typed),
            ))
    countries = {code: Node(**country_fields(code, schema)) for code in check.countries}
    return edges, countries


def source_warnings(dataset: Dataset) -> tuple[list[DataProblem], bool]:
    """What ``graphkit validate --strict`` warns on: each edge sourced from a kind the schema
    names under ``edge_columns.warn`` (a mirror), and whether their share of all edges is
    above the schema's ``max_share`` (then --strict fails).

    Examples
    --------
    >>> warnings, too_many = source_warnings(read_dataset("data"))
    >>> {w.field for w in warnings}, too_many
    ({'source_kind'}, False)
    """
    kinds = dataset.schema.warn_source_kinds
    warned = [e for e in dataset.edges if e.source_kind and e.source_kind in kinds]
    problems = []
    for e in warned:
        path, _, line = e.origin.rpartition(":")
        problems.append(DataProblem(path or e.origin, int(line) if line.isdigit() else 0,
                                    "source_kind", f"warning: {e.source_kind} source "
                                    f"({e.publisher}); cite the original page where one exists"))
    share = len(warned) / len(dataset.edges) if dataset.edges else 0.0
    return problems, share > dataset.schema.warn_max_share


def check_dataset(*paths: Path | str, schema: Schema | None = None,
                  max_bytes: int | None = None) -> tuple[Dataset, list[DataProblem]]:
    """Read ``paths`` (data folders or CSV files) and list every problem, without raising.

    When any file cannot be read as it should (not a regular file, larger than
    ``max_bytes``, unreadable, not UTF-8; see :mod:`graphkit.io.sources`), those problems
    are all that is reported: no row of any file is parsed. The dataset returned holds the
    rows that passed; use it only when there are no problems.
    """
    schema = schema or load_schema()
    paths = choose_data(*paths).paths  # none given: ./data, else the curated dataset
    node_files, edge_files, problems = read_sources(paths, limit=max_bytes)
    if not node_files and not edge_files and not problems:
        problems.append(DataProblem(", ".join(map(str, paths)), 0, "path", "expected CSV files in nodes/ or edges/"))
    nodes = _read_nodes(node_files, schema, problems)
    edges, countries = _read_edges(edge_files, schema, nodes, problems)
    nodes.update(countries)
    return Dataset(nodes=dict(sorted(nodes.items())), edges=edges,
                   files=[s.path for s in node_files + edge_files], schema=schema), problems


def read_dataset(*paths: Path | str, schema: Schema | None = None,
                 max_bytes: int | None = None) -> Dataset:
    """Read and check a dataset: every node and sourced edge, or an error listing every problem.

    Parameters
    ----------
    *paths : path-like
        Folders holding ``nodes/*.csv`` and ``edges/*.csv``, or single CSV files (a file
        whose header starts with ``subject`` is an edge file). Default: ``./data`` when it
        exists, else the curated dataset (:func:`graphkit.io.curated.choose_data`).
    schema : Schema, optional
        The shipped schema by default.
    max_bytes : int, optional
        Largest CSV file read, in bytes: ``$GRAPHKIT_MAX_FILE_BYTES``, else 64 MiB. Only
        regular files are read (no FIFO, device or symlink loop).

    Returns
    -------
    Dataset

    Raises
    ------
    DataErrors
        Every problem at once, each as ``file:line: field: what was expected``.
    GraphkitError
        When ``max_bytes`` or ``$GRAPHKIT_MAX_FILE_BYTES`` is not a positive number of bytes.
    """
    dataset, problems = check_dataset(*paths, schema=schema, max_bytes=max_bytes)
    if problems:
        raise DataErrors(problems)
    return dataset


def check_streaming(node_files: list[Path], edge_files: list[Path], *,
                    schema: Schema | None = None) -> tuple[int, list[DataProblem]]:
    """Check CSV files as :func:`check_dataset` does, with the same messages, keeping no edge.

    Node files are read whole (they are small); edge files are streamed row by row
    (:func:`graphkit.io.edge_rows.check_edge_files`), so memory does not grow with their
    text: what an importer's output of a million claims needs. The files are opened as
    they are (for files the caller wrote; :func:`check_dataset` checks a user's files' kind
    and size first). Returns the number of good edges and every problem.

    Examples
    --------
    >>> good, problems = check_streaming(sorted(Path("data/nodes").glob("*.csv")),
    ...                                  [Path("data/edges/artemis_accords.csv")])
    >>> good > 0, problems
    (True, [])
    """
    from graphkit.io.files import display_path

    schema = schema or load_schema()
    problems: list[DataProblem] = []
    sources = [Source(p, display_path(p), p.read_text(encoding="utf-8").removeprefix("\ufeff"))
               for p in node_files]
    nodes = _read_nodes(sources, schema, problems)
    return check_edge_files(edge_files, schema, nodes, problems), problems
