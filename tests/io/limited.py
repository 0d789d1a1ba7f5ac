"""Run graphkit in a child process under real limits: a file-size limit (a full disk as
the writer sees it: writes past N bytes fail with EFBIG), an address-space limit, a
timeout, or without root's power to read any file. Nothing is mocked: the child runs the
real command."""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _drop_file_permission_override() -> None:
    """Drop root's power to ignore file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH)
    from the bounding set, so the program exec'ed next is refused a chmod 000 file as any
    other user is. A no-op when not root (no such power to drop)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_graphkit(*args: str, cwd: Path | str | None = None, file_size: int | None = None,
                 address_space: int | None = None, obey_permissions: bool = False,
                 env: dict[str, str] | None = None, timeout: float = 120,
                 code: str | None = None) -> subprocess.CompletedProcess:
    """``python -m graphkit ARGS`` (or ``python -c CODE``) in a child, with the given limits.

    ``file_size``: RLIMIT_FSIZE in bytes, SIGXFSZ ignored so a write past it fails with
    EFBIG instead of killing the child. ``address_space``: RLIMIT_AS in bytes.
    ``obey_permissions``: even as root, the child cannot read a file its mode forbids.
    A hang raises ``subprocess.TimeoutExpired``.
    """
    def limits() -> None:
        if file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
        if address_space is not None:
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        if obey_permissions:
            _drop_file_permission_override()

    command = [sys.executable, *(["-c", code] if code is not None else ["-m", "graphkit", *args])]
    full_env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "COLUMNS": "200", **(env or {})}
    return subprocess.run(command, cwd=cwd, env=full_env, capture_output=True, text=True,
                          timeout=timeout, preexec_fn=limits, check=False)


def leftovers(folder: Path) -> list[str]:
    """Names in ``folder`` that look like a writer's temporary files."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".tmp")
