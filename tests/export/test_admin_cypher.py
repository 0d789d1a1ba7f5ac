"""neo4j-admin CSVs (the bulk loader's own files) and the Cypher script, without a server."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkit.errors import GraphkitError, SchemaError
from graphkit.export import cypher_literal, export_graph, write_admin_csv, write_cypher
from graphkit.export.cypher import BATCH, script_statements
from graphkit.store.managed.bulk_csv import array_delimiter, write_tables
from graphkit.store.rows import input_rows
from tests.data.shared import graph
from tests.export.shared import awkward_graph


def test_admin_csv_files_are_byte_for_byte_those_graphkit_load_bulk_imports(tmp_path):
    G = graph()
    done = write_admin_csv(G, tmp_path / "out")
    schema, nodes, rels = input_rows(G)
    (tmp_path / "bulk").mkdir()
    write_tables(tmp_path / "bulk", schema, nodes, rels, array_delimiter([*nodes.values(), *rels.values()]))
    bulk = sorted(p.name for p in (tmp_path / "bulk").iterdir())
    assert list(done.files) == bulk and len(bulk) == len(nodes) + len(rels)
    for name in bulk:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "bulk" / name).read_bytes(), name
    assert (done.nodes, done.relationships) == (G.number_of_nodes(), sum(map(len, rels.values())))
    header = (tmp_path / "out" / "nodes_Country.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id:ID(Entity),aliases:string[],") and header.endswith(",:LABEL")


def test_admin_csv_writes_the_importer_arguments_and_the_empty_lists_to_set_after(tmp_path):
    write_admin_csv(awkward_graph(), tmp_path / "out")
    args = (tmp_path / "out" / "import.args").read_text(encoding="utf-8").splitlines()
    assert args == ["--array-delimiter=U+001F", "--multiline-fields=true", "--nodes=nodes_Country.csv",
                    "--nodes=nodes_Organisation.csv", "--nodes=nodes_Programme.csv",
                    "--relationships=rels_LEADS.csv", "--relationships=rels_MEMBER_OF.csv"]
    empties = (tmp_path / "out" / "empty_lists.cypher").read_text(encoding="utf-8").splitlines()
    assert empties[1:] == ["UNWIND ['club'] AS id MATCH (n:`Entity` {id: id}) SET n.`aliases` = [];"]


def test_admin_csv_refuses_a_folder_that_is_not_an_export_and_leaves_it_as_it_was(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(GraphkitError, match="expected a new or empty folder, or an earlier neo4j-admin export"):
        write_admin_csv(awkward_graph(), tmp_path / "mine")
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_admin_csv_replaces_an_earlier_export_whole(tmp_path):
    write_admin_csv(graph(), tmp_path / "out")
    write_admin_csv(awkward_graph(), tmp_path / "out")
    assert not (tmp_path / "out" / "rels_SIGNED.csv").exists()
    assert (tmp_path / "out" / "rels_LEADS.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary folder left


@pytest.mark.parametrize(("value", "literal"), [
    ("plain", "'plain'"),
    ("O'Brien", "'O\\'Brien'"),
    ("back\\slash", "'back\\\\slash'"),
    ("x'}) DETACH DELETE n //", "'x\\'}) DETACH DELETE n //'"),
    ("line\nnext\r\ttab\x00\u2028", "'line\\nnext\\r\\ttab\\u0000\\u2028'"),
    ('dq "x"', "'dq \"x\"'"),
    ("\\u0027 stays text", "'\\\\u0027 stays text'"),
    ("Mün ☾ 𝔐", "'Mün ☾ 𝔐'"),
    (dt.date(2025, 1, 1), "date('2025-01-01')"),
    ([1, -2, 2.5, True, None], "[1, -2, 2.5, true, null]"),
    ({"a_b": []}, "{`a_b`: []}"),
])
def test_cypher_literal_escapes_every_value_to_one_line(value, literal):
    assert cypher_literal(value) == literal
    assert "\n" not in cypher_literal(value)


@pytest.mark.parametrize(("value", "message"), [
    (float("nan"), "NaN or infinity"), (2**63, "64-bit"), ({"a b": 1}, "property name 'a b'"),
    ({1, 2}, "Cypher has no literal"), (dt.datetime(2025, 1, 1, 12), "not a date and time"),
])
def test_cypher_literal_refuses_what_cypher_has_no_literal_for(value, message):
    with pytest.raises(GraphkitError, match=message):
        cypher_literal(value)


def test_cypher_script_is_one_statement_per_line_in_batches_with_schema_labels_only(tmp_path):
    write_cypher(graph(), tmp_path / "g.cypher")
    lines = (tmp_path / "g.cypher").read_text(encoding="utf-8").splitlines()
    statements = [line for line in lines if not line.startswith("//")]
    assert all(s.endswith(";") for s in statements)
    assert statements[0].startswith("CREATE CONSTRAINT entity_id IF NOT EXISTS")
    merges = [s for s in statements if s.startswith("UNWIND")]
    assert sum(s.count("MERGE (n:`Entity`") for s in merges) == len(input_rows(graph())[1])  # a statement per label...
    assert len(merges) == len(script_statements(graph())) - 8  # ...and per type, <= BATCH rows each
    assert BATCH == 200
    assert "all dates" in lines[0]


def test_cypher_script_refuses_a_relation_the_schema_lacks_and_writes_nothing(tmp_path):
    G = awkward_graph()
    G.add_edge("XAA", "moon", key="X|2000", relation="OWNS`]->(x) DELETE x //", since="2000")
    with pytest.raises(SchemaError, match="is not in schema.yaml"):
        export_graph(G, "cypher", tmp_path / "g.cypher")
    assert list(tmp_path.iterdir()) == []
