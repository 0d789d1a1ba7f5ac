"""Small file helpers for the managed server: locks, private writes, JSON state files, log tails."""

from __future__ import annotations

import fcntl
import json
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["locked", "read_json", "tail_bytes", "tail_text", "unusable_dir", "write_private"]


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` so two processes do not start or fetch at once."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def read_json(path: Path) -> dict | None:
    """The JSON object in ``path``, or None if it is missing, unreadable or not an object."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def write_private(path: Path, text: str, *, mode: int) -> None:
    """Write ``text`` to ``path`` atomically with permissions ``mode`` from the first byte."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        try:
            os.fchmod(fd, mode)
            os.write(fd, text.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:  # a full disk must not leave a half-written secret behind
        tmp.unlink(missing_ok=True)
        raise


def unusable_dir(path: Path, *, write: bool) -> str | None:
    """Why ``path`` cannot serve as a directory to read (or with ``write``, to create and write).

    None when it can.

    Examples
    --------
    >>> unusable_dir(Path("/dev/null/graphkit"), write=False)
    '/dev/null is not a directory'
    """
    probe = path
    while True:
        try:
            mode = probe.stat().st_mode
            break
        except (FileNotFoundError, NotADirectoryError):
            if probe.parent == probe:
                return f"{probe} does not exist"
            probe = probe.parent
        except OSError as exc:
            return f"{probe}: {exc.strerror}"
    if not stat.S_ISDIR(mode):
        return f"{probe} is not a directory"
    if probe != path:  # the rest must be created
        if not os.access(probe, os.W_OK | os.X_OK):
            return f"{path} cannot be created: {probe} is not writable"
        return None
    wanted = os.R_OK | os.X_OK | (os.W_OK if write else 0)
    if not os.access(probe, wanted):
        return f"{path} is not {'writable' if write else 'readable'}"
    return None


def tail_text(text: str, lines: int) -> str:
    """The last ``lines`` lines of ``text``.

    Examples
    --------
    >>> tail_text("a\\nb\\nc\\n", 2)
    'b\\nc'
    """
    return "\n".join(text.rstrip("\n").splitlines()[-lines:])


def tail_bytes(handle, lines: int) -> str:
    """The last ``lines`` lines of a binary file, reading backwards from its end."""
    if lines <= 0:
        return ""
    handle.seek(0, os.SEEK_END)
    end = position = handle.tell()
    chunk = b""
    while position > 0 and chunk.count(b"\n") <= lines:
        step = min(65536, position)
        position -= step
        handle.seek(position)
        chunk = handle.read(end - position)
    return tail_text(chunk.decode("utf-8", "replace"), lines)
