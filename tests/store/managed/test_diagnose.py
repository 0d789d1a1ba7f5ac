"""Why a managed Neo4j cannot start: too little free disk before, known causes in its log after."""

from __future__ import annotations

from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.store.managed.diagnose import explain, short_tail
from graphkit.store.managed.server import ManagedNeo4j
from tests.store.helpers import one_line_error


def test_start_with_too_little_free_disk_says_how_much_is_free_where(tmp_path):
    env = {"GRAPHKIT_STATE_DIR": str(tmp_path), "GRAPHKIT_NEO4J_MIN_FREE_MB": str(1 << 40)}
    try:
        message = one_line_error(CliRunner().invoke(app, ["neo4j", "start"], env=env))
    finally:  # should a server have started after all, it must not outlive the test
        ManagedNeo4j("default", state_dir=tmp_path).stop()
    home = tmp_path / "neo4j" / "default"
    assert message.startswith("error: only ")
    assert (f" MB free in {home}, where Neo4j instance 'default' keeps its data; "
            f"expected at least {1 << 40} MB") in message
    assert not (home / "password").exists() and not (home / "logs").exists()  # nothing ran
    bad = CliRunner().invoke(app, ["neo4j", "start"],
                             env={**env, "GRAPHKIT_NEO4J_MIN_FREE_MB": "lots"})
    assert one_line_error(bad) == (
        "error: GRAPHKIT_NEO4J_MIN_FREE_MB: expected a whole number of megabytes, got 'lots'\n"
    )


def test_start_failure_explanations_put_a_full_disk_first(tmp_path):
    log = ("ERROR Failed to start Neo4j\njava.lang.RuntimeException: x\n\tat a.b.C.d(C.java:1)\n"
           "Caused by: java.lang.IllegalArgumentException: Database name 'system' is invalid\n"
           "\t... 12 more\n")
    plenty = explain(log, tmp_path, {"GRAPHKIT_NEO4J_MIN_FREE_MB": "0"})
    assert plenty.startswith("the system database could not be created, which a full disk causes (")
    full = explain(log + "java.io.IOException: No space left on device\n", tmp_path,
                   {"GRAPHKIT_NEO4J_MIN_FREE_MB": str(1 << 40)})
    assert full.startswith("the disk is full (") and f"MB free in {tmp_path})" in full
    assert "system database" not in full
    assert explain("INFO Started.\n", tmp_path, {"GRAPHKIT_NEO4J_MIN_FREE_MB": "0"}) is None
    assert "\tat " not in short_tail(log) and "Database name 'system' is invalid" in short_tail(log)
