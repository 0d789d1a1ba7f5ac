"""Settings.from_env() and connect(): where settings come from; one clear line per failure."""

from __future__ import annotations

import dataclasses
import socket

import neo4j
import pytest

from graphkit.errors import StoreError
from graphkit.store.settings import Settings, connect


def _one_line_store_error(settings: Settings) -> str:
    with pytest.raises(StoreError) as caught, connect(settings):
        pass
    message = str(caught.value)
    assert "\n" not in message
    assert settings.password not in message
    return message


def test_settings_repr_and_str_hide_the_password():
    settings = Settings("bolt://127.0.0.1:7687", "neo4j", "hunter2-secret", "graph")
    assert (
        repr(settings)
        == "Settings(uri='bolt://127.0.0.1:7687', username='neo4j', database='graph')"
    )
    assert str(settings) == "neo4j@bolt://127.0.0.1:7687 (database 'graph')"
    assert "hunter2-secret" not in repr(settings) + str(settings) + f"{settings!r} {settings}"


def test_settings_from_env_reads_the_neo4j_variables_and_keeps_a_uri_without_credentials():
    env = {
        "NEO4J_URI": "neo4j+s://abcd1234.databases.neo4j.io",
        "NEO4J_USERNAME": "reader",
        "NEO4J_PASSWORD": "pw",
        "NEO4J_DATABASE": "graph",
    }
    settings = Settings.from_env(env)
    assert (settings.uri, settings.username, settings.password, settings.database) == (
        "neo4j+s://abcd1234.databases.neo4j.io",
        "reader",
        "pw",
        "graph",
    )
    defaults = Settings.from_env({"NEO4J_URI": "bolt://db:7687", "NEO4J_PASSWORD": "pw"})
    assert (defaults.username, defaults.database) == ("neo4j", "neo4j")


def test_settings_from_env_refuses_a_uri_without_password():
    with pytest.raises(StoreError) as caught:
        Settings.from_env({"NEO4J_URI": "bolt://db:7687"})
    assert (
        str(caught.value)
        == "NEO4J_URI is set (bolt://db:7687) but NEO4J_PASSWORD is not; set it too"
    )


def test_settings_from_env_without_uri_or_managed_instance_says_what_to_do(tmp_path):
    with pytest.raises(StoreError) as caught:
        Settings.from_env({"GRAPHKIT_STATE_DIR": str(tmp_path)})
    assert str(caught.value) == (
        "no Neo4j to talk to: run `graphkit neo4j start`, or set NEO4J_URI, NEO4J_USERNAME, "
        "NEO4J_PASSWORD and NEO4J_DATABASE to use an existing one "
        f"(no managed instance runs under {tmp_path})"
    )


def test_settings_from_env_without_uri_uses_the_running_managed_default(neo4j_server):
    neo4j_server.ensure_running()
    settings = Settings.from_env({"GRAPHKIT_STATE_DIR": str(neo4j_server.state_dir)})
    assert (settings.uri, settings.username, settings.database) == (
        neo4j_server.uri,
        "neo4j",
        "neo4j",
    )
    assert settings.password == neo4j_server.password
    with connect(settings) as driver:
        assert driver.execute_query("RETURN 1 AS one", database_="neo4j").records[0]["one"] == 1


def test_connect_passes_a_neo4j_routing_uri_through(neo4j_server):
    neo4j_server.ensure_running()
    uri = neo4j_server.uri.replace("bolt://", "neo4j://")
    settings = dataclasses.replace(neo4j_server.settings, uri=uri)
    with connect(settings) as driver:
        assert isinstance(driver, neo4j.Neo4jDriver)
        assert driver.execute_query("RETURN 1 AS one", database_="neo4j").records[0]["one"] == 1


def test_connect_wrong_password_is_one_clear_line(neo4j_server):
    neo4j_server.ensure_running()
    settings = Settings(neo4j_server.uri, "neo4j", "not-the-password", source="NEO4J_PASSWORD")
    assert _one_line_store_error(settings) == (
        f"Neo4j at {neo4j_server.uri} refused the password for user 'neo4j' (from NEO4J_PASSWORD)"
    )


def test_connect_wrong_database_is_one_clear_line(neo4j_server):
    neo4j_server.ensure_running()
    for scheme in ("bolt://", "neo4j://"):
        uri = neo4j_server.uri.replace("bolt://", scheme)
        settings = Settings(
            uri, "neo4j", neo4j_server.password, "nosuchdb", source="NEO4J_DATABASE"
        )
        assert _one_line_store_error(settings) == (
            f"Neo4j at {uri} has no database 'nosuchdb' (from NEO4J_DATABASE); check NEO4J_DATABASE"
        )


def test_connect_with_nothing_listening_is_one_clear_line():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    uri = f"bolt://127.0.0.1:{port}"
    assert _one_line_store_error(Settings(uri, "neo4j", "pw", source="NEO4J_URI")) == (
        f"nothing answers at {uri} (from NEO4J_URI): is Neo4j running? "
        "Start one with `graphkit neo4j start`, or check NEO4J_URI"
    )


def test_connect_refuses_a_uri_scheme_the_driver_should_not_get():
    message = _one_line_store_error(
        Settings("http://127.0.0.1:7474", "neo4j", "pw", source="NEO4J_URI")
    )
    assert message.startswith(
        "Neo4j URI 'http://127.0.0.1:7474' (from NEO4J_URI): expected one of bolt://"
    )


def test_errors_never_show_credentials_embedded_in_the_uri():
    from typer.testing import CliRunner

    from graphkit.cli import app

    shown = {}
    for uri in ("bolt://u:hunter2secret@127.0.0.1:1", "http://u:hunter2secret@127.0.0.1:1",
                "bolt://u:hunter2/secret@127.0.0.1:1", "bolt://u:hunter2@secret@127.0.0.1:1"):
        result = CliRunner().invoke(app, ["cypher", "RETURN 1"],
                                    env={"NEO4J_URI": uri, "NEO4J_PASSWORD": "x"})
        assert result.exit_code == 1
        assert "hunter2" not in result.output and "secret" not in result.output
        shown[uri] = result.stderr
    # the credentials are out of the URI before the driver sees it: it tries the server
    assert shown["bolt://u:hunter2/secret@127.0.0.1:1"].startswith(
        "error: nothing answers at bolt://127.0.0.1:1 "
    )
    assert "'http://***@127.0.0.1:1'" in shown["http://u:hunter2secret@127.0.0.1:1"]
