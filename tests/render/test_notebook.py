"""The notebook frame: srcdoc holds the page exactly."""

from __future__ import annotations

from html.parser import HTMLParser

from graphkit.render import display_html_graph, graph_html, render_html
from tests.render.graphs import SCRIPT_NAME, hostile_graph


class _Frames(HTMLParser):
    def __init__(self):
        super().__init__()
        self.frames: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.frames.append(dict(attrs))


def _frames(markup: str) -> list[dict]:
    parser = _Frames()
    parser.feed(markup)
    return parser.frames


def test_display_html_graph_srcdoc_unescapes_to_the_page():
    G = hostile_graph()
    frames = _frames(display_html_graph(G, height=500, title=SCRIPT_NAME).data)
    assert len(frames) == 1
    assert frames[0]["srcdoc"] == graph_html(G, title=SCRIPT_NAME)
    assert frames[0]["sandbox"] == "allow-scripts allow-popups allow-popups-to-escape-sandbox"
    assert "allow-same-origin" not in frames[0]["sandbox"]
    assert "height: 500px" in frames[0]["style"]


def test_display_html_graph_reads_a_written_page(tmp_path):
    path = render_html(hostile_graph(), tmp_path / "g.html")
    frames = _frames(display_html_graph(path, height="70vh").data)
    assert frames[0]["srcdoc"] == path.read_text(encoding="utf-8")
    assert "height: 70vh" in frames[0]["style"]
