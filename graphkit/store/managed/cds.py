"""A class-data-sharing archive for the server's JVM, so that it boots on less CPU.

Java keeps the classes a run loaded in an archive (``-XX:ArchiveClassesAtExit``) and maps
them at the next start (``-XX:SharedArchiveFile``) instead of reading and checking them
again. Measured here, a managed Neo4j reached "ready" on 8 to 10 s of CPU with the archive
against 11 to 14 s without (the JVM's user and system time from ``/proc``, three starts
each, on a loaded 2-core machine).

The archive sits beside the jars, one per Java executable (named by its resolved path,
size and modification time, so a Java upgrade makes a new one). A server started while
there is none writes it when it stops, into a file of its own (one server at a time: the
others start as they would without); :func:`keep_archive` then moves it into place. A
server that is killed writes none. Java ignores an archive it cannot use, with a warning in the server's log,
and starts as it would without. ``GRAPHKIT_NEO4J_CDS=0`` turns all of this off.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Mapping
from pathlib import Path

__all__ = ["archive_options", "keep_archive"]

#: Java's messages about classes it leaves out of an archive (signed jars, classes never
#: linked): hundreds of lines at the first stop that say nothing a user can act on.
_QUIET = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"]

#: The archive a server writes on exit, in its instance's folder.
_WRITTEN = "server.jsa.tmp"

#: How long a claim to write the archive holds (a server killed before its stop leaves one).
_CLAIM_SECONDS = 3600


def _archive(lib: Path, java: str) -> Path:
    """Where the archive for this Java and these jars lives."""
    resolved = Path(java).resolve()
    try:
        stat = resolved.stat()
        tag = f"{resolved}:{stat.st_size}:{stat.st_mtime_ns}"
    except OSError:
        tag = str(resolved)
    return lib.parent / f"server-{hashlib.sha256(tag.encode()).hexdigest()[:12]}.jsa"


def archive_options(lib: Path, java: str, home: Path,
                    environ: Mapping[str, str] | None = None) -> tuple[list[str], Path | None]:
    """The JVM options for a server start, and the archive it will write (else ``None``).

    With an archive for this Java: use it. Without: write one on exit into ``home`` (the
    instance's folder, ``server.jsa.tmp``), for :func:`keep_archive` to move into place
    once the server has stopped.

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
    archive = _archive(lib, java)
    if archive.is_file():
        return [f"-XX:SharedArchiveFile={archive}", *_QUIET], None
    if not _claim(archive):  # another server is writing it: this one boots as before
        return [], None
    return [f"-XX:ArchiveClassesAtExit={home / _WRITTEN}", *_QUIET], archive


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
    """After a server stopped: move the archive it wrote into ``archive``, or drop it when
    another server's is there already. Never fails: without an archive, Neo4j still starts."""
    written = home / _WRITTEN
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
