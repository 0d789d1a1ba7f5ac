"""The schema file as Python objects: node kinds, relations, their special roles, columns."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graphkit.errors import SchemaError

__all__ = ["SCHEMA_PATH", "ColumnType", "NodeKind", "Relation", "Schema", "load_schema"]

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
class ColumnType:
    """The type of a typed edge column (``edge_columns.types``): list, integer or number."""

    type: str
    values: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None

    def parse(self, text: str) -> list[str] | int | float:
        """The value ``text`` stands for; ValueError saying what was expected otherwise.

        Examples
        --------
        >>> ColumnType("list", ("defense", "entente")).parse("defense; entente")
        ['defense', 'entente']
        >>> ColumnType("number", min=0, max=1).parse("0.75")
        0.75
        >>> ColumnType("number", min=-10, max=10).parse("-2.35")  # a sign where min is below 0
        -2.35
        """
        if self.type == "list":
            items = [item.strip() for item in text.split(";")]
            bad = [item for item in items if item not in self.values]
            if bad:
                raise ValueError(f"expected items from {', '.join(self.values)} separated by ';', got {text!r}")
            return items
        signed = text[1:] if text[:1] == "-" and self.min is not None and self.min < 0 else text
        ascii_digits = signed.replace(".", "", self.type == "number").isdigit() and text.isascii()
        value = (int(text) if self.type == "integer" else float(text)) if ascii_digits else None
        if value is None or (self.min is not None and value < self.min) or (self.max is not None and value > self.max):
            within = f" from {self.min:g}" if self.min is not None else ""
            within += f" to {self.max:g}" if self.max is not None else ""
            raise ValueError(f"expected {'a whole number' if self.type == 'integer' else 'a number'}{within}, "
                             f"got {text!r}")
        return value


@dataclass(frozen=True)
class Schema:
    """The closed list of node kinds and relation types every part of graphkit reads."""

    node_kinds: dict[str, NodeKind]
    relations: dict[str, Relation]
    node_required: tuple[str, ...]
    node_optional: tuple[str, ...]
    edge_required: tuple[str, ...]
    edge_optional: tuple[str, ...]
    #: The label every node carries in Neo4j besides its kind's (``neo4j.base_label``).
    base_label: str
    #: The label of the load lease node (``neo4j.lock_label``).
    lock_label: str
    #: The kind of sovereign states, the only bloc members (``roles.country``).
    country_kind: str
    #: Agency -> Country: the agency's claims count for its country (``roles.agency_relation``).
    agency_relation: str
    #: Undoes a country's earlier claims about a node (``roles.withdrawal_relation``).
    withdrawal_relation: str
    #: A country's stated interest in a bloc (``roles.interest_relation``).
    interest_relation: str
    #: How a country courts a bloc it is not in (``roles.courting_relations``).
    courting_relations: tuple[str, ...]
    #: How a country engages a bloc it is not a certain member of (``roles.engagement_relations``).
    engagement_relations: tuple[str, ...]
    #: Reported events between countries, counted in their ``events`` column
    #: (``roles.event_relations``).
    event_relations: tuple[str, ...]
    #: Node kinds that can anchor a bloc (``roles.bloc_anchor_kinds``).
    bloc_anchor_kinds: tuple[str, ...]
    #: Kinds the page colours by default (``roles.default_bloc_anchor_kinds``).
    default_bloc_anchor_kinds: tuple[str, ...]
    #: Colours of blocs in order, of a node in several, and of anything else (``palette``).
    bloc_colors: tuple[str, ...]
    several_color: str
    other_color: str
    #: Closed lists of values of optional edge columns (``edge_columns.values``).
    edge_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Source kinds ``validate --strict`` warns on, and the largest share of edges they
    #: may have before it fails (``edge_columns.warn``).
    warn_source_kinds: tuple[str, ...] = ()
    warn_max_share: float = 1.0
    #: Per text date property (``since``, ``until``), the names of the Neo4j date
    #: properties the loader derives from it: the period's first and last day
    #: (``neo4j.date_bounds``).
    date_bounds: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Typed optional edge columns and their types (``edge_columns.types``).
    edge_types: dict[str, ColumnType] = field(default_factory=dict)

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
    def country_label(self) -> str:
        """The Neo4j label of the country kind."""
        return self.node_kinds[self.country_kind].label

    def describe_kinds(self, kinds: Iterable[str]) -> str:
        """Node kinds in words, with an article, as messages name them.

        Examples
        --------
        >>> load_schema().describe_kinds(["Organisation", "Agreement", "Programme"])
        'an organisation, agreement or programme'
        >>> load_schema().describe_kinds(["Country"])
        'a country'
        """
        words = [str(k).lower() for k in kinds] or ["nothing"]
        text = ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]
        return ("an " if text[0] in "aeiou" else "a ") + text

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


def _names(roles: dict, key: str, known: dict, what: str) -> tuple[str, ...]:
    """``roles.<key>`` (one name or a list), each a key of ``known``, else a SchemaError."""
    value = _require(roles, key, "roles")
    names = tuple(value) if isinstance(value, list) else (value,)
    if not names:
        raise SchemaError(f"{SCHEMA_PATH.name}: roles.{key}: expected at least one {what}")
    for name in names:
        if name not in known:
            raise SchemaError(f"{SCHEMA_PATH.name}: roles.{key}: unknown {what} {name!r}; "
                              f"expected one of {sorted(known)}")
    return names


def _colors(palette: dict, key: str) -> tuple[str, ...]:
    """``palette.<key>`` (one colour or a list) as ``#RRGGBB`` strings, else a SchemaError."""
    value = _require(palette, key, "palette")
    colors = tuple(value) if isinstance(value, list) else (value,)
    for color in colors:
        if not (isinstance(color, str) and len(color) == 7 and color[0] == "#"
                and all(c in "0123456789abcdefABCDEF" for c in color[1:])):
            raise SchemaError(f"{SCHEMA_PATH.name}: palette.{key}: expected colours as "
                              f"#RRGGBB, got {color!r}")
    if not colors:
        raise SchemaError(f"{SCHEMA_PATH.name}: palette.{key}: expected at least one colour")
    return colors


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
    neo4j = _require(raw, "neo4j", "top level")
    roles = _require(raw, "roles", "top level")
    palette = _require(raw, "palette", "top level")
    country = _names(roles, "country", kinds, "node kind")[0]
    agency, withdrawal, interest = (_names(roles, key, relations, "relation")[0]
                                    for key in ("agency_relation", "withdrawal_relation",
                                                "interest_relation"))
    if country not in relations[agency].target:
        raise SchemaError(f"{SCHEMA_PATH.name}: roles.agency_relation: {agency} must be able "
                          f"to reach the country kind {country!r}; its target is "
                          f"{list(relations[agency].target)}")
    courting = _names(roles, "courting_relations", relations, "relation")
    engaging = _names(roles, "engagement_relations", relations, "relation")
    events = _names(roles, "event_relations", relations, "relation")
    for key, names in (("withdrawal_relation", (withdrawal,)), ("interest_relation", (interest,)),
                       ("courting_relations", courting),
                       ("engagement_relations", engaging), ("event_relations", events)):
        bloc = [n for n in names if relations[n].bloc]
        if bloc:
            raise SchemaError(f"{SCHEMA_PATH.name}: roles.{key}: {bloc[0]} has bloc: true; a "
                              "relation that undoes or only courts membership cannot make it")
    anchors = _names(roles, "bloc_anchor_kinds", kinds, "node kind")
    defaults = _names(roles, "default_bloc_anchor_kinds", kinds, "node kind")
    if country in anchors or not set(defaults) <= set(anchors):
        raise SchemaError(f"{SCHEMA_PATH.name}: roles: expected default_bloc_anchor_kinds "
                          f"within bloc_anchor_kinds, and not the country kind; got "
                          f"{list(defaults)} and {list(anchors)}")
    values = {}
    for col, allowed in (edges.get("values") or {}).items():
        if col not in edges.get("optional", ()) or not isinstance(allowed, list) or not allowed:
            raise SchemaError(f"{SCHEMA_PATH.name}: edge_columns.values.{col}: expected an "
                              "optional edge column with a non-empty list of values")
        values[col] = tuple(str(v) for v in allowed)
    types = {}
    for col, spec in (edges.get("types") or {}).items():
        kind = spec.get("type") if isinstance(spec, dict) else None
        if col not in edges.get("optional", ()) or kind not in ("list", "integer", "number") or (
                kind == "list") != bool(spec.get("values")):
            raise SchemaError(f"{SCHEMA_PATH.name}: edge_columns.types.{col}: expected an optional edge "
                              "column with type list (and its values), integer or number")
        types[col] = ColumnType(kind, tuple(str(v) for v in spec.get("values") or ()),
                                spec.get("min"), spec.get("max"))
    warn = edges.get("warn") or {}
    warn_kinds = tuple(str(v) for v in warn.get("source_kind", ()))
    unknown = [k for k in warn_kinds if k not in values.get("source_kind", ())]
    if unknown:
        raise SchemaError(f"{SCHEMA_PATH.name}: edge_columns.warn.source_kind: unknown source "
                          f"kind {unknown[0]!r}; expected one of {list(values.get('source_kind', ()))}")
    bounds = {}
    for prop, names in (neo4j.get("date_bounds") or {}).items():
        if not (isinstance(names, list) and len(names) == 2
                and all(isinstance(n, str) and n.isidentifier() for n in names)):
            raise SchemaError(f"{SCHEMA_PATH.name}: neo4j.date_bounds.{prop}: expected two "
                              f"property names [first, last], got {names!r}")
        bounds[str(prop)] = (names[0], names[1])
    return Schema(
        node_kinds=kinds,
        relations=relations,
        node_required=tuple(nodes["required"]),
        node_optional=tuple(nodes.get("optional", ())),
        edge_required=tuple(edges["required"]),
        edge_optional=tuple(edges.get("optional", ())),
        base_label=str(_require(neo4j, "base_label", "neo4j")),
        lock_label=str(_require(neo4j, "lock_label", "neo4j")),
        country_kind=country,
        agency_relation=agency,
        withdrawal_relation=withdrawal,
        interest_relation=interest,
        courting_relations=courting,
        engagement_relations=engaging,
        event_relations=events,
        bloc_anchor_kinds=anchors,
        default_bloc_anchor_kinds=defaults,
        bloc_colors=_colors(palette, "blocs"),
        several_color=_colors(palette, "several")[0],
        other_color=_colors(palette, "other")[0],
        edge_values=values,
        warn_source_kinds=warn_kinds,
        warn_max_share=float(warn.get("max_share", 1.0)),
        date_bounds=bounds,
        edge_types=types,
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
    >>> schema.country_kind, schema.withdrawal_relation
    ('Country', 'WITHDREW_FROM')
    """
    import yaml

    with open(path, encoding="utf-8") as fh:
        return _parse(yaml.safe_load(fh))
