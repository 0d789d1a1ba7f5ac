"""Find a node by what a user types: its id, a country name or code, a name or an alias."""

from __future__ import annotations

from collections.abc import Mapping

from graphkit.errors import NodeNotFound

__all__ = ["find_node", "resolve_node"]


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def resolve_node(nodes: Mapping[str, object], text: str) -> str | None:
    """The id of the node ``text`` names, or ``None``.

    Tries, in order: the exact id; the id ignoring case, ``_`` and ``-``; a country name or
    code through ``country_converter``; a node's name or one of its aliases (ignoring case).
    ``nodes`` maps ids to objects with ``name`` and ``aliases`` (a Dataset's nodes), or to
    attribute dicts (a NetworkX graph's ``G.nodes``).

    Examples
    --------
    >>> from graphkit.io.read import Node
    >>> nodes = {"ilrs": Node("ilrs", "Programme", "International Lunar Research Station", ("ILRS",)),
    ...          "TUR": Node("TUR", "Country", "Türkiye")}
    >>> resolve_node(nodes, "Turkey"), resolve_node(nodes, "ILRS"), resolve_node(nodes, "Mars")
    ('TUR', 'ilrs', None)
    """
    from graphkit.io.countries import to_iso3

    text = text.strip()
    if text in nodes:
        return text
    folded = _fold(text)
    by_fold = {_fold(node_id): node_id for node_id in nodes}
    if folded in by_fold:
        return by_fold[folded]
    iso3 = to_iso3(text)
    if iso3 in nodes:
        return iso3
    for node_id, node in nodes.items():
        name = node["name"] if isinstance(node, Mapping) else node.name
        aliases = node.get("aliases", ()) if isinstance(node, Mapping) else node.aliases
        if folded == _fold(name) or folded in {_fold(a) for a in aliases}:
            return node_id
    return None


def find_node(nodes: Mapping[str, object], text: str) -> str:
    """Like :func:`resolve_node`, but raise :class:`NodeNotFound` naming close matches."""
    node_id = resolve_node(nodes, text)
    if node_id is not None:
        return node_id
    import difflib

    names = {}
    for node_id, node in nodes.items():
        name = node["name"] if isinstance(node, Mapping) else node.name
        names[node_id] = node_id
        names[name] = node_id
    close = difflib.get_close_matches(text, list(names), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise NodeNotFound(f"no node matches {text!r}: expected a node id, a country name or ISO "
                       f"alpha-3 code, or a node name or alias{hint}")
