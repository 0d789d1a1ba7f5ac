"""A lease taken in the database itself, so that writers to one database run one at a time.

Two ``graphkit load`` runs against the same database, from one machine or two, would
otherwise race: both see an empty database, both take the CREATE fast path, and every
relationship ends up twice. The lease is one node, ``(:GraphkitLock {name})``, under a
uniqueness constraint, so it works on any Neo4j (managed, remote, cluster), with no
file shared between the writers.

- Taking it: one write transaction creates or locks the node (``SET`` first, so the
  read that follows sees the last committed holder), and claims it when nobody holds
  it, when the holder's heartbeat is older than the lease, or when the holder was a
  process of this machine that no longer runs.
- Holding it: a thread renews the heartbeat every few seconds, with the server's clock,
  so clocks of different clients never compare. A holder that loses its lease (it was
  stopped longer than the lease) is told so by :meth:`LoadLock.check`.
- Releasing it: the node is deleted, so a database between loads holds nothing of it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkit.errors import StoreError
from graphkit.store.secrets import one_line
from graphkit.store.tokens import token

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

    from graphkit.schema.model import Schema

__all__ = ["LEASE_SECONDS", "Holder", "LoadLock", "database_lock", "this_machine"]

#: A holder whose heartbeat is older than this is taken to be gone.
LEASE_SECONDS = 60
#: How often the holder renews its heartbeat.
HEARTBEAT_SECONDS = 5.0
#: How often a waiting writer asks again.
POLL_SECONDS = 0.5

#: Tokens of the leases this process holds now.
_HELD_HERE: set[str] = set()


def this_machine() -> str:
    """This machine, as other writers see it: host name and boot id (pids repeat across boots)."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            boot = fh.read().strip()[:8]
    except OSError:
        boot = ""
    return f"{socket.gethostname()}/{boot}" if boot else socket.gethostname()


@dataclass(frozen=True)
class Holder:
    """Who holds the lease: a process on a machine, since a server time."""

    machine: str
    pid: int
    since: str

    def __str__(self) -> str:
        return f"process {self.pid} on {self.machine.partition('/')[0]}, since {self.since[:19]} UTC"


def _acquire_query(label: str) -> str:
    return (
        f"MERGE (l:{label} {{name: $name}}) "
        # a write first: the node's lock is taken, so the holder read next is the last committed one
        "SET l.touched = true REMOVE l.touched "
        "WITH l, l.owner IS NULL OR l.heartbeat < datetime() - duration({seconds: $lease}) "
        "OR l.owner = $gone AS free "
        "FOREACH (_ IN CASE WHEN free OR l.owner = $token THEN [1] ELSE [] END | "
        "  SET l.owner = $token, l.machine = $machine, l.pid = $pid, "
        "      l.since = toString(datetime()), l.heartbeat = datetime()) "
        "RETURN l.owner = $token AS mine, l.machine AS machine, l.pid AS pid, l.since AS since"
    )


class LoadLock:
    """The lease of one writer on one database; use :func:`database_lock` to take it."""

    def __init__(self, driver: Driver, schema: Schema, *, database: str | None, name: str):
        self.driver, self.database, self.name = driver, database, name
        self.label = token(schema.lock_label, schema.labels)
        self.token = uuid.uuid4().hex
        self.machine, self.pid = this_machine(), os.getpid()
        self.lost = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def ensure_constraint(self) -> None:
        """The uniqueness constraint that keeps the lease one node (two writers may race here)."""
        from neo4j.exceptions import ClientError, TransientError

        statement = (
            f"CREATE CONSTRAINT graphkit_lock_name IF NOT EXISTS "
            f"FOR (l:{self.label}) REQUIRE l.name IS UNIQUE"
        )
        for attempt in range(5):
            try:
                with self.driver.session(database=self.database) as session:
                    session.run(statement).consume()
                return
            except (ClientError, TransientError):  # the other writer created it meanwhile
                if attempt == 4:
                    raise
                time.sleep(0.2 * (attempt + 1))

    def try_acquire(self) -> Holder | None:
        """Take the lease if it is free; None when taken, else who holds it."""
        record = self._write(self._acquire)
        if record["mine"]:
            _HELD_HERE.add(self.token)
            return None
        return Holder(str(record["machine"]), int(record["pid"] or 0), str(record["since"] or ""))

    def _acquire(self, tx: ManagedTransaction):
        return tx.run(
            _acquire_query(self.label),
            name=self.name,
            token=self.token,
            machine=self.machine,
            pid=self.pid,
            lease=LEASE_SECONDS,
            gone=self._gone_owner(tx),
        ).single()

    def _gone_owner(self, tx: ManagedTransaction) -> str | None:
        """The holder's token if it was a process of this machine that no longer holds it.

        That is a process that no longer runs, or this very process, whose lease was
        left behind by a load that failed without releasing it (its server went away).
        """
        record = tx.run(
            f"MATCH (l:{self.label} {{name: $name}}) RETURN properties(l) AS p", name=self.name
        ).single()
        held = record["p"] if record is not None else {}
        if held.get("machine") != self.machine or held.get("pid") is None:
            return None
        pid, owner = int(held["pid"]), held.get("owner")
        if pid == self.pid:
            return None if owner in _HELD_HERE else owner
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return owner
        except PermissionError:  # alive, another user's
            return None
        return None

    def _write(self, work: Callable):
        from neo4j.exceptions import DriverError, Neo4jError

        with self.driver.session(database=self.database) as session:
            try:
                return session.execute_write(work)
            except (Neo4jError, DriverError) as exc:
                raise StoreError(
                    f"cannot take the database's load lock: {one_line(exc, limit=200)}"
                ) from None

    def start_heartbeat(self) -> None:
        self._thread = threading.Thread(target=self._beat, name="graphkit-lock", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        query = (
            f"MATCH (l:{self.label} {{name: $name}}) WHERE l.owner = $token "
            "SET l.heartbeat = datetime() RETURN count(l) AS n"
        )
        while not self._stop.wait(HEARTBEAT_SECONDS):
            try:
                with self.driver.session(database=self.database) as session:
                    held = session.execute_write(
                        lambda tx: tx.run(query, name=self.name, token=self.token).single()["n"]
                    )
            except Exception:  # noqa: BLE001, S112 - a missed beat; the lease outlives several
                continue
            if not held:
                self.lost.set()
                return

    def check(self) -> None:
        """Raise if another writer took the lease over (this one stalled longer than the lease)."""
        if self.lost.is_set():
            raise StoreError(
                f"lost the database's load lock (no heartbeat for {LEASE_SECONDS} s) and another "
                "writer took it; stopped here; rerun the load"
            )

    def release(self) -> None:
        """Stop the heartbeat and delete the lease node, if it is still ours."""
        self._stop.set()
        _HELD_HERE.discard(self.token)
        if self._thread is not None:
            self._thread.join(timeout=HEARTBEAT_SECONDS + 5)
        try:
            with self.driver.session(database=self.database) as session:
                session.run(
                    f"MATCH (l:{self.label} {{name: $name}}) WHERE l.owner = $token DELETE l",
                    name=self.name,
                    token=self.token,
                ).consume()
        except Exception:  # noqa: BLE001, S110 - the lease then expires on its own
            pass


@contextmanager
def database_lock(
    driver: Driver,
    schema: Schema,
    *,
    database: str | None = None,
    name: str = "load",
    wait: float | None = None,
    on_wait: Callable[[Holder], None] | None = None,
) -> Iterator[LoadLock]:
    """Hold the database's write lease ``name`` for the body of the ``with`` block.

    Parameters
    ----------
    wait : float, optional
        Seconds to wait for another holder to finish; forever when None.
    on_wait : callable, optional
        Called once with the :class:`Holder` when the lease is taken by another.

    Raises
    ------
    StoreError
        The lease stayed taken for ``wait`` seconds, or the server failed.
    """
    lock = LoadLock(driver, schema, database=database, name=name)
    lock.ensure_constraint()
    deadline = None if wait is None else time.monotonic() + wait
    told = False
    while (holder := lock.try_acquire()) is not None:
        if not told and on_wait is not None:
            on_wait(holder)
            told = True
        if deadline is not None and time.monotonic() >= deadline:
            raise StoreError(
                f"another writer holds the database's load lock ({holder}); waited {wait:g} s; "
                "try again when it has finished"
            )
        time.sleep(POLL_SECONDS)
    lock.start_heartbeat()
    try:
        yield lock
    finally:
        lock.release()
