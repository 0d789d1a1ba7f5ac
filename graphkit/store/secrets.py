"""Secrets that never show: one redaction for URIs and for messages that quote other tools.

graphkit shows a URI only through :func:`redact_uri` and a message that may quote a
driver's or a tool's text only through :func:`redact` (or :func:`one_line`), which also
blanks out every password graphkit has been given (:func:`remember`). The managed
server's first password is handed over in :mod:`graphkit.store.managed.password`.
"""

from __future__ import annotations

import re
from urllib.parse import quote

__all__ = ["MASK", "one_line", "redact", "redact_uri", "remember"]

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


def one_line(text: object, *secrets: str | None, limit: int = 300) -> str:
    """``text`` (a driver's or tool's message) redacted, on one line, at most ``limit`` characters.

    Examples
    --------
    >>> one_line("Failed:\\n  auth for bolt://u:pw@host:1   refused", limit=40)
    'Failed: auth for bolt://***@host:1 refus'
    """
    return redact(" ".join(str(text).split()), *secrets)[:limit]
