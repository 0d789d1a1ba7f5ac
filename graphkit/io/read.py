"""Read and check data/: every row against the schema, every problem reported at once."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.errors import DataErrors, DataProblem
from graphkit.io.countries import country_info, is_iso3, looks_like_code, to_iso3
from graphkit.io.curated import choose_data
from graphkit.io.dates import parse_full_date, parse_partial_date
from graphkit.io.sources import Source, read_sources
from graphkit.schema import Schema, load_schema

__all__ = ["Dataset", "Edge", "Node", "check_dataset", "read_dataset", "source_warnings"]

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
csv.field_size_limit(16 * 1024 * 1024)  # long evidence quotes are fine; the default is 128 KiB


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


class _Rows:
    """Rows of one CSV text with the line each starts on, tolerant of BOM, CRLF and spaces.

    The header is checked before any row is read (unknown, duplicate and missing columns);
    when a required column is missing, no row is read at all. Problems go to ``problems``.
    """

    def __init__(self, source: Source, problems: list[DataProblem], *,
                 required: Iterable[str], allowed: Iterable[str]):
        self.text, self.name, self.problems = source.text, source.name, problems
        self.required, self.allowed = tuple(required), set(allowed)
        self.header: list[str] = []

    def _problem(self, line: int, field: str, message: str) -> None:
        self.problems.append(DataProblem(self.name, line, field, message))

    def _header_ok(self) -> bool:
        seen = set()
        for col in self.header:
            if col not in self.allowed:
                self._problem(1, col or "(empty)",
                              f"unknown column; expected one of {', '.join(sorted(self.allowed))}")
            elif col in seen:
                self._problem(1, col, "duplicate column; expected each column once")
            seen.add(col)
        missing = [col for col in self.required if col not in self.header]
        for col in missing:
            self._problem(1, col, "missing required column")
        return not missing

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        # newline="" keeps U+2028, form feeds and CRLF inside quoted fields where they belong;
        # strict mode turns an unclosed quote into an error instead of swallowing the file.
        reader = csv.reader(io.StringIO(self.text, newline=""), strict=True)
        start = 1
        try:
            try:
                self.header = [h.strip() for h in next(reader)]
            except StopIteration:
                self._problem(1, "file", "expected a header row")
                return
            if not self._header_ok():
                return
            start = reader.line_num + 1
            for values in reader:
                line, start = start, reader.line_num + 1
                if not any(v.strip() for v in values):
                    continue
                if len(values) > len(self.header):
                    self._problem(line, "row", f"expected {len(self.header)} values, got {len(values)}")
                    continue
                values += [""] * (len(self.header) - len(values))
                yield line, {h: v.strip() for h, v in zip(self.header, values)}
        except csv.Error as exc:
            self._problem(start, "row", f"expected well-formed CSV ({exc}); "
                                        "is a quote left open from this line on?")


def _read_nodes(files: list[Source], schema: Schema, problems: list[DataProblem]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    seen: dict[str, str] = {}
    kinds = sorted(k for k in schema.node_kinds if k != schema.country_kind)
    for source in files:
        rows = _Rows(source, problems, required=schema.node_required, allowed=schema.node_columns)
        for line, row in rows:
            where = f"{rows.name}:{line}"
            bad = False
            for col in schema.node_required:
                if not row.get(col):
                    problems.append(DataProblem(rows.name, line, col, "missing required value"))
                    bad = True
            node_id, kind = row.get("id", ""), row.get("kind", "")
            if node_id and not _SLUG.match(node_id):
                hint = " (countries need no node row: use their ISO alpha-3 code in edges)" \
                    if looks_like_code(node_id) else ""
                problems.append(DataProblem(rows.name, line, "id",
                                            f"expected a lowercase slug such as 'example-programme', got {node_id!r}{hint}"))
                bad = True
            if kind and kind not in kinds:
                problems.append(DataProblem(rows.name, line, "kind",
                                            f"expected one of {', '.join(kinds)}, got {kind!r}"))
                bad = True
            if row.get("url") and not _URL.match(row["url"]):
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


def _endpoint(text: str, nodes: dict[str, Node], countries: dict[str, Node]) -> tuple[str | None, str]:
    """Resolve an edge end to a node id, or say what was expected."""
    if text in nodes:
        return text, ""
    if looks_like_code(text):
        if is_iso3(text):
            return text, ""
        return None, f"expected a valid ISO 3166-1 alpha-3 country code, got {text!r}"
    iso3 = to_iso3(text) if not _SLUG.match(text) or len(text) == 3 else None
    if iso3:
        return iso3, ""
    hint = ""
    lowered = text.lower().replace(" ", "-").replace("_", "-")
    if lowered in nodes:
        hint = f" (did you mean {lowered!r}?)"
    return None, (f"expected a node id from data/nodes/, an ISO 3166-1 alpha-3 code "
                  f"or a country name, got {text!r}{hint}")


def _country_node(iso3: str, schema: Schema) -> Node:
    info = country_info(iso3)
    return Node(id=iso3, kind=schema.country_kind, name=info.name,
                aliases=tuple(sorted({info.official_name} - {info.name})),
                continent=info.continent, un_region=info.un_region)


def _read_edges(files: list[Source], schema: Schema, nodes: dict[str, Node],
                problems: list[DataProblem]) -> tuple[list[Edge], dict[str, Node]]:
    edges: list[Edge] = []
    countries: dict[str, Node] = {}
    seen: dict[tuple, str] = {}
    relation_names = ", ".join(sorted(schema.relations))
    for source in files:
        rows = _Rows(source, problems, required=schema.edge_required, allowed=schema.edge_columns)
        for line, row in rows:
            name = rows.name

            def problem(col: str, message: str, name: str = name, line: int = line) -> None:
                problems.append(DataProblem(name, line, col, message))

            ok = True
            for col in schema.edge_required:
                if not row.get(col):
                    problem(col, "missing required value")
                    ok = False
            ends = {}
            for col in ("subject", "object"):
                if row.get(col):
                    node_id, message = _endpoint(row[col], nodes, countries)
                    if node_id is None:
                        problem(col, message)
                        ok = False
                    else:
                        ends[col] = node_id
                        if node_id not in nodes and node_id not in countries:
                            countries[node_id] = _country_node(node_id, schema)
            relation = schema.relations.get(row.get("relation", ""))
            if row.get("relation") and relation is None:
                problem("relation", f"expected one of {relation_names}, got {row['relation']!r}")
                ok = False
            if relation and len(ends) == 2:
                kinds = [(nodes.get(ends[c]) or countries[ends[c]]).kind for c in ("subject", "object")]
                if not relation.allows(*kinds):
                    problem("relation", f"{relation.type} may not join {kinds[0]} -> {kinds[1]}; "
                                        f"expected {'|'.join(relation.source)} -> {'|'.join(relation.target)}")
                    ok = False
            for col in ("since", "until"):
                if row.get(col):
                    try:
                        parse_partial_date(row[col])
                    except ValueError as exc:
                        problem(col, f"{exc}, got {row[col]!r}")
                        ok = False
            if ok and row.get("until") and row["until"] <= row["since"]:
                problem("until", f"expected a date after since ({row['since']}), got {row['until']!r}")
                ok = False
            if row.get("retrieved"):
                try:
                    parse_full_date(row["retrieved"])
                except ValueError as exc:
                    problem("retrieved", f"{exc}, got {row['retrieved']!r}")
                    ok = False
            if row.get("source_url") and not _URL.match(row["source_url"]):
                problem("source_url", f"expected an http(s) URL, got {row['source_url']!r}")
                ok = False
            for col, allowed in schema.edge_values.items():
                if row.get(col) and row[col] not in allowed:
                    problem(col, f"expected one of {', '.join(allowed)} or nothing, got {row[col]!r}")
                    ok = False
            if row.get("evidence_en") and not row["evidence_en"].startswith("[translation]"):
                problem("evidence_en", "expected an English rendering marked as such: "
                                       f"'[translation] ...', got {row['evidence_en'][:40]!r}")
                ok = False
            if not ok:
                continue
            claim = (ends["subject"], relation.type, ends["object"], row["since"])
            if claim in seen:
                problem("row", f"duplicate edge {ends['subject']} {relation.type} {ends['object']} "
                               f"since {row['since']}, first at {seen[claim]}")
                continue
            seen[claim] = f"{name}:{line}"
            edges.append(Edge(
                subject=ends["subject"], relation=relation.type, object=ends["object"],
                since=row["since"], until=row.get("until") or None,
                source_url=row["source_url"], publisher=row["publisher"],
                evidence=row["evidence"], retrieved=row["retrieved"],
                note=row.get("note") or None, evidence_en=row.get("evidence_en") or None,
                status=row.get("status") or None, source_kind=row.get("source_kind") or None,
                origin=f"{name}:{line}",
            ))
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
