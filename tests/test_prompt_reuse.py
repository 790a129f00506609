"""The article first, identical across every call about it, and its evaluated prefix kept: the shared context
prompts (brief v3 with ask v2, brief v7 with ask v3 and v4), the bounded prefix cache, and, with the real model, a
question after a briefing that does not read the article again."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from conftest import SEED
from test_brief import draft

from summarizer.ask import ask
from summarizer.brief import brief
from summarizer.config import load_settings
from summarizer.ingest import open_article
from summarizer.prompt_cache import PromptCache
from summarizer.store import Store

PAIRS = [
    ("v3", "v2", "S14: France, the current head"),
    ("v7", "v3", "[S14] France, the current head"),
    ("v7", "v4", "[S14] France, the current head"),
]


@pytest.mark.parametrize(("brief_prompt", "ask_prompt", "shown"), PAIRS)
def test_a_briefing_and_a_question_open_with_the_same_article_message(model, brief_prompt, ask_prompt, shown) -> None:
    cfg = load_settings(chat_model="fake:live", brief_prompt=brief_prompt, ask_prompt=ask_prompt)
    store = Store(cfg)
    art = open_article(str(SEED), store)
    model.queue(draft())
    brief(art, store, cfg)
    model.queue(json.dumps({"evidence": ["S14"], "answer": "France called the session."}))
    a = ask("Who called the session?", [art], store, cfg)
    briefing_call, question_call = model.calls
    assert briefing_call[0] == question_call[0]  # byte for byte: a backend can reuse it
    assert briefing_call[0]["role"] == "system" and shown in briefing_call[0]["content"]
    assert "writing a neutral briefing" in briefing_call[1]["content"]
    assert "Question: Who called the session?" in question_call[1]["content"]
    assert a.answered and {r.via for r in a.retrieval} == {"article"}  # the whole article, no search


@pytest.mark.parametrize("ask_prompt", ["v2", "v3", "v4"])
def test_a_question_too_long_for_the_context_falls_back_to_retrieved_sentences(model, ask_prompt) -> None:
    cfg = load_settings(chat_model="fake:live", ask_prompt=ask_prompt, llm_context=1200, ask_k=1)
    store = Store(cfg)
    art = open_article(str(SEED), store)
    model.queue(json.dumps({"evidence": ["S14"], "answer": "France called the session."}))
    a = ask("Who called the session?", [art], store, cfg)
    assert "vector" in {r.via for r in a.retrieval}
    opening = model.calls[0][0]["content"]
    shown = [m.group(1) for m in re.finditer(r"^\[?(S\d+)(?:\]|:)", opening, re.MULTILINE)]
    assert shown and len(shown) < len(art.sentences)  # only the retrieved sentences
    assert {c.sentence_id for c in a.citations} <= set(shown)


def test_the_prefix_cache_is_bounded_in_memory_and_on_disk(tmp_path: Path) -> None:
    cache = PromptCache(memory_bytes=250, folder=tmp_path, disk_bytes=250)
    keys = [PromptCache.key("model.gguf|8192", list(range(n))) for n in (1, 2, 3)]
    assert len(set(keys)) == 3 and PromptCache.key("other.gguf|8192", [0]) != keys[0]
    for key, fill in zip(keys, b"abc", strict=True):
        cache.put(key, bytes([fill]) * 100)
        time.sleep(0.01)  # distinct modification times
    assert sum(p.stat().st_size for p in tmp_path.glob("*.state")) <= 250
    assert not (tmp_path / f"{keys[0]}.state").exists()  # the oldest went first
    fresh = PromptCache(memory_bytes=250, folder=tmp_path, disk_bytes=250)  # a new process finds it on disk
    assert fresh.has(keys[2]) and not fresh.has(keys[0])  # on disk, seen without reading it
    assert fresh.get(keys[2]) == b"c" * 100 and fresh.get(keys[0]) is None
    assert cache.get(keys[0]) is None and cache.get(keys[2]) == b"c" * 100  # memory kept the latest two
    assert cache.get(keys[1]) == b"b" * 100
    PromptCache(memory_bytes=10, folder=None).put(keys[0], b"x" * 100)  # too big for memory: not kept, no error
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.model
def test_a_question_after_a_briefing_reuses_the_article_the_model_already_read(tmp_path: Path) -> None:
    cfg = load_settings(brief_prompt="v7", ask_prompt="v3")
    store = Store(cfg)
    art = open_article(str(SEED), store)
    b = brief(art, store, cfg)
    assert b.usage.tokens_reused == 0 or b.usage.tokens_reused < b.usage.tokens_in
    after = ask("Who called the session?", [art], store, cfg)
    assert after.tokens_reused > 500  # the whole opening: rules and article
    assert after.answered and {c.sentence_id for c in after.citations} & {"S14", "S15"}
    # A new process (empty memory, llama.cpp state gone) finds the article's state on disk.
    from summarizer.llm_local import _CACHES, _LOADED

    _CACHES.clear()
    for llama in _LOADED.values():
        llama.reset()
    again = ask("What did Lavrov accuse Ukraine of?", [art], store, cfg)
    assert again.tokens_reused > 500 and again.answered


class _Reader:
    """A chat model that records what it is asked to read ahead."""

    def __init__(self) -> None:
        self.read: list[list] = []

    def read_ahead(self, messages: list) -> int:
        self.read.append(messages)
        return 1


def test_the_article_is_read_ahead_as_the_briefing_will_open_with_it(tmp_path: Path) -> None:
    from summarizer.brief import _Call, _messages, read_ahead
    from summarizer.briefing import LENGTHS
    from summarizer.chunking import split
    from summarizer.ingest import load
    from summarizer.prompts import load as load_prompt
    from summarizer.quotes import extract

    cfg = load_settings(data_dir=tmp_path, brief_prompt="v11")
    art = load(str(SEED), cfg.max_article_bytes)
    table = extract(art)
    reader = _Reader()
    assert read_ahead(art, table, reader, cfg)  # type: ignore[arg-type]
    opening = _messages(
        load_prompt(cfg.prompts_dir, "brief", "v11"), "brief", art, _Call(split(art), table), LENGTHS["medium"]
    )[0]
    assert [m.content for m in reader.read[0]] == [opening.content] and "[S14] France" in opening.content
    # no shared opening to read (v1), or an article the briefing reads in parts: nothing is read
    assert not read_ahead(art, table, reader, load_settings(data_dir=tmp_path, brief_prompt="v1"))  # type: ignore[arg-type]
    parts = load_settings(data_dir=tmp_path, brief_prompt="v11", llm_context=2560, chunk_chars=400)  # two parts
    assert not read_ahead(art, table, reader, parts)  # type: ignore[arg-type]
    none = load_settings(data_dir=tmp_path, brief_prompt="v11", llm_context=1536, chunk_chars=400)  # no part fits
    assert not read_ahead(art, table, reader, none)  # type: ignore[arg-type]
    assert len(reader.read) == 1


@pytest.mark.model
def test_a_briefing_starts_after_the_article_the_model_read_ahead(tmp_path: Path) -> None:
    from summarizer.brief import _Call, _messages, read_ahead
    from summarizer.briefing import LENGTHS
    from summarizer.chunking import split
    from summarizer.ingest import load
    from summarizer.llm_local import _CACHES, _LOADED
    from summarizer.models import chat_model
    from summarizer.prompts import load as load_prompt
    from summarizer.quotes import extract

    cfg = load_settings(data_dir=tmp_path, brief_prompt="v11")
    art = load(str(SEED), cfg.max_article_bytes)
    table = extract(art)
    llm = chat_model(cfg.chat_model, cfg)
    _CACHES.clear()
    for llama in _LOADED.values():
        llama.reset()
    assert read_ahead(art, table, llm, cfg)
    messages = _messages(
        load_prompt(cfg.prompts_dir, "brief", "v11"), "brief", art, _Call(split(art), table), LENGTHS["medium"]
    )
    reply = llm.invoke(messages, max_tokens=1)
    assert reply.response_metadata["prompt_tokens_reused"] > 500  # the rules and the article: not read again
