"""Talking to Neo4j: connection settings, the managed local server, loading and queries."""

__all__: list[str] = []
