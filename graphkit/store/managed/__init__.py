"""The managed local Neo4j: its process, configuration and ports, jars, memory, first password and bulk import.

Everything here runs a server on this machine; :mod:`graphkit.store` talks to any Neo4j,
this one included. This package imports :mod:`graphkit.store.settings`, never the other
way round, except :mod:`graphkit.store.managed.state`, which says where an instance lives
and whether it runs.
"""

__all__: list[str] = []
