"""The scripts and styles a page inlines: pyvis's own vis-network and tom-select, and ours.

Nothing is fetched: vis-network and tom-select are read from the installed pyvis
package (its ``lib/`` folder), the page's own script and style from
``graphkit/render/assets/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from graphkit.errors import GraphkitError

__all__ = ["Assets", "inline_script", "inline_style", "load_assets"]

_VIS_DIR = "vis-9.1.2"
_END_SCRIPT = re.compile(r"</script|<!--", re.IGNORECASE)
_END_STYLE = re.compile(r"</style", re.IGNORECASE)


@dataclass(frozen=True)
class Assets:
    """The text of every script and stylesheet a page inlines."""

    vis_js: str
    vis_css: str
    tom_select_js: str
    tom_select_css: str
    page_js: str
    page_css: str
    page_html: str


def _pyvis_lib() -> Path:
    import pyvis

    return Path(pyvis.__file__).resolve().parent / "lib"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GraphkitError(f"cannot read {path}: {exc.strerror}; reinstall pyvis==0.3.2") from None


@lru_cache(maxsize=1)
def load_assets() -> Assets:
    """Read the inlined scripts and styles once per process.

    Returns
    -------
    Assets

    Raises
    ------
    GraphkitError
        When a pyvis file is missing (pyvis is not 0.3.2, or is broken).

    Examples
    --------
    >>> a = load_assets()
    >>> "vis" in a.vis_js and len(a.tom_select_js) > 10_000
    True
    """
    lib = _pyvis_lib()
    own = resources.files("graphkit.render") / "assets"
    return Assets(
        vis_js=_read(lib / _VIS_DIR / "vis-network.min.js"),
        vis_css=_read(lib / _VIS_DIR / "vis-network.css"),
        tom_select_js=_read(lib / "tom-select" / "tom-select.complete.min.js"),
        tom_select_css=_read(lib / "tom-select" / "tom-select.css"),
        page_js="\n".join((own / name).read_text(encoding="utf-8")
                          for name in ("search.js", "labels.js", "graph.js")),
        page_css=(own / "graph.css").read_text(encoding="utf-8"),
        page_html=(own / "page.html").read_text(encoding="utf-8"),
    )


def inline_script(code: str) -> str:
    """Wrap ``code`` in a ``<script>`` element, refusing text that would end it early.

    Examples
    --------
    >>> inline_script("var a = 1;")
    '<script>var a = 1;</script>'
    >>> inline_script("'</script>'")
    Traceback (most recent call last):
    ...
    graphkit.errors.GraphkitError: a script to inline contains '</script' or '<!--'
    """
    if _END_SCRIPT.search(code):
        raise GraphkitError("a script to inline contains '</script' or '<!--'")
    return f"<script>{code}</script>"


def inline_style(css: str) -> str:
    """Wrap ``css`` in a ``<style>`` element, refusing text that would end it early.

    Examples
    --------
    >>> inline_style("b{color:red}")
    '<style>b{color:red}</style>'
    """
    if _END_STYLE.search(css):
        raise GraphkitError("a stylesheet to inline contains '</style'")
    return f"<style>{css}</style>"
