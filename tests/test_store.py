"""Ingest into a real Chroma store on a temp dir: idempotence, replacement, all-or-none, retrieval."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SEED

from summarizer.config import load_settings
from summarizer.ingest import Failure, ingest, load
from summarizer.store import Store, collection_name


def stored(cli) -> list[dict]:
    code, out, err = cli("articles", "list", "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_reingesting_the_same_text_is_a_no_op(cli, tmp_path: Path) -> None:
    code, out, err = cli("ingest", str(SEED))
    assert code == 0, err
    assert "stored" in out
    copy = tmp_path / "copy-of-seed.txt"
    shutil.copy(SEED, copy)
    code, out, _ = cli("ingest", str(SEED), str(copy))
    assert code == 0
    assert out.count("unchanged") == 2
    [record] = stored(cli)
    store = Store(load_settings())
    assert store.collection.count() == record["chunks"]


def test_changed_text_under_the_same_path_replaces_the_old_chunks(cli, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Budget vote\n\nThe council voted on the budget. " + "It passed narrowly. " * 80)
    assert cli("ingest", str(path))[0] == 0
    [first] = stored(cli)
    path.write_text("Budget vote\n\nThe council voted again on the budget. " + "It failed. " * 60)
    code, out, _ = cli("ingest", str(path))
    assert code == 0 and "replaced" in out
    [second] = stored(cli)
    assert second["id"] != first["id"]
    store = Store(load_settings())
    assert store.collection.count() == second["chunks"]
    assert store.text(second["id"]) == path.read_text()


def test_stdin_is_ingested(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    code, out, err = cli("ingest", "-")
    assert code == 0, err
    [record] = stored(cli)
    assert record["source"] == "-" and record["title"].startswith("Blinken Confronts Putin")


def test_show_and_rm(cli) -> None:
    cli("ingest", str(SEED))
    [record] = stored(cli)
    code, out, _ = cli("articles", "show", record["id"][:6])
    assert code == 0
    assert "S14 France, the current head of the Security Council" in out
    code, out, _ = cli("articles", "show", record["id"], "--format", "json")
    doc = json.loads(out)
    assert doc["text"] == SEED.read_text(encoding="utf-8")
    for s in doc["sentences"]:
        assert doc["text"][s["start"] : s["end"]] == s["text"]
    code, out, _ = cli("articles", "rm", record["id"][:8])
    assert code == 0 and "removed" in out
    assert stored(cli) == []
    code, _, err = cli("articles", "show", record["id"])
    assert code == 1 and err.startswith("error: no stored article")


def test_a_mistyped_path_is_named_as_a_missing_file(cli, tmp_path: Path) -> None:
    """A path that is not there says so, rather than that no stored article has that id."""
    for args in (("quotes", "reports/today.txt"), ("brief", str(tmp_path / "a.md")), ("ask", "story.html", "Who?")):
        code, out, err = cli(*args)
        assert (code, out) == (1, "")
        assert err.startswith(f"error: no such file: {args[1]}; check the path"), err
    code, _, err = cli("quotes", "abcdef")  # an id prefix: the store's own message
    assert code == 1 and err.startswith("error: no stored article with id 'abcdef'")


def test_failed_write_leaves_nothing_half_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(load_settings())
    real_add = store.collection.add
    calls = []

    def flaky_add(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_add(**kwargs)

    monkeypatch.setattr(store.collection, "add", flaky_add)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("First story\n\n" + "The first article says something. " * 60)
    b.write_text("Second story\n\n" + "The second article says another thing. " * 60)
    with pytest.raises(RuntimeError):
        ingest([str(a), str(b)], store)
    ids = {r.id for r in store.articles()}
    assert ids == {load(str(a), 10**6).id}
    # Every stored chunk belongs to a complete article.
    got = store.collection.get(include=["metadatas"])
    assert len(got["ids"]) == store.record(load(str(a), 10**6).id).chunks


def test_search_finds_the_relevant_chunk(cli, dev_articles) -> None:
    paths = [str(p) for p, _ in dev_articles]
    code, _, err = cli("ingest", *paths)
    assert code == 0, err
    store = Store(load_settings())
    hits = store.search("Wells Fargo chief executive questioned by Senator Warren", k=3)
    assert hits and "Wells Fargo" in hits[0].text
    assert hits[0].score is not None and hits[0].score > 0.3
    only = store.search("Wells Fargo", k=2, article_ids=[hits[0].article_id])
    assert {h.article_id for h in only} == {hits[0].article_id}


def test_collection_names_are_valid_for_chroma() -> None:
    for spec in ("local:minilm", "openai:text-embedding-3-small", "local:/models/x.gguf", "a:b"):
        name = collection_name(spec)
        assert 3 <= len(name) <= 512 and name[0].isalnum() and name[-1].isalnum() and ".." not in name
    assert collection_name("local:minilm") != collection_name("openai:text-embedding-3-small")


def test_ingest_reports_failures_and_continues(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Good one\n\nThis article is fine. It has text.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    outcomes = ingest([str(bad), str(good)], Store(load_settings()))
    assert isinstance(outcomes[0], Failure) and "binary" in outcomes[0].reason
    assert outcomes[1].status == "stored"


def test_a_store_still_being_set_up_is_waited_for_not_raced() -> None:
    """Chroma's database file exists as soon as set-up starts; until the set-up marker is written, opening the
    store waits for the process that holds the write lock instead of running Chroma's migrations beside it."""
    from filelock import FileLock

    from summarizer.errors import UserError

    settings = load_settings(store_lock_timeout=0.5)
    Store(settings)
    ready = settings.chroma_path / ".ready"
    assert ready.exists() and (settings.chroma_path / "chroma.sqlite3").exists()
    ready.unlink()  # as if another process were still setting the store up
    with FileLock(str(settings.chroma_path / ".write.lock")), pytest.raises(UserError, match="is busy"):
        Store(settings)
    Store(settings)  # once the lock is free, it opens and marks the store ready
    assert ready.exists()
    Store(load_settings(store_lock_timeout=0.5))  # a ready store opens without the lock
    with FileLock(str(settings.chroma_path / ".write.lock")):
        Store(settings)
