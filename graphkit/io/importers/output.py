"""What every importer shares: its rows as CSV files of data/'s format, checked as
``graphkit validate`` checks them before anything is written, then written all or nothing.

An importer turns its source into :class:`Imported`: node rows (an alliance, say) and edge
rows, named after the source (``gdelt``, ``cow_alliances``). :func:`check_imported` streams
them into a scratch folder as ``nodes/<name>.csv`` and ``edges/<name>.csv`` and checks that
folder with :func:`graphkit.io.read.check_streaming` (every problem, with file, line and
field, as ``graphkit validate`` gives them), keeping no row in memory. The checked files stay
in the scratch folder while the :class:`Imported` lives: :func:`write_imported` copies them
where the user asked (an edge CSV file, or a folder that gets ``nodes/`` and ``edges/`` like
data/), and ``.dataset``, which ``graphkit import ... --load`` hands to
:func:`graphkit.store.load.load_graph`, reads them when first asked for. The same input
gives the same bytes, so a rerun changes nothing.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.errors import DataErrors, GraphkitError

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "Imported", "Progress", "check_imported", "counted", "csv_text",
           "open_members", "plain_copies", "write_imported"]

#: Columns of the edge rows an importer writes (data/'s edge format).
EDGE_COLUMNS = ("subject", "relation", "object", "since", "until", "source_url", "publisher",
                "evidence", "retrieved", "note", "source_kind")
#: Columns of the node rows an importer writes (data/'s node format).
NODE_COLUMNS = ("id", "kind", "name", "aliases", "description", "url")

#: ``progress(done, total)`` in bytes of input read, as ``load_graph``'s ``progress`` in rows.
Progress = Callable[[int, int], None]


@dataclass
class Imported:
    """Rows of data/'s format from one import, then, once checked, their CSV files.

    ``edges`` and ``nodes`` may be iterators: :func:`check_imported` streams them into
    checked files once. ``paths`` are those files (in a scratch folder removed with this
    object); ``files`` their bytes and ``dataset`` the checked
    :class:`~graphkit.io.read.Dataset`, each read from them when asked for.
    """

    name: str
    edges: Iterable[dict[str, str]]
    nodes: Iterable[dict[str, str]] = ()
    #: Typed columns (schema.yaml's ``edge_columns.types``) the edge rows have after EDGE_COLUMNS.
    typed: tuple[str, ...] = ()
    paths: dict[str, Path] = field(default_factory=dict)  # "nodes"/"edges" -> checked CSV file
    counts: dict[str, int] = field(default_factory=dict)  # "nodes"/"edges" -> rows written
    schema: object = field(default=None, repr=False)
    scratch: object = field(default=None, repr=False, compare=False)  # holds the folder of paths
    _dataset: object = field(default=None, repr=False, compare=False)

    @property
    def files(self) -> dict[str, bytes]:
        """``{"edges": CSV bytes}`` and, when there are node rows, ``{"nodes": CSV bytes}``."""
        return {part: path.read_bytes() for part, path in self.paths.items()}

    @property
    def dataset(self):
        """The checked rows as a :class:`~graphkit.io.read.Dataset` (None when there are none)."""
        if self._dataset is None and any(self.counts.values()):
            from graphkit.io.read import read_dataset

            self._dataset = read_dataset(Path(self.scratch.name), schema=self.schema, max_bytes=2**40)
        return self._dataset

    def texts(self) -> dict[str, str]:
        """``{"edges": csv text}`` and, when there are node rows, ``{"nodes": csv text}``."""
        return {part: data.decode("utf-8") for part, data in self.files.items()}


def csv_text(rows: Iterable[dict[str, str]], columns: tuple[str, ...]) -> str:
    """The rows as CSV text with a header, ``\\n`` line ends (the bytes do not depend on the OS)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _write_rows(path: Path, rows: Iterable[dict[str, str]], columns: tuple[str, ...]) -> int:
    path.parent.mkdir(exist_ok=True)
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def check_imported(imported: Imported, schema=None) -> Imported:
    """Write the rows as CSV (streamed) into a scratch folder and check it as ``graphkit
    validate`` checks a data folder, streaming (no row is kept in memory); keep the files'
    paths in ``imported``.

    Raises
    ------
    DataErrors
        Every row ``graphkit validate`` would refuse (file, line, field, expectation).
    """
    from graphkit.io.read import check_streaming
    from graphkit.schema import load_schema

    schema = schema or load_schema()
    scratch = tempfile.TemporaryDirectory(prefix="graphkit-import-")
    tmp = Path(scratch.name)
    paths = {}
    try:
        for part, rows, columns in (("nodes", imported.nodes, NODE_COLUMNS),
                                    ("edges", imported.edges, EDGE_COLUMNS + imported.typed)):
            path = paths[part] = tmp / part / f"{imported.name}.csv"
            imported.counts[part] = _write_rows(path, rows, columns)
        if imported.counts["nodes"] == 0:
            paths.pop("nodes").unlink()
        if any(imported.counts.values()):
            _, problems = check_streaming([paths["nodes"]] if "nodes" in paths else [], [paths["edges"]],
                                          schema=schema)
            if problems:
                raise DataErrors(problems)
    except BaseException:
        scratch.cleanup()
        raise
    imported.paths, imported.schema, imported.scratch = paths, schema, scratch
    imported.edges = imported.nodes = ()
    return imported


def write_imported(imported: Imported, out: Path | str) -> list[Path]:
    """Write the checked rows to ``out``: an edge CSV file (``*.csv``, edges only), or a folder
    that gets ``nodes/<name>.csv`` and ``edges/<name>.csv``. Returns the files written. The
    checked files are copied in chunks, never held whole in memory.

    Raises
    ------
    GraphkitError
        ``out`` is a CSV file but the import has node rows too, or it cannot be written.
    """
    from graphkit.io.files import write_atomic

    out = Path(out)
    paths = imported.paths
    if out.suffix.lower() == ".csv":
        if "nodes" in paths:
            raise GraphkitError(f"{out}: expected a folder (the import has nodes and edges, written "
                                f"as nodes/{imported.name}.csv and edges/{imported.name}.csv), got a CSV file name")
        return [write_atomic(out, paths["edges"], what="the edges file")]
    written = []
    for part in ("nodes", "edges"):
        if part in paths:
            written.append(write_atomic(out / part / f"{imported.name}.csv", paths[part],
                                        what=f"the {part} file"))
    return written


def open_members(path: Path) -> Iterator[tuple[str, io.TextIOBase]]:
    """(name, text) of a plain file, or of each member of a zip file, streamed (UTF-8)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                if member.endswith("/"):
                    continue
                with archive.open(member) as raw:
                    yield member, io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with open(path, encoding="utf-8", newline="") as handle:
            yield path.name, handle


def counted(lines: Iterable[str], read: list[int]) -> Iterator[str]:
    """The lines, adding each one's length (characters, about bytes) to ``read[0]``: what a
    progress bar shows of a file read as a stream."""
    for line in lines:
        read[0] += len(line)
        yield line


@contextmanager
def plain_copies(paths: Iterable[Path]) -> Iterator[list[tuple[str, Path]]]:
    """(member name, plain file) for each input: a plain file as it is, each member of a zip
    file decompressed as a stream into a scratch file (for readers that cannot read zip,
    such as DuckDB), removed afterwards."""
    tmp = None
    try:
        found = []
        for path in paths:
            if not zipfile.is_zipfile(path):
                found.append((path.name, path))
                continue
            tmp = tmp or tempfile.mkdtemp(prefix="graphkit-unzip-")
            with zipfile.ZipFile(path) as archive:
                for i, member in enumerate(archive.namelist()):
                    if member.endswith("/"):
                        continue
                    target = Path(tmp) / f"{len(found)}-{i}"
                    with archive.open(member) as raw, open(target, "wb") as plain:
                        shutil.copyfileobj(raw, plain, 1 << 20)
                    found.append((member, target))
        yield found
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
