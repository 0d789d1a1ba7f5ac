"""The interactive page inside a notebook: an isolated ``<iframe srcdoc=...>``."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["SANDBOX", "display_html_graph", "iframe_html"]

# Scripts run; source links open in a new tab; the frame never gets the notebook's origin.
SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"
_PAST_CONTROLS = re.compile(r"[^\x00-\x9f]")


def iframe_html(page: str, *, height: int | str = 600) -> str:
    """An ``<iframe>`` holding ``page`` in ``srcdoc``, sandboxed: scripts and new tabs only.

    The frame has no access to the notebook (no ``allow-same-origin``), its source links
    open in a new tab (``allow-popups``), and the page
    inside loads nothing, so it works in Jupyter and VS Code without a file link. The frame's
    source holds no character past U+009F but as a reference, so it reads the same in a host
    page of any encoding.

    Examples
    --------
    >>> iframe_html('<p title="a">&</p>', height=300)
    '<iframe srcdoc="&lt;p title=&quot;a&quot;&gt;&amp;&lt;/p&gt;" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="width: 100%; height: 300px; border: 0;"></iframe>'
    """
    size = f"{height}px" if isinstance(height, int) else str(height)
    # characters past Latin-1's controls as character references: the page reads the same
    # whatever encoding the host page is read in (a host with no charset may be guessed as
    # windows-1252); a reference to U+0080..U+009F would be read as windows-1252, so they stay
    source = _PAST_CONTROLS.sub(lambda m: f"&#{ord(m.group())};", html.escape(page, quote=True))
    return (f'<iframe srcdoc="{source}" sandbox="{SANDBOX}" '
            f'style="width: 100%; height: {html.escape(size, quote=True)}; border: 0;"></iframe>')


def display_html_graph(graph: nx.MultiDiGraph | Path | str, *, height: int | str = 600,
                       **options: Any):
    """Show an interactive graph in a notebook cell.

    Parameters
    ----------
    graph : networkx.MultiDiGraph or path
        A graph (drawn with :func:`graphkit.render.graph_html` and ``options``) or a
        page written by :func:`graphkit.render.render_html`.
    height : int or CSS length, default 600
        Height of the frame (pixels when an int).
    **options
        Passed to :func:`graphkit.render.graph_html` (``title``, ``color_by``, ``blocs``...).

    Returns
    -------
    IPython.display.HTML
        Displayed when it is the last value of a cell.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("XAA", "XAB")])
    >>> display_html_graph(G, height=400).data.startswith("<iframe srcdoc=")
    True
    """
    import warnings

    try:
        from IPython.display import HTML
    except ImportError:
        from graphkit.errors import GraphkitError

        raise GraphkitError("display_html_graph needs IPython: pip install ipython") from None
    if isinstance(graph, (str, Path)):
        from graphkit.io.files import read_text

        page = read_text(graph)  # a regular file of at most $GRAPHKIT_MAX_FILE_BYTES only
    else:
        from graphkit.render.html import graph_html

        page = graph_html(graph, **options)
    with warnings.catch_warnings():  # IPython suggests IFrame(src=...), which needs a file link
        warnings.filterwarnings("ignore", "Consider using IPython.display.IFrame")
        return HTML(iframe_html(page, height=height))
