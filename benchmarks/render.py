"""Time to a drawn graph in headless Chromium: graphkit's page against pyvis's default page.

A synthetic graph (default 5,000 nodes, 20,000 edges, schema kinds and relations) is
written twice: by ``graphkit.render.render_html`` (positions computed in Python, physics
off) and by pyvis's default ``Network`` output, made offline by inlining pyvis's own
lib files (else it cannot draw at all with the network blocked). Each page is opened
with the network blocked; the time is from navigation start to the first frame drawn
after the data is in (vis-network's first ``afterDrawing``, after stabilisation for
pyvis). Not a test: it prints figures.

Usage: python benchmarks/render.py [--nodes 5000] [--edges 20000] [--baseline-timeout 120]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphkit.render import render_html
from graphkit.render.assets import load_assets
from graphkit.schema import load_schema
from tests.browser import CHROMIUM, CHROMIUM_ARGS

DRAWN_HOOK = ("<script>network.once('afterDrawing', function () {"
              " window.__graphkitDrawn = performance.now(); });</script>")


def synthetic_graph(nodes: int, edges: int, *, seed: int = 0) -> nx.MultiDiGraph:
    """Countries linked to organisations and programmes, with schema relations and dates."""
    rng = random.Random(seed)
    schema = load_schema()
    kinds = list(schema.node_kinds)
    relations = list(schema.relations)
    G = nx.MultiDiGraph()
    for i in range(nodes):
        kind = "Country" if i % 5 else rng.choice(kinds[1:])
        G.add_node(f"n{i}", kind=kind, name=f"Node {i}", aliases=[])
    targets = [f"n{i}" for i in range(0, nodes, 5)]
    for j in range(edges):
        u = f"n{rng.randrange(nodes)}"
        v = rng.choice(targets) if rng.random() < 0.8 else f"n{rng.randrange(nodes)}"
        year = rng.randrange(1960, 2025)
        G.add_edge(u, v, key=f"e{j}", relation=rng.choice(relations), since=str(year),
                   source_url="https://example.org/s", publisher="Example",
                   evidence="A sentence.", retrieved="2026-11-24")
    return G


def pyvis_default_page(G: nx.MultiDiGraph, path: Path) -> float:
    """pyvis's default output for G, with its lib inlined and Bootstrap dropped; build seconds."""
    from pyvis.network import Network

    start = time.perf_counter()
    net = Network(directed=True)
    for v, d in G.nodes(data=True):
        net.add_node(v, label=d.get("name", v), title=d.get("name", v))
    for u, v, d in G.edges(data=True):
        net.add_edge(u, v, title=d.get("relation"))
    page = net.generate_html()
    seconds = time.perf_counter() - start
    a = load_assets()
    page = re.sub(r'<script[^>]*src="[^"]*vis-network[^"]*"[^>]*></script>',
                  lambda _: f"<script>{a.vis_js}</script>", page)
    page = re.sub(r'<link[^>]*href="[^"]*vis-network[^"]*"[^>]*/?>',
                  lambda _: f"<style>{a.vis_css}</style>", page)
    page = re.sub(r'<script[^>]*src="lib/bindings/utils.js"[^>]*></script>', "", page)
    page = re.sub(r'<link[^>]*href="[^"]*bootstrap[^"]*"[^>]*/?>', "", page, flags=re.DOTALL)
    page = re.sub(r'<script[^>]*src="[^"]*bootstrap[^"]*"[^>]*>\s*</script>', "", page,
                  flags=re.DOTALL)
    page = page.replace("</body>", DRAWN_HOOK + "</body>")
    path.write_text(page, encoding="utf-8")
    return seconds


def time_to_draw(browser, path: Path, timeout_s: float) -> tuple[float | None, int, list[str]]:
    """Milliseconds from navigation to first draw (None on timeout), requests tried, errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    try:
        page.goto(path.resolve().as_uri(), timeout=timeout_s * 1000)
        page.wait_for_function("window.__graphkitDrawn !== undefined", timeout=timeout_s * 1000,
                               polling=100)
        ms = page.evaluate("window.__graphkitDrawn")
    except Exception as exc:  # Playwright's TimeoutError; the figure is then "> timeout"
        if "Timeout" not in type(exc).__name__:
            raise
        ms = None
    finally:
        context.close()
    return ms, len(requests), errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=20000)
    parser.add_argument("--baseline-timeout", type=float, default=120.0,
                        help="seconds to wait for pyvis's default page to draw")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("install Chromium: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    G = synthetic_graph(args.nodes, args.edges)
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = Path(tmp) / "graphkit.html", Path(tmp) / "pyvis.html"
        start = time.perf_counter()
        render_html(G, ours, title="benchmark")
        build_ours = time.perf_counter() - start
        build_theirs = pyvis_default_page(G, theirs)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            ms_ours, req_ours, err_ours = time_to_draw(browser, ours, 120.0)
            ms_theirs, req_theirs, err_theirs = time_to_draw(browser, theirs, args.baseline_timeout)
            browser.close()
        print(f"graph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
        print(f"{'page':<28}{'build (Python)':>16}{'drawn (browser)':>18}{'size':>12}"
              f"{'requests':>10}{'errors':>8}")
        for name, build, ms, path, req, err in (
                ("graphkit render_html", build_ours, ms_ours, ours, req_ours, err_ours),
                ("pyvis default (inlined)", build_theirs, ms_theirs, theirs, req_theirs,
                 err_theirs)):
            drawn = f"{ms / 1000:.2f} s" if ms is not None else f"> {args.baseline_timeout:.0f} s"
            print(f"{name:<28}{build:>14.2f} s{drawn:>18}{path.stat().st_size / 1e6:>10.2f} MB"
                  f"{req:>10}{len(err):>8}")
        if ms_ours is None:
            print("graphkit's page did not draw within 120 s")
        elif ms_theirs is None:
            print(f"ratio (drawn): > {args.baseline_timeout * 1000 / ms_ours:.0f}x "
                  f"(baseline timed out)")
        else:
            print(f"ratio (drawn): {ms_theirs / ms_ours:.1f}x")
        if ms_ours is not None:
            total_theirs = ("> " if ms_theirs is None else "") + \
                f"{build_theirs + (ms_theirs or args.baseline_timeout * 1000) / 1000:.2f} s"
            print(f"build + draw: graphkit {build_ours + ms_ours / 1000:.2f} s, "
                  f"pyvis {total_theirs}")


if __name__ == "__main__":
    main()
