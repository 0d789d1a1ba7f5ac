"""The managed local Neo4j: start, status, stop, crash, restart, and its CLI (real server)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli.neo4j import app
from graphkit.errors import StoreError
from graphkit.store._procs import port_free as _port_free
from graphkit.store.server import (
    NEO4J_VERSION,
    ManagedNeo4j,
    default_cache_dir,
    ensure_jars,
)
from graphkit.store.settings import connect
from tests.neo4j_fixtures import wipe

INSTALL = "apt-get install openjdk-17-jre-headless maven"


@pytest.fixture(scope="module")
def state_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("lifecycle-state")


@pytest.fixture(scope="module")
def managed(state_dir: Path):
    """A second managed instance, apart from the session's, that these tests start and stop."""
    server = ManagedNeo4j("lifecycle", state_dir=state_dir)
    yield server
    server.stop()


@pytest.fixture
def java_only_path(tmp_path: Path, monkeypatch) -> Path:
    """PATH holding java and nothing else, so Maven cannot run."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(f"java is not installed: {INSTALL}")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "java").symlink_to(os.path.realpath(java))
    monkeypatch.setenv("PATH", str(bin_dir))
    return bin_dir


def _snapshot(lib: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in lib.iterdir()} | {".": lib.stat().st_mtime_ns}


def test_managed_neo4j_start_status_stop_round_trip(managed):
    info = managed.start()
    try:
        assert info.started is True
        assert info.uri == f"bolt://127.0.0.1:{info.bolt_port}"
        assert info.http_port is None
        status = managed.status()
        assert (status.running, status.uri, status.pid) == (True, info.uri, info.pid)
        assert (status.nodes, status.relationships, status.problem) == (0, 0, None)
        assert status.data_dir == managed.home / "data"
        again = managed.start()
        assert (again.started, again.pid, again.uri) == (False, info.pid, info.uri)
        settings = managed.settings()
    finally:
        assert managed.stop() is True
    status = managed.status()
    assert (status.running, status.uri, status.nodes) == (False, None, None)
    assert not managed.state_file.exists()
    assert managed.stop() is False
    with pytest.raises(StoreError) as caught, connect(settings):
        pass
    message = str(caught.value)
    assert message.startswith(f"nothing answers at {info.uri}")
    assert "graphkit neo4j start" in message and "\n" not in message


def test_second_start_downloads_nothing_and_needs_no_maven(managed, java_only_path):
    lib = default_cache_dir() / f"neo4j-{NEO4J_VERSION}" / "lib"
    before = _snapshot(lib)
    assert shutil.which("mvn") is None
    info = managed.start()
    try:
        assert _snapshot(lib) == before
        assert len(before) > 200
        with connect(managed.settings()) as driver:
            assert driver.execute_query("RETURN 1 AS one", database_="neo4j").records[0]["one"] == 1
    finally:
        managed.stop()
    assert info.started is True


def test_managed_neo4j_restart_after_kill_keeps_committed_data_and_uri(managed):
    first = managed.start()
    try:
        with connect(managed.settings()) as driver:
            wipe(driver)
            driver.execute_query(
                "UNWIND range(1, 100) AS i CREATE (:Country {iso3: 'X' + i})", database_="neo4j"
            )
        assert managed.kill() is True
        assert managed.status().running is False
        second = managed.start()
        assert (second.started, second.uri) == (True, first.uri)
        assert second.pid != first.pid
        assert managed.status().nodes == 100
    finally:
        managed.stop()


def test_managed_neo4j_start_timeout_stops_the_server_and_shows_its_log(managed):
    with pytest.raises(StoreError) as caught:
        managed.start(timeout=1)
    message = str(caught.value)
    assert message.startswith("Neo4j instance 'lifecycle' did not answer on bolt://127.0.0.1:")
    assert "within 1 s; end of " in message
    assert "---- graphkit: starting at" in message
    assert managed.is_running() is False
    assert not managed.state_file.exists()


def test_cli_neo4j_commands_never_print_the_password(state_dir, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_STATE_DIR", str(state_dir))
    runner = CliRunner()
    server = ManagedNeo4j("lifecycle", state_dir=state_dir)
    results = []
    try:
        results.append(runner.invoke(app, ["start", "--instance", "lifecycle"]))
        assert results[-1].exit_code == 0, results[-1].output
        assert "Neo4j instance 'lifecycle' started bolt://127.0.0.1:" in results[-1].stdout
        results.append(runner.invoke(app, ["start", "--instance", "lifecycle"]))
        assert results[-1].exit_code == 0
        assert "Neo4j instance 'lifecycle' already running: bolt://" in results[-1].stdout
        results.append(runner.invoke(app, ["status", "--instance", "lifecycle"]))
        assert results[-1].exit_code == 0
        status = results[-1].stdout
        assert "running:       yes" in status
        assert f"uri:           {server.uri}" in status
        assert f"password file: {server.password_file}" in status
        assert "nodes:         " in status and "relationships: " in status
        results.append(runner.invoke(app, ["logs", "--instance", "lifecycle", "--lines", "100000"]))
        assert results[-1].exit_code == 0
        assert "Started." in results[-1].stdout
        password = server.password
    finally:
        results.append(runner.invoke(app, ["stop", "--instance", "lifecycle"]))
    assert results[-1].exit_code == 0
    assert results[-1].stdout == "stopped Neo4j instance 'lifecycle'\n"
    results.append(runner.invoke(app, ["status", "--instance", "lifecycle"]))
    assert "running:       no" in results[-1].stdout
    assert len(password) >= 30
    assert stat.S_IMODE(server.password_file.stat().st_mode) == 0o600
    for result in results:
        assert password not in result.stdout + result.stderr
    for log in server.logs_dir.iterdir():
        assert password not in log.read_text(errors="replace"), log


def test_start_without_java_says_what_to_install_and_how_to_use_another_neo4j(
    tmp_path, monkeypatch
):
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    server = ManagedNeo4j("nojava", state_dir=tmp_path / "state")
    with pytest.raises(StoreError) as caught:
        server.start()
    message = str(caught.value)
    assert message.startswith(
        "Java is needed to run the local Neo4j 5.26.30 but `java` is not on PATH"
    )
    assert INSTALL in message
    assert "NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE" in message
    assert "\n" not in message
    monkeypatch.setenv("GRAPHKIT_STATE_DIR", str(tmp_path / "state"))
    result = CliRunner().invoke(app, ["start"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"error: {message.replace('nojava', 'default')}\n"


def test_ensure_jars_without_maven_says_what_to_install_and_leaves_no_cache(
    tmp_path, java_only_path
):
    with pytest.raises(StoreError) as caught:
        ensure_jars(tmp_path / "cache")
    message = str(caught.value)
    assert message.startswith("Maven (mvn) is needed once to fetch the Neo4j 5.26.30 jars")
    assert INSTALL in message and "NEO4J_URI" in message
    assert not (tmp_path / "cache" / f"neo4j-{NEO4J_VERSION}" / "lib").exists()


def test_managed_neo4j_ignores_a_stale_state_file(tmp_path):
    server = ManagedNeo4j("stale", state_dir=tmp_path)
    server.home.mkdir(parents=True)
    server.state_file.write_text(json.dumps({"pid": os.getpid(), "bolt_port": 1}))
    assert server.is_running() is False
    assert not server.state_file.exists()
    assert server.status().running is False
    assert server.stop() is False
    with pytest.raises(StoreError, match="Neo4j instance 'stale' is not running"):
        _ = server.uri


def test_managed_neo4j_refuses_an_instance_name_that_is_a_path():
    with pytest.raises(StoreError) as caught:
        ManagedNeo4j("../x")
    assert str(caught.value) == "instance name: expected letters, digits, '-' or '_', got '../x'"


def test_managed_neo4j_logs_are_empty_before_the_first_start(tmp_path):
    assert ManagedNeo4j("new", state_dir=tmp_path).logs(10) == ""
    result = CliRunner().invoke(
        app, ["logs", "--instance", "new"], env={"GRAPHKIT_STATE_DIR": str(tmp_path)}
    )
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "no log yet for Neo4j instance 'new'\n"


def test_a_port_left_in_time_wait_by_a_killed_server_counts_as_free():
    # A server killed mid-connection leaves TIME_WAIT sockets on its port; the restart
    # must still reuse that port (CI once saw the URI change after a kill).
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert _port_free(port) is False
        client = socket.create_connection(("127.0.0.1", port))
        accepted, _ = listener.accept()
        accepted.close()
        client.recv(1)
        client.close()
    # /proc/net/tcp: local address as hex ip:port, state 06 = TIME_WAIT
    sockets = [line.split() for line in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    assert any(f[1] == f"0100007F:{port:04X}" and f[3] == "06" for f in sockets), (
        "the server side did not close first; the test set-up is wrong"
    )
    assert _port_free(port) is True


def test_neo4j_driver_fixture_gives_an_empty_database_and_wipe_clears_schema(neo4j_driver):
    run = neo4j_driver.execute_query
    assert run("MATCH (n) RETURN count(n) AS c", database_="neo4j").records[0]["c"] == 0
    run(
        "CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (c:Country) REQUIRE c.iso3 IS UNIQUE",
        database_="neo4j",
    )
    run(
        "CREATE INDEX programme_name IF NOT EXISTS FOR (p:Programme) ON (p.name)", database_="neo4j"
    )
    run(
        "CREATE (:Country {iso3: 'XAA'})-[:MEMBER_OF]->(:Organisation {id: 'club'})",
        database_="neo4j",
    )
    wipe(neo4j_driver)
    assert run("MATCH (n) RETURN count(n) AS c", database_="neo4j").records[0]["c"] == 0
    assert run("SHOW CONSTRAINTS", database_="neo4j").records == []
    types = {r["type"] for r in run("SHOW INDEXES YIELD type", database_="neo4j").records}
    assert types <= {"LOOKUP"}


def _cmdline(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")


def _setting(managed: ManagedNeo4j, name: str) -> str:
    with connect(managed.settings()) as driver:
        records = driver.execute_query(
            "CALL dbms.listConfig($name) YIELD name, value RETURN value", name=name, database_="neo4j"
        ).records
    return records[0]["value"]


def test_neo4j_start_memory_options_reach_the_server_and_are_kept_for_restarts(
    managed, monkeypatch
):
    monkeypatch.delenv("GRAPHKIT_NEO4J_HEAP", raising=False)
    monkeypatch.delenv("GRAPHKIT_NEO4J_PAGECACHE", raising=False)
    monkeypatch.setenv("GRAPHKIT_STATE_DIR", str(managed.home.parent.parent))
    runner = CliRunner()
    try:
        done = runner.invoke(
            app, ["start", "--instance", "lifecycle", "--heap", "1g", "--pagecache", "128m"]
        )
        assert done.exit_code == 0, done.output
        pid = managed.status().pid
        assert {"-Xmx1024m", "-Xmn512m", "-XX:+UseParallelGC"} <= set(_cmdline(pid))
        assert _setting(managed, "server.memory.pagecache.size") == "128.00MiB"
        again = runner.invoke(app, ["start", "--instance", "lifecycle", "--heap", "2g"])
        assert again.exit_code == 0 and "apply at the next start" in again.output
        managed.stop()
        info = managed.start()  # no sizes given: the ones it last started with
        assert "-Xmx1024m" in _cmdline(info.pid)
        assert _setting(managed, "server.memory.pagecache.size") == "128.00MiB"
    finally:
        managed.stop()
    monkeypatch.setenv("GRAPHKIT_NEO4J_HEAP", "plenty")
    bad = runner.invoke(app, ["start", "--instance", "lifecycle"])
    assert bad.exit_code != 0
    assert "GRAPHKIT_NEO4J_HEAP: expected a size such as 2g or 512m, got 'plenty'" in bad.output
    assert managed.is_running() is False
