"""The steps of one load and how they run: all in one transaction, batch by batch, or in parallel.

A :class:`LoadPlan` turns the node and relationship tables into ``(kind, query, rows)``
steps (:mod:`graphkit.store.statements`), runs them, counts what changed and, when the
load stops, says how much of it was committed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkit.errors import GraphkitError, LoadInterrupted, StoreError
from graphkit.store.lock import LoadLock
from graphkit.store.rows import RelTable, Rows, Table
from graphkit.store.secrets import one_line
from graphkit.store.statements import (
    DELETE_NODES,
    delete_rels_query,
    element_ids_query,
    node_query,
    rel_query,
    stale_nodes_query,
)

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

    from graphkit.schema.model import Schema

__all__ = ["Batch", "Counts", "LoadOptions", "LoadPlan", "Progress"]

#: Called as ``progress(rows_done, rows_total)`` after each committed batch.
Progress = Callable[[int, int], None]


@dataclass
class Counts:
    """What the statements of a load changed, from the server's counters."""

    nodes_created: int = 0
    nodes_changed: int = 0
    relationships_created: int = 0
    relationships_changed: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class LoadOptions:
    """How :func:`graphkit.store.load.load_graph` was asked to load (see its parameters)."""

    database: str | None
    replace: bool
    batch_size: int
    progress: Progress | None
    workers: int
    one_transaction_max: int


@dataclass(frozen=True)
class Batch:
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


class LoadPlan:
    """The statements of one load, as (query, rows) steps, run in one or many transactions."""

    def __init__(
        self,
        schema: Schema,
        nodes: dict[str, Table],
        rels: dict[str, RelTable],
        options: LoadOptions,
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
        self.unsure = 0  # rows of transactions whose commit the server may or may not have made
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
        """One line for a load that stopped: why, and how much of it was committed.

        Exact, but for a transaction whose connection broke while it was committing:
        the server may or may not have committed it, and the line says so.
        """
        if self.one_transaction and self.unsure:
            done = (
                "the connection broke while the load was committing: either all of it or "
                "nothing was written; rerun to be sure (MERGE converges)"
            )
        elif self.one_transaction or self.done == self.unsure == 0:
            done = "nothing was written"
        else:
            done = f"{self.done} of {self.total} rows were written (committed)"
            if self.unsure:
                done += (
                    f", and perhaps {self.unsure} more (the connection broke while they were "
                    "being committed)"
                )
            done += "; rerun to finish (MERGE converges)"
        if isinstance(exc, LoadInterrupted):
            return LoadInterrupted(f"load interrupted (SIGINT): {done}")
        if isinstance(exc, StoreError):
            return StoreError(f"{exc}; {done}")
        message = one_line(getattr(exc, "message", None) or exc)
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
            query = node_query(label, table.keys, self.schema, replace=self.replace, create=self.create)
            rows = table.rows
            for i in range(0, len(rows), size):
                yield "nodes", query, rows[i : i + size]

    def _rel_steps(self, eids: dict[str, str]) -> Iterator[tuple[str, str, list]]:
        """Relationship batches, their end nodes given by elementId (see :meth:`_element_ids`)."""
        size = self.batch_size
        for rel_type in sorted(self.rels):
            table = self.rels[rel_type]
            query = rel_query(rel_type, table.keys, self.schema, replace=self.replace, create=self.create_rels)
            for i in range(0, len(table), size):
                yield "rels", query, Batch(table, i, min(i + size, len(table)), eids)

    def _node_ids(self) -> list[str]:
        """The input's node ids, label by label."""
        return [row[0] for table in self.nodes.values() for row in table.rows]

    def _element_ids(self, tx: ManagedTransaction) -> dict[str, str]:
        """``id -> elementId`` of the input's nodes, read once they are all written."""
        if not self.rels:
            return {}
        ids = self._node_ids()
        query = element_ids_query(self.schema)
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
        query = delete_rels_query(self.schema)
        size = max(1, self.batch_size // 10)
        for i in range(0, len(groups), size):
            yield "delete", query, groups[i : i + size]

    def _stale_nodes(self, tx: ManagedTransaction) -> list[str]:
        ids = self._node_ids()
        query = stale_nodes_query(self.schema)
        return [record["eid"] for record in tx.run(query, ids=Rows(ids))]

    def _run_step(self, tx: ManagedTransaction, kind: str, query: str, rows: list | Batch) -> Counts:
        self.check()
        if isinstance(rows, Batch):
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
        counts = Counts(
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

    def _tick(self, kind: str, rows: list | Batch) -> None:
        """Count the rows of a step whose transaction committed."""
        if kind in ("nodes", "rels"):
            self.done += len(rows)
            if self.progress is not None:
                self.progress(self.done, self.total)

    def run_all(self, tx: ManagedTransaction) -> Counts:
        """Everything in one transaction (the driver may call this again on a transient error).

        ``done`` stays 0 until the transaction commits: progress is reported, but nothing
        counts as written before the end.
        """
        total, written = Counts(), 0
        if self.replace and not self.create:
            stale = self._stale_nodes(tx)
            for i in range(0, len(stale), self.batch_size):
                total.add(
                    self._run_step(tx, "delete", DELETE_NODES, stale[i : i + self.batch_size])
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

    def run_one(self, session) -> Counts:
        """Everything in one transaction (:meth:`run_all`), all or nothing."""
        from neo4j.exceptions import IncompleteCommit

        try:
            return session.execute_write(self.run_all)
        except IncompleteCommit:
            self.unsure = self.total
            raise

    def _commit(self, session, kind: str, query: str, rows: list) -> Counts:
        """One step in its own transaction; a commit cut off leaves its rows unsure."""
        from neo4j.exceptions import IncompleteCommit

        try:
            return session.execute_write(self._run_step, kind, query, rows)
        except IncompleteCommit:
            self._unsure(kind, rows)
            raise

    def _unsure(self, kind: str, rows: list | Batch) -> None:
        if kind in ("nodes", "rels"):
            self.unsure += len(rows)

    def run_batches(self, session) -> tuple[Counts, int]:
        """Each batch in its own transaction; returns the counts and the number of transactions."""
        total, transactions, self.done = Counts(), 0, 0
        steps: Iterator[tuple[str, str, list]] = iter(())
        if self.replace and not self.create:
            stale = session.execute_read(self._stale_nodes)
            size = max(1, self.batch_size // 10)
            deletes = [
                ("delete", DELETE_NODES, stale[i : i + size]) for i in range(0, len(stale), size)
            ]
            steps = iter(deletes + list(self._delete_rel_steps()))
        for kind, query, rows in [*steps, *self._node_steps()]:
            total.add(self._commit(session, kind, query, rows))
            transactions += 1
            self._tick(kind, rows)
        self.check()
        rel_steps = list(self._rel_steps(session.execute_read(self._element_ids)))
        if self.create_rels and self.workers > 1:
            return self._run_parallel(rel_steps, total, transactions)
        for kind, query, rows in rel_steps:
            total.add(self._commit(session, kind, query, rows))
            transactions += 1
            self._tick(kind, rows)
        return total, transactions

    def _run_parallel(self, steps: list, total: Counts, transactions: int) -> tuple[Counts, int]:
        """Into a database without relationships, CREATE batches run a few at once.

        Batches on distinct start nodes do not deadlock (MERGE batches do), and the
        client packs one batch while the server writes another. After the first
        failure no new batch starts; those already running finish and are counted, so
        the error says how much was committed.
        """
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        from neo4j.exceptions import IncompleteCommit

        def run(step: tuple[str, str, Batch]) -> Counts:
            with self.driver.session(database=self.database) as own:
                return own.execute_write(self._run_step, *step)

        failure: BaseException | None = None
        with ThreadPoolExecutor(self.workers) as pool:
            pending = {pool.submit(run, step): step for step in steps}
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    step = pending.pop(future)
                    error = future.exception()
                    if error is None:
                        total.add(future.result())
                        transactions += 1
                        self._tick(step[0], step[2])
                        continue
                    if isinstance(error, IncompleteCommit):
                        self._unsure(step[0], step[2])
                    if failure is None:
                        failure = error
                        for other in pending:
                            other.cancel()
                if failure is not None:
                    pending = {f: s for f, s in pending.items() if not f.cancelled()}
        if failure is not None:
            raise failure
        return total, transactions
