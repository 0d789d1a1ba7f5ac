"""Secrets that never show, without a server: redaction, credentials in NEO4J_URI, malformed URIs.

Every failure here is what a user can cause, so each must be one line ``error: ...``
and exit code 1 from the real command line, never a traceback. With a server: the
first password's hand-over in tests/store/managed/test_lifecycle.py.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from graphkit.store.secrets import one_line, redact, redact_uri
from graphkit.store.settings import Settings
from tests.store.helpers import one_line_error

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


def test_redact_uri_hides_everything_up_to_the_last_at():
    assert redact_uri("bolt://neo4j:p@ssPW3@host:7687") == "bolt://***@host:7687"
    assert redact_uri("neo4j+s://u:a/b@c@db.example") == "neo4j+s://***@db.example"
    assert redact_uri("bolt://host:7687") == "bolt://host:7687"
    assert Settings("bolt://u:x/y@z@h:1", "neo4j", "pw").shown_uri == "bolt://***@h:1"
    message = redact("at bolt://u:p@ss/w@h:1 and neo4j://a:b@c, not user@example.org")
    assert message == "at bolt://***@h:1 and neo4j://***@c, not user@example.org"


def test_redact_blanks_every_password_graphkit_was_given():
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
        message = one_line_error(CliRunner().invoke(app, args, env=env))
        assert message.startswith("error: Neo4j URI '"), (args, message)
        assert "expected" in message
        assert "s3cret" not in message and "pw-secret" not in message


def test_load_bulk_never_prints_credentials_of_neo4j_uri(small_data, tmp_path):
    env = {"NEO4J_URI": "bolt://neo4j:s3cret/pass@elsewhere.example:7687",
           "GRAPHKIT_STATE_DIR": str(tmp_path)}
    message = one_line_error(
        CliRunner().invoke(app, ["load", str(small_data), "--bulk"], env=env)
    )
    assert message == (
        "error: --bulk replaces the database of the managed server only, and NEO4J_URI points "
        "to bolt://elsewhere.example:7687; unset NEO4J_URI to use the managed instance, or load "
        "without --bulk\n"
    )


def test_one_line_squeezes_a_message_and_blanks_passwords_and_uri_credentials():
    Settings("bolt://h:1", "neo4j", "remembered-secret")
    message = "failed:\n\tbolt://u:given@h:1 refused remembered-secret and extra-secret\n"
    assert one_line(message, "extra-secret") == (
        "failed: bolt://***@h:1 refused ******** and ********"
    )
    assert one_line("x" * 500) == "x" * 300 and one_line("a b", limit=1) == "a"
