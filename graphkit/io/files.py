"""The files a user points graphkit at, read safely, and the files graphkit makes, written
atomically.

Reading takes regular files only, checked with ``os.stat`` before anything is opened
(opening a FIFO blocks, ``/dev/zero`` never ends, a symlink loop cannot be followed), opens
them non-blocking, and reads at most :data:`DEFAULT_MAX_BYTES` (64 MiB) per file; the
``GRAPHKIT_MAX_FILE_BYTES`` environment variable or a ``limit`` argument changes that.

Writing goes to a temporary file beside the target (same folder, so the rename is
atomic), flushed and fsync'ed, then ``os.replace``'d onto the target, with the
permissions a plain ``open(path, "w")`` would give. On any error the temporary file is
removed and the previous target is left exactly as it was.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

from graphkit.errors import GraphkitError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_BYTES_ENV",
    "FileRefused",
    "check_regular",
    "check_target",
    "display_path",
    "kind_of",
    "max_bytes",
    "read_bytes",
    "read_text",
    "write_atomic",
]

MAX_BYTES_ENV = "GRAPHKIT_MAX_FILE_BYTES"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


class FileRefused(GraphkitError):
    """A path that is not a regular, readable file within the size limit; nothing was read.

    ``path`` is the path as shown to the user, ``expected`` what was expected of it, and
    ``line`` the line of the problem (0 for the whole file).
    """

    def __init__(self, path: str, expected: str, line: int = 0):
        self.path, self.expected, self.line = path, expected, line
        super().__init__(f"{path}:{line}: {expected}" if line else f"{path}: {expected}")


def display_path(path: Path | str) -> str:
    """``path`` relative to the working directory when it lies below it, as given otherwise.

    Unlike :func:`graphkit.errors.relative`, symbolic links are not resolved: the name
    shown is the one the user sees, and a symlink loop cannot make this fail.

    Examples
    --------
    >>> display_path(Path.cwd() / "data" / "edges" / "x.csv")
    'data/edges/x.csv'
    """
    absolute = os.path.abspath(path)
    try:
        return str(Path(absolute).relative_to(os.getcwd()))
    except (ValueError, OSError):
        return str(path)


def max_bytes(limit: int | None = None) -> int:
    """The size limit for one file: ``limit``, else ``$GRAPHKIT_MAX_FILE_BYTES``, else 64 MiB.

    Raises
    ------
    GraphkitError
        When the environment variable is not a positive whole number of bytes.

    Examples
    --------
    >>> max_bytes(1000), max_bytes() == DEFAULT_MAX_BYTES or MAX_BYTES_ENV in os.environ
    (1000, True)
    """
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise GraphkitError(f"limit: expected a positive number of bytes, got {limit!r}")
        return limit
    text = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not text:
        return DEFAULT_MAX_BYTES
    if not re.fullmatch(r"[0-9]+", text) or int(text) < 1:  # [0-9]: int() takes any script's digits
        raise GraphkitError(f"{MAX_BYTES_ENV}: expected a positive whole number of bytes "
                            f"(ASCII digits 0-9), got {text!r}")
    return int(text)


def kind_of(mode: int) -> str:
    """What a stat mode describes, for messages: "a directory", "a FIFO (named pipe)"...

    Examples
    --------
    >>> kind_of(os.stat("/dev/null").st_mode)
    'a character device'
    """
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISREG, "a regular file"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISLNK, "a symbolic link")):
        if test(mode):
            return name
    return "a special file"


def _unreadable(exc: OSError) -> str:
    """What was expected of a path that could not be looked at or opened."""
    if exc.errno == errno.ELOOP:
        return "expected a regular file, found a loop of symbolic links"
    return f"expected a readable file ({exc.strerror or exc})"


def _too_big(size: int | str, limit: int) -> str:
    return (f"expected at most {limit} bytes (set {MAX_BYTES_ENV} to allow more), "
            f"found {size}")


def check_regular(path: Path | str, limit: int | None = None) -> os.stat_result:
    """Check, without opening it, that ``path`` is a regular file of at most ``limit`` bytes.

    Symbolic links are followed (a loop is refused); FIFOs, devices, sockets and
    directories are refused.

    Raises
    ------
    FileRefused
        Saying what was expected: a regular file, a readable file, at most N bytes.
    """
    limit = max_bytes(limit)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise FileRefused(display_path(path), _unreadable(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(display_path(path),
                          f"expected a regular file, found {kind_of(info.st_mode)}")
    if info.st_size > limit:
        raise FileRefused(display_path(path), _too_big(info.st_size, limit))
    return info


def read_bytes(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (see :func:`max_bytes`).

    The file is checked with :func:`check_regular` before it is opened, opened with
    ``O_NONBLOCK`` (so a FIFO swapped in meanwhile cannot block), checked again once
    open, and read up to the limit: a file that grows past it is refused.

    Raises
    ------
    FileRefused
        When ``path`` is not a readable regular file within the limit.

    Examples
    --------
    >>> read_bytes("/dev/zero")
    Traceback (most recent call last):
    ...
    graphkit.io.files.FileRefused: /dev/zero: expected a regular file, found a character device
    """
    limit = max_bytes(limit)
    before = check_regular(path, limit)
    name = display_path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        raise FileRefused(name, _unreadable(exc)) from None
    try:
        now = os.fstat(fd)
        same = (now.st_dev, now.st_ino) == (before.st_dev, before.st_ino)
        if not stat.S_ISREG(now.st_mode) or not same:
            raise FileRefused(name, "expected a regular file that stays put while it is read "
                                    "(it was replaced)")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileRefused(name, _too_big("more (it grew while being read)", limit))
    except OSError as exc:
        raise FileRefused(name, _unreadable(exc)) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_text(path: Path | str, limit: int | None = None, *, encoding: str = "utf-8") -> str:
    """The text of a regular file (see :func:`read_bytes`), decoded strictly.

    Raises
    ------
    FileRefused
        As :func:`read_bytes`, or ``expected UTF-8 text`` naming the line of the first bad byte.
    """
    data = read_bytes(path, limit)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileRefused(display_path(path), "expected UTF-8 text", line) from None


def _umask() -> int:
    """The process umask, read without changing it where /proc allows."""
    with suppress(OSError, ValueError, IndexError), \
            open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every filesystem allows it)."""
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _chunks(payload: bytes | Path) -> Iterator[bytes]:
    if not isinstance(payload, Path):
        yield payload
        return
    with open(payload, "rb") as source:
        while chunk := source.read(1 << 20):
            yield chunk


def write_atomic(path: Path | str, data: str | bytes | Path, *, what: str = "the file") -> Path:
    """Write ``data`` (text as UTF-8, or the content of a file given as a Path, copied in
    chunks) to ``path`` atomically; create its folder if needed.

    The data goes to a temporary file beside the target (following a symlink to where the
    target really is), is flushed and fsync'ed, and is renamed onto the target. A new file
    gets ``0o666`` less the umask, an existing one keeps its permissions: what
    ``open(path, "w")`` would give. On any error, a full disk included, the temporary file
    is removed and the previous target is unchanged.

    Parameters
    ----------
    path : path
        The file to write.
    data : str, bytes or pathlib.Path
        Its whole new content, or a file holding it (read 1 MiB at a time, so a large
        file is not held in memory).
    what : str
        How the error message names the file ("the page", "the report").

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    GraphkitError
        One line: the path, why it could not be written, and that the previous file (if
        any) is unchanged; also when the target exists and is not a regular file.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = write_atomic(Path(tmp) / "a" / "b.txt", "hello")
    ...     out.read_text(), sorted(p.name for p in out.parent.iterdir())
    ('hello', ['b.txt'])
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data if isinstance(data, Path) else bytes(data)
    name, existed, tmp = display_path(path), False, None
    try:
        target = Path(os.path.realpath(path))
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            info = os.stat(target)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        else:
            _refuse_non_file(name, what, info.st_mode)
            existed, mode = True, stat.S_IMODE(info.st_mode)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            os.fchmod(fd, mode)
            for chunk in _chunks(payload):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        tmp = None
        _fsync_dir(target.parent)
    except OSError as exc:
        left = "the previous file is unchanged" if existed else "nothing was written"
        reason = exc.strerror or str(exc)
        raise GraphkitError(f"{name}: cannot write {what} ({reason}); {left}") from None
    finally:
        if tmp is not None:
            with suppress(OSError):
                os.unlink(tmp)
    return path


def check_target(path: str | Path, *, what: str = "the file") -> None:
    """Refuse, before any work is done, an output that :func:`write_atomic` would refuse
    after it: one that exists and is not a regular file (a folder, a FIFO, a device).

    An absent target passes (write_atomic creates it, and says why when it cannot).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     check_target(Path(tmp) / "new.md", what="the report")
    ...     try:
    ...         check_target(tmp, what="the report")
    ...     except GraphkitError as exc:
    ...         print(str(exc).split(": ", 1)[1])
    cannot write the report: expected a regular file or a new file name, found a directory
    """
    try:
        info = os.stat(os.path.realpath(path))
    except OSError:
        return
    _refuse_non_file(display_path(Path(path)), what, info.st_mode)


def _refuse_non_file(name: str, what: str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise GraphkitError(f"{name}: cannot write {what}: expected a regular file or a "
                            f"new file name, found {kind_of(mode)}")
