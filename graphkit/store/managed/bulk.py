"""Replace the managed server's database with a graph through ``neo4j-admin database import full``.

The bulk importer writes store files directly, several times faster than any
transactional load, but only into a stopped server and only as a whole new database:
:func:`bulk_import` writes header and CSV files, stops the managed server, imports,
starts it again, then adds the loader's constraints and indexes.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from graphkit.errors import StoreError
from graphkit.store.load import LoadSummary
from graphkit.store.lock import database_lock
from graphkit.store.managed.bulk_csv import (
    array_delimiter,
    empty_list_steps,
    empty_lists,
    write_tables,
)
from graphkit.store.managed.cds import class_archive
from graphkit.store.managed.conf import admin_command
from graphkit.store.managed.files import tail_text
from graphkit.store.managed.jars import ensure_jars, find_java
from graphkit.store.managed.server import ManagedNeo4j
from graphkit.store.managed.state import default_state_dir
from graphkit.store.rows import Rows, input_rows
from graphkit.store.secrets import redact
from graphkit.store.settings import DEFAULT_DATABASE, connect, split_uri
from graphkit.store.statements import count_graph, ensure_schema

if TYPE_CHECKING:
    import networkx as nx

    from graphkit.io.read import Dataset

__all__ = ["bulk_import", "bulk_target"]


def bulk_target(
    instance: str = "default",
    *,
    state_dir: Path | str | None = None,
    environ: Mapping[str, str] | None = None,
) -> ManagedNeo4j:
    """The running managed instance that a bulk import may replace; never another server.

    A bulk import deletes a whole database, so ``graphkit load --bulk`` checks this
    first: when NEO4J_URI is set, it must name this very instance.

    Parameters
    ----------
    instance : str, default "default"
    state_dir : path, optional
        Defaults to ``GRAPHKIT_STATE_DIR`` of ``environ``, else ``~/.local/share/graphkit``.
    environ : mapping, optional
        Where NEO4J_URI and GRAPHKIT_STATE_DIR are read; ``os.environ`` when None.

    Raises
    ------
    StoreError
        NEO4J_URI is malformed or names another server, or the instance is not running.

    Examples
    --------
    With the managed instance running (``graphkit neo4j start``)::

        bulk_import(bulk_target(), read_dataset("data"))
    """
    env = os.environ if environ is None else environ
    server = ManagedNeo4j(instance, state_dir=state_dir or default_state_dir(env))
    running = server.is_running()
    raw = env.get("NEO4J_URI", "").strip()
    uri = split_uri(raw, "NEO4J_URI")[0].rstrip("/") if raw else ""  # checked, no credentials
    if uri and not (running and uri in {server.uri, server.uri.replace("127.0.0.1", "localhost")}):
        raise StoreError(
            f"--bulk replaces the database of the managed server only, and NEO4J_URI points to "
            f"{uri}; unset NEO4J_URI to use the managed instance, or load without --bulk"
        )
    if not running:
        raise StoreError(
            f"--bulk needs the managed instance {server.instance!r} running under {server.home}: "
            "run `graphkit neo4j start` first"
        )
    return server


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
    indexes (:func:`~graphkit.store.statements.ensure_schema`) and checks the counts. The
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
    say = progress or (lambda line: None)
    started = time.perf_counter()
    schema, nodes, rels = input_rows(dataset_or_graph)
    java = find_java()
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
    with connect(server.settings()) as driver, database_lock(
        driver, schema, database=DEFAULT_DATABASE
    ):
        yield


def _import(server, schema, tables, java, lib, say, started, timeout) -> LoadSummary:
    nodes, rels = tables.pop("nodes"), tables.pop("rels")
    n_nodes, n_rels = sum(map(len, nodes.values())), sum(map(len, rels.values()))
    delimiter = array_delimiter([*nodes.values(), *rels.values()])
    folder = server.import_dir / "bulk"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    say(f"writing CSV files for {n_nodes} nodes and {n_rels} relationships to {folder}")
    args = write_tables(folder, schema, nodes, rels, delimiter)
    empties = empty_lists(nodes, rels)
    del nodes, rels
    say(f"stopping Neo4j instance {server.instance!r} for the import")
    server.stop()
    report = server.home / "logs" / "import.report"
    env = server.process_env()
    say("importing with neo4j-admin database import full")
    with class_archive(lib, java, server.home, "admin-import", env) as jvm:
        command = admin_command(
            java, lib, "database", "import", "full", DEFAULT_DATABASE,
            "--overwrite-destination=true", f"--array-delimiter={delimiter}",
            "--multiline-fields=true", "--skip-bad-relationships=false",
            "--skip-duplicate-nodes=false", "--bad-tolerance=0", f"--report-file={report}", *args,
            heap="1g", environ=env, jvm=jvm,
        )
        done = subprocess.run(
            command, env=env, cwd=server.home, capture_output=True, text=True, check=False
        )
    if done.returncode != 0:
        tail = tail_text(redact(done.stdout + done.stderr).strip(), 15)
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
    with connect(settings) as driver:
        constraints, indexes = ensure_schema(driver, schema, database=settings.database)
        with driver.session(database=settings.database) as session:
            for query, rows in empty_list_steps(empties, schema):
                session.execute_write(lambda tx, q=query, r=rows: tx.run(q, rows=Rows(r)).consume())
            found_nodes, found_rels = count_graph(session)
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
