"""Errors graphkit raises on purpose; the CLI prints them as one line, without a traceback."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DataErrors",
    "DataProblem",
    "GraphkitError",
    "LoadInterrupted",
    "NodeNotFound",
    "QueryError",
    "SchemaError",
    "StoreError",
]


class GraphkitError(Exception):
    """Base for errors graphkit raises on purpose; the CLI prints them without a traceback."""


class SchemaError(GraphkitError):
    """The schema file itself is inconsistent, or a name is not in it."""


@dataclass(frozen=True, order=True)
class DataProblem:
    """One value in data/ that does not fit the schema: where it is and what was expected."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class DataErrors(GraphkitError):
    """Every problem found in a dataset, reported together; nothing downstream is built."""

    shown = 50

    def __init__(self, problems: list[DataProblem]):
        self.problems = sorted(problems, key=lambda p: (p.path, p.line, p.field, p.message))
        lines = [str(p) for p in self.problems[: self.shown]]
        if len(self.problems) > self.shown:
            lines.append(f"... and {len(self.problems) - self.shown} more problems")
        count = len(self.problems)
        if count == 1:  # one problem, one line
            super().__init__(lines[0])
        else:
            super().__init__(f"{count} problems in the data:\n" + "\n".join(lines))


class NodeNotFound(GraphkitError):
    """A name or id given by the user matches no node."""


class StoreError(GraphkitError):
    """Neo4j could not be reached, refused the credentials, or failed a statement."""


class LoadInterrupted(GraphkitError):
    """SIGINT stopped a write; the message says exactly what was committed. Exit code 130."""

    exit_code = 130


class QueryError(GraphkitError):
    """A saved or ad-hoc Cypher query was refused before it ran (bad name, parameters, mode)."""
