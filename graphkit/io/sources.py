"""Which CSV files a dataset's paths name, and their text, read safely and all checked first.

A folder contributes ``nodes/*.csv`` and ``edges/*.csv`` (one level: nothing below is
walked, so no symbolic link can lead the listing round in a loop; a folder or file reached
twice, by a link or by being given twice, is read once). A file given by itself is an edge
file when its header names ``subject`` or ``relation``.

Every file is first looked at with ``os.stat`` only: anything that is not a regular file
of at most the size limit (see :mod:`graphkit.io.files`) is reported, and then no file is
opened at all. Only then is each file read, and decoded as UTF-8; if any of them cannot
be, no row is parsed. So a FIFO, a device, a symlink loop, an oversized, unreadable or
non-UTF-8 file each give one problem naming the file, and nothing else is read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graphkit.errors import DataProblem
from graphkit.io.files import (
    FileRefused,
    check_regular,
    display_path,
    kind_of,
    max_bytes,
    read_text,
)

__all__ = ["Source", "read_sources"]


@dataclass(frozen=True)
class Source:
    """One CSV file of a dataset: its path, the name messages use, and its text."""

    path: Path
    name: str
    text: str


def _look(path: Path) -> tuple[os.stat_result | None, str]:
    """``os.stat`` of ``path`` (links followed), or None and why it could not be looked at."""
    try:
        return os.stat(path), ""
    except FileNotFoundError:
        if os.path.lexists(path):
            return None, "found a symbolic link to nothing"
        return None, ""
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "found a loop of symbolic links"
        return None, f"cannot look at it ({exc.strerror or exc})"


def _csv_files(folder: Path, problems: list[DataProblem]) -> list[Path]:
    """The ``*.csv`` entries of ``folder`` (not hidden ones), sorted; nothing below is walked."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries
                           if e.name.endswith(".csv") and not e.name.startswith("."))
    except OSError as exc:
        problems.append(DataProblem(display_path(folder), 0, "path",
                                    f"expected a readable folder ({exc.strerror or exc})"))
        return []
    return [folder / name for name in names]


def _find(paths: Iterable[Path | str],
          problems: list[DataProblem]) -> list[tuple[Path, str | None]]:
    """Each CSV file the paths name with its role: "nodes", "edges", or None (ask its header)."""
    found: list[tuple[Path, str | None]] = []
    folders_seen: set[tuple[int, int]] = set()
    for path in map(Path, paths):
        info, why = _look(path)
        if info is None:
            problems.append(DataProblem(display_path(path), 0, "path",
                                        "expected an existing file or folder"
                                        + (f", {why}" if why else "")))
            continue
        if not stat.S_ISDIR(info.st_mode):
            found.append((path, None))  # a FIFO or device is refused when the files are checked
            continue
        present = False
        for role in ("nodes", "edges"):
            folder = path / role
            sub, why = _look(folder)
            if sub is None and not why:
                continue
            present = True
            if sub is None or not stat.S_ISDIR(sub.st_mode):
                problems.append(DataProblem(display_path(folder), 0, "path", "expected a folder, "
                                            + (why or f"found {kind_of(sub.st_mode)}")))
                continue
            if (sub.st_dev, sub.st_ino) in folders_seen:
                continue
            folders_seen.add((sub.st_dev, sub.st_ino))
            found += [(file, role) for file in _csv_files(folder, problems)]
        if not present:
            problems.append(DataProblem(display_path(path), 0, "path",
                                        "expected a folder with nodes/ and edges/ inside"))
    return found


def read_sources(paths: Iterable[Path | str], *, limit: int | None = None,
                 ) -> tuple[list[Source], list[Source], list[DataProblem]]:
    """The node files and edge files ``paths`` name, with their text, and the problems found.

    When there is any problem, no file's rows should be parsed: the two lists are empty.

    Parameters
    ----------
    paths : paths
        Data folders (with ``nodes/`` and ``edges/``) or single CSV files.
    limit : int, optional
        Largest file read, in bytes; default ``$GRAPHKIT_MAX_FILE_BYTES`` or 64 MiB.

    Raises
    ------
    GraphkitError
        When ``limit`` or ``$GRAPHKIT_MAX_FILE_BYTES`` is not a positive number of bytes.
    """
    limit = max_bytes(limit)
    problems: list[DataProblem] = []
    found = _find(paths, problems)
    checked: list[tuple[Path, str | None]] = []
    files_seen: set[tuple[int, int]] = set()
    for path, role in found:  # stat only: nothing is opened while anything is wrong
        try:
            info = check_regular(path, limit)
        except FileRefused as exc:
            problems.append(DataProblem(exc.path, exc.line, "file", exc.expected))
            continue
        if (info.st_dev, info.st_ino) not in files_seen:
            files_seen.add((info.st_dev, info.st_ino))
            checked.append((path, role))
    if problems:
        return [], [], problems
    nodes: list[Source] = []
    edges: list[Source] = []
    for path, role in checked:
        try:
            text = read_text(path, limit).removeprefix("\ufeff")
        except FileRefused as exc:
            problems.append(DataProblem(exc.path, exc.line, "file", exc.expected))
            continue
        if role is None:
            head = text.split("\n", 1)[0]
            role = "edges" if "subject" in head.split(",")[0] or "relation" in head else "nodes"
        (edges if role == "edges" else nodes).append(Source(path, display_path(path), text))
    if problems:
        return [], [], problems
    return nodes, edges, problems
