"""`graphkit load --bulk` against the session's managed server (bulk_import: test_bulk.py).

A bulk import stops the server, replaces its database and starts it again; the
driver fixtures of later tests find it running and wipe it.
"""

from __future__ import annotations

import socket

import pytest
from typer.testing import CliRunner

from graphkit.io import read_dataset, to_networkx
from graphkit.store.readback import read_networkx
from tests.store.helpers import cli_app, managed_driver, nodes_and_edges


@pytest.mark.neo4j
def test_load_command_bulk_loads_a_dataset_like_the_transactional_loader(bulk_server, small_data):
    env = {"GRAPHKIT_STATE_DIR": str(bulk_server.home.parent.parent), "NEO4J_URI": None}
    result = CliRunner().invoke(cli_app(), ["load", str(small_data), "--bulk"], env=env)
    assert result.exit_code == 0, result.output
    assert "8 nodes (8 created, 0 updated), 5 relationships (5 created" in result.stdout
    with managed_driver(bulk_server) as driver:
        expected = to_networkx(read_dataset(small_data))
        assert nodes_and_edges(read_networkx(driver, database="neo4j")) == nodes_and_edges(expected)


def test_load_command_bulk_refuses_a_server_named_by_neo4j_uri(tmp_path, small_data):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {"GRAPHKIT_STATE_DIR": str(tmp_path / "state"), "NEO4J_URI": f"bolt://127.0.0.1:{port}",
           "NEO4J_PASSWORD": "x"}
    result = CliRunner().invoke(cli_app(), ["load", str(small_data), "--bulk"], env=env)
    assert result.exit_code == 1
    assert "managed server only" in result.stderr and f"127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.output
