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


class _Formatted:
    def __init__(self, prompt: str) -> None:
        self.prompt, self.added_special = prompt, True


class _CharLlama:
    """llama.cpp's context as far as the prefix cache sees it: one token a character, evaluated in order."""

    def __init__(self) -> None:
        import numpy as np

        self.input_ids = np.zeros(100_000, dtype=np.intc)
        self.n_tokens = 0
        self.evaluated = 0
        self._ctx = self

    def kv_cache_seq_rm(self, seq: int, start: int, end: int) -> None:
        pass

    def tokenize(self, text: bytes, add_bos: bool = False, special: bool = False) -> list[int]:
        return list(text)

    def eval(self, tokens: list[int]) -> None:
        self.input_ids[self.n_tokens : self.n_tokens + len(tokens)] = tokens
        self.n_tokens += len(tokens)
        self.evaluated += len(tokens)

    def reset(self) -> None:
        self.n_tokens = 0


def test_the_fixed_rules_and_each_article_are_read_once_and_kept(tmp_path: Path, monkeypatch) -> None:
    from summarizer import llm_local, prompts
    from summarizer.article import parse

    def state(llama: _CharLlama) -> bytes:
        return bytes(llama.input_ids[: llama.n_tokens].tolist())

    def restore(llama: _CharLlama, tokens: list[int], saved: bytes) -> bool:
        assert list(saved) == tokens
        llama.input_ids[: len(tokens)] = tokens
        llama.n_tokens = len(tokens)
        return True

    def formatter(self: object, llama: object) -> object:
        return lambda messages: _Formatted("".join(f"<{m['role']}>{m['content']}</{m['role']}>" for m in messages))

    monkeypatch.setattr(llm_local, "_state", state)
    monkeypatch.setattr(llm_local, "_restore", restore)
    monkeypatch.setattr(llm_local.LocalChatModel, "_formatter", formatter)
    cfg = load_settings(data_dir=tmp_path)
    brief_prompt = prompts.load(cfg.prompts_dir, "brief", "v13")
    ask_prompt = prompts.load(cfg.prompts_dir, "ask", "v5")
    llm = llm_local.LocalChatModel(
        model_path="rules.gguf",
        model_name="rules",
        cache_bytes=10**7,
        cache_dir=str(tmp_path / "prompt-cache"),
        cache_disk_bytes=10**7,
    )
    llama = _CharLlama()
    ferry = parse("Ferry fares rise\n\nThe ferry operator raised fares by 4 percent, its chief said.", "text")
    clinic = parse("Clinic reopens\n\nThe clinic reopened on Monday after a flood, the mayor said.", "text")

    def prepare(messages: list) -> tuple[int, int]:
        request = [{"role": llm_local._role(m), "content": str(m.content)} for m in messages]
        return llm._prepare(llama, request)

    values = {"bullets": "3 to 5", "article": "", "quote_table": "", "statements": ""}
    rules = len("<system>" + brief_prompt.opening(**prompts.opening(ferry))[0].content)  # up to its end
    total, reused = prepare(brief_prompt.messages("brief", **prompts.opening(ferry), **values))
    assert reused == 0 and llama.evaluated < total  # read up to the article's end, the rest by the call
    assert len(list((tmp_path / "prompt-cache").glob("*.state"))) == 2  # the rules, and the rules with the article
    # a question about the same article in a new process: starts after the article, reading nothing again
    llama.reset()
    llm_local._CACHES.clear()
    llama.evaluated = 0
    _, reused = prepare(
        ask_prompt.messages("ask", **prompts.opening(ferry), context="", question="Who?", not_found="-")
    )
    assert reused > rules and llama.evaluated == 0
    # a new article: starts after the rules, and reads its own article once
    llama.reset()
    _, reused = prepare(brief_prompt.messages("brief", **prompts.opening(clinic), **values))
    assert reused == rules and llama.evaluated > 0
    article = llama.evaluated
    llama.reset()
    llama.evaluated = 0
    _, reused = prepare(brief_prompt.messages("brief", **prompts.opening(clinic), **values))
    assert reused == rules + article and llama.evaluated == 0
    # a prompt with the article in the system text (v11): its rules before the article are kept too
    llama.reset()
    v11 = prompts.load(cfg.prompts_dir, "brief", "v11")
    _, reused = prepare(v11.messages("brief", **prompts.opening(clinic), **values))
    assert reused == 0 and len(list((tmp_path / "prompt-cache").glob("*.state"))) == 5
    llama.reset()
    llama.evaluated = 0
    _, reused = prepare(v11.messages("brief", **prompts.opening(ferry), **values))
    intro = "<system>" + v11.opening(**prompts.opening(ferry))[0].content.split(prompts.ARTICLE_START)[0]
    assert reused == len(intro) and llama.evaluated > 0


@pytest.mark.model
def test_a_new_article_is_briefed_after_the_rules_the_model_read_for_another(tmp_path: Path) -> None:
    from summarizer import prompts
    from summarizer.article import parse
    from summarizer.llm_local import _CACHES, _LOADED
    from summarizer.models import chat_model

    cfg = load_settings(data_dir=tmp_path)
    prompt = prompts.load(cfg.prompts_dir, "brief", "v13")
    llm = chat_model(cfg.chat_model, cfg)
    _CACHES.clear()
    for llama in _LOADED.values():
        llama.reset()
    ferry = parse("Ferry fares rise\n\nThe ferry operator raised fares by 4 percent, its chief executive said.", "text")
    clinic = parse("Clinic reopens\n\nThe clinic reopened on Monday after a flood, the mayor said.", "text")
    read = llm.read_ahead(prompt.opening(**prompts.opening(ferry)))
    values = {"bullets": "3 to 5", "article": "", "quote_table": "", "statements": ""}
    first = llm.invoke(prompt.messages("brief", **prompts.opening(ferry), **values), max_tokens=1)
    assert first.response_metadata["prompt_tokens_reused"] == read  # the rules and the article, read ahead
    for llama in _LOADED.values():
        llama.reset()  # another article read since, or a new process: the rules come from the prefix cache
    other = llm.invoke(prompt.messages("brief", **prompts.opening(clinic), **values), max_tokens=1)
    rules = llm.get_num_tokens(prompt.opening(**prompts.opening(clinic))[0].content)
    assert rules - 10 <= other.response_metadata["prompt_tokens_reused"] < read
