"""Why a managed Neo4j cannot start, in one line: free disk space before, known causes after.

A Java stack names the symptom, not the cause: on a full disk Neo4j 5.26 reports
"Database name 'system' is invalid". So the instance's disk is checked before a start,
and after a failed one the log is searched for causes a user can act on.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Mapping
from pathlib import Path

from graphkit.errors import StoreError

__all__ = ["MIN_FREE_MB", "check_free_space", "explain", "free_mb", "min_free_mb", "short_tail"]

#: Free space required in the instance's home before a start, unless GRAPHKIT_NEO4J_MIN_FREE_MB.
MIN_FREE_MB = 200
_ENV = "GRAPHKIT_NEO4J_MIN_FREE_MB"

# (pattern in the log, what it means); the first match is named first
_CAUSES = [
    (r"No space left on device|not enough space on the disk|Disk quota exceeded",
     "the disk is full ({free})"),
    (r"Lock file has been locked by another process|FileLockException",
     "another process holds the lock on {data} (is another Neo4j using this instance?)"),
    (r"Address already in use|BindException",
     "a port in {conf} is taken by another program"),
    (r"OutOfMemoryError|Could not reserve enough space|Cannot allocate memory|insufficient memory",
     ("not enough memory for its heap and page cache: try `graphkit neo4j start --heap 1g "
      "--pagecache 512m`")),
    (r"AccessDeniedException|Permission denied",
     "permission denied on a file under {home}"),
    (r"UnsupportedClassVersionError", "this Java is too old: Neo4j 5.26 needs Java 17 or 21"),
    (r"Unrecognized setting|Invalid value for setting|Error evaluating value for setting",
     "{conf} holds a setting Neo4j refuses"),
    (r"Database name 'system' is invalid",
     "the system database could not be created, which a full disk causes ({free})"),
]
_FRAME = re.compile(r"^\s+(at \S+\(.*\)|\.\.\. \d+ more)\s*$")


def min_free_mb(environ: Mapping[str, str] | None = None) -> int:
    """``GRAPHKIT_NEO4J_MIN_FREE_MB``, else :data:`MIN_FREE_MB`."""
    env = os.environ if environ is None else environ
    value = env.get(_ENV, "").strip()
    if not value:
        return MIN_FREE_MB
    if not value.isdigit():
        raise StoreError(f"{_ENV}: expected a whole number of megabytes, got {value!r}")
    return int(value)


def free_mb(path: Path) -> int | None:
    """Megabytes free for this user on the filesystem of ``path``, None if it cannot be told."""
    try:
        return shutil.disk_usage(path).free >> 20
    except OSError:
        return None


def check_free_space(path: Path, what: str, environ: Mapping[str, str] | None = None) -> None:
    """Refuse to start ``what`` when less than the minimum is free where ``path`` lives.

    Raises
    ------
    StoreError
        One line: how much is free, where, and how much is needed.
    """
    needed, free = min_free_mb(environ), free_mb(path)
    if free is not None and free < needed:
        raise StoreError(
            f"only {free} MB free in {path}, where {what} keeps its data; expected at least "
            f"{needed} MB: free some space, or set GRAPHKIT_STATE_DIR to another disk "
            f"({_ENV} sets the minimum)"
        )


def explain(log: str, home: Path, environ: Mapping[str, str] | None = None) -> str | None:
    """The known causes of a failed start found in ``log``, or low disk space; None if none.

    Examples
    --------
    >>> explain("java.io.IOException: No space left on device", Path("/"), {_ENV: "0"})[:17]
    'the disk is full '
    """
    free = free_mb(home)
    where = f"{free} MB free in {home}" if free is not None else f"free space in {home} unknown"
    fields = {"free": where, "home": home, "data": home / "data",
              "conf": home / "conf" / "neo4j.conf"}
    found = [text.format(**fields) for pattern, text in _CAUSES if re.search(pattern, log)]
    if free is not None and free < min_free_mb(environ) and not any(where in f for f in found):
        found.insert(0, f"the disk is nearly full ({where})")
    if any(f.startswith("the disk is") for f in found):  # the other lines are its symptoms
        found = [f for f in found if "full disk causes" not in f]
    return "; ".join(dict.fromkeys(found)) or None


def short_tail(log: str, lines: int = 12) -> str:
    """The last ``lines`` lines of ``log`` without Java stack frames (messages and causes stay)."""
    kept = [line for line in log.rstrip("\n").splitlines() if not _FRAME.match(line)]
    return "\n".join(kept[-lines:])
