"""The graph model as data: node kinds, relation types and CSV columns."""

from graphkit.schema.model import NodeKind, Relation, Schema, load_schema

__all__ = ["NodeKind", "Relation", "Schema", "load_schema"]
