"""The saved Cypher queries spell labels and relationship types as schema.yaml does.

Cypher cannot read the schema, so the membership queries restate the rule of
graphkit.analysis.blocs with the schema's names; this keeps the two spellings together.
The answers themselves are compared on a real Neo4j in test_membership_queries.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphkit.schema import load_schema

QUERY_DIR = Path(__file__).resolve().parents[2] / "cypher" / "queries"
MEMBERSHIP = ["bloc_members", "bloc_overlap", "common_blocs", "interested_not_joined",
              "membership_matrix"]
_NODE_LABELS = re.compile(r"\(\s*\w*\s*((?::\s*\w+\s*)+)")                 # (b:Entity, (:A:B
_LABEL_TEST = re.compile(r"\b(?:NOT|WHERE|AND|OR)\s+\w+((?::\w+)+)")     # NOT x:Country
_REL_TYPES = re.compile(r"\[\s*\w*\s*:\s*(\w+(?:\s*\|\s*\w+)*)")          # [w:A], [:A|B*0..1]


def cypher(name: str) -> str:
    """A query's text without its // comment lines (the header and the notes)."""
    text = (QUERY_DIR / f"{name}.cypher").read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


def labels_and_types(text: str) -> tuple[set[str], set[str]]:
    """The node labels and relationship types a query's patterns name."""
    labels = {label.strip() for m in _NODE_LABELS.finditer(text)
              for label in m.group(1).split(":") if label.strip()}
    labels |= {label for m in _LABEL_TEST.finditer(text) for label in m.group(1).split(":")
               if label}
    types = {t.strip() for m in _REL_TYPES.finditer(text) for t in m.group(1).split("|")}
    return labels, types


def test_labels_and_types_are_found_in_patterns_and_label_tests_only():
    labels, types = labels_and_types(
        "MATCH (b:Entity {id: $x})<-[w:WITHDREW_FROM]-(:Entity:Country)-[:AGENCY_OF*0..1]->(c) "
        "WHERE NOT x:Organisation AND type(r) IN $relations RETURN {country: c.id} AS m")
    assert labels == {"Entity", "Country", "Organisation"}
    assert types == {"WITHDREW_FROM", "AGENCY_OF"}


def test_there_are_saved_queries_to_check():
    assert {p.stem for p in QUERY_DIR.glob("*.cypher")} >= set(MEMBERSHIP)


@pytest.mark.parametrize("name", sorted(p.stem for p in QUERY_DIR.glob("*.cypher")))
def test_every_label_and_type_in_a_saved_query_is_in_the_schema(name):
    schema = load_schema()
    labels, types = labels_and_types(cypher(name))
    assert labels <= schema.labels, f"{name}: labels not in schema.yaml: {labels - schema.labels}"
    assert types <= schema.relationship_types, (
        f"{name}: relationship types not in schema.yaml: {types - schema.relationship_types}")


@pytest.mark.parametrize("name", MEMBERSHIP)
def test_membership_queries_use_the_schemas_country_agency_and_withdrawal_names(name):
    schema = load_schema()
    labels, types = labels_and_types(cypher(name))
    assert {schema.base_label, schema.country_label} <= labels, name
    assert {schema.agency_relation, schema.withdrawal_relation} <= types, name
    # any other type a membership query names outright is a courting one (interest)
    assert types - {schema.agency_relation, schema.withdrawal_relation} <= set(
        schema.courting_relations), name
