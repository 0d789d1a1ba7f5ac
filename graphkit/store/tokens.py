"""Labels and relationship types into Cypher text: only names the schema lists, always quoted."""

from __future__ import annotations

from collections.abc import Collection

from graphkit.errors import SchemaError

__all__ = ["token"]


def token(name: str, allowed: Collection[str]) -> str:
    """Quote a label or relationship type for Cypher text, only if the schema lists it.

    Examples
    --------
    >>> token("Country", {"Country", "Entity"})
    '`Country`'
    >>> token("Evil`) DETACH DELETE (n", {"Country"})
    Traceback (most recent call last):
    ...
    graphkit.errors.SchemaError: unknown label or type 'Evil`) DETACH DELETE (n'; schema has ['Country']
    """
    if name not in allowed:
        raise SchemaError(f"unknown label or type {name!r}; schema has {sorted(allowed)}")
    return f"`{name}`"
