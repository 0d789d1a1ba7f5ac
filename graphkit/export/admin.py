"""neo4j-admin import CSVs out: the files ``graphkit load --bulk`` imports, in a folder of your own.

The files are :mod:`graphkit.store.managed.bulk_csv`'s (one per label and per type, typed
headers, ``id:ID(Entity)``), from the same tables as the loader
(:func:`graphkit.store.rows.input_rows`). Beside them: ``import.args``, the importer's
arguments (one a line; run from the folder: ``neo4j-admin database import full neo4j
@import.args``), and ``empty_lists.cypher``, since the importer reads an empty field as
no property: run it after the import to set the empty lists the loader would set.

The folder is written whole or not at all: built beside the target, then renamed onto
it. A target that exists must be an empty folder or an earlier export (it has
``import.args``), which is replaced.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from graphkit.errors import GraphkitError
from graphkit.export.graph import graph_day_text
from graphkit.io.files import display_path

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["AdminFiles", "write_admin_csv"]

ARGS_FILE = "import.args"
EMPTY_LISTS_FILE = "empty_lists.cypher"


@dataclass(frozen=True)
class AdminFiles:
    """What :func:`write_admin_csv` wrote: the folder, its CSV files, and the counts."""

    folder: Path
    files: tuple[str, ...]
    nodes: int
    relationships: int
    delimiter: str


def write_admin_csv(G: nx.MultiDiGraph, folder: Path | str) -> AdminFiles:
    """Write ``G`` as ``neo4j-admin database import`` CSV files into ``folder``.

    Raises
    ------
    SchemaError
        A kind or relation is not in the schema, a property mixes value types, or list
        elements contain every array delimiter.
    GraphkitError
        ``folder`` exists and is neither empty nor an earlier export, or cannot be written.
    """
    from graphkit.export.cypher import cypher_literal
    from graphkit.store.managed.bulk_csv import array_delimiter, empty_lists, write_tables
    from graphkit.store.rows import input_rows
    from graphkit.store.tokens import token

    folder = Path(folder)
    name = display_path(folder)
    if folder.exists() and not (folder.is_dir() and (not any(folder.iterdir())
                                                      or (folder / ARGS_FILE).is_file())):
        raise GraphkitError(f"{name}: expected a new or empty folder, or an earlier neo4j-admin "
                            f"export (with {ARGS_FILE}); nothing was written")
    schema, nodes, rels = input_rows(G)
    delimiter = array_delimiter([*nodes.values(), *rels.values()])
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".tmp"))
    except OSError as exc:
        raise GraphkitError(f"{name}: cannot write the import files ({exc.strerror}); nothing was written") from None
    try:
        args = write_tables(tmp, schema, nodes, rels, delimiter)
        files = tuple(sorted(p.name for p in tmp.iterdir()))
        lines = [f"--array-delimiter={delimiter}" if delimiter.isprintable() else
                 f"--array-delimiter=U+{ord(delimiter):04X}", "--multiline-fields=true"]
        lines += [arg.split("=", 1)[0] + "=" + Path(arg.split("=", 1)[1]).name for arg in args]
        (tmp / ARGS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
        base = token(schema.base_label, schema.labels)
        script = [(f"// graphkit export, {graph_day_text(G)}: run after neo4j-admin import; "
                   "the importer reads an empty list as no property.")]
        for (what, label, key), ids in sorted(empty_lists(nodes, rels).items()):
            if what == "node":
                script.append(f"UNWIND {cypher_literal(ids)} AS id MATCH (n:{base} {{id: id}}) "
                              f"SET n.`{key}` = [];")
            else:
                rtype = token(label, schema.relationship_types)
                script.append(f"UNWIND {cypher_literal([list(i) for i in ids])} AS row "
                              f"MATCH (:{base} {{id: row[0]}})-[r:{rtype} {{since: row[2]}}]->"
                              f"(:{base} {{id: row[1]}}) SET r.`{key}` = [];")
        (tmp / EMPTY_LISTS_FILE).write_text("\n".join(script) + "\n", encoding="utf-8")
        _swap(tmp, folder)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise GraphkitError(f"{name}: cannot write the import files ({exc.strerror}); nothing was written") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return AdminFiles(folder, files, sum(map(len, nodes.values())), sum(map(len, rels.values())), delimiter)


def _swap(new: Path, folder: Path) -> None:
    """Put ``new`` where ``folder`` is: an old folder is moved aside first, then removed."""
    os.chmod(new, 0o777 & ~_umask())
    if not folder.exists():
        os.rename(new, folder)
        return
    old = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".old"))
    os.rename(folder, old / "x")
    try:
        os.rename(new, folder)
    except OSError:
        os.rename(old / "x", folder)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
