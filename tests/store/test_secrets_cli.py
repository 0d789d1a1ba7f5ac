"""Issue 12 without a server: redaction, malformed NEO4J_URI, unusable state directory, full disk.

Every failure here is what a user can cause, so each must be one line ``error: ...``
and exit code 1 from the real command line, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.store.server import ManagedNeo4j
from graphkit.store.settings import Settings

MALFORMED = [
    "bolt://",
    "bolt://host:notaport",
    "bolt://host:99999",
    "bolt://host:",
    "bolt://[::1",
    "bolt://[nothex]:7687",
    "bolt://::1",
    "http://x",
    "localhost:7687",
    "bolt://ho st:7687",
    "bolt://host\n:7687",
    "bolt://host:7687/\tx",
    "bolt://:7687",
    "bolt://u:p@:7687",
    "neo4j://u:s3cret/pw@",
]


def _one_line_error(result) -> str:
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output
    return result.stderr


def test_redact_uri_hides_everything_up_to_the_last_at():
    from graphkit.store.secrets import redact, redact_uri

    assert redact_uri("bolt://neo4j:p@ssPW3@host:7687") == "bolt://***@host:7687"
    assert redact_uri("neo4j+s://u:a/b@c@db.example") == "neo4j+s://***@db.example"
    assert redact_uri("bolt://host:7687") == "bolt://host:7687"
    assert Settings("bolt://u:x/y@z@h:1", "neo4j", "pw").shown_uri == "bolt://***@h:1"
    message = redact("at bolt://u:p@ss/w@h:1 and neo4j://a:b@c, not user@example.org")
    assert message == "at bolt://***@h:1 and neo4j://***@c, not user@example.org"


def test_redact_blanks_every_password_graphkit_was_given():
    from graphkit.store.secrets import redact

    Settings("bolt://h:1", "neo4j", "a:b@c/d% e")
    assert redact("auth failed for 'a:b@c/d% e' (a%3Ab%40c%2Fd%25%20e)") == (
        "auth failed for '********' (********)"
    )
    assert redact("the word pw stays", "pw") == "the word pw stays"  # too short to blank out


def test_settings_take_credentials_out_of_neo4j_uri():
    env = {"NEO4J_URI": "neo4j+s://reader:p%40ss/w@db.example:7687"}
    settings = Settings.from_env(env)
    assert (settings.uri, settings.username, settings.password) == (
        "neo4j+s://db.example:7687", "reader", "p@ss/w"
    )
    env |= {"NEO4J_USERNAME": "writer", "NEO4J_PASSWORD": "from-env"}
    settings = Settings.from_env(env)
    assert (settings.uri, settings.username, settings.password) == (
        "neo4j+s://db.example:7687", "writer", "from-env"
    )


@pytest.mark.parametrize("uri", MALFORMED)
def test_a_malformed_neo4j_uri_is_one_line_for_cypher_and_load(uri, small_data, tmp_path):
    env = {"NEO4J_URI": uri, "NEO4J_PASSWORD": "pw-secret", "GRAPHKIT_STATE_DIR": str(tmp_path)}
    for args in (["cypher", "RETURN 1"], ["load", str(small_data)],
                 ["load", str(small_data), "--bulk"]):
        message = _one_line_error(CliRunner().invoke(app, args, env=env))
        assert message.startswith("error: Neo4j URI '"), (args, message)
        assert "expected" in message
        assert "s3cret" not in message and "pw-secret" not in message


def test_load_bulk_never_prints_credentials_of_neo4j_uri(small_data, tmp_path):
    env = {"NEO4J_URI": "bolt://neo4j:s3cret/pass@elsewhere.example:7687",
           "GRAPHKIT_STATE_DIR": str(tmp_path)}
    message = _one_line_error(
        CliRunner().invoke(app, ["load", str(small_data), "--bulk"], env=env)
    )
    assert message == (
        "error: --bulk replaces the database of the managed server only, and NEO4J_URI points "
        "to bolt://elsewhere.example:7687; unset NEO4J_URI to use the managed instance, or load "
        "without --bulk\n"
    )


@pytest.mark.parametrize("where", ["file", "file/below"])
def test_a_state_dir_that_is_or_lies_under_a_file_is_one_line_everywhere(
    where, tmp_path, small_data
):
    (tmp_path / "file").write_text("not a directory\n")
    state = tmp_path / where
    env = {"GRAPHKIT_STATE_DIR": str(state), "NEO4J_URI": None}
    for args in (["neo4j", "start"], ["neo4j", "status"], ["neo4j", "stop"], ["neo4j", "logs"],
                 ["cypher", "RETURN 1"], ["load", str(small_data)],
                 ["load", str(small_data), "--bulk"]):
        message = _one_line_error(CliRunner().invoke(app, args, env=env))
        assert message == (
            f"error: cannot keep Neo4j instance 'default' under {state}: {tmp_path / 'file'} "
            "is not a directory; expected a directory you can write (set GRAPHKIT_STATE_DIR "
            "to one)\n"
        ), args
    assert (tmp_path / "file").read_text() == "not a directory\n"


def test_a_state_dir_that_cannot_be_created_is_one_line_for_start():
    # /sys refuses new directories even to root (EPERM), as a read-only place would
    result = CliRunner().invoke(app, ["neo4j", "start"],
                                env={"GRAPHKIT_STATE_DIR": "/sys/graphkit-state-test"})
    message = _one_line_error(result)
    assert message.startswith("error: cannot ")
    assert "/sys/graphkit-state-test" in message and "expected a" in message
    assert not Path("/sys/graphkit-state-test").exists()


def test_start_with_too_little_free_disk_says_how_much_is_free_where(tmp_path):
    env = {"GRAPHKIT_STATE_DIR": str(tmp_path), "GRAPHKIT_NEO4J_MIN_FREE_MB": str(1 << 40)}
    try:
        message = _one_line_error(CliRunner().invoke(app, ["neo4j", "start"], env=env))
    finally:  # should a server have started after all, it must not outlive the test
        ManagedNeo4j("default", state_dir=tmp_path).stop()
    home = tmp_path / "neo4j" / "default"
    assert message.startswith("error: only ")
    assert (f" MB free in {home}, where Neo4j instance 'default' keeps its data; "
            f"expected at least {1 << 40} MB") in message
    assert not (home / "password").exists() and not (home / "logs").exists()  # nothing ran
    bad = CliRunner().invoke(app, ["neo4j", "start"],
                             env={**env, "GRAPHKIT_NEO4J_MIN_FREE_MB": "lots"})
    assert _one_line_error(bad) == (
        "error: GRAPHKIT_NEO4J_MIN_FREE_MB: expected a whole number of megabytes, got 'lots'\n"
    )


def test_start_failure_explanations_put_a_full_disk_first(tmp_path):
    from graphkit.store.diagnose import explain, short_tail

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
