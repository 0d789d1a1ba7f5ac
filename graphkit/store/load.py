"""Write a dataset or a NetworkX graph into Neo4j: constraints first, then batched ``UNWIND ... MERGE``.

Every node gets the base label ``Entity`` and its kind's label, with all its attributes
as properties; every edge becomes a relationship typed by its relation, identified by
``(start id, type, end id, since)``. Labels and types come only from the schema.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkit.errors import GraphkitError, LoadInterrupted, StoreError
from graphkit.store.interrupt import interruptible
from graphkit.store.lock import Holder, LoadLock, database_lock
from graphkit.store.rows import RelTable, Rows, graph_rows, input_rows, paused_gc
from graphkit.store.rows import Table as _Table
from graphkit.store.tokens import token

if TYPE_CHECKING:
    import networkx as nx
    from neo4j import Driver, ManagedTransaction

    from graphkit.io.read import Dataset
    from graphkit.schema.model import Schema

__all__ = ["ONE_TRANSACTION_MAX", "LoadSummary", "ensure_schema", "graph_rows", "load_graph"]

#: Inputs with at most this many rows (nodes + relationships) load in one transaction:
#: all or nothing. Larger ones go batch by batch; a rerun converges thanks to MERGE.
ONE_TRANSACTION_MAX = 50_000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class LoadSummary:
    """What a load did, from the servers' own counters.

    ``nodes`` and ``relationships`` count the input; ``*_created`` and ``*_updated``
    what changed (an update is an existing node or relationship whose properties or
    labels differ); ``*_deleted`` what ``replace=True`` removed.
    """

    nodes: int
    relationships: int
    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0
    constraints_added: int = 0
    indexes_added: int = 0
    transactions: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        """True if the load created, updated or deleted anything."""
        return any(
            (
                self.nodes_created,
                self.nodes_updated,
                self.relationships_created,
                self.relationships_updated,
                self.nodes_deleted,
                self.relationships_deleted,
            )
        )

    def __str__(self) -> str:
        """One line for the user.

        Examples
        --------
        >>> print(LoadSummary(3, 2, nodes_created=3, relationships_created=2, seconds=0.25))
        3 nodes (3 created, 0 updated), 2 relationships (2 created, 0 updated), deleted 0 nodes and 0 relationships, in 0.2 s
        """
        return (
            f"{self.nodes} nodes ({self.nodes_created} created, {self.nodes_updated} updated), "
            f"{self.relationships} relationships ({self.relationships_created} created, "
            f"{self.relationships_updated} updated), deleted {self.nodes_deleted} nodes and "
            f"{self.relationships_deleted} relationships, in {self.seconds:.1f} s"
        )


@dataclass
class _Counts:
    nodes_created: int = 0
    nodes_changed: int = 0
    relationships_created: int = 0
    relationships_changed: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0

    def add(self, other: _Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


# -- Cypher ----------------------------------------------------------------------------


def _literal(keys: tuple[str, ...], first: int, **fixed: str) -> str:
    """A map literal ``{id: row[0], `key`: row[1], ...}`` (None values are not stored)."""
    items = [f"{k}: {v}" for k, v in fixed.items()]
    items += [f"`{k}`: row[{i}]" for i, k in enumerate(keys, start=first)]
    return "{" + ", ".join(items) + "}"


def _sets(var: str, keys: tuple[str, ...], first: int, *, replace: bool, **fixed: str) -> str:
    """``n = {...}`` to replace every property, else ``n.k = coalesce(row[i], n.k), ...``."""
    if replace:
        return f"{var} = {_literal(keys, first, **fixed)}"
    return ", ".join(
        f"{var}.`{k}` = coalesce(row[{i}], {var}.`{k}`)" for i, k in enumerate(keys, start=first)
    )


def _node_query(label: str, keys: tuple[str, ...], schema: Schema, *, replace: bool, create: bool) -> str:
    base = token(schema.base_label, schema.labels)
    own = token(label, schema.labels)
    if create:
        return f"UNWIND $rows AS row CREATE (n:{base}:{own}) SET n = {_literal(keys, 1, id='row[0]')}"
    others = sorted(k.label for k in schema.node_kinds.values() if k.label != label)
    remove = " REMOVE n" + "".join(":" + token(o, schema.labels) for o in others) if others else ""
    sets = ", ".join(filter(None, [f"n:{own}", _sets("n", keys, 1, replace=replace, id="row[0]")]))
    return (
        f"UNWIND $rows AS row MERGE (n:{base} {{id: row[0]}}) "
        "WITH n, row, properties(n) AS before, labels(n) AS labels_before "
        f"SET {sets}{remove} "
        "RETURN sum(CASE WHEN before <> properties(n) OR labels_before <> labels(n) "
        "THEN 1 ELSE 0 END) AS changed"
    )


def _rel_query(rel_type: str, keys: tuple[str, ...], schema: Schema, *, replace: bool, create: bool) -> str:
    """Rows ``[start elementId, end elementId, since, value, ...]``; returns how many matched.

    The end nodes are found by ``elementId`` (read once per load, after the nodes are
    written): a direct record lookup, which on 1M relationships cut the server's work
    by about a fifth compared with two unique-index seeks per row.
    """
    rtype = token(rel_type, schema.relationship_types)
    match = "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row[0] MATCH (b) WHERE elementId(b) = row[1] "
    values = _literal(keys, 3, since="row[2]")
    if create:
        return match + f"CREATE (a)-[r:{rtype} {values}]->(b) RETURN count(r) AS matched, 0 AS changed"
    merge = match + f"MERGE (a)-[r:{rtype} {{since: row[2]}}]->(b) "
    if not keys and not replace:
        return merge + "RETURN count(r) AS matched, 0 AS changed"
    if replace:
        return (
            merge + f"ON CREATE SET r = {values} WITH r, row, properties(r) AS before "
            f"SET r = {values} "
            "RETURN count(r) AS matched, sum(CASE WHEN before <> properties(r) THEN 1 ELSE 0 END) AS changed"
        )
    # Only a relationship that existed and differs is written again: a rerun writes nothing.
    columns = list(enumerate(keys, start=3))
    on_create = ", ".join(f"r.`{k}` = row[{i}]" for i, k in columns)
    differs = " OR ".join(
        f"(row[{i}] IS NOT NULL AND (r.`{k}` IS NULL OR r.`{k}` <> row[{i}]))" for i, k in columns
    )
    return (
        merge + f"ON CREATE SET {on_create} WITH r, row, {differs} AS changed "
        "FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | "
        f"SET {_sets('r', keys, 3, replace=False)}) "
        "RETURN count(r) AS matched, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS changed"
    )


_ELEMENT_IDS = "UNWIND $ids AS id MATCH (n:`{base}` {{id: id}}) RETURN id, elementId(n) AS eid"


_STALE_NODES = (
    "MATCH (n) WHERE NOT n:`{lock}` AND (NOT n:`{base}` OR n.id IS NULL OR NOT n.id IN $ids) "
    "RETURN elementId(n) AS eid"
)
_DELETE_NODES = "UNWIND $rows AS eid MATCH (n) WHERE elementId(n) = eid DETACH DELETE n"
# Relationships of the input's nodes that the input does not hold, and every copy but one
# of a relationship held twice (concurrent loads before the load lock left such copies).
_DELETE_RELS = (
    "UNWIND $rows AS g MATCH (a:`{base}` {{id: g.id}})-[r]->(b) "
    "WITH g, type(r) + '|' + coalesce(b.id, '') + '|' + coalesce(toString(r.since), '') AS key, "
    "collect(r) AS copies "
    "FOREACH (r IN CASE WHEN key IN g.keep THEN tail(copies) ELSE copies END | DELETE r)"
)


def _schema_statements(schema: Schema) -> list[str]:
    base = schema.base_label
    statements = [
        (
            f"CREATE CONSTRAINT {base.lower()}_id IF NOT EXISTS FOR (n:{token(base, schema.labels)}) "
            "REQUIRE n.id IS UNIQUE"
        )
    ]
    for kind in sorted(schema.node_kinds.values(), key=lambda k: k.label):
        label = token(kind.label, schema.labels)
        statements.append(
            f"CREATE CONSTRAINT {kind.label.lower()}_id IF NOT EXISTS FOR (n:{label}) "
            "REQUIRE n.id IS UNIQUE"
        )
    statements.append(
        f"CREATE INDEX {base.lower()}_name IF NOT EXISTS FOR (n:{token(base, schema.labels)}) "
        "ON (n.name)"
    )
    statements.append(
        f"CREATE INDEX {base.lower()}_kind IF NOT EXISTS FOR (n:{token(base, schema.labels)}) "
        "ON (n.kind)"
    )
    return statements


def ensure_schema(
    driver: Driver, schema: Schema, *, database: str | None = None
) -> tuple[int, int]:
    """Create the uniqueness constraints and indexes the loader and the queries rely on.

    A uniqueness constraint on ``Entity.id`` and on ``id`` of each kind's label, an
    index on ``Entity.name`` and ``Entity.kind``, and one on ``since`` per relationship
    type; each ``IF NOT EXISTS``, then waits until they are online.

    Returns
    -------
    tuple of int
        Constraints and indexes added (0, 0 when all existed).
    """
    constraints = indexes = 0
    with driver.session(database=database) as session:
        for statement in _schema_statements(schema):
            counters = session.run(statement).consume().counters
            constraints += counters.constraints_added
            indexes += counters.indexes_added
        session.run("CALL db.awaitIndexes(600)").consume()
    return constraints, indexes


# -- loading ---------------------------------------------------------------------------


def load_graph(
    driver: Driver,
    dataset_or_graph: Dataset | nx.MultiDiGraph,
    *,
    database: str | None = None,
    replace: bool = False,
    batch_size: int = 20_000,
    progress: Progress | None = None,
    workers: int = 2,
    one_transaction_max: int = ONE_TRANSACTION_MAX,
    lock_wait: float | None = None,
    on_wait: Callable[[Holder], None] | None = None,
) -> LoadSummary:
    """Write every node and relationship of a dataset or graph into Neo4j.

    Loads into one database take turns: each holds the database's load lease
    (:mod:`graphkit.store.lock`) from before it looks at the database until it is done,
    so two runs started together end with one copy of every claim. Constraints and
    indexes go first, in their own transactions. A small input (up to
    ``one_transaction_max`` rows) then goes in one transaction: all or nothing. A
    larger one goes batch by batch, each batch its own transaction; if the load stops
    half way, a rerun converges to the same graph, since every statement MERGEs on a
    constrained key. Into an empty database the rows are CREATEd instead (the same
    result, faster); into one without relationships, the relationships are.
    Relationships find their end nodes by ``elementId``, read once after the nodes are
    written; a batch whose end node vanished meanwhile (another writer) stops the load
    with a StoreError. SIGINT (Ctrl-C) stops the load cleanly between batches.

    Parameters
    ----------
    driver : neo4j.Driver
        From :func:`graphkit.store.settings.connect`.
    dataset_or_graph : Dataset or networkx.MultiDiGraph
        A checked dataset, or a graph shaped like :func:`graphkit.io.to_networkx`'s
        (node attribute ``kind``, edge attributes ``relation`` and ``since``).
    database : str, optional
        The server's default database when None.
    replace : bool, default False
        Make the database mirror the input: delete nodes and relationships that are
        not in it (duplicated relationships included), and properties it no longer has.
    batch_size : int, default 20000
        Rows per ``UNWIND`` statement (on a 2-core machine, 20,000 loaded 1M
        relationships about 1.5 times faster than 5,000).
    progress : callable, optional
        Called as ``progress(rows_done, rows_total)`` after each committed batch.
    workers : int, default 2
        Concurrent transactions for the relationship batches of a batch-by-batch load
        into a database without relationships (CREATE path; a deadlock between two is retried by the
        driver); MERGE batches always go one at a time, as concurrent ones deadlock
        on shared end nodes. On a 2-core machine 2 workers beat 1, 3 and 4 (the
        client and the server share the cores). Installing ``neo4j-rust-ext`` cuts the
        client's share of the work about fourfold.
    one_transaction_max : int, default :data:`ONE_TRANSACTION_MAX`
        The largest input (nodes + relationships) that loads in one transaction.
    lock_wait : float, optional
        Seconds to wait while another load holds the database's lease; forever when None.
    on_wait : callable, optional
        Called once with the holder (:class:`graphkit.store.lock.Holder`) when the load
        has to wait for another.

    Returns
    -------
    LoadSummary

    Raises
    ------
    SchemaError
        A kind or relation of the input is not in the schema.
    StoreError
        The server failed a statement or went away, or another load kept the lease
        for ``lock_wait`` seconds (one line; says how many rows were committed).
    LoadInterrupted
        SIGINT arrived; says how many rows were committed.

    Examples
    --------
    With a running server (``graphkit neo4j start``)::

        with connect(Settings.from_env()) as driver:
            print(load_graph(driver, read_dataset("data"), database="neo4j"))
    """
    if batch_size < 1:
        raise GraphkitError(f"batch_size: expected a positive number of rows, got {batch_size}")
    with paused_gc():
        return _load(
            driver,
            dataset_or_graph,
            _Options(database, replace, batch_size, progress, max(1, workers), one_transaction_max),
            lock_wait,
            on_wait,
        )


@dataclass(frozen=True)
class _Options:
    database: str | None
    replace: bool
    batch_size: int
    progress: Progress | None
    workers: int
    one_transaction_max: int


def _load(driver, dataset_or_graph, options: _Options, lock_wait, on_wait) -> LoadSummary:
    from neo4j.exceptions import DriverError, Neo4jError

    started = time.perf_counter()
    schema, nodes, rels = input_rows(dataset_or_graph)
    n_nodes, n_rels = sum(map(len, nodes.values())), sum(map(len, rels.values()))
    plan = _Plan(schema, nodes, rels, options, driver)
    database, replace = options.database, options.replace
    try:
        with interruptible() as stop, database_lock(
            driver, schema, database=database, wait=lock_wait, on_wait=on_wait
        ) as lock:
            plan.lock, plan.stop = lock, stop
            constraints, indexes = ensure_schema(driver, schema, database=database)
            with driver.session(database=database) as session:
                existing_nodes, existing_rels = session.execute_read(_count_entities, schema)
                existing = existing_nodes + existing_rels
                plan.create = existing == 0
                # with no relationship in the database, none can be a duplicate: CREATE them
                plan.create_rels = existing_rels == 0
                plan.one_transaction = n_nodes + n_rels <= options.one_transaction_max and (
                    not replace or existing <= options.one_transaction_max
                )
                if plan.one_transaction:
                    counts = session.execute_write(plan.run_all)
                    transactions = 1
                else:
                    counts, transactions = plan.run_batches(session)
    except (Neo4jError, DriverError, OSError, StoreError, LoadInterrupted) as exc:
        raise plan.failure(exc) from None
    return LoadSummary(
        nodes=n_nodes,
        relationships=n_rels,
        nodes_created=counts.nodes_created,
        nodes_updated=counts.nodes_changed - counts.nodes_created,
        relationships_created=counts.relationships_created,
        relationships_updated=counts.relationships_changed - counts.relationships_created,
        nodes_deleted=counts.nodes_deleted,
        relationships_deleted=counts.relationships_deleted,
        constraints_added=constraints,
        indexes_added=indexes,
        transactions=transactions,
        seconds=time.perf_counter() - started,
    )


def _count_entities(tx: ManagedTransaction, schema: Schema) -> tuple[int, int]:
    """Graph nodes and all relationships in the database (from the count store: instant)."""
    base = token(schema.base_label, schema.labels)
    nodes = tx.run(f"MATCH (n:{base}) RETURN count(n) AS c").single()["c"]
    return nodes, tx.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]


@dataclass(frozen=True)
class _Batch:
    """Rows ``start:stop`` of a relationship table, built when their transaction runs.

    Building in the worker that sends them lets the client build one batch while the
    server writes another.
    """

    table: RelTable
    start: int
    stop: int
    eids: dict[str, str]

    def __len__(self) -> int:
        return self.stop - self.start

    def build(self) -> list[list]:
        return self.table.slice(self.start, self.stop, self.eids)


class _Plan:
    """The statements of one load, as (query, rows) steps, run in one or many transactions."""

    def __init__(
        self,
        schema: Schema,
        nodes: dict[str, _Table],
        rels: dict[str, RelTable],
        options: _Options,
        driver: Driver,
    ):
        self.schema, self.nodes, self.rels, self.driver = schema, nodes, rels, driver
        self.replace, self.batch_size = options.replace, options.batch_size
        self.progress, self.workers, self.database = options.progress, options.workers, options.database
        self.create = False  # the database is empty: CREATE nodes and relationships
        self.create_rels = False  # it has no relationship: CREATE them, MERGE the nodes
        self.one_transaction = True
        self.total = sum(map(len, nodes.values())) + sum(map(len, rels.values()))
        self.done = 0  # rows of committed transactions
        self.lock: LoadLock | None = None
        self.stop = threading.Event()

    # -- stopping --------------------------------------------------------------------

    def check(self) -> None:
        """Stop before the next statement if the lease was lost or SIGINT arrived."""
        if self.lock is not None:
            self.lock.check()
        if self.stop.is_set():
            raise LoadInterrupted("interrupted")

    def failure(self, exc: BaseException) -> GraphkitError:
        """One line for a load that stopped: why, and exactly how much of it was committed."""
        if self.one_transaction or self.done == 0:
            done = "nothing was written"
        else:
            done = (
                f"{self.done} of {self.total} rows were written (committed); "
                "rerun to finish (MERGE converges)"
            )
        if isinstance(exc, LoadInterrupted):
            return LoadInterrupted(f"load interrupted (SIGINT): {done}")
        if isinstance(exc, StoreError):
            return StoreError(f"{exc}; {done}")
        message = " ".join(str(getattr(exc, "message", None) or exc).split())[:300]
        code = getattr(exc, "code", None)
        return StoreError(
            f"Neo4j load failed: {code + ': ' if code else ''}{message or type(exc).__name__}; {done}"
        )

    # -- steps -----------------------------------------------------------------------

    def _node_steps(self) -> Iterator[tuple[str, str, list]]:
        """(kind of step, query, batch) for every node batch."""
        size = self.batch_size
        for label in sorted(self.nodes):
            table = self.nodes[label]
            query = _node_query(label, table.keys, self.schema, replace=self.replace, create=self.create)
            rows = table.rows
            for i in range(0, len(rows), size):
                yield "nodes", query, rows[i : i + size]

    def _rel_steps(self, eids: dict[str, str]) -> Iterator[tuple[str, str, list]]:
        """Relationship batches, their end nodes given by elementId (see :meth:`_element_ids`)."""
        size = self.batch_size
        for rel_type in sorted(self.rels):
            table = self.rels[rel_type]
            query = _rel_query(rel_type, table.keys, self.schema, replace=self.replace, create=self.create_rels)
            for i in range(0, len(table), size):
                yield "rels", query, _Batch(table, i, min(i + size, len(table)), eids)

    def _node_ids(self) -> list[str]:
        """The input's node ids, label by label."""
        return [row[0] for table in self.nodes.values() for row in table.rows]

    def _element_ids(self, tx: ManagedTransaction) -> dict[str, str]:
        """``id -> elementId`` of the input's nodes, read once they are all written."""
        if not self.rels:
            return {}
        ids = self._node_ids()
        query = _ELEMENT_IDS.format(base=self.schema.base_label)
        eids = {record["id"]: record["eid"] for record in tx.run(query, ids=Rows(ids))}
        if len(eids) < len(ids):
            missing = sorted(set(ids) - set(eids))
            raise StoreError(
                f"{len(missing)} nodes of this load are missing from the database right after "
                f"being written (another writer deleted them?), e.g. {missing[:3]}; rerun the load"
            )
        return eids

    def _delete_rel_steps(self) -> Iterator[tuple[str, str, list]]:
        keep: dict[str, list[str]] = {node_id: [] for node_id in self._node_ids()}
        for rel_type, table in self.rels.items():
            for row in table.rows:
                keep[row[0]].append(f"{rel_type}|{row[1]}|{row[2]}")
        groups = [{"id": node_id, "keep": kept} for node_id, kept in sorted(keep.items())]
        query = _DELETE_RELS.format(base=self.schema.base_label)
        size = max(1, self.batch_size // 10)
        for i in range(0, len(groups), size):
            yield "delete", query, groups[i : i + size]

    def _stale_nodes(self, tx: ManagedTransaction) -> list[str]:
        ids = self._node_ids()
        query = _STALE_NODES.format(base=self.schema.base_label, lock=self.schema.lock_label)
        return [record["eid"] for record in tx.run(query, ids=Rows(ids))]

    def _run_step(self, tx: ManagedTransaction, kind: str, query: str, rows: list | _Batch) -> _Counts:
        self.check()
        if isinstance(rows, _Batch):
            rows = rows.build()
        result = tx.run(query, rows=Rows(rows))  # Rows: see its docstring
        record = result.single() if kind == "rels" or (kind == "nodes" and not self.create) else None
        if kind == "rels" and record["matched"] > len(rows):
            raise StoreError(
                f"the database holds duplicated relationships ({record['matched']} matched the "
                f"{len(rows)} of one batch), left by loads that ran at once with graphkit "
                "before 0.2; `graphkit load --replace` removes them"
            )
        if kind == "rels" and record["matched"] < len(rows):
            raise StoreError(
                f"{len(rows) - record['matched']} of {len(rows)} relationships of a batch lost an "
                "end node while the load ran (another writer deleted it?); rerun the load"
            )
        counters = result.consume().counters
        counts = _Counts(
            nodes_deleted=counters.nodes_deleted,
            relationships_deleted=counters.relationships_deleted,
        )
        changed = record["changed"] if record is not None else None
        if kind == "nodes":
            counts.nodes_created = counters.nodes_created
            counts.nodes_changed = counters.nodes_created if changed is None else changed
        elif kind == "rels":  # ``changed`` counts relationships that existed and changed
            counts.relationships_created = counters.relationships_created
            counts.relationships_changed = counters.relationships_created + changed
        return counts

    def _tick(self, kind: str, rows: list | _Batch) -> None:
        """Count the rows of a step whose transaction committed."""
        if kind in ("nodes", "rels"):
            self.done += len(rows)
            if self.progress is not None:
                self.progress(self.done, self.total)

    def run_all(self, tx: ManagedTransaction) -> _Counts:
        """Everything in one transaction (the driver may call this again on a transient error).

        ``done`` stays 0 until the transaction commits: progress is reported, but nothing
        counts as written before the end.
        """
        total, written = _Counts(), 0
        if self.replace and not self.create:
            stale = self._stale_nodes(tx)
            for i in range(0, len(stale), self.batch_size):
                total.add(
                    self._run_step(tx, "delete", _DELETE_NODES, stale[i : i + self.batch_size])
                )
            for step in self._delete_rel_steps():
                total.add(self._run_step(tx, *step))
        for step in self._node_steps():
            total.add(self._run_step(tx, *step))
            written += len(step[2])
            if self.progress is not None:
                self.progress(written, self.total)
        for step in self._rel_steps(self._element_ids(tx)):
            total.add(self._run_step(tx, *step))
            written += len(step[2])
            if self.progress is not None:
                self.progress(written, self.total)
        self.check()  # SIGINT during the last statement: roll back rather than commit
        return total

    def run_batches(self, session) -> tuple[_Counts, int]:
        """Each batch in its own transaction; returns the counts and the number of transactions."""
        total, transactions, self.done = _Counts(), 0, 0
        steps: Iterator[tuple[str, str, list]] = iter(())
        if self.replace and not self.create:
            stale = session.execute_read(self._stale_nodes)
            size = max(1, self.batch_size // 10)
            deletes = [
                ("delete", _DELETE_NODES, stale[i : i + size]) for i in range(0, len(stale), size)
            ]
            steps = iter(deletes + list(self._delete_rel_steps()))
        for kind, query, rows in [*steps, *self._node_steps()]:
            total.add(session.execute_write(self._run_step, kind, query, rows))
            transactions += 1
            self._tick(kind, rows)
        self.check()
        rel_steps = list(self._rel_steps(session.execute_read(self._element_ids)))
        if self.create_rels and self.workers > 1:
            return self._run_parallel(rel_steps, total, transactions)
        for kind, query, rows in rel_steps:
            total.add(session.execute_write(self._run_step, kind, query, rows))
            transactions += 1
            self._tick(kind, rows)
        return total, transactions

    def _run_parallel(self, steps: list, total: _Counts, transactions: int) -> tuple[_Counts, int]:
        """Into a database without relationships, CREATE batches run a few at once.

        Batches on distinct start nodes do not deadlock (MERGE batches do), and the
        client packs one batch while the server writes another. After the first
        failure no new batch starts; those already running finish and are counted, so
        the error says exactly how much was committed.
        """
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        def run(step: tuple[str, str, _Batch]) -> _Counts:
            with self.driver.session(database=self.database) as own:
                return own.execute_write(self._run_step, *step)

        failure: BaseException | None = None
        with ThreadPoolExecutor(self.workers) as pool:
            pending = {pool.submit(run, step): step for step in steps}
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    step = pending.pop(future)
                    if future.exception() is None:
                        total.add(future.result())
                        transactions += 1
                        self._tick(step[0], step[2])
                    elif failure is None:
                        failure = future.exception()
                        for other in pending:
                            other.cancel()
                if failure is not None:
                    pending = {f: s for f, s in pending.items() if not f.cancelled()}
        if failure is not None:
            raise failure
        return total, transactions
