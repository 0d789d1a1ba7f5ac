"""Pytest plugin: one real Neo4j for the whole session, and a clean database per test.

Use it with ``pytest_plugins = ["tests.neo4j_fixtures"]`` in the top conftest.py, then::

    def test_something(neo4j_driver):              # empty database, no constraints
        neo4j_driver.execute_query("CREATE (:Country {iso3: 'XAA'})", database_="neo4j")

    def test_a_load(schema_driver):                # empty, with the loader's constraints
        load_graph(schema_driver, dataset, database="neo4j")

    def test_crash(neo4j_server):                   # the managed server itself
        neo4j_server.managed.kill(); neo4j_server.managed.start()

The server is a managed instance named ``default`` in a temporary state directory
(so ``Settings.from_env()`` finds it when GRAPHKIT_STATE_DIR points there and
NEO4J_URI is unset); the jars come from the user cache. Without Java or Maven the
fixture fails, saying what to install: Neo4j tests never skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphkit.errors import StoreError
from graphkit.store.managed.server import ManagedNeo4j
from graphkit.store.settings import Settings

__all__ = ["Neo4jTestServer", "neo4j_driver", "neo4j_server", "schema_driver", "wipe"]


class Neo4jTestServer:
    """The session's server: connection fields, ``settings``, ``managed`` to kill or restart it."""

    def __init__(self, managed: ManagedNeo4j, state_dir: Path):
        self.managed = managed
        self.state_dir = state_dir

    @property
    def uri(self) -> str:
        return self.managed.uri

    @property
    def username(self) -> str:
        return self.settings.username

    @property
    def password(self) -> str:
        return self.managed.password

    @property
    def database(self) -> str:
        return self.settings.database

    @property
    def settings(self) -> Settings:
        return self.managed.settings()

    def ensure_running(self) -> None:
        """Start the server again if a test stopped or killed it."""
        self.managed.start(timeout=180)

    def __repr__(self) -> str:
        return f"Neo4jTestServer({self.managed!r})"


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jTestServer]:
    """Start a managed Neo4j in a temporary state directory for the session; stop it at the end."""
    state_dir = tmp_path_factory.mktemp("neo4j-state")
    managed = ManagedNeo4j("default", state_dir=state_dir)
    try:
        managed.start(timeout=float(os.environ.get("GRAPHKIT_TEST_NEO4J_TIMEOUT", "180")))
    except StoreError as exc:
        pytest.fail(
            f"the Neo4j tests need a local Neo4j and could not start one: {exc}", pytrace=False
        )
    try:
        yield Neo4jTestServer(managed, state_dir)
    finally:
        managed.stop()


#: Fixtures that hand out the server to read a dataset someone else loaded; a test that
#: uses the server through anything else may have written to it.
READERS = frozenset({"holding"})

#: How many tests so far may have written to this process's server (each xdist worker has
#: its own). :class:`tests.store.queries.conftest.Holdings` reloads only when it moved.
writers = 0


@pytest.fixture(autouse=True)
def _count_writers(request):
    """After a test that used the server other than through a reader, count it a writer."""
    yield
    names = set(request.fixturenames)
    if "neo4j_server" in names and not names & READERS:
        global writers
        writers += 1


@pytest.fixture
def neo4j_driver(neo4j_server: Neo4jTestServer):
    """A driver to the session's server, its database emptied of data, constraints and indexes."""
    import neo4j

    neo4j_server.ensure_running()
    settings = neo4j_server.settings
    with neo4j.GraphDatabase.driver(
        settings.uri, auth=(settings.username, settings.password)
    ) as driver:
        wipe(driver, database=settings.database)
        yield driver


#: Names of the constraints and indexes graphkit's loader creates (filled on first use).
_LOADER_SCHEMA: set[str] = set()


@pytest.fixture
def schema_driver(neo4j_server: Neo4jTestServer):
    """A driver to the session's server: no data, and exactly the loader's constraints and indexes.

    What a database holds after a load that was then emptied. Faster than ``neo4j_driver``
    for a test that loads: creating the constraints again and waiting for their indexes
    costs about a second a test. Tests of that creation use ``neo4j_driver``.
    """
    import neo4j

    from graphkit.schema import load_schema
    from graphkit.store.lock import LoadLock
    from graphkit.store.statements import ensure_schema

    neo4j_server.ensure_running()
    settings = neo4j_server.settings
    with neo4j.GraphDatabase.driver(
        settings.uri, auth=(settings.username, settings.password)
    ) as driver:
        wipe(driver, database=settings.database, keep=_LOADER_SCHEMA)
        if not _LOADER_SCHEMA or schema_names(driver, database=settings.database) != _LOADER_SCHEMA:
            schema = load_schema()
            ensure_schema(driver, schema, database=settings.database)
            LoadLock(driver, schema, database=settings.database, name="load").ensure_constraint()
            _LOADER_SCHEMA.clear()
            _LOADER_SCHEMA.update(schema_names(driver, database=settings.database))
        yield driver


def schema_names(driver, *, database: str = "neo4j") -> set[str]:
    """Names of the database's constraints and of its indexes but built-in lookups."""
    constraints = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name", database_=database)
    indexes = driver.execute_query(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", database_=database
    )
    return {r["name"] for r in constraints.records} | {r["name"] for r in indexes.records}


def wipe(driver, *, database: str = "neo4j", keep: set[str] = frozenset()) -> None:
    """Delete all nodes and relationships, then all constraints and indexes but built-in lookups.

    Constraints and indexes named in ``keep`` stay.
    """
    with driver.session(database=database) as session:
        # relationships first, in bounded transactions: DETACH DELETE of dense nodes
        # can exhaust the transaction memory pool
        session.run(
            "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
        session.run(
            "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
        for record in session.run("SHOW CONSTRAINTS YIELD name RETURN name").data():
            if record["name"] not in keep:
                session.run(f"DROP CONSTRAINT {_quoted(record['name'])} IF EXISTS").consume()
        indexes = session.run(
            "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"
        ).data()
        for record in indexes:
            if record["name"] not in keep:
                session.run(f"DROP INDEX {_quoted(record['name'])} IF EXISTS").consume()


def _quoted(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"
