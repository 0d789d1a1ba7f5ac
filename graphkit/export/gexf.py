"""GEXF 1.3 out, dynamic: each edge has a spell from its ``since`` to its ``until``, so
Gephi's timeline plays the graph's history.

Dates are at the source's precision, and a spell needs days. An edge's spell is the days
it holds **certainly or possibly** (:mod:`graphkit.io.periods`):

- it starts on the first day of its ``since`` period (a claim dated ``2025`` starts on
  2025-01-01, one dated ``2025-10`` on 2025-10-01);
- it ends (inclusive, as GEXF spells do) on the day before the last day of its ``until``
  period (``until`` is the first day the claim no longer holds: ended some day in
  March 2014 is a spell to 2014-03-30); without ``until`` it has no end.

So the edges Gephi shows on a day are exactly those ``graphkit export --as-of`` that day
keeps (:func:`graphkit.io.graph.filter_as_of`). ``since_precision`` and
``until_precision`` (``year``, ``month``, ``day``) say how exact the ends are, and the
text dates stay as the ``since`` and ``until`` attributes. A country's spells are the days
it has an edge (a graph cut to one day has no edgeless country); other nodes exist at all
times. Lists (``aliases``) are ``liststring``, written as
``["a", "b"]``. An edge whose ``until`` leaves it no day at all is left out.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from graphkit.errors import GraphkitError
from graphkit.export.graph import graph_day_text
from graphkit.io.files import write_atomic
from graphkit.io.periods import Period

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["GEXF_NAMESPACE", "edge_spell", "gexf_bytes", "write_gexf"]

GEXF_NAMESPACE = "http://gexf.net/1.3"
_TYPES = {str: "string", bool: "boolean", int: "long", float: "double", list: "liststring"}


def edge_spell(since: str, until: str | None) -> tuple[str, str | None] | None:
    """The GEXF spell (first day, last day or None) of a claim from ``since`` until ``until``.

    None when the claim holds on no day at all.

    Examples
    --------
    >>> edge_spell("2025", None), edge_spell("2025-10", None)
    (('2025-01-01', None), ('2025-10-01', None))
    >>> edge_spell("1998", "2014-03"), edge_spell("1973-01-01", "2020-01-31")
    (('1998-01-01', '2014-03-30'), ('1973-01-01', '2020-01-30'))
    >>> edge_spell("2014", "2014-01-01") is None
    True
    """
    start = Period.of(since).first
    if not until:
        return start.isoformat(), None
    end = Period.of(until).last - dt.timedelta(days=1)
    if end < start:
        return None
    return start.isoformat(), end.isoformat()


def gexf_bytes(G: nx.MultiDiGraph) -> bytes:
    """``G`` as a GEXF 1.3 document (UTF-8), ``mode="dynamic"``, ``timeformat="date"``.

    Raises
    ------
    GraphkitError
        An edge has no ``since``, or a date that is not ``YYYY``, ``YYYY-MM`` or
        ``YYYY-MM-DD``; an attribute holds two types of value or one GEXF cannot type.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country", name="A"); G.add_node("club", kind="Organisation", name="Club")
    >>> _ = G.add_edge("XAA", "club", key="MEMBER_OF|2025", relation="MEMBER_OF", since="2025")
    >>> b'<spell start="2025-01-01" />' in gexf_bytes(G)
    True
    """
    root = ET.Element("gexf", {"xmlns": GEXF_NAMESPACE, "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "graphkit"
    ET.SubElement(meta, "description").text = (
        f"Sourced claims, {graph_day_text(G)}. Edge spells run from the first day of since's "
        "period to the day before the last day of until's period: the days a claim holds "
        "certainly or possibly; since_precision and until_precision say how exact they are."
    )
    graph = ET.SubElement(root, "graph", {
        "defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date",
        "timerepresentation": "interval",
    })
    edges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        where = f"edge {u!r} -> {v!r} ({k})"
        since, until = d.get("since"), d.get("until") or None
        try:
            spell = edge_spell(since, until)
        except (ValueError, TypeError):
            raise GraphkitError(f"{where}: since/until: expected dates as YYYY, YYYY-MM or YYYY-MM-DD, "
                                f"got {since!r}/{until!r}") from None
        if spell is None:
            continue
        attrs = dict(d)
        attrs["since_precision"] = Period.of(since).precision
        if until:
            attrs["until_precision"] = Period.of(until).precision
        edges.append((u, v, k, attrs, spell))
    node_types = _types([(f"node {n!r}", d) for n, d in G.nodes(data=True)])
    edge_types = _types([(f"edge {u!r} -> {v!r} ({k})", a) for u, v, k, a, _ in edges])
    for what, types in (("node", node_types), ("edge", edge_types)):
        block = ET.SubElement(graph, "attributes", {"class": what, "mode": "static"})
        for name, kind in types.items():
            ET.SubElement(block, "attribute", {"id": name, "title": name, "type": _TYPES[kind]})
    country_spells = _country_spells(G, edges)
    nodes = ET.SubElement(graph, "nodes", {"count": str(G.number_of_nodes())})
    for n, d in G.nodes(data=True):
        node = ET.SubElement(nodes, "node", {"id": str(n), "label": str(d.get("name") or n)})
        _attvalues(node, d, node_types)
        if n in country_spells:
            spells = ET.SubElement(node, "spells")
            for start, end in country_spells[n]:
                ET.SubElement(spells, "spell", {"start": start} if end is None else {"start": start, "end": end})
    block = ET.SubElement(graph, "edges", {"count": str(len(edges))})
    for u, v, k, attrs, (start, end) in edges:
        relation = str(attrs.get("relation", ""))
        edge = ET.SubElement(block, "edge", {"id": f"{u}->{v}|{k}", "source": str(u), "target": str(v),
                                             "label": relation, "kind": relation})
        _attvalues(edge, attrs, edge_types)
        spells = ET.SubElement(edge, "spells")
        ET.SubElement(spells, "spell", {"start": start} if end is None else {"start": start, "end": end})
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def write_gexf(G: nx.MultiDiGraph, path: Path | str) -> Path:
    """Write ``G`` to ``path`` as dynamic GEXF 1.3 (:func:`gexf_bytes`), atomically.

    Open it in Gephi and enable the timeline: an edge appears on the first day its
    claim may hold and goes on the last.
    """
    return write_atomic(path, gexf_bytes(G), what="the GEXF file")


def _country_spells(G: nx.MultiDiGraph, edges: list[tuple]) -> dict[str, list[tuple[str, str | None]]]:
    """Each country's days with at least one edge, as merged spells: a graph cut to one day
    (:func:`graphkit.io.graph.filter_as_of`) has no edgeless country, so neither has Gephi's."""
    from graphkit.schema import load_schema

    country = load_schema().country_kind
    found: dict[str, list[tuple[str, str | None]]] = {}
    for u, v, _, _, spell in edges:
        for n in {u, v}:
            if G.nodes[n].get("kind") == country:
                found.setdefault(n, []).append(spell)
    merged = {}
    for n, spells in found.items():
        out: list[list] = []
        for start, end in sorted(spells, key=lambda s: s[0]):
            if out and (out[-1][1] is None or _next_day(out[-1][1]) >= start):
                if out[-1][1] is not None and (end is None or end > out[-1][1]):
                    out[-1][1] = end
            else:
                out.append([start, end])
        merged[n] = [tuple(s) for s in out]
    return merged


def _next_day(iso: str) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()


def _types(items: list[tuple[str, dict]]) -> dict[str, type]:
    """Every attribute name and its one type, in first-seen order."""
    types: dict[str, type] = {}
    for where, attrs in items:
        for name, value in attrs.items():
            if value is None:
                continue
            kind = list if isinstance(value, (list, tuple)) else type(value)
            if kind not in _TYPES:
                raise GraphkitError(f"{where}: {name}: GEXF cannot type a {type(value).__name__}")
            seen = types.setdefault(name, kind)
            if seen is not kind:
                raise GraphkitError(f"{where}: {name}: holds both {seen.__name__} and "
                                    f"{kind.__name__} values; GEXF types an attribute once")
    return types


def _attvalues(parent: ET.Element, attrs: dict, types: dict[str, type]) -> None:
    values = ET.SubElement(parent, "attvalues")
    for name in types:
        value = attrs.get(name)
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            text = json.dumps([str(item) for item in value], ensure_ascii=False)
        elif isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = str(value)
        ET.SubElement(values, "attvalue", {"for": name, "value": text})
