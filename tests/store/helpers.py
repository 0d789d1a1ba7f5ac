"""Shared by the store tests: a CLI app with `load`, graph comparison, counts, one-line errors."""

from __future__ import annotations

import networkx as nx
import typer

from graphkit.cli.load import load_command

#: Relation types for a synthetic graph whose test is not about the variety of types: each
#: type is one more statement that a server plans on its first run (a load of every type
#: took 6.7 s on a fresh server, 0.8 s once planned; of three types, 0.5 s).
FEW_TYPES = ("MEMBER_OF", "SIGNED", "RATIFIED")


def cli_app() -> typer.Typer:
    """A Typer app with `load` as a sub-command, as graphkit registers it."""
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """graphkit (test copy)."""

    app.command("load")(load_command)
    return app


def nodes_and_edges(G: nx.MultiDiGraph) -> tuple[dict, dict]:
    """Nodes with data, and edges by (start, end, key) with data: what 'equal graphs' means here."""
    return dict(G.nodes(data=True)), {(u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)}


def counts(driver, database: str = "neo4j") -> tuple[int, int]:
    """Nodes and relationships in the database."""
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS c", database_=database).records[0]["c"]
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_=database).records[0]["c"]
    return nodes, rels


def one_line_error(result) -> str:
    """The one ``error: ...`` line of a refused command (exit 1, nothing on stdout)."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output
    return result.stderr


def managed_driver(server):
    """A driver to a managed instance (a ManagedNeo4j), logged in with its own password."""
    import neo4j

    settings = server.settings()
    return neo4j.GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password))
