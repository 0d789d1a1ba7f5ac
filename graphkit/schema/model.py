"""The schema file as Python objects: node kinds, relation types and CSV columns."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from graphkit.errors import SchemaError

__all__ = ["SCHEMA_PATH", "NodeKind", "Relation", "Schema", "load_schema"]

SCHEMA_PATH = Path(__file__).with_name("schema.yaml")


@dataclass(frozen=True)
class NodeKind:
    """A kind of node: its Neo4j label, key property and drawing style."""

    name: str
    label: str
    key: str
    description: str
    color: str
    shape: str


@dataclass(frozen=True)
class Relation:
    """A relation type: the Neo4j relationship type and what it may join."""

    type: str
    label: str
    reverse_label: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    bloc: bool
    weight: float
    cameo: str | None
    plover: str | None
    color: str
    dashes: bool

    def allows(self, source_kind: str, target_kind: str) -> bool:
        """Whether this relation may go from a ``source_kind`` node to a ``target_kind`` node."""
        return source_kind in self.source and target_kind in self.target


@dataclass(frozen=True)
class Schema:
    """The closed list of node kinds and relation types every part of graphkit reads."""

    node_kinds: dict[str, NodeKind]
    relations: dict[str, Relation]
    node_required: tuple[str, ...]
    node_optional: tuple[str, ...]
    edge_required: tuple[str, ...]
    edge_optional: tuple[str, ...]
    base_label: str = "Entity"
    lock_label: str = "GraphkitLock"

    @property
    def labels(self) -> frozenset[str]:
        """Every Neo4j label the schema allows."""
        return frozenset(
            {self.base_label, self.lock_label} | {k.label for k in self.node_kinds.values()}
        )

    @property
    def relationship_types(self) -> frozenset[str]:
        """Every Neo4j relationship type the schema allows."""
        return frozenset(self.relations)

    @property
    def bloc_relations(self) -> tuple[str, ...]:
        """Relation types that make the subject part of the object's bloc (member, signatory...)."""
        return tuple(t for t, r in self.relations.items() if r.bloc)

    @property
    def node_columns(self) -> tuple[str, ...]:
        return self.node_required + self.node_optional

    @property
    def edge_columns(self) -> tuple[str, ...]:
        return self.edge_required + self.edge_optional


def _require(mapping: dict, key: str, where: str) -> object:
    if key not in mapping:
        raise SchemaError(f"{SCHEMA_PATH.name}: {where}: missing key {key!r}")
    return mapping[key]


def _parse(raw: dict) -> Schema:
    kinds = {}
    for name, spec in _require(raw, "node_kinds", "top level").items():
        where = f"node_kinds.{name}"
        kinds[name] = NodeKind(
            name=name,
            label=str(_require(spec, "label", where)),
            key=str(_require(spec, "key", where)),
            description=str(spec.get("description", "")),
            color=str(_require(spec, "color", where)),
            shape=str(spec.get("shape", "dot")),
        )
    relations = {}
    for rtype, spec in _require(raw, "relations", "top level").items():
        where = f"relations.{rtype}"
        if not rtype.isupper() or not rtype.replace("_", "").isalpha():
            raise SchemaError(f"{SCHEMA_PATH.name}: {where}: expected an UPPER_SNAKE type name")
        for side in ("source", "target"):
            for kind in _require(spec, side, where):
                if kind not in kinds:
                    raise SchemaError(
                        f"{SCHEMA_PATH.name}: {where}.{side}: unknown node kind {kind!r}; "
                        f"node_kinds has {sorted(kinds)}"
                    )
        relations[rtype] = Relation(
            type=rtype,
            label=str(_require(spec, "label", where)),
            reverse_label=str(_require(spec, "reverse_label", where)),
            source=tuple(spec["source"]),
            target=tuple(spec["target"]),
            bloc=bool(spec.get("bloc", False)),
            weight=float(spec.get("weight", 0.0)),
            cameo=spec.get("cameo"),
            plover=spec.get("plover"),
            color=str(_require(spec, "color", where)),
            dashes=bool(spec.get("dashes", False)),
        )
    nodes = _require(raw, "node_columns", "top level")
    edges = _require(raw, "edge_columns", "top level")
    return Schema(
        node_kinds=kinds,
        relations=relations,
        node_required=tuple(nodes["required"]),
        node_optional=tuple(nodes.get("optional", ())),
        edge_required=tuple(edges["required"]),
        edge_optional=tuple(edges.get("optional", ())),
        base_label=str(raw.get("neo4j", {}).get("base_label", "Entity")),
        lock_label=str(raw.get("neo4j", {}).get("lock_label", "GraphkitLock")),
    )


@cache
def load_schema(path: Path = SCHEMA_PATH) -> Schema:
    """Read and check the schema file.

    Parameters
    ----------
    path : pathlib.Path, optional
        A schema YAML file; the one shipped with graphkit by default.

    Returns
    -------
    Schema

    Raises
    ------
    SchemaError
        When the file names an unknown node kind or misses a key.

    Examples
    --------
    >>> schema = load_schema()
    >>> schema.relations["RATIFIED"].label
    'ratified'
    >>> "Country" in schema.relations["RATIFIED"].source
    True
    """
    import yaml

    with open(path, encoding="utf-8") as fh:
        return _parse(yaml.safe_load(fh))
