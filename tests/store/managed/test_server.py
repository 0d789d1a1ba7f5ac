"""The managed local Neo4j without booting one of its own: refusals, stale state, ports, the session's server.

The lifecycle of an instance (start, status, stop, crash, restart) is in
test_lifecycle.py, on one extra instance; a crash mid-load is in tests/store/test_faults.py.
"""

from __future__ import annotations

import json
import os
import socket
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli.neo4j import app
from graphkit.errors import StoreError
from graphkit.io import read_dataset
from graphkit.store.load import load_graph
from graphkit.store.managed.jars import NEO4J_VERSION, ensure_jars
from graphkit.store.managed.processes import port_free
from graphkit.store.managed.server import ManagedNeo4j
from tests.neo4j_fixtures import schema_names, wipe
from tests.store.managed.conftest import INSTALL


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


@pytest.mark.parametrize("options, expected", [
    ("Xmx1g", "'Xmx1g' is not a JVM option; expected options that start with '-'"),
    ("-Dx='open", "No closing quotation; expected JVM options as a shell would quote them"),
])
def test_start_with_bad_java_options_is_one_line_and_runs_no_java(tmp_path, monkeypatch, options, expected):
    monkeypatch.setenv("GRAPHKIT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("GRAPHKIT_NEO4J_JAVA_OPTIONS", options)
    result = CliRunner().invoke(app, ["start"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"error: GRAPHKIT_NEO4J_JAVA_OPTIONS: {expected}" + (
        ", such as -XX:TieredStopAtLevel=1\n" if options == "Xmx1g" else "\n")
    home = tmp_path / "state" / "neo4j" / "default"
    assert not (home / "server.json").exists() and not (home / "data" / "dbms").exists()


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
        assert port_free(port) is False
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
    assert port_free(port) is True


@pytest.mark.neo4j
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


@pytest.mark.neo4j
def test_schema_driver_fixture_gives_no_data_and_exactly_the_loaders_constraints(
    schema_driver, small_data
):
    run = schema_driver.execute_query
    assert run("MATCH (n) RETURN count(n) AS c", database_="neo4j").records[0]["c"] == 0
    names = schema_names(schema_driver)
    assert {"entity_id", "country_id", "entity_name", "entity_kind", "graphkit_lock_name"} <= names
    summary = load_graph(schema_driver, read_dataset(small_data), database="neo4j")
    assert (summary.constraints_added, summary.indexes_added) == (0, 0)  # nothing to create
    assert schema_names(schema_driver) == names


@pytest.mark.neo4j
def test_a_generated_password_is_long_private_and_never_in_the_logs(neo4j_server):
    managed = neo4j_server.managed  # its first start generated the password
    password = managed.password
    assert len(password) == 32 and not password.startswith("-")
    assert stat.S_IMODE(managed.password_file.stat().st_mode) == 0o600
    assert list(managed.home.glob(".initial-password*")) == []
    for log in managed.logs_dir.iterdir():
        assert password not in log.read_text(errors="replace"), log
