"""The web reader end to end: real uvicorn on 127.0.0.1, the fake model, headless Chromium."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from browser import axe_violations, open_page
from conftest import SEED, read_exact
from live_server import store_seed

from summarizer.article import parse
from summarizer.briefing import LENGTHS, draft_schema
from summarizer.llm_fake import minimal
from summarizer.quotes import extract

pytestmark = pytest.mark.browser
SEED_TEXT = read_exact(SEED)


def sentence_with(server, article_id: str, words: str) -> dict:
    doc = httpx.get(f"{server.url}/articles/{article_id}").json()
    return next(s for s in doc["sentences"] if words in doc["text"][s["start"] : s["end"]])


def in_pane(page, selector: str) -> bool:
    """The first element matching `selector` lies wholly inside the visible part of the article pane."""
    return page.evaluate(
        """(sel) => {
            const el = document.querySelector(sel), pane = document.getElementById('article-pane');
            const r = el.getBoundingClientRect(), p = pane.getBoundingClientRect();
            const top = Math.max(p.top, 0), bottom = Math.min(p.bottom, innerHeight);
            return r.top >= top - 1 && r.bottom <= bottom + 1;
        }""",
        selector,
    )


def test_paste_an_article_see_the_briefing_and_click_a_quote(browser, server) -> None:
    page = open_page(browser)
    page.goto(server.url + "/")
    page.wait_for_selector("#list-status:has-text('No articles yet')")
    page.fill("#add-text", SEED_TEXT)
    page.click("#add-submit")
    page.wait_for_url(re.compile(r"/read/[0-9a-f]{16}$"))
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    article_id = page.url.rsplit("/", 1)[1]
    briefing = httpx.post(f"{server.url}/articles/{article_id}/brief", json={"reuse": True}).json()
    text = httpx.get(f"{server.url}/articles/{article_id}").json()["text"]

    # Every speaker of the briefing is shown with every quote, and every quote is highlighted in the article.
    names = page.locator("#speakers h4").all_inner_texts()
    assert [n.split(" · ")[0] for n in names] == [s["name"] for s in briefing["speakers"]]
    quotes = [q for s in briefing["speakers"] for q in s["quotes"]]
    assert page.locator("button.quote").count() == len(quotes)
    assert page.locator("#article-text mark.q").count() >= len(quotes)
    assert "4 of 4 quotes shown are verbatim" in page.inner_text("#checks")
    assert "fake:live · prompt v1 · medium" in page.inner_text("#brief-footer")

    # The last quote lies below the fold: clicking it scrolls the pane to exactly its span and flashes it.
    last = quotes[-1]
    assert page.evaluate("document.getElementById('article-pane').scrollTop") == 0
    assert not in_pane(page, f"mark[data-quote='{last['id']}']")
    page.locator(f"button.quote[data-quote='{last['id']}']").click()
    page.wait_for_function("() => document.getElementById('article-pane').scrollTop > 0")
    marks = page.locator(f"mark[data-quote='{last['id']}']")
    shown = "".join(marks.all_text_contents())
    assert shown == last["text"] == text[last["start"] : last["end"]]
    assert marks.first.get_attribute("data-start") == str(last["start"])
    assert marks.last.get_attribute("data-end") == str(last["end"])
    assert in_pane(page, f"mark[data-quote='{last['id']}']")
    assert "flash" in (marks.first.get_attribute("class") or "")
    assert page.evaluate("document.activeElement.dataset.quote") == last["id"]
    assert page.errors == [] and page.requests.outside(server.url) == []


def test_hovering_a_quote_names_its_speaker_and_role(browser, server) -> None:
    article_id = store_seed(server.url)
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    table = httpx.get(f"{server.url}/articles/{article_id}/quotes").json()
    lavrov = next(s for s in table["speakers"] if s["name"] == "Sergei Lavrov")
    page.hover(f"mark[data-quote='{lavrov['quote_ids'][0]}']")
    tip = page.locator("#tooltip")
    assert tip.is_visible()
    assert tip.inner_text() == f"Sergei Lavrov, {lavrov['role']}"
    # The same words reach screen readers, without hovering.
    described = page.get_attribute(f"mark[data-quote='{lavrov['quote_ids'][0]}']", "aria-describedby")
    assert page.text_content(f"#{described}") == f"Quote by Sergei Lavrov, {lavrov['role']}"
    assert len(page.locator(".legend .swatch").all()) == len([s for s in table["speakers"] if s["quote_ids"]])


def test_the_verifiers_corrections_are_shown_with_their_reasons(browser, server, model) -> None:
    article_id = store_seed(server.url)
    draft = minimal(draft_schema(extract(parse(SEED_TEXT)), LENGTHS["medium"]))
    draft["headline"] = "Blinken and Lavrov clash at the Security Council"
    draft["summary"][0] = 'Blinken said "Russia will pay for every crime it commits."'
    draft["summary"][1] = 'Blinken accused Putin of adding "fuel to the fire" with recent steps.'
    model.queue(json.dumps(draft))
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    checks = page.inner_text("#checks")
    assert "Quotation not found in the article, quotation marks removed" in checks
    assert "Russia will pay for every crime it commits." in checks
    assert page.inner_text("#headline") == draft["headline"]
    # A quotation the verifier found in the source links to its span.
    link = page.locator("#summary a.inline-quote")
    assert link.all_inner_texts() == ["fuel to the fire"]
    start = int(link.get_attribute("data-start"))
    assert SEED_TEXT[start : int(link.get_attribute("data-end"))] == "fuel to the fire"
    link.click()
    page.wait_for_function("() => document.activeElement.tagName === 'MARK'")
    assert "fuel to the fire" in page.evaluate("document.activeElement.textContent")
    assert (
        page.locator("#summary li .said").first.inner_text()
        == "Blinken said Russia will pay for every crime it commits."
    )


def test_a_summary_sentence_highlights_the_article_sentences_it_rests_on(browser, server, model) -> None:
    article_id = store_seed(server.url)
    draft = minimal(draft_schema(extract(parse(SEED_TEXT)), LENGTHS["medium"]))
    draft["summary"] = [
        "France called the session to highlight the quest for accountability in Ukraine.",
        "Lavrov praised the Western allies for their restraint over the summer.",
        "Guterres said the UN rights body has seen a catalog of cruelty against civilians.",
    ]
    model.queue(json.dumps(draft))
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    france = sentence_with(server, article_id, "France, the current head of the Security Council")
    assert page.locator(".sentence.support-hl").count() == 0
    page.hover("#summary li:nth-child(1) .said")
    lit = page.locator(".sentence.support-hl")
    assert lit.count() == 1 and lit.first.get_attribute("data-start") == str(france["start"])
    page.mouse.move(0, 0)
    assert page.locator(".sentence.support-hl").count() == 0
    # Its citation scrolls to the sentence; a sentence the checker did not find support for says so.
    page.locator("#summary li:nth-child(1) a.cite").click()
    page.wait_for_function("() => document.activeElement.classList.contains('sentence')")
    assert page.evaluate("document.activeElement.dataset.start") == str(france["start"])
    assert page.locator("#summary li:nth-child(2) .unsupported").inner_text().strip() == "not found in the cited text"
    assert page.locator("#summary li:nth-child(1) .unsupported").count() == 0
    assert page.errors == []


def test_ask_streams_an_answer_and_a_citation_scrolls_to_its_sentence(browser, server, model) -> None:
    article_id = store_seed(server.url)
    target = sentence_with(server, article_id, "catalog of cruelty")
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    answer = "Guterres described a catalog of cruelty committed against civilians."
    model.queue(json.dumps({"evidence": [target["id"]], "answer": answer}))
    page.fill("#question", "What did Guterres say the rights body has seen?")
    page.press("#question", "Enter")
    link = page.locator(f"#answer .answer-text a.cite[data-sentence='{target['id']}']")
    link.wait_for()
    assert page.inner_text("#answer .answer-text") == f"{answer} [{target['id']}]"
    assert page.locator("#answer ol.citations li").count() == 1
    assert not in_pane(page, f"#sent-{target['id']}")
    link.click()
    page.wait_for_function(f"() => document.activeElement.id === 'sent-{target['id']}'")
    assert in_pane(page, f"#sent-{target['id']}")
    text = httpx.get(f"{server.url}/articles/{article_id}").json()["text"]
    assert page.text_content(f"#sent-{target['id']}") == text[target["start"] : target["end"]]
    assert "flash" in page.get_attribute(f"#sent-{target['id']}", "class")
    # A question the article cannot answer says so.
    model.queue(json.dumps({"evidence": [], "answer": "The article does not say."}))
    page.fill("#question", "What will the weather be tomorrow?")
    page.click("#ask-submit")
    page.wait_for_selector("#answer .answer-text:has-text('The article does not say.')")
    assert page.locator("#answer a.cite").count() == 0
    assert page.errors == [] and page.requests.outside(server.url) == []


def test_an_uploaded_html_file_becomes_an_article(browser, server, tmp_path) -> None:
    html = tmp_path / "vote.html"
    html.write_text(
        "<html><head><title>Vote Delayed</title><script>alert('x')</script></head><body><h1>Vote Delayed</h1>"
        "<p>\u201cWe need more time,\u201d the mayor, Ana Ruiz, said on Monday.</p>"
        '<p><img src="http://example.com/tracker.png"> The council will meet again next week.</p></body></html>',
        encoding="utf-8",
    )
    page = open_page(browser)
    page.goto(server.url + "/")
    page.set_input_files("#add-file", str(html))
    page.click("#add-submit")
    page.wait_for_url(re.compile(r"/read/"))
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    assert page.inner_text("#article-title") == "Vote Delayed"
    assert page.text_content("#article-text mark.q") == "We need more time"
    assert "<img" not in page.inner_text("#article-text") and page.locator("#article-text img").count() == 0
    page.goto(server.url + "/")
    row = page.locator("#articles tbody tr").first
    row.wait_for()
    assert row.locator("td").all_inner_texts()[2:4] == ["1", "1"]  # one quoted speaker, one quote
    assert page.errors == [] and page.requests.outside(server.url) == []


def test_the_eval_report_opens_from_the_app(browser, server, cli) -> None:
    code, _, err = cli("eval", "run", "default", "--model", "fake:live", "--save-baseline", "main")
    assert code in (0, 1), err
    page = open_page(browser)
    page.goto(server.url + "/runs")
    link = page.locator("#runs tbody a").first
    link.wait_for()
    assert "main" in page.inner_text("#runs tbody")
    link.click()
    page.wait_for_selector("h1:has-text('Eval run')")
    assert "quote_fidelity" in page.content()
    assert page.requests.outside(server.url) == []


def test_article_text_is_shown_as_text_never_run(browser, server) -> None:
    hostile = (
        "Council Meets\n\n"
        '"<img src=x onerror=alert(1)><script>alert(2)</script>," the clerk, Jo Park, said on Monday.\n\n'
        'The agenda runs to </article> pages and \U0001f600 emoji, and "it is long", Park said.\n'
    )
    r = httpx.post(f"{server.url}/articles", content=hostile.encode(), headers={"Content-Type": "text/plain"})
    article_id = r.json()["article"]["id"]
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    assert page.locator("#article-text img, #article-text script").count() == 0
    # Offsets count code points: the quote after the emoji is still exact.
    quotes = httpx.get(f"{server.url}/articles/{article_id}/quotes").json()["quotes"]
    for q in quotes:
        assert "".join(page.locator(f"mark[data-quote='{q['id']}']").all_text_contents()) == q["text"]
    assert page.errors == [] and page.requests.outside(server.url) == []


def test_main_pages_have_no_serious_accessibility_violations(browser, server, model, cli) -> None:
    cli("eval", "run", "default", "--model", "fake:live")
    article_id = store_seed(server.url)
    page = open_page(browser)
    checked = {}
    page.goto(server.url + "/")
    page.wait_for_selector("#articles tbody tr")
    checked["list"] = axe_violations(page)
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    target = sentence_with(server, article_id, "catalog of cruelty")
    model.queue(json.dumps({"evidence": [target["id"]], "answer": "Guterres described a catalog of cruelty."}))
    page.fill("#question", "What did Guterres describe?")
    page.click("#ask-submit")
    page.wait_for_selector("#answer a.cite")
    page.hover("mark.q")
    checked["reader"] = axe_violations(page)
    page.goto(server.url + "/runs")
    page.wait_for_selector("#runs tbody tr")
    checked["runs"] = axe_violations(page)
    page.click("#runs tbody a")
    page.wait_for_selector("h1")
    checked["report"] = axe_violations(page)
    assert checked == {"list": [], "reader": [], "runs": [], "report": []}


def test_a_link_to_a_sentence_or_quote_opens_the_article_there(browser, server) -> None:
    article_id = store_seed(server.url)
    target = sentence_with(server, article_id, "catalog of cruelty")
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}#sent-{target['id']}")
    page.wait_for_function(f"() => document.activeElement.id === 'sent-{target['id']}'")
    assert in_pane(page, f"#sent-{target['id']}")
    # Clicking a quote gives the page an address that opens with that quote shown.
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    button = page.locator("button.quote").last
    quote_id = button.get_attribute("data-quote")
    button.click()
    assert page.url.endswith(f"#quote-{quote_id}")
    other = open_page(browser)
    other.goto(page.url)
    other.wait_for_function(f"() => document.activeElement.dataset.quote === '{quote_id}'")
    assert in_pane(other, f"mark[data-quote='{quote_id}']")


def test_the_length_can_be_changed_and_the_article_deleted(browser, server, model) -> None:
    article_id = store_seed(server.url)
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    assert "· medium ·" in page.inner_text("#brief-footer")
    calls = len(model.calls)
    page.select_option("#length", "short")
    page.wait_for_selector("#brief-footer:has-text('· short ·')")
    assert len(model.calls) == calls + 1
    page.select_option("#length", "medium")
    page.wait_for_selector("#brief-footer:has-text('· medium ·')")
    assert len(model.calls) == calls + 1  # the saved medium briefing, no model call
    page.click("#rebrief")
    page.wait_for_selector("#rebrief:not([disabled])")
    assert len(model.calls) == calls + 2  # "Brief again" runs the model
    page.click("#delete-block summary")
    page.click("#delete")
    page.wait_for_url(server.url + "/")
    page.wait_for_selector("#list-status:has-text('No articles yet')")
    assert httpx.get(f"{server.url}/articles/{article_id}").status_code == 404
    assert page.errors == []


def test_the_briefing_fills_in_as_it_is_made_quote_table_first(browser, server, model) -> None:
    article_id = store_seed(server.url)
    draft = minimal(draft_schema(extract(parse(SEED_TEXT)), LENGTHS["medium"]))
    draft["headline"] = "Blinken and Lavrov clash at the Security Council"
    draft["summary"] = [
        "France called the session to highlight the quest for accountability in Ukraine.",
        "Guterres said the UN rights body has seen a catalog of cruelty against civilians.",
        "Lavrov accused Ukraine of Russophobia over its language rules.",
    ]
    model.queue(json.dumps(draft))
    model.delay = 6.0  # the reply arrives in pieces over six seconds
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}")
    # The speakers and their verbatim quotes are up while the model has not finished a sentence.
    page.wait_for_selector("#briefing[aria-busy] #speakers section button.quote")
    assert page.locator("#summary li").count() == 0
    assert page.locator("#speakers section").count() == 4
    page.wait_for_selector("#brief-status:has-text('Writing the summary')")  # which stage is running
    # Then each checked sentence appears on its own, before the briefing is finished.
    page.wait_for_selector("#briefing[aria-busy] #summary li")
    assert page.locator("#summary li .said").first.inner_text() == draft["summary"][0]
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])", timeout=20_000)
    assert page.locator("#summary li .said").all_inner_texts() == draft["summary"]
    assert "fake:live · prompt v1 · medium" in page.inner_text("#brief-footer")
    assert page.errors == []


def test_a_position_in_the_articles_words_is_marked_as_such_and_lights_its_sentence(browser, server, model) -> None:
    from test_reported import HARBOUR

    posted = httpx.post(f"{server.url}/articles", content=HARBOUR.encode(), headers={"Content-Type": "text/plain"})
    article_id = posted.json()["article"]["id"]
    draft = minimal(draft_schema(extract(parse(HARBOUR)), LENGTHS["medium"]))
    draft["positions"]["P1"]["position"] = "Ruiz said that we cannot keep the channel open on 1990s prices, she said."
    model.queue(json.dumps(draft))
    page = open_page(browser)
    page.goto(f"{server.url}/read/{article_id}")
    page.wait_for_selector("#briefing:not([hidden]):not([aria-busy])")
    ruiz = page.locator('section.speaker[data-speaker="P1"]')
    assert ruiz.locator(".said").inner_text() == (
        "Ana Ruiz said the fees had fallen far behind the cost of dredging the channel."
    )
    assert ruiz.locator(".reported").inner_text().strip() == "(as the article reports it)"
    said = sentence_with(server, article_id, "The board's chair, Ana Ruiz, said the fees")
    ruiz.locator(".said").hover()
    lit = page.locator(".sentence.support-hl")
    assert lit.count() == 1 and lit.first.get_attribute("data-start") == str(said["start"])
    assert "the article's report of what they said is shown" in page.inner_text("#checks")
    assert page.errors == []
