"""Where Neo4j is and how to log in: ``Settings.from_env()`` and ``connect(settings)``."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import unquote

from graphkit.errors import StoreError
from graphkit.store.managed.state import Instance, default_state_dir
from graphkit.store.secrets import one_line, redact_uri, remember

if TYPE_CHECKING:
    from neo4j import Driver

__all__ = [
    "DEFAULT_DATABASE",
    "DEFAULT_USERNAME",
    "ENV_HINT",
    "Settings",
    "connect",
    "quiet_driver_logs",
    "split_uri",
]

#: The database of a Neo4j server that graphkit uses unless told otherwise (NEO4J_DATABASE).
DEFAULT_DATABASE = "neo4j"
#: The user graphkit logs in as unless told otherwise; the managed server's only user.
DEFAULT_USERNAME = "neo4j"

_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
ENV_HINT = "set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE"
_EXAMPLE = "e.g. bolt://127.0.0.1:7687 or neo4j+s://xxxxxxxx.databases.neo4j.io"


def split_uri(uri: str, source: str) -> tuple[str, str | None, str | None]:
    """``uri`` checked, without its ``user:password@`` part; and that user and password, decoded.

    The credentials run from ``://`` to the last ``@``, so a password may hold ``@``
    or ``/``; percent-escapes in them are decoded (``%40`` is ``@``).

    Raises
    ------
    StoreError
        One line naming the problem, the URI without credentials and ``source``.

    Examples
    --------
    >>> split_uri("neo4j+s://reader:p%40ss/w@db.example:7687", "NEO4J_URI")
    ('neo4j+s://db.example:7687', 'reader', 'p@ss/w')
    >>> split_uri("bolt://db:notaport", "NEO4J_URI")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graphkit.errors.StoreError: Neo4j URI 'bolt://db:notaport' (from NEO4J_URI): the port ...
    """
    scheme, sep, rest = uri.partition("://")

    def bad(problem: str) -> StoreError:
        return StoreError(
            f"Neo4j URI {redact_uri(uri)!r} (from {source}): {problem}; expected {_EXAMPLE}"
        )

    if not sep or scheme.lower() not in _SCHEMES:
        schemes = ", ".join(s + "://" for s in _SCHEMES)
        raise StoreError(
            f"Neo4j URI {redact_uri(uri)!r} (from {source}): expected one of {schemes}, "
            f"{_EXAMPLE}"
        )
    username = password = None
    if "@" in rest:
        userinfo, _, rest = rest.rpartition("@")
        user, colon, secret = userinfo.partition(":")
        username, password = unquote(user) or None, unquote(secret) if colon else None
        remember(password)
    if re.search(r"[\s\x00-\x1f\x7f]", rest):
        raise bad("it holds a space, a line break or another control character")
    hostport = re.split(r"[/?#]", rest, maxsplit=1)[0]
    tail = rest[len(hostport):]
    if hostport.startswith("["):
        host, bracket, port = hostport[1:].partition("]")
        try:
            ipaddress.IPv6Address(host.partition("%")[0])
        except ValueError:
            raise bad(f"{hostport!r} is not an IPv6 address in brackets") from None
        if not bracket or (port and not port.startswith(":")):
            raise bad(f"{hostport!r} is not an IPv6 address in brackets")
        port = port[1:] if port else None
    else:
        host, colon, port = hostport.partition(":")
        port = port if colon else None
        if ":" in (port or ""):
            raise bad("an IPv6 address must be in brackets, as in bolt://[::1]:7687")
        if not host:
            raise bad("it names no host")
        if re.search(r"[\[\]@]", host):
            raise bad(f"the host {host!r} is not a host name or address")
    if port is not None and not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        raise bad(f"the port {port!r} is not a number from 1 to 65535")
    return f"{scheme}://{hostport}{tail}", username, password


@dataclass(frozen=True)
class Settings:
    """Connection settings for one Neo4j database; the password never shows in ``repr``.

    Parameters
    ----------
    uri : str
        ``bolt://``, ``bolt+s://``, ``neo4j://`` or ``neo4j+s://`` address, passed to
        the driver without any ``user:password@`` part (``neo4j://`` keeps routing for
        clusters and Aura).
    username, password : str
        Credentials for basic authentication.
    database : str, default "neo4j"
        The database every session of graphkit uses.
    source : str
        Where these settings came from, named in error messages.

    Examples
    --------
    >>> Settings("bolt://127.0.0.1:7687", "neo4j", "s3cret")
    Settings(uri='bolt://127.0.0.1:7687', username='neo4j', database='neo4j')
    """

    uri: str
    username: str
    password: str = field(repr=False)
    database: str = DEFAULT_DATABASE
    source: str = field(default="arguments", repr=False, compare=False)

    def __post_init__(self) -> None:
        remember(self.password)

    def __str__(self) -> str:
        return f"{self.username}@{self.shown_uri} (database {self.database!r})"

    def __repr__(self) -> str:
        return (f"Settings(uri={self.shown_uri!r}, username={self.username!r}, "
                f"database={self.database!r})")

    @property
    def shown_uri(self) -> str:
        """The URI without any ``user:password@`` part, safe to print.

        Examples
        --------
        >>> Settings("neo4j+s://u:hunter2@db.example:7687", "neo4j", "x").shown_uri
        'neo4j+s://***@db.example:7687'
        """
        return redact_uri(self.uri)

    @classmethod
    def for_instance(cls, instance: Instance) -> Settings:
        """Settings for a running managed instance: its URI and its generated password.

        Raises
        ------
        StoreError
            The instance is not running, or its password file cannot be read.
        """
        return cls(
            instance.uri,
            DEFAULT_USERNAME,
            instance.password,
            DEFAULT_DATABASE,
            source=f"managed instance {instance.instance!r}, password in {instance.password_file}",
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.

        A ``user:password@`` part of NEO4J_URI is taken out of the URI (the driver never
        sees it) and used when NEO4J_USERNAME or NEO4J_PASSWORD is unset. When NEO4J_URI
        is unset, use the running managed instance ``default`` (``graphkit neo4j start``),
        found under GRAPHKIT_STATE_DIR.

        Raises
        ------
        StoreError
            NEO4J_URI is malformed or set without a password, or there is neither
            NEO4J_URI nor a running managed instance.
        """
        env = os.environ if environ is None else environ
        remember(env.get("NEO4J_PASSWORD"))
        raw = env.get("NEO4J_URI", "").strip()
        if raw:
            uri, uri_user, uri_password = split_uri(raw, "NEO4J_URI")
            password = env.get("NEO4J_PASSWORD", uri_password)
            if password is None:
                raise StoreError(
                    f"NEO4J_URI is set ({uri}) but NEO4J_PASSWORD is not; set it too"
                )
            return cls(
                uri=uri,
                username=env.get("NEO4J_USERNAME") or uri_user or DEFAULT_USERNAME,
                password=password,
                database=env.get("NEO4J_DATABASE") or DEFAULT_DATABASE,
                source="the NEO4J_* environment variables",
            )
        state_dir = default_state_dir(env)
        instance = Instance("default", state_dir=state_dir)
        if instance.is_running():
            return cls.for_instance(instance)
        raise StoreError(
            "no Neo4j to talk to: run `graphkit neo4j start`, or "
            f"{ENV_HINT} to use an existing one (no managed instance runs under {state_dir})"
        )


@contextmanager
def connect(settings: Settings) -> Iterator[Driver]:
    """Yield a driver for ``settings`` after checking it can log in and see the database.

    Each usual failure becomes one StoreError line: nothing listening at the URI,
    a refused password, or a database that does not exist.

    Raises
    ------
    StoreError
        The server cannot be reached, refuses the credentials, or lacks the database.
    """
    import neo4j
    from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

    uri = split_uri(settings.uri, settings.source)[0]  # never credentials in the driver's URI
    quiet_driver_logs()
    try:
        driver = neo4j.GraphDatabase.driver(
            uri,
            auth=(settings.username, settings.password),
            connection_timeout=10.0,
        )
    except (ValueError, DriverError) as exc:
        raise StoreError(
            f"cannot use Neo4j URI {settings.shown_uri!r}: {one_line(exc, settings.password)}"
        ) from None
    try:
        try:
            driver.verify_connectivity()
            with driver.session(database=settings.database) as session:
                session.run("RETURN 1").consume()
        except AuthError:
            raise StoreError(
                f"Neo4j at {settings.shown_uri} refused the password for user {settings.username!r} "
                f"(from {settings.source})"
            ) from None
        except ServiceUnavailable:
            raise StoreError(
                f"nothing answers at {settings.shown_uri} (from {settings.source}): is Neo4j running? "
                "Start one with `graphkit neo4j start`, or check NEO4J_URI"
            ) from None
        except Neo4jError as exc:
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreError(
                    f"Neo4j at {settings.shown_uri} has no database {settings.database!r} "
                    f"(from {settings.source}); check NEO4J_DATABASE"
                ) from None
            raise StoreError(
                f"Neo4j at {settings.shown_uri}: {exc.code}: {one_line(exc.message, settings.password)}"
            ) from None
        except (DriverError, ValueError, OSError) as exc:
            raise StoreError(f"Neo4j at {settings.shown_uri}: {one_line(exc, settings.password)}") from None
        yield driver
    finally:
        driver.close()


def quiet_driver_logs() -> None:
    """Keep the driver's connection warnings off stderr; failures reach the user as StoreError."""
    import logging

    logger = logging.getLogger("neo4j")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
