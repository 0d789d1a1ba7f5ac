"""Where a managed instance lives and whether it runs: its folders, state file, URI and password.

:mod:`graphkit.store.settings` reads this to find the running instance when NEO4J_URI is
unset, without importing the server that starts it (:mod:`graphkit.store.managed.server`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from graphkit.errors import StoreError
from graphkit.store.managed.files import read_json, unusable_dir
from graphkit.store.managed.processes import alive
from graphkit.store.secrets import remember

__all__ = ["Instance", "bolt_uri", "default_state_dir"]


def default_state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$GRAPHKIT_STATE_DIR``, else ``~/.local/share/graphkit``."""
    env = os.environ if environ is None else environ
    return Path(env.get("GRAPHKIT_STATE_DIR") or "~/.local/share/graphkit").expanduser()


def bolt_uri(port: int) -> str:
    """The Bolt URI of a managed server listening on ``port``.

    Examples
    --------
    >>> bolt_uri(7687)
    'bolt://127.0.0.1:7687'
    """
    return f"bolt://127.0.0.1:{port}"


class Instance:
    """The files of managed instance ``instance`` under ``<state_dir>/neo4j/<instance>/``.

    Parameters
    ----------
    instance : str, default "default"
        Name of the instance (letters, digits, ``-`` and ``_``); each has its own data.
    state_dir : path, optional
        Defaults to ``$GRAPHKIT_STATE_DIR`` or ``~/.local/share/graphkit``.

    Examples
    --------
    >>> Instance("scratch", state_dir="/tmp/graphkit-doc").home.as_posix()
    '/tmp/graphkit-doc/neo4j/scratch'
    """

    def __init__(self, instance: str = "default", state_dir: Path | str | None = None):
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", instance):
            raise StoreError(
                f"instance name: expected letters, digits, '-' or '_', got {instance!r}"
            )
        self.instance = instance
        root = Path(state_dir).expanduser() if state_dir is not None else default_state_dir()
        self.state_dir = root.absolute()
        self.home = self.state_dir / "neo4j" / instance
        self.conf_dir = self.home / "conf"
        self.data_dir = self.home / "data"
        self.logs_dir = self.home / "logs"
        self.import_dir = self.home / "import"
        self.password_file = self.home / "password"
        self.state_file = self.home / "server.json"
        self.console_log = self.logs_dir / "console.log"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(instance={self.instance!r}, home={str(self.home)!r})"

    def check_home(self, *, write: bool = False) -> None:
        """One line if the state directory is a file, unreadable, or cannot be created."""
        problem = unusable_dir(self.home, write=write)
        if problem:
            raise StoreError(
                f"cannot keep Neo4j instance {self.instance!r} under {self.state_dir}: {problem}; "
                "expected a directory you can write (set GRAPHKIT_STATE_DIR to one)"
            )

    def state(self) -> dict | None:
        """The state file (pid, ports) if its process is alive; a stale file is removed."""
        self.check_home()
        state = read_json(self.state_file)
        if state is None:
            return None
        if alive(int(state.get("pid", 0)), self.home):
            return state
        self.state_file.unlink(missing_ok=True)
        return None

    def is_running(self) -> bool:
        """True when the instance's server process is alive (it may still be booting)."""
        return self.state() is not None

    @property
    def uri(self) -> str:
        """``bolt://127.0.0.1:<port>`` of the running instance."""
        state = self.state()
        if state is None:
            raise StoreError(
                f"Neo4j instance {self.instance!r} is not running: run `graphkit neo4j start`"
            )
        return bolt_uri(state["bolt_port"])

    @property
    def password(self) -> str:
        """The generated password of the ``neo4j`` user (never printed by graphkit)."""
        try:
            password = self.password_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise StoreError(
                f"{self.password_file}: cannot read the Neo4j password: {exc.strerror}"
            ) from None
        remember(password)
        return password
