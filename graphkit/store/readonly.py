"""The read-only default of ad-hoc Cypher: only statements known to read run without ``--write``.

A read transaction alone is not enough: Neo4j runs DBMS procedures
(``db.stats.clear``) and admin commands (``TERMINATE TRANSACTIONS``) in one. So a
statement runs read-only only when all of these hold, and is refused otherwise,
including when the server cannot plan it with ``EXPLAIN``:

- its first clause is one of :data:`READ_CLAUSES` (comments, ``EXPLAIN`` and
  ``PROFILE`` aside);
- the server's plan for it (``EXPLAIN``, which runs nothing) has query type ``r``;
- every command in the plan is one of :data:`READ_COMMANDS`;
- every procedure it calls has mode ``READ`` in ``SHOW PROCEDURES`` and is one of
  :data:`READ_PROCEDURES`: Neo4j 5 marks ``db.stats.collect``, ``db.stats.stop``,
  ``db.stats.clear``, ``db.resampleIndex`` and ``db.prepareForReplanning`` READ too,
  although they change what the server does;
- it reads no file or URL (``LOAD CSV``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from graphkit.errors import QueryError, StoreError
from graphkit.store.secrets import one_line

__all__ = ["READ_CLAUSES", "READ_COMMANDS", "READ_PROCEDURES", "WRITE_REFUSED", "check_read_only"]

WRITE_REFUSED = "this query writes; rerun with --write (or write=True)"

#: Clauses a read-only statement may start with.
READ_CLAUSES = frozenset({"MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "SHOW"})
#: Plan operators of commands that only read the schema or the procedure list.
READ_COMMANDS = frozenset({"ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions"})
#: Procedure modes that read (``SHOW PROCEDURES YIELD mode``); DBMS, WRITE and SCHEMA do not.
READ_MODES = frozenset({"READ"})
#: Procedures that only read: READ mode alone is not enough (see above).
READ_PROCEDURES = frozenset({
    "db.awaitIndex", "db.awaitIndexes", "db.info", "db.labels", "db.ping", "db.propertyKeys",
    "db.relationshipTypes", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.schema.visualization", "db.stats.retrieve", "db.stats.retrieveAllAnonymized",
    "db.stats.status", "db.index.fulltext.listAvailableAnalyzers",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
    "db.index.vector.queryNodes", "db.index.vector.queryRelationships",
})

_LEADING = re.compile(r"\s+|//[^\n]*(?:\n|$)|/\*.*?\*/", re.DOTALL)
_WORD = re.compile(r"[A-Za-z]+")


def _first_words(text: str) -> tuple[str, str]:
    """The statement without leading comments and ``EXPLAIN``/``PROFILE``, and its first word.

    Examples
    --------
    >>> _first_words("// who\\n /* x */ PROFILE match (n) return n")[1]
    'MATCH'
    """
    position, prefix = 0, ""
    while True:
        skipped = _LEADING.match(text, position)
        if skipped and skipped.end() > position:
            position = skipped.end()
            continue
        word = _WORD.match(text, position)
        first = word.group(0).upper() if word else ""
        if first in ("EXPLAIN", "PROFILE") and not prefix:
            prefix, position = first, word.end()
            continue
        return text[position:], first


def check_read_only(driver, database: str, text: str, params: Mapping[str, object]) -> None:
    """Raise QueryError unless ``text`` is known to only read; see the module's rules.

    Raises
    ------
    QueryError
        The statement writes, changes server state, or cannot be shown to only read;
        or the server refused to plan it (its own message, on one line).
    StoreError
        The server failed.
    """
    from neo4j.exceptions import ClientError, DriverError, Neo4jError

    statement, first = _first_words(text)
    if first not in READ_CLAUSES:
        raise QueryError(
            f"{first or 'this statement'} is not a read clause (read-only statements start with "
            f"{', '.join(sorted(READ_CLAUSES))}); rerun with --write (or write=True)"
        )
    try:
        with driver.session(database=database) as session:
            summary = session.execute_read(
                lambda tx: tx.run("EXPLAIN " + statement, dict(params)).consume()
            )
            operators = list(_operators(summary.plan))
            calls = any(name == "ProcedureCall" for name, _ in operators)
            modes = _procedure_modes(session) if calls else {}
    except ClientError as exc:
        raise QueryError(f"Cypher refused: {exc.code}: {one_line(exc.message, limit=400)}") from None
    except (Neo4jError, DriverError) as exc:
        raise StoreError(f"Neo4j failed the query: {one_line(exc, limit=400)}") from None
    kind = summary.query_type or ""
    if kind == "s":
        raise QueryError("the server plans this as a schema or system statement (query type s); "
                         "rerun with --write (or write=True)")
    if kind != "r":
        raise QueryError(WRITE_REFUSED)
    for name, details in operators:
        if name.startswith(("Show", "Terminate")) and name not in READ_COMMANDS:
            raise QueryError(f"{_command(name)} is an admin command; {WRITE_REFUSED}")
        if name == "LoadCSV":
            raise QueryError(f"LOAD CSV reads files or URLs on the server; {WRITE_REFUSED}")
        if name == "ProcedureCall":
            procedure = details.partition("(")[0].strip()
            mode = modes.get(procedure)
            if mode not in READ_MODES:
                raise QueryError(
                    f"procedure {procedure} has mode {mode or 'unknown'}, not READ; {WRITE_REFUSED}"
                )
            if procedure not in READ_PROCEDURES:
                raise QueryError(
                    f"procedure {procedure} is not known to only read (it may change server "
                    f"state); {WRITE_REFUSED}"
                )


def _operators(plan) -> Iterator[tuple[str, str]]:
    """(operator name, details) of every operator of a plan, as the driver returns it.

    The driver names operators ``ProcedureCall@neo4j``; the ``@database`` is dropped.
    """
    if not plan:
        return
    name = str(plan.get("operatorType", "")).partition("@")[0]
    yield name, str(plan.get("args", {}).get("Details", ""))
    for child in plan.get("children", []):
        yield from _operators(child)


def _procedure_modes(session) -> dict[str, str]:
    return {r["name"]: r["mode"] for r in session.run("SHOW PROCEDURES YIELD name, mode RETURN name, mode")}


def _command(operator: str) -> str:
    """``TerminateTransactions`` -> ``TERMINATE TRANSACTIONS``."""
    return " ".join(re.findall(r"[A-Z][a-z]*", operator)).upper()

