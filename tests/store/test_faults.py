"""Faults: a load cut by SIGKILL converges on rerun; connection problems are one clear line.

The crash is the session's own server, killed mid-load and started again: the restart
recovers exactly the committed batches and keeps its URI.
"""

from __future__ import annotations

import re
import socket
import threading

import neo4j
import pytest
from typer.testing import CliRunner

from graphkit.errors import StoreError
from graphkit.store.load import load_graph
from graphkit.store.managed.server import ManagedNeo4j
from graphkit.store.readback import read_networkx
from graphkit.store.synthetic import synthetic_graph
from tests.store.helpers import FEW_TYPES, cli_app, counts, nodes_and_edges

pytestmark = pytest.mark.neo4j

NODES, RELS, BATCH = 100, 900, 300
#: Loads above this many rows go batch by batch, so a crash leaves part of the load.
ONE_TRANSACTION_MAX = 200


def _driver(server: ManagedNeo4j):
    """A driver that gives up on a dead server within a second (by default it retries 30 s)."""
    settings = server.settings()
    return neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password),
                                      max_transaction_retry_time=1.0, connection_timeout=5.0)


def test_load_killed_mid_way_then_rerun_converges_to_the_same_graph(neo4j_server, schema_driver):
    crash_server = neo4j_server.managed  # killed and started again; later tests get it running
    G = synthetic_graph(NODES, RELS, seed=11, relations=FEW_TYPES)  # the restarted server plans each type again
    assert NODES + RELS > ONE_TRANSACTION_MAX  # batch by batch, so a crash leaves part of it
    half = threading.Event()
    failure: list[BaseException] = []

    killed = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= total * 0.3:
            half.set()
            killed.wait(120)  # hold the load here until the server is gone

    def load() -> None:
        try:
            with _driver(crash_server) as driver:
                # one worker: with two, the other goes on writing while progress holds this one
                load_graph(driver, G, database="neo4j", batch_size=BATCH, progress=progress,
                           one_transaction_max=ONE_TRANSACTION_MAX, workers=1)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            failure.append(exc)
        finally:
            half.set()

    loader = threading.Thread(target=load)
    loader.start()
    assert half.wait(600), "the load never reached 30 %"
    before = crash_server.status()
    assert crash_server.kill() is True
    assert crash_server.status().running is False
    killed.set()
    loader.join(600)
    assert not loader.is_alive()
    assert len(failure) == 1 and isinstance(failure[0], StoreError), failure
    assert "rerun to finish" in str(failure[0])
    said = re.search(r"; (\d+) of \d+ rows were written \(committed\)(?:, and perhaps (\d+) more "
                     r"\(the connection broke while they were being committed\))?; rerun",
                     str(failure[0]))
    # a batch whose commit the kill cut off may or may not be there: the message says so
    written, unsure = int(said[1]), int(said[2] or 0)

    after = crash_server.start(timeout=300)
    assert (after.started, after.uri) == (True, before.uri)  # a restart keeps its port
    assert after.pid != before.pid
    assert crash_server.status().nodes == NODES + 1
    with _driver(crash_server) as driver:
        nodes, rels = counts(driver)
        # the committed batches, no more, and the load's lease, which the crash left behind
        assert nodes == NODES + 1 and 0 < rels < RELS
        assert written <= NODES + rels <= written + unsure  # what the error said was committed
        summary = load_graph(driver, G, database="neo4j", batch_size=BATCH, lock_wait=10,
                             one_transaction_max=ONE_TRANSACTION_MAX)
        assert summary.relationships_created == RELS - rels
        assert (summary.nodes_created, summary.nodes_updated, summary.relationships_updated) == (0, 0, 0)
        assert counts(driver) == (NODES, RELS)
        assert nodes_and_edges(read_networkx(driver, database="neo4j")) == nodes_and_edges(G)
        again = load_graph(driver, G, database="neo4j", batch_size=BATCH,
                           one_transaction_max=ONE_TRANSACTION_MAX)
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
def test_load_command_prints_one_line_without_traceback(neo4j_server, schema_driver, small_data,
                                                        overrides, expected):
    if overrides.get("NEO4J_URI") == "stopped":
        overrides = {"NEO4J_URI": f"bolt://127.0.0.1:{_free_port()}"}
    result = CliRunner().invoke(cli_app(), ["load", str(small_data)], env=_env(neo4j_server, **overrides))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0], result.stderr
    assert "Traceback" not in result.output and result.stdout == ""
    assert counts(schema_driver) == (0, 0)
