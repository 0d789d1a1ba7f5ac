"""Where Neo4j is and how to log in: ``Settings.from_env()`` and ``connect(settings)``."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphkit.errors import StoreError

if TYPE_CHECKING:
    from neo4j import Driver

__all__ = ["Settings", "connect"]

_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
ENV_HINT = "set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE"


def redact_uri(uri: str) -> str:
    """``uri`` with any ``user:password@`` part replaced by ``***@``."""
    return re.sub(r"(://)[^@/]*@", r"\1***@", uri)


@dataclass(frozen=True)
class Settings:
    """Connection settings for one Neo4j database; the password never shows in ``repr``.

    Parameters
    ----------
    uri : str
        ``bolt://``, ``bolt+s://``, ``neo4j://`` or ``neo4j+s://`` address, passed to
        the driver unchanged (``neo4j://`` keeps routing for clusters and Aura).
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
    database: str = "neo4j"
    source: str = field(default="arguments", repr=False, compare=False)

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
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.

        When NEO4J_URI is unset, use the running managed instance ``default``
        (``graphkit neo4j start``), found under GRAPHKIT_STATE_DIR.

        Raises
        ------
        StoreError
            NEO4J_URI is set without NEO4J_PASSWORD, or there is neither NEO4J_URI
            nor a running managed instance.
        """
        env = os.environ if environ is None else environ
        uri = env.get("NEO4J_URI", "").strip()
        if uri:
            password = env.get("NEO4J_PASSWORD")
            if password is None:
                raise StoreError(f"NEO4J_URI is set ({redact_uri(uri)}) but NEO4J_PASSWORD is not; set it too")
            return cls(
                uri=uri,
                username=env.get("NEO4J_USERNAME") or "neo4j",
                password=password,
                database=env.get("NEO4J_DATABASE") or "neo4j",
                source="the NEO4J_* environment variables",
            )
        from graphkit.store.server import ManagedNeo4j, default_state_dir

        state_dir = default_state_dir(env)
        server = ManagedNeo4j("default", state_dir=state_dir)
        if server.is_running():
            return server.settings()
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

    scheme = settings.uri.partition("://")[0].lower()
    if scheme not in _SCHEMES or "://" not in settings.uri:
        raise StoreError(
            f"Neo4j URI {settings.shown_uri!r} (from {settings.source}): expected one of "
            f"{', '.join(s + '://' for s in _SCHEMES)}, e.g. bolt://127.0.0.1:7687"
        )
    _quiet_driver_logs()
    try:
        driver = neo4j.GraphDatabase.driver(
            settings.uri,
            auth=(settings.username, settings.password),
            connection_timeout=10.0,
        )
    except (ValueError, DriverError) as exc:
        raise StoreError(f"cannot use Neo4j URI {settings.shown_uri!r}: {_one_line(exc)}") from None
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
                f"Neo4j at {settings.shown_uri}: {exc.code}: {_one_line(exc.message)}"
            ) from None
        except DriverError as exc:
            raise StoreError(f"Neo4j at {settings.shown_uri}: {_one_line(exc)}") from None
        yield driver
    finally:
        driver.close()


def _one_line(exc: object) -> str:
    """Squeeze a driver message onto one line, without any credentials in URIs it quotes."""
    return redact_uri(" ".join(str(exc).split()))[:300]


def _quiet_driver_logs() -> None:
    """Keep the driver's connection warnings off stderr; failures reach the user as StoreError."""
    import logging

    logger = logging.getLogger("neo4j")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
