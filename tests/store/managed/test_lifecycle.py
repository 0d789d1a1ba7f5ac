"""One extra managed instance, from its first boot to its failures: start, status, stop, secrets.

Its first start, from an empty state directory with a password full of awkward
characters written beforehand, runs while a thread reads every process's command line
and environment. The later tests use the same instance in turn, in this order (each boot costs 8-20 s):
log in to it, show its status and logs, stop it, let a start time out, start and stop
it through the CLI with memory options, fail to start it while another process holds
its store lock, then start it without Maven. The session's server (``neo4j_server``)
is left alone; a crash and restart is in tests/store/test_faults.py.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import stat
import threading
from pathlib import Path
from urllib.parse import quote

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.errors import StoreError
from graphkit.store.managed.jars import NEO4J_VERSION, default_cache_dir
from graphkit.store.managed.server import ManagedNeo4j
from graphkit.store.settings import Settings, connect

pytestmark = pytest.mark.neo4j

INSTANCE = "lifecycle"
PASSWORD = 'p@ss/w%rd: with spaces "q" \\ end'
ENCODED = quote(PASSWORD, safe="")


class _ProcWatch(threading.Thread):
    """Reads /proc/*/cmdline and /proc/*/environ of every process until stopped."""

    def __init__(self, needles: list[bytes]):
        super().__init__(daemon=True)
        self.needles = needles
        self.done = threading.Event()
        self.found: list[str] = []
        self.admin_tool_seen = self.server_seen = 0
        self.scans = 0

    def run(self) -> None:
        while not self.done.is_set():
            for entry in os.scandir("/proc"):
                if not entry.name.isdigit():
                    continue
                for part in ("cmdline", "environ"):
                    try:
                        with open(f"/proc/{entry.name}/{part}", "rb") as handle:
                            data = handle.read()
                    except OSError:
                        continue
                    if part == "cmdline":
                        self.admin_tool_seen += b"set-initial-password" in data
                        self.server_seen += b"CommunityEntryPoint" in data
                    if any(needle in data for needle in self.needles):
                        self.found.append(f"/proc/{entry.name}/{part}: {data[:300]!r}")
            self.scans += 1
            self.done.wait(0.01)


@pytest.fixture(scope="module")
def booted(tmp_path_factory):
    """A first start from an empty state directory, the password in a 0600 file beforehand."""
    state_dir = tmp_path_factory.mktemp("lifecycle-state")
    server = ManagedNeo4j(INSTANCE, state_dir=state_dir)
    server.home.mkdir(parents=True)
    fd = os.open(server.password_file, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, (PASSWORD + "\n").encode())
    os.close(fd)
    watch = _ProcWatch([PASSWORD.encode(), ENCODED.encode()])
    watch.start()
    try:
        info = server.start(timeout=240)
    finally:
        watch.done.set()
        watch.join()
    yield server, info, watch, state_dir
    server.stop()


def _cli(args: list[str], **env: str | None):
    return CliRunner().invoke(app, args, env=env)


def _cmdline(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")


def _setting(server: ManagedNeo4j, name: str) -> str:
    with connect(server.settings()) as driver:
        records = driver.execute_query(
            "CALL dbms.listConfig($name) YIELD name, value RETURN value", name=name, database_="neo4j"
        ).records
    return records[0]["value"]


def _snapshot(lib: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in lib.iterdir()} | {".": lib.stat().st_mtime_ns}


def test_first_start_hands_the_password_to_neo4j_without_any_command_line_or_log(booted):
    server, info, watch, _ = booted
    assert info.started is True
    assert watch.admin_tool_seen > 0, "the watch never saw set-initial-password run"
    assert watch.server_seen > 0 and watch.scans > 20
    assert watch.found == []
    assert list(server.home.glob(".initial-password*")) == []  # the argument file is gone
    assert stat.S_IMODE(server.password_file.stat().st_mode) == 0o600
    with connect(Settings(info.uri, "neo4j", PASSWORD, source="test")) as driver:
        assert driver.execute_query("RETURN 1 AS one", database_="neo4j").records[0]["one"] == 1
    logs = [p for p in server.home.rglob("*") if p.is_file() and p.suffix in {".log", ".conf"}]
    assert any(p.name == "console.log" for p in logs)
    for path in logs + [server.home / "server.json"]:
        text = path.read_bytes()
        assert PASSWORD.encode() not in text and ENCODED.encode() not in text, path
    # the JVMs' class archives (the admin tool's written by a run that read the password)
    archives = list(server.cache_dir.rglob("*.jsa")) + list(server.home.glob("*.jsa.tmp"))
    assert archives, "no class archive was written or found"
    for path in archives:
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_running_instance_reports_its_status_and_a_second_start_leaves_it_alone(booted):
    server, info, _, _ = booted
    assert info.uri == f"bolt://127.0.0.1:{info.bolt_port}"
    assert info.http_port is None
    status = server.status()
    assert (status.running, status.uri, status.pid) == (True, info.uri, info.pid)
    assert (status.nodes, status.relationships, status.problem) == (0, 0, None)
    assert status.data_dir == server.home / "data"
    again = server.start()
    assert (again.started, again.pid, again.uri) == (False, info.pid, info.uri)


def test_neo4j_uri_credentials_log_in_while_the_driver_never_sees_them(booted, caplog):
    _, info, _, state_dir = booted
    port = info.bolt_port
    caplog.set_level(logging.DEBUG, logger="neo4j")
    for uri in (f"bolt://neo4j:{ENCODED}@127.0.0.1:{port}",
                f"neo4j://neo4j:{PASSWORD}@127.0.0.1:{port}"):
        result = _cli(["cypher", "RETURN 1 AS one"], NEO4J_URI=uri, NEO4J_PASSWORD=None,
                      NEO4J_USERNAME=None, GRAPHKIT_STATE_DIR=str(state_dir))
        assert result.exit_code == 0, result.output
        assert result.stderr == "1 row\n"
        assert PASSWORD not in result.output and ENCODED not in result.output
    assert "neo4j" in caplog.text  # the driver did log, and never the password or the URI's
    assert PASSWORD not in caplog.text and ENCODED not in caplog.text
    # NEO4J_PASSWORD wins over the URI's password, both ways
    wrong = f"bolt://neo4j:not-it-at-all@127.0.0.1:{port}"
    good = _cli(["cypher", "RETURN 1"], NEO4J_URI=wrong, NEO4J_PASSWORD=PASSWORD)
    assert good.exit_code == 0, good.output
    refused = _cli(["cypher", "RETURN 1"], NEO4J_URI=f"bolt://neo4j:{ENCODED}@127.0.0.1:{port}",
                   NEO4J_PASSWORD="not-it-at-all")
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"error: Neo4j at bolt://127.0.0.1:{port} refused the password for user 'neo4j' "
        "(from the NEO4J_* environment variables)\n"
    )
    assert PASSWORD not in refused.output and ENCODED not in refused.output


def test_status_logs_and_errors_never_show_a_password_of_awkward_characters(booted):
    _, info, _, state_dir = booted
    shown = []
    for args in (["neo4j", "status", "--instance", INSTANCE],
                 ["neo4j", "logs", "--instance", INSTANCE, "--lines", "100000"]):
        shown.append(_cli(args, GRAPHKIT_STATE_DIR=str(state_dir)))
        assert shown[-1].exit_code == 0, shown[-1].output
    assert f"uri:           {info.uri}" in shown[0].stdout and "Started." in shown[1].stdout
    for uri in (f"bolt://neo4j:{PASSWORD}@127.0.0.1:1", f"bolt://neo4j:{ENCODED}@127.0.0.1:1"):
        for password in (PASSWORD, None):
            shown.append(_cli(["cypher", "RETURN 1"], NEO4J_URI=uri, NEO4J_PASSWORD=password))
            assert shown[-1].exit_code == 1
            assert shown[-1].stderr.startswith("error: nothing answers at bolt://127.0.0.1:1 ")
    routed = f"bolt://neo4j:{PASSWORD}@127.0.0.1:{info.bolt_port}?x=1"  # refused by the driver
    shown.append(_cli(["cypher", "RETURN 1"], NEO4J_URI=routed, NEO4J_PASSWORD=None))
    assert shown[-1].exit_code == 1 and "routing context" in shown[-1].stderr.lower()
    for result in shown:
        for secret in (PASSWORD, ENCODED, "ss/w%rd", "with spaces"):
            assert secret not in result.output, (secret, result.output)
        assert result.stderr.count("\n") <= 1 and "Traceback" not in result.output


def test_stop_ends_the_server_and_connecting_then_says_nothing_answers(booted):
    server, _, _, _ = booted
    info = server.start()  # already running: returns at once
    settings = server.settings()
    assert server.stop() is True
    status = server.status()
    assert (status.running, status.uri, status.nodes) == (False, None, None)
    assert not server.state_file.exists()
    assert server.stop() is False
    with pytest.raises(StoreError) as caught, connect(settings):
        pass
    message = str(caught.value)
    assert message.startswith(f"nothing answers at {info.uri}")
    assert "graphkit neo4j start" in message and "\n" not in message


def test_managed_neo4j_start_timeout_stops_the_server_and_shows_its_log(booted):
    server, _, _, _ = booted
    server.stop()
    with pytest.raises(StoreError) as caught:
        server.start(timeout=1)
    message = str(caught.value)
    assert message.startswith(f"Neo4j instance '{INSTANCE}' did not answer on bolt://127.0.0.1:")
    assert "within 1 s; end of " in message
    assert "---- graphkit: starting at" in message
    assert server.is_running() is False
    assert not server.state_file.exists()


def test_cli_start_with_memory_options_status_logs_stop_never_print_the_password(
    booted, monkeypatch
):
    server, _, _, state_dir = booted
    server.stop()  # so that the CLI starts it, with its memory options
    monkeypatch.delenv("GRAPHKIT_NEO4J_HEAP", raising=False)
    monkeypatch.delenv("GRAPHKIT_NEO4J_PAGECACHE", raising=False)
    env = {"GRAPHKIT_STATE_DIR": str(state_dir)}
    results = []
    try:
        results.append(_cli(["neo4j", "start", "--instance", INSTANCE, "--heap", "1g",
                             "--pagecache", "128m"], **env))
        assert results[-1].exit_code == 0, results[-1].output
        assert f"Neo4j instance '{INSTANCE}' started bolt://127.0.0.1:" in results[-1].stdout
        pid = server.status().pid
        assert {"-Xmx1024m", "-Xmn512m", "-XX:+UseParallelGC"} <= set(_cmdline(pid))
        assert _setting(server, "server.memory.pagecache.size") == "128.00MiB"
        results.append(_cli(["neo4j", "start", "--instance", INSTANCE, "--heap", "2g"], **env))
        assert results[-1].exit_code == 0
        assert f"Neo4j instance '{INSTANCE}' already running: bolt://" in results[-1].stdout
        assert "apply at the next start" in results[-1].output
        results.append(_cli(["neo4j", "status", "--instance", INSTANCE], **env))
        assert results[-1].exit_code == 0
        status = results[-1].stdout
        assert "running:       yes" in status
        assert f"uri:           {server.uri}" in status
        assert f"password file: {server.password_file}" in status
        assert "nodes:         " in status and "relationships: " in status
        results.append(_cli(["neo4j", "logs", "--instance", INSTANCE, "--lines", "100000"], **env))
        assert results[-1].exit_code == 0
        assert "Started." in results[-1].stdout
        password = server.password
    finally:
        results.append(_cli(["neo4j", "stop", "--instance", INSTANCE], **env))
    assert results[-1].exit_code == 0
    assert results[-1].stdout == f"stopped Neo4j instance '{INSTANCE}'\n"
    results.append(_cli(["neo4j", "status", "--instance", INSTANCE], **env))
    assert "running:       no" in results[-1].stdout
    assert len(password) >= 30
    assert stat.S_IMODE(server.password_file.stat().st_mode) == 0o600
    for result in results:
        assert password not in result.stdout + result.stderr
    for log in server.logs_dir.iterdir():
        assert password not in log.read_text(errors="replace"), log
    bad = _cli(["neo4j", "start", "--instance", INSTANCE], **env, GRAPHKIT_NEO4J_HEAP="plenty")
    assert bad.exit_code != 0
    assert "GRAPHKIT_NEO4J_HEAP: expected a size such as 2g or 512m, got 'plenty'" in bad.output
    assert server.is_running() is False


def test_a_failed_start_names_its_cause_then_a_start_without_maven_downloads_nothing(
    booted, java_only_path, monkeypatch
):
    server, _, _, _ = booted
    server.stop()
    lock = server.data_dir / "databases" / "store_lock"
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as another Neo4j on this data would
        with pytest.raises(StoreError) as caught:
            server.start(timeout=180)
    finally:
        os.close(fd)
    first, *tail = str(caught.value).split("\n")
    assert first.startswith(
        f"Neo4j instance '{INSTANCE}' exited with code 1 while starting: another process holds "
        f"the lock on {server.data_dir}"
    )
    assert first.endswith(f"; end of {server.console_log}:")
    assert 1 <= len(tail) <= 12
    assert not any(line.lstrip().startswith("at ") for line in tail)
    assert any("Lock file has been locked by another process" in line for line in tail)
    assert PASSWORD not in str(caught.value)
    assert server.is_running() is False
    # the lock gone, it starts again: with Java alone on PATH, from the cached jars, with the
    # memory sizes it last started with (the CLI's --heap 1g --pagecache 128m)
    monkeypatch.delenv("GRAPHKIT_NEO4J_HEAP", raising=False)
    monkeypatch.delenv("GRAPHKIT_NEO4J_PAGECACHE", raising=False)
    last = json.loads((server.home / "memory.json").read_text(encoding="utf-8"))
    assert last == {"heap": "1g", "pagecache": "128m"}, "the CLI test before this one set them"
    lib = default_cache_dir() / f"neo4j-{NEO4J_VERSION}" / "lib"
    before = _snapshot(lib)
    assert shutil.which("mvn") is None
    info = server.start(timeout=180)
    assert info.started is True
    assert Path(server.state_file).exists()
    assert _snapshot(lib) == before
    assert len(before) > 200
    with connect(server.settings()) as driver:
        assert driver.execute_query("RETURN 1 AS one", database_="neo4j").records[0]["one"] == 1
    assert "-Xmx1024m" in _cmdline(info.pid)
    assert _setting(server, "server.memory.pagecache.size") == "128.00MiB"
