"""Class-data-sharing archives for the JVMs of a managed instance, so that they boot on less CPU.

Java keeps the classes a run loaded in an archive (``-XX:ArchiveClassesAtExit``) and maps
them at the next start (``-XX:SharedArchiveFile``) instead of reading and checking them
again. Measured here, a managed Neo4j reached "ready" on 8 to 10 s of CPU with the archive
against 11 to 14 s without (the JVM's user and system time from ``/proc``, three starts
each, on a loaded 2-core machine); ``neo4j-admin database import`` of a small graph took
6.9 s of CPU with its archive against 8.6 s without (3.9 against 5.0 s with the test
suite's ``-XX:TieredStopAtLevel=1``).

Each tool has its archive (``server``, ``admin-import``, ``admin-password``: each loads
other classes), beside the jars, one per Java executable (named by its resolved path,
size and modification time, so a Java upgrade makes a new one). A run started while there
is none writes it when it exits, into a file of its own in the instance's folder (one run
at a time: the others start as they would without); :func:`keep_archive` then moves it
into place. A server that is killed writes none. Java ignores an archive it cannot use,
with a warning in the server's log, and starts as it would without.
``GRAPHKIT_NEO4J_CDS=0`` turns all of this off.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from graphkit.store.managed.jar_signatures import MARKER

__all__ = ["archive_options", "class_archive", "keep_archive"]

#: Java's messages about classes it leaves out of an archive (signed jars, classes never
#: linked): hundreds of lines at the first stop that say nothing a user can act on.
_QUIET = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"]

#: The archive a run writes on exit, in its instance's folder: ``<tool>.jsa.tmp``.
_WRITTEN = ".jsa.tmp"

#: How long a claim to write the archive holds (a server killed before its stop leaves one).
_CLAIM_SECONDS = 3600


def _archive(lib: Path, java: str, tool: str) -> Path:
    """Where the archive of ``tool`` for this Java and these jars lives (the jars as
    :mod:`~graphkit.store.managed.jar_signatures` left them: an archive of a run on the
    signed jars, still being written when they were rewritten, is never used)."""
    resolved = Path(java).resolve()
    try:
        stat = resolved.stat()
        tag = f"{resolved}:{stat.st_size}:{stat.st_mtime_ns}"
    except OSError:
        tag = str(resolved)
    unsigned = lib / MARKER
    if unsigned.is_file():
        tag += f":{unsigned.stat().st_mtime_ns}"
    return lib.parent / f"{tool}-{hashlib.sha256(tag.encode()).hexdigest()[:12]}.jsa"


def _written(home: Path, archive: Path) -> Path:
    """The file a run writing ``archive`` writes on exit."""
    return home / (archive.name.rsplit("-", 1)[0] + _WRITTEN)


def archive_options(lib: Path, java: str, home: Path, environ: Mapping[str, str] | None = None,
                    *, tool: str = "server") -> tuple[list[str], Path | None]:
    """The JVM options for a run of ``tool``, and the archive it will write (else ``None``).

    With an archive for this tool and Java: use it. Without: write one on exit into
    ``home`` (the instance's folder, ``<tool>.jsa.tmp``), for :func:`keep_archive` to
    move into place once the run has ended.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     lib, home = Path(tmp) / "lib", Path(tmp) / "home"
    ...     first, archive = archive_options(lib, "java", home, {})
    ...     home.mkdir(); _ = (home / "server.jsa.tmp").write_bytes(b"classes")
    ...     keep_archive(home, archive)
    ...     second, none = archive_options(lib, "java", home, {})
    >>> first[0].split("=")[0], second[0].split("=")[0], none
    ('-XX:ArchiveClassesAtExit', '-XX:SharedArchiveFile', None)
    >>> archive_options(Path("lib"), "java", Path("home"), {"GRAPHKIT_NEO4J_CDS": "0"})
    ([], None)
    """
    env = os.environ if environ is None else environ
    if env.get("GRAPHKIT_NEO4J_CDS", "1").strip().lower() in ("0", "false", "no", "off"):
        return [], None
    archive = _archive(lib, java, tool)
    if archive.is_file():
        return [f"-XX:SharedArchiveFile={archive}", *_QUIET], None
    if not _claim(archive):  # another server is writing it: this one boots as before
        return [], None
    return [f"-XX:ArchiveClassesAtExit={_written(home, archive)}", *_QUIET], archive


@contextmanager
def class_archive(lib: Path, java: str, home: Path, tool: str,
                  environ: Mapping[str, str] | None = None) -> Iterator[list[str]]:
    """The JVM options for one run of a short-lived ``tool`` (``neo4j-admin``) inside the
    block; when the block ends (the run has exited), its archive is kept.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     lib, home = Path(tmp) / "lib", Path(tmp) / "home"
    ...     with class_archive(lib, "java", home, "admin-import", {}) as first:
    ...         home.mkdir(); _ = (home / "admin-import.jsa.tmp").write_bytes(b"classes")
    ...     with class_archive(lib, "java", home, "admin-import", {}) as second:
    ...         pass
    >>> first[0].split("=")[0], second[0].split("=")[0]
    ('-XX:ArchiveClassesAtExit', '-XX:SharedArchiveFile')
    """
    options, archive = archive_options(lib, java, home, environ, tool=tool)
    try:
        yield options
    finally:
        if archive is not None:
            keep_archive(home, archive)


def _claim(archive: Path) -> bool:
    """Whether this start may write the archive: one server at a time does (writing costs
    its boot about twice the CPU and its stop some seconds). A claim older than
    :data:`_CLAIM_SECONDS` is that of a server killed before it could write, and lapses."""
    claim = archive.with_suffix(".writing")
    try:
        archive.parent.mkdir(parents=True, exist_ok=True)
        if claim.exists() and time.time() - claim.stat().st_mtime > _CLAIM_SECONDS:
            claim.unlink(missing_ok=True)
        fd = os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except OSError:
        return False
    os.close(fd)
    return True


def keep_archive(home: Path, archive: Path) -> None:
    """After a run ended: move the archive it wrote into ``archive``, or drop it when
    another run's is there already. Never fails: without an archive, Neo4j still starts."""
    written = _written(home, archive)
    archive.with_suffix(".writing").unlink(missing_ok=True)
    if not written.is_file():
        return
    try:
        if archive.exists():
            written.unlink()
        else:
            archive.parent.mkdir(parents=True, exist_ok=True)
            os.replace(written, archive)
    except OSError:
        written.unlink(missing_ok=True)
