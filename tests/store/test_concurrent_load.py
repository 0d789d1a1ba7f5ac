"""Loads that take turns: two at once leave one copy of every claim; stops say what was committed.

All against the real server the suite starts; the CLI runs as a real process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graphkit.errors import LoadInterrupted, StoreError
from graphkit.io import read_dataset
from graphkit.schema import load_schema
from graphkit.store.load import load_graph
from graphkit.store.lock import LEASE_SECONDS, LoadLock, database_lock, this_machine
from graphkit.store.readback import read_networkx
from graphkit.store.synthetic import synthetic_graph
from tests.store.helpers import FEW_TYPES, counts, nodes_and_edges

DATA = Path(__file__).resolve().parents[2] / "data"


def _cli_env(server) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["GRAPHKIT_STATE_DIR"] = str(server.state_dir)
    return env


def _graphkit(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "graphkit", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def reference(neo4j_server):
    """What one load of data/ leaves in the database: counts and every property."""
    import neo4j

    settings = neo4j_server.settings
    with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as driver:
        from tests.neo4j_fixtures import wipe

        wipe(driver)
        load_graph(driver, read_dataset(DATA), database="neo4j")
        return counts(driver), nodes_and_edges(read_networkx(driver, database="neo4j"))


def _nodes_only(driver) -> None:
    """Leave data/'s nodes and no relationship: the state the issue found the race in."""
    load_graph(driver, read_dataset(DATA), database="neo4j")
    driver.execute_query("MATCH ()-[r]->() DELETE r", database_="neo4j")


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("start", "delay"),
    [("empty", 0.0), ("empty", 1.5), ("nodes only", 0.0), ("nodes only", 1.5)],
    ids=["empty-together", "empty-staggered", "nodes-together", "nodes-staggered"],
)
def test_two_cli_loads_at_once_leave_exactly_one_load(neo4j_server, neo4j_driver, reference, start, delay):
    if start == "nodes only":
        _nodes_only(neo4j_driver)
    env = _cli_env(neo4j_server)
    first = _graphkit("load", str(DATA), env=env)
    time.sleep(delay)
    second = _graphkit("load", str(DATA), env=env)
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], results
    created = [int(out.split("relationships (")[1].split(" created")[0]) for out, _ in results]
    ref_counts, ref_graph = reference
    assert sum(created) == ref_counts[1]  # one of them created every relationship, the other none
    assert counts(neo4j_driver) == ref_counts
    assert nodes_and_edges(read_networkx(neo4j_driver, database="neo4j")) == ref_graph
    assert neo4j_driver.execute_query("MATCH (l:GraphkitLock) RETURN count(l) AS n",
                                      database_="neo4j").records[0]["n"] == 0


@pytest.mark.neo4j
def test_a_waiting_load_names_the_one_it_waits_for_and_gives_up_after_lock_wait(neo4j_server, schema_driver):
    schema = load_schema()
    with database_lock(schema_driver, schema, database="neo4j"):
        env = _cli_env(neo4j_server)
        proc = _graphkit("load", str(DATA), "--lock-wait", "2", env=env)
        _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"waiting for another load to finish (process {os.getpid()} on ")
    assert lines[-1].startswith("error: another writer holds the database's load lock")
    assert "waited 2 s" in lines[-1] and "nothing was written" in lines[-1]
    assert counts(schema_driver) == (0, 0) or counts(schema_driver)[1] == 0


@pytest.mark.neo4j
def test_a_lease_left_by_a_dead_process_of_this_machine_is_taken_over_at_once(schema_driver, small_data):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    LoadLock(schema_driver, load_schema(), database="neo4j", name="load").ensure_constraint()
    schema_driver.execute_query(
        "CREATE (:GraphkitLock {name: 'load', owner: 'crashed', machine: $m, pid: $pid, "
        "since: toString(datetime()), heartbeat: datetime()})",
        m=this_machine(), pid=int(dead.stdout), database_="neo4j",
    )
    began = time.monotonic()
    summary = load_graph(schema_driver, read_dataset(small_data), database="neo4j", lock_wait=5)
    assert time.monotonic() - began < 5 and summary.relationships_created == 5


@pytest.mark.neo4j
def test_a_lease_whose_heartbeat_stopped_is_taken_over(schema_driver, small_data):
    LoadLock(schema_driver, load_schema(), database="neo4j", name="load").ensure_constraint()
    schema_driver.execute_query(
        "CREATE (:GraphkitLock {name: 'load', owner: 'elsewhere', machine: 'another-host', pid: 1, "
        "since: '2026-01-01T00:00:00', heartbeat: datetime() - duration({seconds: $old})})",
        old=LEASE_SECONDS + 1, database_="neo4j",
    )
    summary = load_graph(schema_driver, read_dataset(small_data), database="neo4j", lock_wait=5)
    assert summary.relationships_created == 5


@pytest.mark.neo4j
def test_a_live_lease_of_another_machine_is_respected(schema_driver, small_data):
    LoadLock(schema_driver, load_schema(), database="neo4j", name="load").ensure_constraint()
    schema_driver.execute_query(
        "CREATE (:GraphkitLock {name: 'load', owner: 'elsewhere', machine: 'another-host/abc', pid: 4242, "
        "since: '2026-12-01T10:00:00', heartbeat: datetime()})",
        database_="neo4j",
    )
    with pytest.raises(StoreError, match=r"process 4242 on another-host, since 2026-12-01T10:00:00 UTC.*"
                                         r"waited 1 s.*nothing was written"):
        load_graph(schema_driver, read_dataset(small_data), database="neo4j", lock_wait=1)
    assert counts(schema_driver) == (1, 0)  # the lease node alone


@pytest.fixture
def ctrl_c():
    """SIGINT as a terminal gives it (KeyboardInterrupt), whatever this process inherited: a
    background job of a script, or an xdist worker, may start with SIGINT ignored."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def test_a_process_that_ignores_sigint_keeps_ignoring_it_during_a_load():
    from graphkit.store.interrupt import interruptible

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with interruptible() as stop:
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.1)
            assert not stop.is_set()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.mark.neo4j
def test_ctrl_c_while_waiting_for_the_lease_stops_at_once_and_writes_nothing(schema_driver, small_data,
                                                                             ctrl_c):
    import threading

    with database_lock(schema_driver, load_schema(), database="neo4j"):
        threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGINT)).start()
        began = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            load_graph(schema_driver, read_dataset(small_data), database="neo4j", lock_wait=30)
        assert time.monotonic() - began < 10  # not the 30 s of lock_wait
    assert counts(schema_driver) == (0, 0)


@pytest.mark.neo4j
def test_duplicates_left_by_old_versions_are_reported_then_repaired_by_replace(schema_driver, small_data):
    dataset = read_dataset(small_data)
    load_graph(schema_driver, dataset, database="neo4j")
    expected = nodes_and_edges(read_networkx(schema_driver, database="neo4j"))
    # what two racing loads of graphkit 0.1 left: every relationship twice
    for rel_type in sorted(load_schema().relationship_types):  # types from the schema only
        schema_driver.execute_query(
            f"MATCH (a)-[r:`{rel_type}`]->(b) CREATE (a)-[c:`{rel_type}`]->(b) SET c = properties(r)",
            database_="neo4j",
        )
    assert counts(schema_driver) == (8, 10)
    with pytest.raises(StoreError, match=r"duplicated relationships .*`graphkit load --replace` removes them"):
        load_graph(schema_driver, dataset, database="neo4j")
    summary = load_graph(schema_driver, dataset, database="neo4j", replace=True)
    assert summary.relationships_deleted == 5
    assert counts(schema_driver) == (8, 5)
    assert nodes_and_edges(read_networkx(schema_driver, database="neo4j")) == expected


def _interrupt_after(rows: int):
    """A progress callback that sends this process SIGINT once ``rows`` rows are done."""
    sent = []

    def progress(done: int, total: int) -> None:
        if done >= rows and not sent:
            sent.append(done)
            os.kill(os.getpid(), signal.SIGINT)

    return progress


@pytest.mark.neo4j
@pytest.mark.parametrize("workers", [1, 2])
def test_sigint_stops_between_batches_and_says_exactly_what_was_committed(schema_driver, workers,
                                                                         ctrl_c):
    G = synthetic_graph(200, 1800, seed=5, relations=FEW_TYPES)
    with pytest.raises(LoadInterrupted) as caught:
        load_graph(schema_driver, G, database="neo4j", batch_size=200, workers=workers,
                   one_transaction_max=100, progress=_interrupt_after(600))
    message = str(caught.value)
    assert message.startswith("load interrupted (SIGINT): ")
    written = int(message.split(": ")[1].split(" of ")[0])
    assert " of 2000 rows were written (committed)" in message
    nodes, rels = counts(schema_driver)
    assert nodes + rels == written and 200 < written < 2000
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handler given back


@pytest.mark.neo4j
def test_sigint_during_a_one_transaction_load_writes_nothing(schema_driver, ctrl_c):
    G = synthetic_graph(200, 1000, seed=6, relations=FEW_TYPES)
    with pytest.raises(LoadInterrupted, match=r"^load interrupted \(SIGINT\): nothing was written$"):
        load_graph(schema_driver, G, database="neo4j", batch_size=100, progress=_interrupt_after(300))
    assert counts(schema_driver) == (0, 0)
