"""Replace the managed server's database with a graph through ``neo4j-admin database import full``.

The bulk importer writes store files directly, several times faster than any
transactional load, but only into a stopped server and only as a whole new database:
:func:`bulk_import` writes header and CSV files, stops the managed server, imports,
starts it again, then adds the loader's constraints and indexes.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import SchemaError, StoreError
from graphkit.store.load import LoadSummary, ensure_schema
from graphkit.store.rows import Rows, Table, input_rows
from graphkit.store.tokens import token

if TYPE_CHECKING:
    import networkx as nx

    from graphkit.io.read import Dataset
    from graphkit.store.server import ManagedNeo4j

__all__ = ["ARRAY_DELIMITERS", "bulk_import", "csv_type"]

#: Array delimiters tried in turn; the first that no list element contains is used.
ARRAY_DELIMITERS = ("\x1f", "\x1e", "|", ";")
_DATABASE = "neo4j"
_ID_SPACE = "Entity"


def bulk_import(
    server: ManagedNeo4j,
    dataset_or_graph: Dataset | nx.MultiDiGraph,
    *,
    progress: Callable[[str], None] | None = None,
    timeout: float = 300.0,
) -> LoadSummary:
    """Replace the managed server's ``neo4j`` database with a dataset or graph, in bulk.

    Writes one CSV file per label and per relationship type into a fresh folder under
    the instance's ``import/``, stops the server, runs ``neo4j-admin database import
    full --overwrite-destination``, starts the server, creates the constraints and
    indexes (:func:`~graphkit.store.load.ensure_schema`) and checks the counts. The
    result reads back like :func:`~graphkit.store.load.load_graph`'s: same labels,
    properties (an absent attribute stays absent, an empty string stays empty) and
    relationship identities. Whatever the database held before is gone.

    Parameters
    ----------
    server : ManagedNeo4j
        The managed instance (running or not); never a server graphkit did not start.
    dataset_or_graph : Dataset or networkx.MultiDiGraph
        As for :func:`~graphkit.store.load.load_graph`.
    progress : callable, optional
        Called with a short line before each stage.
    timeout : float, default 300
        Seconds to wait for the server to answer after the import.

    Returns
    -------
    LoadSummary
        Everything counted as created; ``transactions`` is 0.

    Raises
    ------
    SchemaError
        A kind or relation is not in the schema, a property mixes value types, or
        every array delimiter appears in some list element.
    StoreError
        Java or the jars are missing, the import failed (with the end of its report),
        or the counts after the import differ from the input.

    Examples
    --------
    With the managed instance (``graphkit neo4j start``)::

        print(bulk_import(ManagedNeo4j(), read_dataset("data")))
    """
    from graphkit.store.server import ensure_jars

    say = progress or (lambda line: None)
    started = time.perf_counter()
    schema, nodes, rels = input_rows(dataset_or_graph)
    java = shutil.which("java")
    if java is None:
        raise StoreError(
            "the bulk import needs Java 17 or 21 on PATH (`apt-get install openjdk-17-jre-headless`)"
        )
    lib = ensure_jars(server.cache_dir)
    if not (server.conf_dir / "neo4j.conf").exists():  # never started: let it write its conf
        server.start(timeout=timeout)
    tables = {"nodes": nodes, "rels": rels}  # handed over, so the import can free them
    del nodes, rels
    with ExitStack() as turns:
        turns.enter_context(_only_bulk_import(server))
        turns.enter_context(_no_load_running(server, schema))
        return _import(server, schema, tables, java, lib, say, started, timeout)


@contextmanager
def _only_bulk_import(server: ManagedNeo4j) -> Iterator[None]:
    """Hold the instance's bulk-import file lock: a second import at once is refused."""
    import fcntl

    server.home.mkdir(parents=True, exist_ok=True)
    with open(server.home / ".bulk-import.lock", "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreError(
                f"another bulk import into managed instance {server.instance!r} is running; "
                "try again when it has finished"
            ) from None
        yield


@contextmanager
def _no_load_running(server: ManagedNeo4j, schema) -> Iterator[None]:
    """Wait for a transactional load into the running server to finish, then keep others out.

    The import replaces the database, lease node included; loads that wait meanwhile
    fail in one line when the server stops.
    """
    if not server.is_running():
        yield
        return
    from graphkit.store.lock import database_lock
    from graphkit.store.settings import connect

    with connect(server.settings()) as driver, database_lock(driver, schema, database=_DATABASE):
        yield


def _import(server, schema, tables, java, lib, say, started, timeout) -> LoadSummary:
    nodes, rels = tables.pop("nodes"), tables.pop("rels")
    n_nodes, n_rels = sum(map(len, nodes.values())), sum(map(len, rels.values()))
    delimiter = _array_delimiter([*nodes.values(), *rels.values()])
    folder = server.import_dir / "bulk"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    say(f"writing CSV files for {n_nodes} nodes and {n_rels} relationships to {folder}")
    args = []
    for label in sorted(nodes):
        table = nodes[label]
        props = [f"{k}:{csv_type(table, i)}" for i, k in enumerate(table.keys, start=1)]
        header = [f"id:ID({_ID_SPACE})", *props, ":LABEL"]
        labels = delimiter.join([schema.base_label, label])
        path = _write(folder / f"nodes_{label}.csv", header, table.rows, delimiter, extra=labels)
        args.append(f"--nodes={path}")
    for rel_type in sorted(rels):
        table = rels[rel_type]
        props = [f"{k}:{csv_type(table, i)}" for i, k in enumerate(table.keys, start=3)]
        ends = [f":START_ID({_ID_SPACE})", f":END_ID({_ID_SPACE})", f"since:{csv_type(table, 2)}"]
        header = [*ends, *props, ":TYPE"]
        path = _write(folder / f"rels_{rel_type}.csv", header, table.rows, delimiter, extra=rel_type)
        args.append(f"--relationships={path}")
    empties = _empty_lists(nodes, rels)
    del nodes, rels
    say(f"stopping Neo4j instance {server.instance!r} for the import")
    server.stop()
    report = server.home / "logs" / "import.report"
    command = [
        java, "-Xmx1g", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", "database", "import", "full",
        _DATABASE, "--overwrite-destination=true", f"--array-delimiter={delimiter}",
        "--multiline-fields=true", "--skip-bad-relationships=false", "--skip-duplicate-nodes=false",
        "--bad-tolerance=0", f"--report-file={report}", *args,
    ]
    env = server.process_env()
    say("importing with neo4j-admin database import full")
    done = subprocess.run(
        command, env=env, cwd=server.home, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        try:
            server.start(timeout=timeout)
            state = "the server runs again, its database may be empty"
        except StoreError:
            state = "the server did not start again (`graphkit neo4j logs`)"
        raise StoreError(
            f"neo4j-admin import failed (exit {done.returncode}); {state}: fix the input and "
            f"rerun, or run `graphkit load`.\n{tail}"
        )
    shutil.rmtree(folder, ignore_errors=True)
    say(f"starting Neo4j instance {server.instance!r}")
    server.start(timeout=timeout)
    settings = server.settings()
    from graphkit.store.settings import connect

    with connect(settings) as driver:
        constraints, indexes = ensure_schema(driver, schema, database=settings.database)
        with driver.session(database=settings.database) as session:
            for query, rows in _empty_list_steps(empties, schema):
                session.execute_write(lambda tx, q=query, r=rows: tx.run(q, rows=Rows(r)).consume())
            found_nodes = session.run("MATCH (n) RETURN count(n) AS c").single()["c"]
            found_rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
    if (found_nodes, found_rels) != (n_nodes, n_rels):
        raise StoreError(
            f"bulk import wrote {found_nodes} nodes and {found_rels} relationships, "
            f"expected {n_nodes} and {n_rels}; see {report}"
        )
    return LoadSummary(
        nodes=n_nodes,
        relationships=n_rels,
        nodes_created=n_nodes,
        relationships_created=n_rels,
        constraints_added=constraints,
        indexes_added=indexes,
        transactions=0,
        seconds=time.perf_counter() - started,
    )


def _empty_lists(nodes: dict[str, Table], rels: dict[str, Table]) -> dict[tuple, list]:
    """Identities of the empty lists, by (label or type, key): the importer reads "" as absent."""
    found: dict[tuple, list] = {}
    for label, table in nodes.items():
        for i, key in enumerate(table.keys, start=1):
            ids = [row[0] for row in table.rows if type(row[i]) is list and not row[i]]
            if ids:
                found[("node", label, key)] = ids
    for rel_type, table in rels.items():
        for i, key in enumerate(table.keys, start=3):
            ids = [row[:3] for row in table.rows if type(row[i]) is list and not row[i]]
            if ids:
                found[("rel", rel_type, key)] = ids
    return found


def _empty_list_steps(empties: dict[tuple, list], schema) -> list[tuple[str, list]]:
    """``SET x.key = []`` statements, in batches of 10,000, for :func:`_empty_lists`' finds."""

    base = token(schema.base_label, schema.labels)
    steps = []
    for (what, name, key), ids in sorted(empties.items()):
        if what == "node":
            query = f"UNWIND $rows AS id MATCH (n:{base} {{id: id}}) SET n.`{key}` = []"
        else:
            rtype = token(name, schema.relationship_types)
            query = (f"UNWIND $rows AS row MATCH (:{base} {{id: row[0]}})-[r:{rtype} {{since: row[2]}}]->"
                     f"(:{base} {{id: row[1]}}) SET r.`{key}` = []")
        steps += [(query, ids[i : i + 10_000]) for i in range(0, len(ids), 10_000)]
    return steps


_SCALARS = {str: "string", bool: "boolean", int: "long", float: "double"}


def csv_type(table: Table, index: int) -> str:
    """The import header type (``string``, ``long[]``...) of the values at ``row[index]``.

    Raises
    ------
    SchemaError
        The column mixes types (``1`` and ``"1"``), or holds values the importer cannot type.

    Examples
    --------
    >>> t = Table(("aliases", "n"), [["a", ["x"], 1], ["b", [], None]])
    >>> csv_type(t, 1), csv_type(t, 2), csv_type(t, 0)
    ('string[]', 'long', 'string')
    """
    kinds = set()
    for row in table.rows:
        value = row[index]
        if value is None:
            continue
        if type(value) is list:
            kinds.update(("list", type(item)) for item in value)
            kinds.add("list")
        else:
            kinds.add(type(value))
    arrays = {kind for kind in kinds if isinstance(kind, tuple)}
    scalars = kinds - arrays - {"list"}
    if "list" in kinds and not scalars and len(arrays) <= 1:
        item = next(iter(arrays))[1] if arrays else str
        if item in _SCALARS:
            return _SCALARS[item] + "[]"
    elif len(scalars) <= 1 and "list" not in kinds:
        kind = next(iter(scalars)) if scalars else str
        if kind in _SCALARS:
            return _SCALARS[kind]
    names = sorted(k if isinstance(k, str) else k.__name__ if isinstance(k, type) else f"list of {k[1].__name__}"
                   for k in kinds)
    raise SchemaError(
        f"column {index} of a {len(table.rows)}-row table: the bulk import needs one type per property, got {names}; "
        "use `graphkit load` without --bulk"
    )


def _array_delimiter(tables: list[Table]) -> str:
    """The first of :data:`ARRAY_DELIMITERS` that no list element contains.

    Examples
    --------
    >>> _array_delimiter([Table(("a",), [["x", ["p|q", "r"]]])])
    '\\x1f'
    """
    texts = [item for table in tables for row in table.rows for value in row if type(value) is list
             for item in value]
    for delimiter in ARRAY_DELIMITERS:
        if not any(delimiter in str(item) for item in texts):
            return delimiter
    raise SchemaError(
        f"list values contain every array delimiter the bulk import can use ({ARRAY_DELIMITERS!r}); "
        "use `graphkit load` without --bulk"
    )


def _field(value: Any, delimiter: str) -> str:
    """One CSV field: strings always quoted (so "" stays an empty string), None as nothing."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        return '"' + value.replace('"', '""') + '"'
    if kind is bool:
        return "true" if value else "false"
    if kind is list:
        return '"' + delimiter.join(map(_text, value)).replace('"', '""') + '"'
    return repr(value)


def _text(value: Any) -> str:
    if type(value) is bool:
        return "true" if value else "false"
    return value if type(value) is str else repr(value)


def _write(path: Path, header: list[str], rows: list[list], delimiter: str, *, extra: str) -> Path:
    tail = "," + _field(extra, delimiter) + "\n"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(header) + "\n")
        handle.writelines(",".join([_field(v, delimiter) for v in row]) + tail for row in rows)
    return path
