"""Talking to any Neo4j: settings, loading, locks and queries; ``managed/`` runs a local one."""

__all__: list[str] = []
