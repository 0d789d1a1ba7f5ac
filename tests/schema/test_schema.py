"""The schema file is the closed list every other part reads."""

import pytest

from graphkit.errors import SchemaError
from graphkit.schema.model import load_schema

REQUIRED = {"MEMBER_OF", "SIGNED", "RATIFIED", "EXPRESSED_INTEREST_IN", "COOPERATES_ON",
            "PARTNER_OF", "LEADS", "PROPOSED", "WITHDREW_FROM"}


def test_schema_has_the_kinds_and_relations_the_model_needs():
    schema = load_schema()
    assert {"Country", "Organisation", "Programme", "Agreement", "Agency"} <= set(schema.node_kinds)
    assert REQUIRED <= set(schema.relations)
    assert schema.labels == {"Entity", "GraphkitLock", "Country", "Organisation", "Programme", "Agreement", "Agency"}


def test_every_relation_has_a_label_direction_and_event_code_or_none():
    for rel in load_schema().relations.values():
        assert rel.label and rel.reverse_label and rel.source and rel.target
        assert rel.cameo is None or rel.cameo.isdigit()
        assert rel.color.startswith("#")


def test_load_schema_names_unknown_kind_in_target(tmp_path):
    text = (load_schema.__wrapped__.__globals__["SCHEMA_PATH"]).read_text()
    bad = tmp_path / "schema.yaml"
    bad.write_text(text.replace("target: [Agreement]", "target: [Treaty]"))
    with pytest.raises(SchemaError, match=r"relations.RATIFIED.target: unknown node kind 'Treaty'"):
        load_schema(bad)
