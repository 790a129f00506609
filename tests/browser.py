"""Headless Chromium for the web reader's tests: Debian's /usr/bin/chromium driven by Playwright (its own browser
download is never used), one browser per test module, a fresh context per test.

The tests fail, rather than skip, when Chromium is missing: `make test` installs it (`make browser`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("SUMMARIZER_CHROMIUM", "/usr/bin/chromium"))
# Chromium's own background traffic (updates, sync, safe browsing) is switched off: the tests assert that the
# pages make no request beyond the server under test.
ARGS = [
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def chromium() -> Iterator[object]:
    """Launch Chromium (the `browser` fixture in conftest.py holds one per test module)."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(
            f"the browser tests need Chromium at {CHROMIUM}; install it with `make browser` "
            "(Debian's chromium package) or point SUMMARIZER_CHROMIUM at one",
            pytrace=False,
        )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Requests:
    """Every URL a page asked for, to check that none left the server under test."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def outside(self, origin: str) -> list[str]:
        local = (origin + "/", f"blob:{origin}/", "data:")
        return [u for u in self.urls if not u.startswith(local)]


def open_page(browser: object, viewport: tuple[int, int] = (1100, 640)):
    """A page in a fresh context that records its requests and fails the test on a script error."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.requests = Requests()
    page.errors = []
    page.on("request", lambda r: page.requests.urls.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("dialog", lambda d: (page.errors.append(f"dialog: {d.message}"), d.dismiss()))
    return page


def axe_violations(page: object, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """Run axe-core (from the axe-playwright-python package) in the page; violations of these impacts."""
    import axe_playwright_python

    source = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    page.evaluate(source)  # evaluated through DevTools, so the page's Content-Security-Policy does not block it
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in impacts
    ]
