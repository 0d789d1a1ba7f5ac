"""The Cypher script in a real Neo4j: the graph `graphkit load` builds, and every literal reads back as written."""

from __future__ import annotations

import pytest

from graphkit.export import cypher_literal
from graphkit.export.cypher import script_statements
from graphkit.io.graph import filter_as_of
from graphkit.store.load import load_graph
from tests.data.shared import graph
from tests.export.shared import awkward_graph

_NODES = "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id"
_RELS = ("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props "
         "ORDER BY a, t, b, r.since")


def _everything(driver) -> tuple[list, list]:
    nodes = driver.execute_query(_NODES, database_="neo4j").records
    rels = driver.execute_query(_RELS, database_="neo4j").records
    return ([(r["id"], sorted(r["labels"]), r["props"]) for r in nodes],
            [(r["a"], r["t"], r["b"], r["props"]) for r in rels])


def _run_script(driver, G) -> None:
    for statement in script_statements(G):
        driver.execute_query(statement, database_="neo4j")


def _clear(driver) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")


def _data_sample():
    """Some edges of every relation of data/ (those with an until first), on their nodes: every
    label, type and column shape of data/, at a tenth of the cost (Neo4j plans each statement,
    and planning a 100 kB literal takes seconds on a loaded machine)."""
    G = graph()
    chosen: dict[str, list] = {}
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (not e[3].get("until"), e[2], e[0]))
    for u, v, k, d in edges:
        if len(chosen.setdefault(d["relation"], [])) < 3:
            chosen[d["relation"]].append((u, v, k))
    return G.edge_subgraph([e for found in chosen.values() for e in found]).copy()


@pytest.mark.parametrize("which", ["data sample", "data sample on 1991-12-15", "awkward"])
def test_the_cypher_script_builds_exactly_what_graphkit_load_builds(schema_driver, which):
    G = awkward_graph() if which == "awkward" else _data_sample()
    if which.endswith("1991-12-15"):
        G = filter_as_of(G, "1991-12-15")
        assert {d["holds"] for *_, d in G.edges(data=True)} == {"certain", "possible"}
    load_graph(schema_driver, G, database="neo4j")
    loaded = _everything(schema_driver)
    _clear(schema_driver)
    _run_script(schema_driver, G)
    scripted = _everything(schema_driver)
    assert (len(scripted[0]), len(scripted[1])) == (len(loaded[0]), len(loaded[1]))
    assert scripted == loaded  # labels, properties and their types, Neo4j dates included
    _run_script(schema_driver, G)  # a rerun changes nothing
    assert _everything(schema_driver) == loaded


def test_every_cypher_literal_reads_back_from_neo4j_as_the_value_written(neo4j_driver):
    values = ["O'Brien", "back\\slash \\' \\\\'", "x'}) DETACH DELETE n //", "line\nnext\r\t\x00\x1f\x7f",
              "\u2028\u2029\x85", 'dq "x" `bt`', "\\u0027 \\n stays text", "Mün ☾ 𝔐 🚀", "", "/* c */ // d",
              -(2**63), 2**63 - 1, 0.1, -2.5e-300, True, None, ["a", "b'"], []]
    query = "RETURN [" + ", ".join(cypher_literal(v) for v in values) + "] AS v"
    assert neo4j_driver.execute_query(query, database_="neo4j").records[0]["v"] == values


def test_the_neo4j_admin_folder_imports_with_its_own_args_file_to_what_graphkit_load_writes(schema_driver, neo4j_server):
    """A real `neo4j-admin database import full neo4j @import.args`, run from the exported folder."""
    import subprocess

    import neo4j

    from graphkit.export import write_admin_csv
    from graphkit.store.managed.conf import admin_command
    from graphkit.store.managed.jars import ensure_jars, find_java

    G = _data_sample()
    G.nodes["AUS"]["aliases"] = []  # an empty list: set by empty_lists.cypher after the import
    load_graph(schema_driver, G, database="neo4j")
    loaded = _everything(schema_driver)
    server = neo4j_server.managed
    folder = server.import_dir / "export-test"
    write_admin_csv(G, folder)
    server.stop()
    command = admin_command(find_java(), ensure_jars(server.cache_dir), "database", "import", "full", "neo4j",
                            "--overwrite-destination=true", "@import.args", heap="512m")
    try:
        done = subprocess.run(command, env=server.process_env(), cwd=folder, capture_output=True, text=True,
                              check=False)
    finally:
        server.start()
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    settings = server.settings()
    with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as driver:
        for line in (folder / "empty_lists.cypher").read_text(encoding="utf-8").splitlines()[1:]:
            driver.execute_query(line.rstrip(";"), database_="neo4j")
        imported = _everything(driver)
    assert (len(imported[0]), len(imported[1])) == (len(loaded[0]), len(loaded[1]))
    assert imported == loaded
