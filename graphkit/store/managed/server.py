"""A local Neo4j Community server run from Maven Central jars, one data directory per instance.

The jars (Neo4j 5.26 LTS) are fetched once with Maven into the user cache; each
instance keeps its conf/, data/, logs/ and import/ under the state directory, with a
generated password in a 0600 file and a state file naming the pid and ports.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graphkit.errors import StoreError
from graphkit.store.managed.cds import archive_options, keep_archive
from graphkit.store.managed.conf import choose_ports, server_command, write_conf
from graphkit.store.managed.diagnose import check_free_space, explain, short_tail
from graphkit.store.managed.files import locked, read_json, tail_bytes, write_private
from graphkit.store.managed.jars import NEO4J_VERSION, default_cache_dir, ensure_jars, find_java
from graphkit.store.managed.memory import Memory
from graphkit.store.managed.password import ensure_password
from graphkit.store.managed.processes import children, send_signal, wait_dead
from graphkit.store.managed.state import Instance, bolt_uri, default_state_dir
from graphkit.store.secrets import one_line, redact, remember
from graphkit.store.settings import DEFAULT_DATABASE, DEFAULT_USERNAME, Settings, quiet_driver_logs
from graphkit.store.statements import count_graph

__all__ = [
    "NEO4J_VERSION",
    "ManagedNeo4j",
    "ServerInfo",
    "ServerStatus",
    "default_cache_dir",
    "default_state_dir",
    "ensure_jars",
]

# What a client of another Neo4j may hold in its environment: the server never needs it.
_CLIENT_VARS = {"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"}


@dataclass(frozen=True)
class ServerInfo:
    """A running managed instance: where it listens; ``started`` is False if it already ran."""

    instance: str
    uri: str
    pid: int
    bolt_port: int
    http_port: int | None
    database: str
    home: Path
    password_file: Path
    started: bool


@dataclass(frozen=True)
class ServerStatus:
    """What ``graphkit neo4j status`` shows; counts are None when the server does not answer."""

    instance: str
    running: bool
    home: Path
    data_dir: Path
    password_file: Path
    database: str
    uri: str | None = None
    pid: int | None = None
    http_port: int | None = None
    nodes: int | None = None
    relationships: int | None = None
    problem: str | None = None


class ManagedNeo4j(Instance):
    """One local Neo4j instance under ``<state_dir>/neo4j/<instance>/``: start, stop, status, logs.

    Parameters
    ----------
    instance, state_dir
        As for :class:`~graphkit.store.managed.state.Instance`: where its files live.
    cache_dir : path, optional
        Where the jars are kept; defaults to ``$GRAPHKIT_CACHE_DIR``, ``$XDG_CACHE_HOME/graphkit``
        or ``~/.cache/graphkit``.

    Examples
    --------
    >>> server = ManagedNeo4j("scratch", state_dir="/tmp/graphkit-doc")
    >>> server.home.as_posix()
    '/tmp/graphkit-doc/neo4j/scratch'
    """

    def __init__(
        self,
        instance: str = "default",
        state_dir: Path | str | None = None,
        cache_dir: Path | str | None = None,
    ):
        super().__init__(instance, state_dir)
        self.cache_dir = (
            Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
        )

    def settings(self) -> Settings:
        """Connection settings for the running instance."""
        return Settings.for_instance(self)

    # -- start -----------------------------------------------------------------------

    def start(
        self,
        timeout: float = 120.0,
        *,
        http: bool = False,
        progress: Callable[[str], None] | None = None,
        memory: Memory | None = None,
    ) -> ServerInfo:
        """Start the server in the background and wait until it answers ``RETURN 1`` over Bolt.

        An instance that already runs is left alone (``started`` is False). The jars
        are fetched the first time; the password is set before the first boot. A
        restart keeps the previous Bolt port when it is still free. Without ``memory``:
        ``GRAPHKIT_NEO4J_HEAP`` and ``GRAPHKIT_NEO4J_PAGECACHE``, else the sizes this
        instance last started with, else a 2g heap and a 1g page cache.

        Raises
        ------
        StoreError
            The state directory is unusable, less than ``GRAPHKIT_NEO4J_MIN_FREE_MB``
            (200) MB is free there, Java or Maven is missing, or the server exits early
            or does not answer within ``timeout`` seconds (its known cause first, then the
            end of its log).
        """
        self.check_home(write=True)
        try:
            self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
            with locked(self.home / ".lock"):
                state = self.state()
                if state is not None:
                    return self._info(state, started=False)
                check_free_space(self.home, f"Neo4j instance {self.instance!r}")
                return self._start(timeout, http, progress, memory)
        except OSError as exc:
            raise StoreError(
                f"cannot start Neo4j instance {self.instance!r}: {exc.filename or self.home}: "
                f"{exc.strerror}; expected a place graphkit can write (check permissions and space)"
            ) from None

    def _start(self, timeout, http, progress, memory: Memory | None) -> ServerInfo:
        """Start under the lock, the instance's disk checked; OSError is the caller's to word."""
        java = find_java()
        lib = ensure_jars(self.cache_dir, progress=progress)
        for folder in (
            self.conf_dir,
            self.data_dir,
            self.logs_dir,
            self.import_dir,
            self.home / "plugins",
        ):
            folder.mkdir(parents=True, exist_ok=True)
        bolt_port, http_port = choose_ports(self.home, http=http)
        memory = self._memory(memory)
        write_conf(self.conf_dir, bolt_port, http_port, memory)
        ensure_password(self, java, lib, self.process_env())
        if progress:
            progress(
                f"starting Neo4j {NEO4J_VERSION} instance {self.instance!r} on port {bolt_port} "
                f"({memory})"
            )
        offset = self.console_log.stat().st_size if self.console_log.exists() else 0
        with open(self.console_log, "ab") as console:
            console.write(
                f"---- graphkit: starting at {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode()
            )
            console.flush()
            cds, archive = archive_options(lib, java, self.home)
            proc = subprocess.Popen(
                server_command(java, lib, memory, self.home, self.conf_dir, cds),
                cwd=self.home,
                env=self.process_env(),
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        children[proc.pid] = proc
        state = {
            "pid": proc.pid,
            "bolt_port": bolt_port,
            "http_port": http_port,
            "version": NEO4J_VERSION,
            "started_at": time.time(),
            **({"class_archive": str(archive)} if archive else {}),
        }
        write_private(self.state_file, json.dumps(state, indent=2) + "\n", mode=0o644)
        try:
            self._wait_ready(proc, bolt_uri(bolt_port), timeout, offset)
        except BaseException:
            self._terminate(proc.pid, grace=30.0)
            self.state_file.unlink(missing_ok=True)
            if archive:
                keep_archive(self.home, archive)
            raise
        return self._info(state, started=True)

    def _memory(self, memory: Memory | None) -> Memory:
        """Explicit, else the environment, else what this instance last started with."""
        saved = self.home / "memory.json"
        if memory is None:
            memory = Memory.from_env(fallback=read_json(saved) or {})
        saved.write_text(
            json.dumps({"heap": memory.heap, "pagecache": memory.pagecache}) + "\n", encoding="utf-8"
        )
        return memory

    def process_env(self) -> dict[str, str]:
        """The environment of its Java processes: NEO4J_HOME and NEO4J_CONF, no client credentials."""
        env = {k: v for k, v in os.environ.items() if k not in _CLIENT_VARS}
        return {**env, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.conf_dir)}

    def _wait_ready(self, proc: subprocess.Popen, uri: str, timeout: float, offset: int) -> None:
        from neo4j.exceptions import AuthError, DriverError, Neo4jError

        deadline = time.monotonic() + timeout
        with self._driver(uri) as driver:
            while True:
                code = proc.poll()
                if code is not None:
                    raise self._failed(f"exited with code {code} while starting", offset)
                try:  # an auto-commit query: execute_query would retry for 30 s on its own
                    with driver.session(database=DEFAULT_DATABASE) as session:
                        session.run("RETURN 1").consume()
                    return
                except AuthError:
                    raise StoreError(
                        f"Neo4j instance {self.instance!r} refused the password in "
                        f"{self.password_file}; "
                        f"delete {self.home} to start afresh"
                    ) from None
                except (DriverError, Neo4jError, OSError):
                    pass
                if time.monotonic() > deadline:
                    raise self._failed(f"did not answer on {uri} within {timeout:g} s", offset)
                time.sleep(0.5)

    def _failed(self, what: str, offset: int) -> StoreError:
        """A failed start in one line, its known cause named first, then a short log tail."""
        log = self._log_since(offset)
        cause = explain(log, self.home)
        return StoreError(
            f"Neo4j instance {self.instance!r} {what}{': ' + cause if cause else ''}; "
            f"end of {self.console_log}:\n{short_tail(redact(log)) or '(empty)'}"
        )

    def _info(self, state: dict, *, started: bool) -> ServerInfo:
        return ServerInfo(
            instance=self.instance,
            uri=bolt_uri(state["bolt_port"]),
            pid=int(state["pid"]),
            bolt_port=int(state["bolt_port"]),
            http_port=state.get("http_port"),
            database=DEFAULT_DATABASE,
            home=self.home,
            password_file=self.password_file,
            started=started,
        )

    # -- stop ------------------------------------------------------------------------

    def stop(self, timeout: float = 60.0) -> bool:
        """SIGTERM the server, SIGKILL it after ``timeout`` s; False if it was not running."""
        self.check_home()
        if not self.home.is_dir():
            return False
        with locked(self.home / ".lock"):
            state = self.state()
            if state is None:
                return False
            self._terminate(int(state["pid"]), grace=timeout)
            self.state_file.unlink(missing_ok=True)
            if state.get("class_archive"):  # written on a clean exit (not after a SIGKILL)
                keep_archive(self.home, Path(state["class_archive"]))
            return True

    def kill(self) -> bool:
        """SIGKILL the server, as a crash would (the next start recovers); False if not running."""
        state = self.state()
        if state is None:
            return False
        send_signal(int(state["pid"]), signal.SIGKILL)
        wait_dead(int(state["pid"]), self.home, 30.0)
        self.state_file.unlink(missing_ok=True)
        return True

    def _terminate(self, pid: int, grace: float) -> None:
        send_signal(pid, signal.SIGTERM)
        if not wait_dead(pid, self.home, grace):
            send_signal(pid, signal.SIGKILL)
            if not wait_dead(pid, self.home, 30.0):
                raise StoreError(f"Neo4j instance {self.instance!r} (pid {pid}) survived SIGKILL")

    # -- status and logs ---------------------------------------------------------------

    def status(self) -> ServerStatus:
        """Whether the instance runs, where, and how many nodes and relationships it holds."""
        base = {
            "instance": self.instance,
            "home": self.home,
            "data_dir": self.data_dir,
            "password_file": self.password_file,
            "database": DEFAULT_DATABASE,
        }
        state = self.state()
        if state is None:
            return ServerStatus(running=False, **base)
        uri = bolt_uri(state["bolt_port"])
        nodes = relationships = problem = None
        try:
            nodes, relationships = self._counts(uri)
        except Exception as exc:  # noqa: BLE001 - booting or broken, status must still answer
            problem = "does not answer on Bolt yet: " + one_line(exc, limit=200)
        return ServerStatus(
            running=True,
            uri=uri,
            pid=int(state["pid"]),
            http_port=state.get("http_port"),
            nodes=nodes,
            relationships=relationships,
            problem=problem,
            **base,
        )

    def _driver(self, uri: str):
        """A driver to this instance that gives up fast; callers use sessions (no retries)."""
        import neo4j

        quiet_driver_logs()
        auth = (DEFAULT_USERNAME, self.password)
        return neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=5.0)

    def _counts(self, uri: str) -> tuple[int, int]:
        # A session, not execute_query: no retries, so status answers at once.
        with self._driver(uri) as driver, driver.session(database=DEFAULT_DATABASE) as session:
            return count_graph(session)

    def logs(self, lines: int = 40) -> str:
        """The last ``lines`` lines of the server's console log (empty before the first start)."""
        self.check_home()
        try:
            with open(self.console_log, "rb") as handle:
                text = tail_bytes(handle, lines)
        except FileNotFoundError:
            return ""
        except OSError as exc:
            raise StoreError(f"{self.console_log}: cannot read the log: {exc.strerror}") from None
        try:
            remember(self.password_file.read_text(encoding="utf-8").strip())
        except OSError:
            pass  # no password yet, or unreadable: then it cannot be shown either
        return redact(text)

    def _log_since(self, offset: int) -> str:
        """What the log got since ``offset`` (its last MiB at most)."""
        try:
            with open(self.console_log, "rb") as handle:
                handle.seek(max(offset, handle.seek(0, os.SEEK_END) - (1 << 20)))
                return handle.read().decode("utf-8", "replace")
        except OSError:
            return ""
