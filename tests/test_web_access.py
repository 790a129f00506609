"""The web reader by keyboard, at phone width, and behind API keys: real server, fake model, headless Chromium."""

from __future__ import annotations

import re

import httpx
import pytest
from browser import axe_violations, open_page
from conftest import SEED, read_exact
from live_server import LiveServer, store_seed

from summarizer.config import load_settings

pytestmark = pytest.mark.browser
SEED_TEXT = read_exact(SEED)


def test_the_reader_works_from_the_keyboard(browser, server) -> None:
    article_id = store_seed(server.url)
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # Tab through to the first quote of the briefing and open it with Enter: focus lands on its span.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('quote')"):
            break
    else:
        pytest.fail("no quote button reachable with Tab")
    quote_id = page.evaluate("document.activeElement.dataset.quote")
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => document.activeElement.dataset.quote === '{quote_id}'")
    assert page.locator("#tooltip").is_visible()  # the speaker is named for keyboard users too
    page.keyboard.press("Escape")
    assert not page.locator("#tooltip").is_visible()
    # Focus is visible: the focused quote span has an outline.
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_pages_fit_a_phone_screen_and_quotes_still_scroll_into_view(browser, server) -> None:
    article_id = store_seed(server.url)
    page = open_page(browser, viewport=(390, 844))
    for path in ("/", f"/read/{article_id}", "/runs"):
        page.goto(server.url + path)
        page.wait_for_load_state("networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width} px wide at a 390 px viewport"
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    brief_box = page.locator(".brief-pane").bounding_box()
    article_box = page.locator("#article-pane").bounding_box()
    assert article_box["y"] >= brief_box["y"] + brief_box["height"] - 1  # stacked, briefing first
    last = page.locator("button.quote").last
    quote_id = last.get_attribute("data-quote")
    last.click()
    page.wait_for_function(f"() => document.activeElement.dataset.quote === '{quote_id}'")
    box = page.locator(f"mark[data-quote='{quote_id}']").first.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 844
    assert page.errors == []


def test_behind_api_keys_the_pages_ask_for_a_key_once(browser, model, monkeypatch) -> None:
    monkeypatch.setenv("SUMMARIZER_API_KEYS", "k-one,k-two")
    with LiveServer(load_settings(chat_model="fake:live")) as live:
        article_id = store_seed(live.url, {"Authorization": "Bearer k-two"})
        page = open_page(browser)
        page.goto(f"{live.url}/read/{article_id}")
        assert re.search(r"/login\?next=%2Fread%2F", page.url)
        assert axe_violations(page) == []
        page.fill("#key", "wrong")
        page.click("#sign-in")
        assert "That key is not valid." in page.inner_text("[role=alert]")
        assert page.context.cookies() == []
        page.fill("#key", "k-two")
        page.click("#sign-in")
        page.wait_for_url(f"{live.url}/read/{article_id}")
        page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
        [cookie] = page.context.cookies()
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and "k-two" not in cookie["value"]
        # The cookie opens the API to this browser only; other clients still need a Bearer key.
        assert httpx.get(f"{live.url}/articles").status_code == 401
        assert page.evaluate("fetch('/articles').then(r => r.status)") == 200
        page.click("text=Sign out")
        page.wait_for_url(re.compile(r"/login"))
        assert page.context.cookies() == []
        assert page.evaluate("fetch('/articles').then(r => r.status)") == 401
        assert page.requests.outside(live.url) == []


def test_a_busy_model_is_shown_and_the_briefing_retried(browser, model) -> None:
    import threading

    with LiveServer(load_settings(chat_model="fake:live", server_queue=0)) as live:
        article_id = store_seed(live.url)
        model.delay = 3.0
        other = threading.Thread(
            target=lambda: httpx.post(f"{live.url}/articles/{article_id}/brief", json={"length": "short"}, timeout=60)
        )
        other.start()
        try:
            page = open_page(browser)
            page.goto(f"{live.url}/read/{article_id}")
            page.wait_for_selector("#brief-status:has-text('The model is busy with other requests; retrying in')")
            page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])", timeout=30_000)
            assert page.inner_text("#brief-status") == ""
            assert page.errors == []
        finally:
            other.join()


def test_the_api_docs_render_from_local_files(browser, server) -> None:
    page = open_page(browser)
    page.goto(server.url + "/docs")
    page.wait_for_selector(".opblock-summary-path")
    paths = set(page.locator(".opblock-summary-path").all_inner_texts())
    assert {"/articles", "/articles/{article_id}/brief", "/articles/{article_id}/ask"} <= paths
    assert page.requests.outside(server.url) == []
