"""Pytest plugin: one headless Chromium for the session, and pages with the network blocked.

Uses Debian's Chromium (``apt-get install chromium``) through Playwright; Playwright's
own browser download is not used. Pages opened with :func:`offline_page` abort every
request that is not ``file:`` or ``data:`` and record it, with console errors and
uncaught exceptions, so tests can assert that nothing was fetched and nothing failed.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "OfflinePage", "chromium", "offline_page", "wait_until"]


def wait_until(target, expression: str, *, timeout: float = 60.0) -> None:
    """Poll ``expression`` in a page or frame until it is truthy, or fail after ``timeout`` s.

    Not ``wait_for_function``: Playwright compiles its predicate with ``new Function`` in
    the page, which our pages' Content-Security-Policy (no ``'unsafe-eval'``) refuses
    whenever the first check is not already true. ``evaluate`` goes through the
    debugger protocol, which the policy does not govern.
    """
    deadline = time.monotonic() + timeout
    while not target.evaluate(expression):
        if time.monotonic() > deadline:
            pytest.fail(f"still false after {timeout:.0f} s: {expression}", pytrace=False)
        time.sleep(0.02)


def launch_chromium(playwright):
    """Launch Debian's Chromium headless, or fail saying what to install."""
    if not CHROMIUM.exists():
        pytest.fail("install Chromium: apt-get install chromium", pytrace=False)
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                      headless=True)


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium browser shared by the session's tests."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("install Playwright: pip install playwright "
                    "(and Chromium: apt-get install chromium)", pytrace=False)
    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class OfflinePage:
    """A page whose requests beyond ``file:``/``data:`` are aborted, with what went wrong."""

    page: object
    requests: list[str] = field(default_factory=list)   # every request attempted (blocked)
    errors: list[str] = field(default_factory=list)     # console errors and uncaught exceptions

    def open(self, path: Path, *, wait_drawn: bool = True) -> None:
        """Load a local file and, by default, wait until the graph is drawn."""
        self.page.goto(Path(path).resolve().as_uri())
        if wait_drawn:
            wait_until(self.page, "window.__graphkitDrawn !== undefined")


@pytest.fixture
def offline_page(chromium) -> Iterator[OfflinePage]:
    """A fresh 1400x900 page in its own context, with the network blocked."""
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    result = OfflinePage(page)

    def route(r):
        url = r.request.url
        if url.startswith(("file:", "data:")):
            r.continue_()
        else:
            result.requests.append(url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and result.errors.append(m.text))
    page.on("pageerror", lambda exc: result.errors.append(str(exc)))
    page.on("requestfailed", lambda r: r.url not in result.requests and result.requests.append(r.url))
    try:
        yield result
    finally:
        context.close()


def chromium_available() -> bool:
    """Whether Debian's Chromium is installed (for scripts; tests fail instead)."""
    return CHROMIUM.exists() or shutil.which("chromium") is not None
