"""Special files under data/ (or given as PATH) give one line naming the file and what was
expected, exit 1, and nothing is read from them: a FIFO, /dev/zero, symlink loops, a
directory, an oversized, unreadable or non-UTF-8 file. Each command runs in a child
process with a timeout (a FIFO would block forever) and a memory cap (/dev/zero never ends).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from graphkit.io.read import check_dataset
from tests.conftest import EDGE_HEADER, NODE_HEADER, edge, write_csv
from tests.io.limited import run_graphkit

GIB = 1024 ** 3
DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # the documented default limit per file


def _data(root: Path) -> Path:
    write_csv(root / "data" / "nodes" / "n.csv", NODE_HEADER, [["moonbase", "Programme", "Moon Base", "", "", ""]])
    write_csv(root / "data" / "edges" / "e.csv", EDGE_HEADER, [edge("RUS", "SIGNED", "moonbase", "2024")])
    return root / "data"


def _validate(cwd: Path, *paths: str, **limits):
    return run_graphkit("validate", *paths, cwd=cwd, timeout=90, address_space=2 * GIB, **limits)


def test_the_dataset_used_below_is_valid(tmp_path):
    _data(tmp_path)
    result = _validate(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "ok: 2 nodes and 1 edges in 2 files\n"


def test_validate_refuses_a_fifo_named_csv_without_opening_it(tmp_path):
    os.mkfifo(_data(tmp_path) / "edges" / "x.csv")
    result = _validate(tmp_path)  # the old code blocked here until the timeout
    assert result.returncode == 1
    assert result.stdout == "data/edges/x.csv:0: file: expected a regular file, found a FIFO (named pipe)\n"
    assert result.stderr == "1 problem found; nothing was built\n"


def test_validate_refuses_a_symlink_to_dev_zero_without_reading_it(tmp_path):
    (_data(tmp_path) / "edges" / "y.csv").symlink_to("/dev/zero")
    result = _validate(tmp_path)  # the old code read until it ran out of memory
    assert result.returncode == 1
    assert result.stdout == "data/edges/y.csv:0: file: expected a regular file, found a character device\n"
    assert "Traceback" not in result.stderr


def test_validate_names_each_file_of_a_symlink_loop_without_a_traceback(tmp_path):
    edges = _data(tmp_path) / "edges"
    (edges / "a.csv").symlink_to("b.csv")
    (edges / "b.csv").symlink_to("a.csv")
    result = _validate(tmp_path)  # the old code died in Path.resolve(): "Symlink loop from ..."
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "data/edges/a.csv:0: file: expected a regular file, found a loop of symbolic links",
        "data/edges/b.csv:0: file: expected a regular file, found a loop of symbolic links",
    ]
    assert "Traceback" not in result.stderr


def test_validate_refuses_a_directory_symlink_to_its_parent_and_does_not_walk_it(tmp_path):
    data = _data(tmp_path)
    (data / "edges" / "up.csv").symlink_to("..")   # a directory named like a CSV
    (data / "edges" / "loop").symlink_to(".")      # a loop a walker could follow forever
    result = _validate(tmp_path)
    assert result.returncode == 1
    assert result.stdout == "data/edges/up.csv:0: file: expected a regular file, found a directory\n"


def test_validate_refuses_a_path_argument_that_is_a_symlink_loop_or_a_fifo(tmp_path):
    (tmp_path / "loop").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop")
    os.mkfifo(tmp_path / "pipe.csv")
    result = _validate(tmp_path, "loop", "pipe.csv")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "loop:0: path: expected an existing file or folder, found a loop of symbolic links",
        "pipe.csv:0: file: expected a regular file, found a FIFO (named pipe)",
    ]


def test_validate_refuses_edges_that_is_a_file_instead_of_ignoring_it(tmp_path):
    data = _data(tmp_path)
    shutil.rmtree(data / "edges")
    (data / "edges").write_text("subject\n")
    result = _validate(tmp_path)
    assert result.returncode == 1
    assert result.stdout == "data/edges:0: path: expected a folder, found a regular file\n"


@pytest.mark.parametrize("command", [
    ["stats"], ["show", "RUS", "--data", "data"], ["render", "--data", "data", "--out", "g.html"],
    ["report", "blocs", "moonbase", "moonbase", "--data", "data", "--out", "r.md"],
])
def test_every_command_that_reads_data_refuses_a_fifo_and_exits_1(tmp_path, command):
    os.mkfifo(_data(tmp_path) / "nodes" / "x.csv")
    result = run_graphkit(*command, cwd=tmp_path, timeout=90)
    assert result.returncode == 1
    assert "data/nodes/x.csv:0: file: expected a regular file, found a FIFO (named pipe)" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "g.html").exists() and not (tmp_path / "r.md").exists()


def test_a_file_over_the_default_limit_is_refused_before_it_is_read(tmp_path):
    big = _data(tmp_path) / "edges" / "big.csv"
    with open(big, "wb") as fh:  # sparse: no disk used, but os.stat says 64 MiB + 1
        fh.truncate(DEFAULT_MAX_BYTES + 1)
    result = _validate(tmp_path)
    assert result.returncode == 1
    assert result.stdout == (f"data/edges/big.csv:0: file: expected at most {DEFAULT_MAX_BYTES} bytes "
                             f"(set GRAPHKIT_MAX_FILE_BYTES to allow more), found {DEFAULT_MAX_BYTES + 1}\n")


def test_the_limit_is_set_by_environment_or_by_parameter(tmp_path, monkeypatch):
    data = _data(tmp_path)
    size = (data / "edges" / "e.csv").stat().st_size
    result = _validate(tmp_path, env={"GRAPHKIT_MAX_FILE_BYTES": str(size - 1)})
    assert result.returncode == 1
    assert result.stdout == (f"data/edges/e.csv:0: file: expected at most {size - 1} bytes "
                             f"(set GRAPHKIT_MAX_FILE_BYTES to allow more), found {size}\n")
    monkeypatch.setenv("GRAPHKIT_MAX_FILE_BYTES", "10")
    _, problems = check_dataset(data, max_bytes=size)  # the parameter wins over the variable
    assert problems == []
    bad = _validate(tmp_path, env={"GRAPHKIT_MAX_FILE_BYTES": "٦٤"})
    assert bad.returncode == 1
    assert bad.stderr == ("error: GRAPHKIT_MAX_FILE_BYTES: expected a positive whole number of "
                          "bytes (ASCII digits 0-9), got '٦٤'\n")


def test_a_directory_where_a_csv_is_expected_is_one_line(tmp_path):
    (_data(tmp_path) / "nodes" / "more.csv").mkdir()
    result = _validate(tmp_path)
    assert result.returncode == 1
    assert result.stdout == "data/nodes/more.csv:0: file: expected a regular file, found a directory\n"


def test_a_non_utf8_file_is_one_line_and_no_row_of_any_file_is_parsed(tmp_path):
    data = _data(tmp_path)
    (data / "edges" / "e.csv").write_bytes(b"subject,relation\nXXX,LIKES\n")  # would be 2+ problems
    (data / "nodes" / "latin.csv").write_bytes("id,kind,name\nclub,Organisation,Caf\xe9\n".encode("latin-1"))
    result = _validate(tmp_path)
    assert result.returncode == 1
    assert result.stdout == "data/nodes/latin.csv:2: file: expected UTF-8 text\n"


def test_an_unreadable_file_is_one_line(tmp_path):
    """chmod 000 stops every user but root: as root, the child runs without the capabilities
    that let root read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so the kernel
    refuses it exactly as it would refuse anyone else."""
    locked = _data(tmp_path) / "edges" / "locked.csv"
    locked.write_text(",".join(EDGE_HEADER) + "\n")
    locked.chmod(0o000)
    result = _validate(tmp_path, obey_permissions=True)
    assert result.returncode == 1, result.stderr
    assert result.stdout == "data/edges/locked.csv:0: file: expected a readable file (Permission denied)\n"
    assert "Traceback" not in result.stderr


def test_a_file_reached_twice_is_read_once(tmp_path):
    data = _data(tmp_path)
    (data / "edges" / "same.csv").symlink_to("e.csv")
    result = _validate(tmp_path, "data", "data")  # the old code: duplicate node and edge errors
    assert result.returncode == 0, result.stdout
    assert result.stderr == "ok: 2 nodes and 1 edges in 2 files\n"


def test_read_bytes_and_read_text_refuse_specials_and_read_regular_files(tmp_path):
    from graphkit.io.files import DEFAULT_MAX_BYTES as default
    from graphkit.io.files import FileRefused, read_bytes, read_text

    assert default == DEFAULT_MAX_BYTES
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(FileRefused, match="expected a regular file, found a FIFO"):
        read_bytes(tmp_path / "pipe")  # would block forever if it opened the FIFO
    with pytest.raises(FileRefused, match="expected a regular file, found a character device"):
        read_bytes("/dev/zero")
    with pytest.raises(FileRefused, match="expected a regular file, found a directory"):
        read_text(tmp_path)
    (tmp_path / "ok.txt").write_bytes(b"abc\n\xff")
    assert read_bytes(tmp_path / "ok.txt") == b"abc\n\xff"
    with pytest.raises(FileRefused) as info:
        read_text(tmp_path / "ok.txt")
    assert (info.value.line, info.value.expected) == (2, "expected UTF-8 text")
    with pytest.raises(FileRefused, match="expected at most 4 bytes"):
        read_bytes(tmp_path / "ok.txt", limit=4)
