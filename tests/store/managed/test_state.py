"""Where a managed instance lives: a state directory that cannot serve is one line for every command."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkit.cli import app
from tests.store.helpers import one_line_error


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
        message = one_line_error(CliRunner().invoke(app, args, env=env))
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
    message = one_line_error(result)
    assert message.startswith("error: cannot ")
    assert "/sys/graphkit-state-test" in message and "expected a" in message
    assert not Path("/sys/graphkit-state-test").exists()
