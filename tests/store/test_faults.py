"""Faults: a load cut by SIGKILL converges on rerun; connection problems are one clear line."""

from __future__ import annotations

import socket
import threading

import neo4j
import pytest
from typer.testing import CliRunner

from graphkit.errors import StoreError
from graphkit.store.load import ONE_TRANSACTION_MAX, load_graph
from graphkit.store.readback import read_networkx
from graphkit.store.server import ManagedNeo4j
from graphkit.store.synthetic import synthetic_graph
from tests.store._load_helpers import cli_app, counts, nodes_and_edges

NODES, RELS = 3000, 150_000


@pytest.fixture(scope="module")
def crash_server(tmp_path_factory):
    """A managed instance of its own, so killing it leaves the session's server alone."""
    server = ManagedNeo4j("crash", state_dir=tmp_path_factory.mktemp("crash-state"))
    try:
        server.start(timeout=240)
    except StoreError as exc:
        pytest.fail(f"the crash test needs a second local Neo4j and could not start one: {exc}", pytrace=False)
    yield server
    server.stop()


def _driver(server: ManagedNeo4j):
    settings = server.settings()
    return neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password))


def test_load_killed_mid_way_then_rerun_converges_to_the_same_graph(crash_server):
    G = synthetic_graph(NODES, RELS, seed=11)
    assert NODES + RELS > ONE_TRANSACTION_MAX  # batch by batch, so a crash leaves part of it
    half = threading.Event()
    failure: list[BaseException] = []

    def progress(done: int, total: int) -> None:
        if done >= total * 0.3:
            half.set()

    def load() -> None:
        try:
            with _driver(crash_server) as driver:
                load_graph(driver, G, database="neo4j", batch_size=5000, progress=progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            failure.append(exc)
        finally:
            half.set()

    loader = threading.Thread(target=load)
    loader.start()
    assert half.wait(600), "the load never reached 30 %"
    threading.Event().wait(0.3)  # let the next batch get under way
    assert crash_server.kill() is True
    loader.join(600)
    assert not loader.is_alive()
    assert len(failure) == 1 and isinstance(failure[0], StoreError), failure
    assert "rerun to finish" in str(failure[0])

    crash_server.start(timeout=300)
    with _driver(crash_server) as driver:
        nodes, rels = counts(driver)
        assert nodes == NODES and 0 < rels < RELS  # the committed batches, no more
        summary = load_graph(driver, G, database="neo4j", batch_size=5000)
        assert summary.relationships_created == RELS - rels
        assert (summary.nodes_created, summary.nodes_updated, summary.relationships_updated) == (0, 0, 0)
        assert counts(driver) == (NODES, RELS)
        assert nodes_and_edges(read_networkx(driver, database="neo4j")) == nodes_and_edges(G)
        again = load_graph(driver, G, database="neo4j", batch_size=5000)
        assert not again.changed


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(server, **overrides):
    env = {"NEO4J_URI": server.uri, "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": server.password,
           "NEO4J_DATABASE": "neo4j"}
    return {**env, **overrides}


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"NEO4J_PASSWORD": "wrong-password"}, "refused the password for user 'neo4j'"),
        ({"NEO4J_DATABASE": "nosuchdb"}, "has no database 'nosuchdb'"),
        ({"NEO4J_URI": "stopped"}, "is Neo4j running?"),
    ],
    ids=["wrong-password", "wrong-database", "stopped-server"],
)
def test_load_command_prints_one_line_without_traceback(neo4j_server, neo4j_driver, small_data,
                                                        overrides, expected):
    if overrides.get("NEO4J_URI") == "stopped":
        overrides = {"NEO4J_URI": f"bolt://127.0.0.1:{_free_port()}"}
    result = CliRunner().invoke(cli_app(), ["load", str(small_data)], env=_env(neo4j_server, **overrides))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0], result.stderr
    assert "Traceback" not in result.output and result.stdout == ""
    assert counts(neo4j_driver) == (0, 0)
