"""A misbehaving OpenAI-compatible server on 127.0.0.1: what retries fix, what one repair fixes, and a clear
error for the rest."""

from __future__ import annotations

import json
import time

import pytest
from conftest import SEED
from openai_stub import OpenAIStub

from summarizer.brief import brief
from summarizer.config import load_settings
from summarizer.errors import UserError
from summarizer.ingest import open_article
from summarizer.llm_fake import minimal
from summarizer.store import Store


def reply(body: dict) -> str:
    fmt = body["response_format"]
    return json.dumps(minimal(fmt.get("schema") or fmt["json_schema"]["schema"]))


@pytest.fixture
def stub(monkeypatch):
    with OpenAIStub(reply=reply) as s:
        monkeypatch.setenv("OPENAI_BASE_URL", s.url)
        yield s


def run(**settings: object):
    cfg = load_settings(**{"chat_model": "openai:stub", "llm_timeout": 1.0, "llm_retries": 3, **settings})
    store = Store(cfg)
    return brief(open_article(str(SEED), store), store, cfg)


def chats(stub: OpenAIStub) -> int:
    return sum(r["path"].endswith("/chat/completions") for r in stub.requests)


def test_429_waits_for_retry_after_then_succeeds(stub) -> None:
    stub.script = ["429:1"]
    started = time.monotonic()
    b = run()
    assert b.usage.llm_calls == 1 and chats(stub) == 2 and time.monotonic() - started >= 1.0


@pytest.mark.parametrize("status", ["500", "502", "503"])
def test_server_errors_are_retried(stub, status: str) -> None:
    stub.script = [status, status]
    assert len(run().speakers) == 4 and chats(stub) == 3


def test_a_hang_past_the_timeout_is_retried(stub) -> None:
    stub.script = ["hang:3"]
    assert len(run().speakers) == 4 and chats(stub) == 2


def test_a_dropped_connection_is_retried(stub) -> None:
    stub.script = ["close"]
    assert len(run().speakers) == 4 and chats(stub) == 2


def test_a_backend_that_stays_down_is_a_clear_error_within_the_count(stub, cli) -> None:
    stub.script = ["503:0"] * 10
    code, out, err = cli("brief", str(SEED), "--model", "openai:stub", "--format", "text")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "model backend is unavailable" in err and chats(stub) == 4  # the call and 3 retries


def test_the_deadline_bounds_retries(stub) -> None:
    stub.script = ["429:60"] * 3
    started = time.monotonic()
    with pytest.raises(Exception, match="stub 429"):
        run(llm_deadline=2.0)
    # Waiting 60 s would pass the deadline, so it gives up at once (the bound leaves room for the article's
    # reading on a loaded machine).
    assert time.monotonic() - started < 30 and chats(stub) == 1


@pytest.mark.parametrize("fault", ["invalid_json", "schema", "empty", "truncated"])
def test_bad_json_gets_one_repair(stub, fault: str) -> None:
    stub.script = [fault]
    b = run()
    assert len(b.speakers) == 4 and b.usage.llm_calls == 2 and chats(stub) == 2


def test_json_that_stays_bad_names_the_model_and_the_problem(stub) -> None:
    stub.script = ["truncated", "truncated"]
    with pytest.raises(UserError, match=r"model openai:stub answered with invalid JSON.*cut off at the token limit"):
        run()


def test_a_connection_closed_mid_stream_is_retried(stub) -> None:
    from summarizer.ask import ask

    stub.reply = lambda body: json.dumps({"evidence": ["S14"], "answer": "France called the session."})
    stub.script = ["stream_close"]
    cfg = load_settings(chat_model="openai:stub", llm_timeout=2.0)
    store = Store(cfg)
    tokens: list[str] = []
    a = ask("Who called the session?", [open_article(str(SEED), store)], store, cfg, on_token=tokens.append)
    assert a.answered and a.answer == "France called the session. [S14]"
    assert "".join(tokens) == "France called the session." and chats(stub) == 2
