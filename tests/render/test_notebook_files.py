"""display_html_graph(path) reads a regular file only: a FIFO is refused at once."""

from __future__ import annotations

import os
import textwrap

from tests.io.limited import run_graphkit


def test_display_html_graph_refuses_a_fifo_instead_of_blocking(tmp_path):
    os.mkfifo(tmp_path / "page.html")
    code = textwrap.dedent(f"""
        from graphkit.errors import GraphkitError
        from graphkit.render import display_html_graph
        try:
            display_html_graph({str(tmp_path / "page.html")!r})
        except GraphkitError as exc:
            print(exc)
    """)
    result = run_graphkit(code=code, timeout=60)  # the old code blocked in open() until killed
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{tmp_path / 'page.html'}: expected a regular file, found a FIFO (named pipe)\n"


def test_display_html_graph_still_shows_a_written_page(tmp_path):
    import networkx as nx

    from graphkit.render import display_html_graph, render_html

    G = nx.MultiDiGraph([("XAA", "XAB")])
    page = render_html(G, tmp_path / "g.html")
    assert display_html_graph(page).data.startswith("<iframe srcdoc=")
