"""Secrets that never show: one redaction for URIs and messages; the first password's hand-over.

graphkit shows a URI only through :func:`redact_uri` and a message that may quote a
driver's or a tool's text only through :func:`redact`, which also blanks out every
password graphkit has been given (:func:`remember`). The managed server's first
password reaches ``neo4j-admin`` in a 0600 argument file, never on a command line.
"""

from __future__ import annotations

import re
import secrets
import subprocess
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

from graphkit.errors import StoreError
from graphkit.store._files import tail_text, write_private

__all__ = ["MASK", "new_password", "redact", "redact_uri", "remember", "set_initial_password"]

MASK = "********"
#: Shorter values are not blanked out of messages: they would blank out ordinary words.
MIN_SECRET = 4
_known: set[str] = set()
# a scheme, then everything up to the last '@' before a blank: a URI's user:password@ part
_USERINFO = re.compile(r"\b([A-Za-z][A-Za-z0-9+.-]*://)\S*@")


def remember(secret: str | None) -> None:
    """Blank ``secret`` (and its percent-encoded form) out of every later :func:`redact`."""
    if secret and len(secret) >= MIN_SECRET:
        _known.update({secret, quote(secret, safe="")})


def redact_uri(uri: str) -> str:
    """``uri`` with everything between ``://`` and its last ``@`` replaced by ``***``.

    Examples
    --------
    >>> redact_uri("bolt://neo4j:p@ss/w@db.example:7687")
    'bolt://***@db.example:7687'
    >>> redact_uri("neo4j+s://db.example")
    'neo4j+s://db.example'
    """
    scheme, sep, rest = uri.partition("://")
    if not sep or "@" not in rest:
        return uri
    return f"{scheme}://***@{rest.rpartition('@')[2]}"


def redact(text: object, *secrets: str | None) -> str:
    """``text`` without any known password, ``secrets`` or ``user:password@`` part of a URI.

    Examples
    --------
    >>> redact("cannot reach bolt://u:p@ss@host:1 as u with hunter2!", "hunter2!")
    'cannot reach bolt://***@host:1 as u with ********'
    """
    text = str(text)
    values = set(_known)
    for secret in secrets:
        if secret and len(secret) >= MIN_SECRET:
            values.update({secret, quote(secret, safe="")})
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, MASK)
    return _USERINFO.sub(r"\1***@", text)


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
    command = [java, "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", "dbms",
               "set-initial-password", "--", f"@{args}"]
    try:
        write_private(args, quoted + "\n", mode=0o600)
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
