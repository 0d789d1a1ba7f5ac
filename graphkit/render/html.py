"""One self-contained interactive HTML page per graph, built with pyvis and drawn by vis-network.

pyvis builds the network (``Network.add_node``/``add_edge`` and the vis options); the
page around it is ours: vis-network and tom-select are read from the pyvis package and
inlined (pyvis's own templates link a CDN and Bootstrap), the data travels as JSON with
``<``, ``>``, ``&`` and U+2028/9 escaped, and the page script shows every data string
with ``textContent``. A Content-Security-Policy forbids any request.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from pathlib import Path
from string import Template
from typing import Any, Literal

import networkx as nx

from graphkit.analysis.claims import graph_day
from graphkit.errors import GraphkitError
from graphkit.io.countries import country_patterns
from graphkit.io.dates import first_day
from graphkit.io.files import write_atomic
from graphkit.render.assets import inline_script, inline_style, load_assets
from graphkit.render.layout import SPRING_MAX_NODES, compute_layout
from graphkit.render.styles import (
    NONE,
    SEVERAL,
    bloc_anchors,
    bloc_member_counts,
    bloc_of,
    default_bloc_anchors,
    node_sizes,
    page_blocs,
)
from graphkit.render.timeline import CHANGE_KINDS, edge_stretches
from graphkit.schema import Schema, load_schema

__all__ = ["graph_html", "render_html", "script_json", "short_label"]

ColorBy = Literal["kind", "bloc"]
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}
_EDGE_FIELDS = ("since", "until", "source_url", "publisher", "evidence", "retrieved", "note",
                "status", "change", "before", "after")
#: How the two-day page draws each change: colour (None: the relation's), dashes, width.
_CHANGE_STYLE = {"added": ("#1A9850", False, 3.0), "removed": ("#D73027", True, 3.0),
                 "added and removed": ("#FDAE61", True, 2.0), "became certain": (None, False, 2.5),
                 "became possible": (None, [2, 6], 2.0), "unchanged": (None, False, 1.0)}
_UNCHANGED_OPACITY = 0.35


def script_json(value: Any) -> str:
    """JSON safe to place inside a ``<script>`` element: no ``<``, ``>``, ``&``, U+2028/9.

    Examples
    --------
    >>> script_json({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    >>> json.loads(script_json(["\\u2028"])) == ["\\u2028"]
    True
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                      default=str)
    return text.translate(_JSON_ESCAPES)


def _node_id(v: Hashable) -> str | int:
    return v if isinstance(v, (str, int)) and not isinstance(v, bool) else str(v)


def _two_lines(text: str, width: int) -> str | None:
    """``text`` wrapped at spaces into at most two lines of at most ``width`` characters."""
    words, lines = text.split(), [""]
    for word in words:
        joined = f"{lines[-1]} {word}".strip()
        if len(joined) <= width:
            lines[-1] = joined
        elif len(lines) < 2 and len(word) <= width:
            lines.append(word)
        else:
            return None
    return "\n".join(lines)


def _latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def short_label(name: str, aliases: Iterable[str] | None = None, *, limit: int = 24) -> str:
    r"""A label that fits on the drawing: the name, else its shortest alias, else the shortest
    of them that wraps into two lines, else the name cut (the full name is on hover).

    Examples
    --------
    >>> short_label("Angola")
    'Angola'
    >>> short_label("International Lunar Research Station", ["ILRS"])
    'ILRS'
    >>> short_label("Agreement between the Government of X and Y")
    'Agreement between the\nGovernment of X and Y'
    >>> short_label("Agreement between the Government of X and Y", ["X-Y agreement", "Х-У"])
    'X-Y agreement'
    >>> short_label("Agreement_between_the_Government_of_X_and_Y")
    'Agreement_between_the_G…'
    """
    if len(name) <= limit:
        return name
    script = _latin(name)  # an alias in the name's script first, then the shortest
    names = sorted((a for a in aliases or () if a), key=lambda a: (_latin(a) != script, len(a)))
    if names and len(names[0]) <= limit + 6:
        return names[0]
    for text in sorted([name, *names], key=lambda a: (_latin(a) != script, len(a))):
        wrapped = _two_lines(text, limit + 4)
        if wrapped is not None:
            return wrapped
    return name[:limit - 1].rstrip() + "\u2026"


def _network_class():
    """pyvis's Network, with node lookups in O(1) (pyvis scans a fresh list per edge)."""
    from pyvis.network import Network

    class _Network(Network):
        def get_nodes(self):
            return self.node_map.keys()

    return _Network


def _build_network(G: nx.MultiDiGraph, schema: Schema, *, color_by: ColorBy,
                   blocs: Mapping[Hashable, frozenset[Hashable]] | None, seed: int):
    """The pyvis Network of ``G``, and the legend rows."""
    large = G.number_of_nodes() > SPRING_MAX_NODES
    pos = compute_layout(G, seed=seed)
    sizes = node_sizes(G, smallest=4 if large else 9, largest=16 if large else 34)
    membership = bloc_of(blocs) if color_by == "bloc" and blocs else {}
    anchors = list(blocs or {})
    bloc_names = [str(G.nodes[a].get("name", a)) for a in anchors]
    bloc_short = [short_label(n, G.nodes[a].get("aliases"), limit=20).replace("\n", " ")
                  for a, n in zip(anchors, bloc_names, strict=True)]
    other, several, palette = schema.other_color, schema.several_color, schema.bloc_colors
    net = _network_class()(directed=True, height="100%", width="100%")
    kinds = Counter()
    for v, d in G.nodes(data=True):
        kind = d.get("kind")
        spec = schema.node_kinds.get(kind)
        color = spec.color if spec else other
        bloc = None
        if color_by == "bloc":
            i = membership.get(v)
            bloc = NONE if i is None else SEVERAL if i < 0 else bloc_names[i]
            color = other if i is None else several if i < 0 else palette[i]
        kinds[bloc if color_by == "bloc" else kind] += 1
        x, y = pos[v]
        name = str(d.get("name", v))
        label = short_label(name, d.get("aliases"))
        net.add_node(_node_id(v), label=label, shape=spec.shape if spec else "dot",
                     color=color, size=sizes[v], x=x, y=y,
                     gk={"kind": kind, "name": name, "label": label, "color": color, "bloc": bloc,
                         "aliases": d.get("aliases"), "description": d.get("description"),
                         "url": d.get("url"), "degree": G.degree(v)})
    relations, changes = Counter(), Counter()
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        rel = d.get("relation")
        spec = schema.relations.get(rel)
        color = spec.color if spec else other
        dashes = bool(spec.dashes) and not large if spec else False
        width = None
        relations[rel] += 1
        gk = {f: d[f] for f in _EDGE_FIELDS if d.get(f) not in (None, "")}
        gk.update(relation=rel, label=spec.label if spec else rel, color=color, dashes=dashes,
                  stretches=edge_stretches(d.get("since"), d.get("until")))
        gk.setdefault("since", "")
        if "change" in gk:
            changes[gk["change"]] += 1
            own, dashed, width = _CHANGE_STYLE[gk["change"]]
            color, dashes = own or color, dashed or dashes
            gk.update(color=color, dashes=dashes)
            if gk["change"] == "unchanged":  # faint, so that the changes stand out
                gk["opacity"] = _UNCHANGED_OPACITY
        look = {"color": color, "opacity": gk["opacity"]} if "opacity" in gk else color
        # above SPRING_MAX_NODES, no arrows and no dashes: both cost much drawing time
        net.add_edge(_node_id(u), _node_id(v), id=f"e{i}", color=look, arrows="" if large else "to",
                     dashes=dashes, gk=gk, **({"width": width} if width else {}))
    if color_by == "bloc":  # every row, in this order: the page recounts them for its day
        counts = bloc_member_counts(G, anchors)
        node_legend = [{"label": short, "title": name, "color": c, "count": kinds[name],
                        "members": n}
                       for short, name, c, n in zip(bloc_short, bloc_names, palette, counts,
                                                    strict=False)]
        node_legend += [{"label": SEVERAL, "color": several, "count": kinds[SEVERAL]},
                        {"label": NONE, "color": other, "count": kinds[NONE]}]
    else:
        node_legend = [{"label": k.label, "color": k.color, "count": kinds[name]}
                       for name, k in schema.node_kinds.items() if kinds[name]]
        if sum(kinds[k] for k in kinds if k not in schema.node_kinds):
            node_legend.append({"label": "other", "color": other,
                                "count": sum(c for k, c in kinds.items() if k not in schema.node_kinds)})
    rel_legend = [{"type": t, "label": r.label, "color": r.color, "dashes": bool(r.dashes),
                   "count": relations[t]} for t, r in schema.relations.items() if relations[t]]
    rel_legend += [{"type": t, "label": str(t), "color": other, "dashes": False, "count": c}
                   for t, c in sorted(relations.items(), key=lambda i: str(i[0]))
                   if t not in schema.relations]
    change_legend = [{"label": k, "color": _CHANGE_STYLE[k][0] or "#555555",
                      "dashes": bool(_CHANGE_STYLE[k][1]), "count": changes[k],
                      "opacity": _UNCHANGED_OPACITY if k == "unchanged" else 1}
                     for k in CHANGE_KINDS if changes[k]]
    net.options = _options(large)
    return net, {"nodes": node_legend, "relations": rel_legend, "changes": change_legend,
                 "nodesTitle": "Blocs" if color_by == "bloc" else "Node kinds"}


def _options(large: bool) -> dict:
    """vis-network options: positions are precomputed, so no physics and straight edges."""
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "physics": {"enabled": False},
        "nodes": {"borderWidth": 1,
                  "font": {"size": 12 if large else 20, "face": "system-ui, sans-serif", "color": "#222",
                           "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "width": 0.6 if large else 1.2, "selectionWidth": 2,
                  "arrows": {"to": {"enabled": not large, "scaleFactor": 0.5}},
                  "color": {"inherit": False}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": False},
    }


def graph_html(G: nx.MultiDiGraph, *, title: str = "graphkit", color_by: ColorBy = "kind",
               blocs: Iterable[Hashable] | None = None, schema: Schema | None = None,
               seed: int = 0) -> str:
    """The interactive page for ``G`` as a string; see :func:`render_html`.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("XAA", kind="Country", name="<b>Land</b>")
    >>> page = graph_html(G, title="A & B")
    >>> "<title>A &amp; B</title>" in page and "<b>Land" not in page
    True
    """
    if color_by not in ("kind", "bloc"):
        raise GraphkitError(f"color_by: expected 'kind' or 'bloc', got {color_by!r}")
    schema = schema or load_schema()
    now = page = None
    if color_by == "bloc":
        anchors = bloc_anchors(G, default_bloc_anchors(G, schema) if blocs is None else blocs,
                               schema)
        now, page = page_blocs(G, anchors)
        page = {"anchors": [_node_id(a) for a in page["anchors"]],
                "undated": [[_node_id(v) for v in ids] for ids in page["undated"]],
                "spans": [[[_node_id(v), spans] for v, spans in pairs] for pairs in page["spans"]],
                "possible": [[[_node_id(v), spans] for v, spans in pairs]
                             for pairs in page["possible"]]}
    net, legend = _build_network(G, schema, color_by=color_by, blocs=now, seed=seed)
    nodes, edges, _heading, _height, _width, _options_json = net.get_network_data()
    days = [first_day(d[f]) for _, _, d in G.edges(data=True) for f in ("since", "until") if d.get(f)]
    as_of = graph_day(G)  # the day the page opens on: G's, else today; None for "all"
    compare = G.graph.get("compare")
    first = min(days, default=as_of or dt.date.today().isoformat())
    last = max([*days, *([as_of] if as_of else [])], default=first)
    assets = load_assets()
    parts = [f"{G.number_of_nodes()} nodes", f"{G.number_of_edges()} edges"]
    if compare:
        parts.append(f"what changed from {compare[0]} to {compare[1]}")
    else:  # the page's day, stated: the one it was given or cut to, else today, or all dates
        parts.append(f"as of {as_of}" + (" (today, the default)" if G.graph.get("as_of") is None
                                         else "") if as_of else "all dates")
    payload = {"nodes": nodes, "edges": edges, "options": net.options, "legend": legend,
               "dateRange": [first, last], "asOf": "" if compare else as_of or "",
               "blocs": page, "countryKind": schema.country_kind,
               "compare": {"from": compare[0], "to": compare[1]} if compare else None,
               "countries": [list(row) for row in country_patterns()]}
    return Template(assets.page_html).substitute(
        title=html.escape(str(title)),
        subtitle=html.escape(", ".join(parts)),
        vis_css=inline_style(assets.vis_css),
        tom_select_css=inline_style(assets.tom_select_css),
        page_css=inline_style(assets.page_css),
        data=script_json(payload),
        vis_js=inline_script(assets.vis_js),
        tom_select_js=inline_script(assets.tom_select_js),
        page_js=inline_script(assets.page_js),
    )


def render_html(G: nx.MultiDiGraph, path: Path | str, *, title: str = "graphkit",
                color_by: ColorBy = "kind", blocs: Iterable[Hashable] | None = None,
                schema: Schema | None = None, seed: int = 0) -> Path:
    """Write an interactive, self-contained HTML page of ``G``; it loads nothing from the network.

    Nodes are coloured by kind (schema colours) or by bloc, sized by degree, placed by
    :func:`graphkit.render.layout.compute_layout`; edges are styled by relation. The page
    has a search box (ids, names, aliases, and every name
    :func:`graphkit.io.lookup.resolve_node` resolves, such as "Turkey" or "UK"), a filter
    per relation type, a date filter (edges
    that hold on a day, the possible ones dotted, nodes none of whose relations holds
    hidden: :mod:`graphkit.render.timeline`), tooltips kept inside the window (relation,
    dates, evidence, source) and neighbour highlighting on click. Labels keep a constant
    size on screen, the largest nodes' first, none overlapping another. A graph from
    :func:`graphkit.render.timeline.compare_graph` gives the two-day page instead.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        As from :func:`graphkit.io.read_graph`, or :func:`graphkit.render.subgraph` of it.
    path : path
        The ``.html`` file to write (its folder is created). It is written atomically
        (:func:`graphkit.io.files.write_atomic`): on any error, a full disk included, a
        previous page there is left as it was.
    title : str, default "graphkit"
        Page title and heading.
    color_by : {"kind", "bloc"}
        ``"bloc"`` colours each node by the bloc it is in (see ``blocs``).
    blocs : iterable of node ids, optional
        Bloc anchors, of a kind in ``roles.bloc_anchor_kinds`` of schema.yaml. An anchor's
        bloc is the anchor and its members by :func:`graphkit.analysis.declared_blocs` on
        the page's day: ``G.graph["as_of"]`` at first, then whatever day the page is set
        to (the page gets the membership precomputed, see
        :func:`graphkit.render.styles.page_blocs`). Default: the four Programme or
        Agreement nodes with most members, three at least (a pair is no bloc).
    schema : Schema, optional
        Default :func:`graphkit.schema.load_schema`.
    seed : int, default 0
        Fixes the layout: the same graph gives the same bytes.

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    GraphkitError
        For an unknown ``color_by``, a bloc anchor not in ``G`` or of another kind, or a path
        that cannot be written.

    Examples
    --------
    >>> import tempfile
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("XAA", "pact", relation="SIGNED", since="2020")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = render_html(G, Path(tmp) / "g.html", title="Pact")
    ...     out.name, out.stat().st_size > 500_000
    ('g.html', True)
    """
    page = graph_html(G, title=title, color_by=color_by, blocs=blocs, schema=schema, seed=seed)
    return write_atomic(path, page, what="the page")
