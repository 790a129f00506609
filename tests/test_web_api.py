"""What the web reader needs from the service, over real HTTP: spans, counts, saved briefings, eval runs,
page security headers and sign-in with a key."""

from __future__ import annotations

import httpx
from conftest import SEED, read_exact
from live_server import LiveServer, store_seed

from summarizer.config import load_settings
from summarizer.web import COOKIE

SEED_TEXT = read_exact(SEED)


def test_an_article_comes_with_its_spans_and_counts(client) -> None:
    aid = store_seed(client.base_url)
    doc = client.get(f"/articles/{aid}").json()
    text = doc["text"]
    assert doc["article"]["speakers"] == 4 and doc["article"]["quotes"] == 10
    assert client.get("/articles").json()[0]["quotes"] == 10
    assert [p["index"] for p in doc["paragraphs"]] == list(range(len(doc["paragraphs"])))
    assert doc["paragraphs"][0]["kind"] == "title" and text[: doc["paragraphs"][0]["end"]].startswith("Blinken")
    assert [s["id"] for s in doc["sentences"]] == [f"S{i}" for i in range(1, len(doc["sentences"]) + 1)]
    for s in doc["sentences"]:
        p = doc["paragraphs"][s["paragraph"]]
        assert p["start"] <= s["start"] < s["end"] <= p["end"]
        assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]]


def test_offsets_count_code_points_past_emoji(client) -> None:
    text = 'Fans Cheer \U0001f389\n\n"We won," the captain, Mia Long, said.\n'
    r = client.post("/articles", content=text.encode(), headers={"Content-Type": "text/plain"})
    aid = r.json()["article"]["id"]
    [quote] = client.get(f"/articles/{aid}/quotes").json()["quotes"]
    assert text[quote["start"] : quote["end"]] == quote["text"] == "We won"


def test_briefings_are_saved_and_reused_only_when_asked(client, model) -> None:
    aid = store_seed(client.base_url)
    first = client.post(f"/articles/{aid}/brief", json={"reuse": True}).json()
    calls = len(model.calls)
    again = client.post(f"/articles/{aid}/brief", json={"reuse": True}).json()
    assert again == first and len(model.calls) == calls  # no model call
    assert client.post(f"/articles/{aid}/brief", json={"reuse": True, "length": "short"}).status_code == 200
    assert len(model.calls) == calls + 1  # another length is another briefing
    client.post(f"/articles/{aid}/brief", json={})
    assert len(model.calls) == calls + 2  # without reuse the model runs
    assert client.delete(f"/articles/{aid}").status_code == 204
    store_seed(client.base_url)
    client.post(f"/articles/{aid}/brief", json={"reuse": True})
    assert len(model.calls) == calls + 3  # a deleted article's briefings went with it


def test_a_saved_briefing_is_not_reused_after_its_prompt_file_changes(tmp_path, model) -> None:
    import shutil

    from conftest import REPO

    prompts = tmp_path / "prompts"
    shutil.copytree(REPO / "prompts", prompts)
    with (
        LiveServer(load_settings(chat_model="fake:live", prompts_dir=prompts)) as live,
        httpx.Client(base_url=live.url, timeout=30) as client,
    ):
        aid = store_seed(client.base_url)
        client.post(f"/articles/{aid}/brief", json={"reuse": True})
        calls = len(model.calls)
        client.post(f"/articles/{aid}/brief", json={"reuse": True})
        assert len(model.calls) == calls  # unchanged: the saved briefing
        # the briefing's own file, then the shared context it opens with (brief v7 names context v2)
        for path in (prompts / "brief" / "v7.yaml", prompts / "context" / "v2.yaml"):
            path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
            client.post(f"/articles/{aid}/brief", json={"reuse": True, "prompt_version": "v7"})
            assert len(model.calls) == calls + 1, path
            calls = len(model.calls)


def test_eval_runs_are_listed_and_their_reports_served(client, cli) -> None:
    assert client.get("/evals/runs").json() == []
    assert client.get("/evals/runs/latest/report").status_code == 404
    code, _, err = cli("eval", "run", "default", "--model", "fake:live", "--save-baseline", "main")
    assert code in (0, 1), err
    [run] = client.get("/evals/runs").json()
    assert run["suite"] == "default" and run["cases"] == 1 and run["baselines"] == ["main"]
    report = client.get(f"/evals/runs/{run['id']}/report")
    assert report.status_code == 200 and report.headers["content-type"].startswith("text/html")
    assert "script-src" not in report.headers["content-security-policy"]  # the report runs no scripts
    assert f"Eval run {run['id']}" in report.text
    assert client.get("/evals/runs/nope/report").json()["error"].startswith("no eval run")


def test_pages_allow_nothing_from_other_hosts(client) -> None:
    for path in ("/", "/read/9e9351841721", "/runs"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "http" not in r.text.replace(client.base_url.host, "")  # no absolute links to any host
    assert client.get("/static/reader.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/nothing.js").status_code == 404


def test_signing_in_with_a_key_gives_a_cookie_derived_from_it(model, monkeypatch) -> None:
    monkeypatch.setenv("SUMMARIZER_API_KEYS", "k-one,k-two")
    with (
        LiveServer(load_settings(chat_model="fake:live")) as live,
        httpx.Client(base_url=live.url, timeout=30) as client,
    ):
        page = client.get("/read/abcd?x=1")
        assert page.status_code == 303 and page.headers["location"] == "/login?next=%2Fread%2Fabcd%3Fx%3D1"
        assert client.get("/articles").status_code == 401  # the API answers 401, never a redirect
        assert client.get("/static/app.css").status_code == 200  # assets hold no data
        assert client.get("/login").status_code == 200
        bad = client.post("/login", data={"key": "k-three", "next": "/"})
        assert bad.status_code == 401 and COOKIE not in bad.cookies
        for target, expected in [("/runs", "/runs"), ("//example.com/", "/"), ("https://example.com", "/")]:
            good = client.post("/login", data={"key": "k-one", "next": target})
            assert good.status_code == 303 and good.headers["location"] == expected
        value = good.cookies[COOKIE]
        assert "k-one" not in value and len(value) == 64
        set_cookie = good.headers["set-cookie"].lower()
        assert "httponly" in set_cookie and "samesite=strict" in set_cookie
        assert client.get("/articles").status_code == 200  # the cookie now rides along
        assert httpx.get(f"{live.url}/articles", cookies={COOKIE: "0" * 64}).status_code == 401
        assert client.post("/logout").status_code == 303
        assert client.get("/articles").status_code == 401


def test_records_stored_without_counts_get_them_when_listed(client, monkeypatch) -> None:
    import dataclasses

    from summarizer import store as store_mod

    read = store_mod._record
    monkeypatch.setattr(  # as read from a store written before records carried counts
        store_mod, "_record", lambda meta: dataclasses.replace(read(meta), speakers=None, quotes=None)
    )
    aid = store_seed(client.base_url)
    assert [(a["speakers"], a["quotes"]) for a in client.get("/articles").json()] == [(4, 10)]
    assert client.get(f"/articles/{aid}").json()["article"]["quotes"] == 10


def test_ingest_leaves_counts_to_the_first_listing_which_saves_them(client, cli) -> None:
    from summarizer.config import load_settings
    from summarizer.store import Store

    assert cli("ingest", str(SEED))[0] == 0
    [record] = Store(load_settings()).articles()
    assert (record.speakers, record.quotes) == (None, None)  # ingest does not parse for speakers
    assert [(a["speakers"], a["quotes"]) for a in client.get("/articles").json()] == [(4, 10)]
    [record] = Store(load_settings()).articles()  # a fresh view of the store: the counts were saved
    assert (record.speakers, record.quotes) == (4, 10)
    assert record.chunks >= 1 and record.title.startswith("Blinken")
