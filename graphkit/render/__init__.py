"""Interactive, self-contained HTML pages of the graph (pyvis + vis-network, inlined)."""

from graphkit.render.html import graph_html, render_html
from graphkit.render.layout import compute_layout
from graphkit.render.notebook import display_html_graph, iframe_html
from graphkit.render.page import RenderedPage, page_title, render_page
from graphkit.render.subgraph import subgraph

__all__ = [
           "RenderedPage",
           "compute_layout",
           "display_html_graph",
           "graph_html",
           "iframe_html",
           "page_title",
           "render_html",
           "render_page",
           "subgraph",
]
