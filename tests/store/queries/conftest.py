"""Fixtures for the saved-query tests: the real Neo4j loaded with the repo's data/.

Loading data/ into an empty database costs about a second and a half (the loader's
constraints and indexes come back each time), and a hundred tests read it. So the
database is loaded again only when it may no longer hold exactly what the last load
left: when a test has used the server since other than through ``holding`` (counted by
``tests.neo4j_fixtures.writers``, after each test), or when its counts of nodes,
relationships, properties, constraints and indexes differ from those right after that
load (a reader test that writes, such as ``run_cypher(..., write=True)``, changes them).
"""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest

from graphkit.io import read_dataset, to_networkx
from graphkit.store.load import load_graph
from tests import neo4j_fixtures
from tests.conftest import EDGE_HEADER, NODE_HEADER, edge, write_csv
from tests.neo4j_fixtures import wipe

DATA = Path(__file__).resolve().parents[3] / "data"


@pytest.fixture(scope="session")
def dataset():
    """The repo's data/, read and checked once."""
    return read_dataset(DATA)


@pytest.fixture(scope="session")
def G(dataset):
    """The repo's data/ as a NetworkX MultiDiGraph: the expected answers come from here."""
    return to_networkx(dataset)


def counts(driver, database: str = "neo4j") -> tuple[int, int]:
    """(nodes, relationships) in the database."""
    records, _, _ = driver.execute_query(
        "MATCH (n) WITH count(n) AS n CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r",
        database_=database)
    return records[0]["n"], records[0]["r"]


def fingerprint(driver, database: str = "neo4j") -> tuple:
    """Counts that change with any write a test makes: nodes and their properties and
    labels, relationships and their properties, constraints, and indexes with their state."""
    out = []
    for query in (
        ("CALL () { MATCH (n) RETURN count(n) AS n, sum(size(keys(n))) AS np, "
        "  sum(size(labels(n))) AS nl } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS r, sum(size(keys(r))) AS rp } "
        "RETURN n, np, nl, r, rp"),
        "SHOW CONSTRAINTS YIELD name RETURN count(name) AS c",
        "SHOW INDEXES YIELD name, state RETURN count(name) AS i, collect(DISTINCT state) AS s",
    ):
        out.extend(driver.execute_query(query, database_=database).records[0].values())
    return tuple(out)


class Holdings:
    """What the session's database holds: the dataset last loaded, the writers count then,
    and its :func:`fingerprint` after that load."""

    def __init__(self):
        self.name: str | None = None
        self.writers: int | None = None
        self.fingerprint: tuple | None = None

    def ensure(self, driver, name: str, dataset) -> None:
        """Make the database hold exactly ``dataset`` (called ``name``), loading it only if needed."""
        if (self.name == name and self.writers == neo4j_fixtures.writers
                and self.fingerprint == fingerprint(driver)):
            return
        self.name = None
        # the loader's own constraints and indexes stay: dropping and creating them again
        # would also empty Neo4j's plan cache, and every saved query would be planned again
        wipe(driver, keep=neo4j_fixtures._LOADER_SCHEMA)
        load_graph(driver, dataset, database="neo4j")
        self.name, self.writers = name, neo4j_fixtures.writers
        self.fingerprint = fingerprint(driver)


@pytest.fixture(scope="session")
def holdings() -> Holdings:
    return Holdings()


@pytest.fixture(scope="session")
def reader_drivers():
    """One driver per server address and password for the session's readers (a Bolt
    handshake and login per test cost more than most of these tests' queries)."""
    drivers: dict[tuple[str, str, str], neo4j.Driver] = {}
    yield drivers
    for driver in drivers.values():
        driver.close()


@pytest.fixture
def holding(neo4j_server, holdings, reader_drivers):
    """A driver to the running test server and ``hold(name, dataset)``, to have it hold a dataset."""
    neo4j_server.ensure_running()
    settings = neo4j_server.settings
    key = (settings.uri, settings.username, settings.password)
    if key not in reader_drivers:
        reader_drivers[key] = neo4j.GraphDatabase.driver(settings.uri, auth=key[1:])
    driver = reader_drivers[key]
    yield driver, lambda name, dataset: holdings.ensure(driver, name, dataset)


@pytest.fixture
def loaded(holding, dataset):
    """A driver to the test server holding data/ as one load leaves it (and nothing else)."""
    driver, hold = holding
    hold("data/", dataset)
    return driver


@pytest.fixture
def corner(tmp_path: Path, holding):
    """Agency-only members, an agency's withdrawal, re-entry, same-day withdrawal, an
    organisation as member and interest by an agency; loaded into Neo4j and as a graph."""
    write_csv(tmp_path / "nodes" / "n.csv", NODE_HEADER, [
        ["club", "Organisation", "The Club", "", "", ""],
        ["council", "Organisation", "The Council", "", "", ""],
        ["pact", "Agreement", "The Pact", "", "", ""],
        ["isl-space", "Agency", "Iceland Space", "", "", ""],
        ["nor-space", "Agency", "Norway Space", "", "", ""],
    ])
    write_csv(tmp_path / "edges" / "e.csv", EDGE_HEADER, [
        edge("isl-space", "AGENCY_OF", "ISL", "2000"),
        edge("nor-space", "AGENCY_OF", "NOR", "2000"),
        edge("isl-space", "SIGNED", "pact", "2010", source_url="https://example.org/isl"),
        edge("NOR", "SIGNED", "pact", "2010"),
        edge("nor-space", "WITHDREW_FROM", "pact", "2015"),
        edge("DNK", "MEMBER_OF", "club", "1990"),
        edge("DNK", "WITHDREW_FROM", "club", "2000"),
        edge("DNK", "MEMBER_OF", "club", "2005"),
        edge("FIN", "MEMBER_OF", "club", "1990-06", "2001"),
        edge("FIN", "WITHDREW_FROM", "club", "2001"),
        edge("SWE", "MEMBER_OF", "club", "2003-05"),
        edge("SWE", "WITHDREW_FROM", "club", "2003-05"),
        edge("council", "MEMBER_OF", "club", "1990"),
        edge("EST", "EXPRESSED_INTEREST_IN", "pact", "2012"),
        edge("EST", "SIGNED", "pact", "2014"),
        edge("isl-space", "EXPRESSED_INTEREST_IN", "club", "2003"),
        edge("LVA", "EXPRESSED_INTEREST_IN", "club", "1995"),
        edge("LVA", "MEMBER_OF", "club", "1999"),
        edge("LVA", "WITHDREW_FROM", "club", "2008"),
        edge("NOR", "MEMBER_OF", "council", "1990"),
        edge("ISL", "MEMBER_OF", "council", "1990"),
        # interest and joining from different sources, in either order, and from one source
        edge("LTU", "MEMBER_OF", "club", "2001", source_url="https://example.org/official"),
        edge("LTU", "EXPRESSED_INTEREST_IN", "club", "2004", source_url="https://example.org/story"),
        edge("POL", "MEMBER_OF", "club", "2001-03"),
        edge("POL", "EXPRESSED_INTEREST_IN", "club", "2004"),
        edge("HUN", "EXPRESSED_INTEREST_IN", "club", "1998", source_url="https://example.org/story"),
        edge("HUN", "MEMBER_OF", "club", "2002", source_url="https://example.org/official"),
    ])
    dataset = read_dataset(tmp_path)
    driver, hold = holding
    hold("corner cases", dataset)
    return driver, to_networkx(dataset)
