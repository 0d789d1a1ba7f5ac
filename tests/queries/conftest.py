"""Fixtures for the saved-query tests: the real Neo4j loaded with the repo's data/."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from graphkit.io import read_dataset, to_networkx

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="session")
def dataset():
    """The repo's data/, read and checked once."""
    return read_dataset(DATA)


@pytest.fixture(scope="session")
def G(dataset):
    """The repo's data/ as a NetworkX MultiDiGraph: the expected answers come from here."""
    return to_networkx(dataset)


def load_into(driver, dataset, database: str = "neo4j") -> None:
    """Load ``dataset`` with graphkit's loader, or, until it exists, per the fixed model."""
    try:
        from graphkit.store.load import load_graph
    except ImportError:
        load_graph = None
    if load_graph is not None:
        load_graph(driver, dataset, database=database)
        return
    schema = dataset.schema
    by_kind = defaultdict(list)
    for node in dataset.nodes.values():
        by_kind[node.kind].append({"id": node.id, **node.attributes()})
    by_type = defaultdict(list)
    for edge in dataset.edges:
        props = {k: v for k, v in edge.attributes().items() if k != "relation"}
        by_type[edge.relation].append({"s": edge.subject, "o": edge.object, "props": props})
    with driver.session(database=database) as session:
        for kind, rows in by_kind.items():
            label = schema.node_kinds[kind].label
            assert label in schema.labels
            session.run(f"UNWIND $rows AS row MERGE (n:Entity {{id: row.id}}) SET n:`{label}`, "
                        "n += row", rows=rows).consume()
        for rel, rows in by_type.items():
            assert rel in schema.relationship_types
            session.run(f"UNWIND $rows AS row MATCH (s:Entity {{id: row.s}}) MATCH (o:Entity {{id: row.o}}) "
                        f"CREATE (s)-[r:`{rel}`]->(o) SET r = row.props", rows=rows).consume()


def counts(driver, database: str = "neo4j") -> tuple[int, int]:
    """(nodes, relationships) in the database."""
    records, _, _ = driver.execute_query(
        "MATCH (n) WITH count(n) AS n CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r",
        database_=database)
    return records[0]["n"], records[0]["r"]


@pytest.fixture
def loaded(neo4j_driver, dataset):
    """A driver to the test server with data/ loaded."""
    load_into(neo4j_driver, dataset)
    return neo4j_driver
