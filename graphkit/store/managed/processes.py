"""The managed server's processes and ports: is it alive, signal it, wait for it, pick a port."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

__all__ = ["ENTRY_POINT", "alive", "children", "free_port", "port_free", "send_signal", "wait_dead"]

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
# Live server processes started by this Python process, so they get reaped (no zombies).
children: dict[int, subprocess.Popen] = {}


def alive(pid: int, home: Path) -> bool:
    """True if ``pid`` is this instance's live server (not a zombie, not a reused pid)."""
    if pid <= 0:
        return False
    proc = children.get(pid)
    if proc is not None:
        if proc.poll() is not None:
            children.pop(pid, None)
            return False
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return not Path("/proc/self").exists()
    if stat.rsplit(")", 1)[-1].split()[0] == "Z":
        return False
    return ENTRY_POINT.encode() in cmdline and f"--home-dir={home}".encode() in cmdline


def send_signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


def wait_dead(pid: int, home: Path, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while alive(pid, home):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def free_port(avoid: set[int] = frozenset()) -> int:
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port not in avoid:
            return port


def port_free(port: int) -> bool:
    """Whether a listener could bind ``port`` now.

    SO_REUSEADDR, as the JVM sets it for Neo4j's own listener: connections a killed
    server left in TIME_WAIT must not make its port look taken (they made a restart
    after a crash move to a new port, about one time in ten).
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


