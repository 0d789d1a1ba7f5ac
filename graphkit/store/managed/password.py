"""The managed server's first password: generated once, kept in a 0600 file, handed to Neo4j unseen.

The password reaches ``neo4j-admin dbms set-initial-password`` in a 0600 argument file,
never on a command line or in the environment, before the instance's first boot.
"""

from __future__ import annotations

import secrets
import subprocess
from collections.abc import Mapping
from pathlib import Path

from graphkit.errors import StoreError
from graphkit.store.managed.cds import class_archive
from graphkit.store.managed.conf import admin_command
from graphkit.store.managed.files import tail_text, write_private
from graphkit.store.managed.state import Instance
from graphkit.store.secrets import redact

__all__ = ["ensure_password", "new_password", "set_initial_password"]


def ensure_password(instance: Instance, java: str, lib: Path, env: Mapping[str, str]) -> None:
    """Generate the instance's password and hand it to Neo4j, once, before its first boot.

    A password file written beforehand (by hand) is used as it is.

    Raises
    ------
    StoreError
        The password file is gone while the instance has data, or the hand-over failed.
    """
    booted = (instance.data_dir / "databases" / "system").exists()
    if instance.password_file.exists():
        if booted:
            return
        password = instance.password
    elif booted:
        raise StoreError(
            f"{instance.password_file} is missing but instance {instance.instance!r} already has "
            f"data; delete {instance.home} to start afresh"
        )
    else:
        password = new_password()
        write_private(instance.password_file, password + "\n", mode=0o600)
    set_initial_password(java, lib, instance.home, env, password)


def new_password() -> str:
    """32 URL-safe random characters, never starting with '-' (the admin tool would read an option).

    Examples
    --------
    >>> all(len(p) == 32 and not p.startswith("-") for p in (new_password() for _ in range(500)))
    True
    """
    while True:
        password = secrets.token_urlsafe(24)
        if not password.startswith("-"):
            return password


def set_initial_password(
    java: str, lib: Path, home: Path, env: Mapping[str, str], password: str
) -> None:
    """Run ``neo4j-admin dbms set-initial-password`` with the password in an argument file.

    picocli, which parses the admin tool's arguments, replaces an argument ``@FILE`` by
    the arguments in FILE (checked with Neo4j 5.26: the server then accepts the
    password). So the command line shows only ``@<home>/.initial-password.args``, a
    0600 file that lives for the tool's 2 seconds. ``--`` lets a password start with '-'.

    Raises
    ------
    StoreError
        The password holds a line break, or the tool failed (its output, redacted).
    """
    if any(ch in password for ch in "\r\n\0"):
        raise StoreError(
            "the Neo4j password holds a line break or NUL character; expected one line"
        )
    args = home / ".initial-password.args"
    quoted = '"' + password.replace("\\", "\\\\").replace('"', '\\"') + '"'
    try:
        write_private(args, quoted + "\n", mode=0o600)
        with class_archive(lib, java, home, "admin-password", env) as jvm:
            command = admin_command(java, lib, "dbms", "set-initial-password", "--", f"@{args}",
                                    environ=env, jvm=jvm)
            done = subprocess.run(  # noqa: PLW1510 - the return code is checked below
                command, cwd=home, env=dict(env), capture_output=True, text=True, timeout=300
            )
    except subprocess.TimeoutExpired:
        raise StoreError("Neo4j set-initial-password did not finish within 300 s") from None
    except OSError as exc:
        raise StoreError(
            f"Neo4j set-initial-password could not run in {home}: {exc.strerror}"
        ) from None
    finally:
        args.unlink(missing_ok=True)
    if done.returncode != 0:
        output = tail_text(redact(done.stdout + done.stderr, password), 20)
        raise StoreError(f"Neo4j set-initial-password failed (exit {done.returncode}):\n{output}")
