"""The embedded chat model: a GGUF shipped in a PyPI package, run in-process by llama.cpp.

The loaded model is cached per process and guarded by a lock: llama.cpp contexts are not thread-safe.
A prompt that opens with the article (a shared context) has its evaluated state kept in a `PromptCache` at its
heads: before an article block that opens in the first message, after the first message, and, where the article
follows in the user message, before the article's end tag. The next call about the same article starts after the
article; a call about another article with the same fixed opening rules starts after the rules.
"""

from __future__ import annotations

import atexit
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict

from summarizer import partial_json, weights
from summarizer.errors import UserError
from summarizer.models import did_you_mean
from summarizer.prompt_cache import PromptCache
from summarizer.prompts import ARTICLE_END, ARTICLE_START
from summarizer.weights import LOCAL_MODELS

if TYPE_CHECKING:
    from summarizer.config import Settings


_LOADED: dict[tuple[str, int, int], Any] = {}
_CACHES: dict[tuple[str, int, int, str | None, int, int], PromptCache] = {}
_FORMATTERS: dict[tuple[str, int, int], Any] = {}
MIN_PREFIX_TOKENS = 64  # a head shorter than this is cheaper to evaluate than to keep
_LOAD_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()
# A streamed reply is passed on in small batches of tokens, at once when one closes a JSON string, list or
# object (a finished sentence or position to check) and otherwise at most BATCH_SECONDS apart: what a reader
# sees is the same, but the chat framework's per-piece work is not done for every token on cores the model
# already fills.
BATCH_SECONDS = 0.25


@atexit.register
def _close_all() -> None:
    """Free models before interpreter teardown; llama.cpp's own finaliser fails once modules are gone."""
    while _LOADED:
        _, llama = _LOADED.popitem()
        llama.close()


def resolve_gguf(name: str, settings: Settings) -> Path:
    """Path of the GGUF file for `local:<name>`; a path to a .gguf file is accepted as is."""
    if name.endswith(".gguf"):
        path = Path(name).expanduser()
        if not path.is_file():
            raise UserError(f"no such model file: {path}")
        return path
    if name not in LOCAL_MODELS:
        raise UserError(f"unknown local chat model '{name}'; {did_you_mean(name, list(LOCAL_MODELS))}")
    return weights.resolve(LOCAL_MODELS[name], settings.model_dir, progress=_say)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def _context_errors(n_ctx: int) -> Iterator[None]:
    try:
        yield
    except ValueError as exc:
        if "context window" not in str(exc):
            raise
        raise UserError(
            f"the prompt does not fit the model's context ({n_ctx} tokens); raise SUMMARIZER_LLM_CONTEXT"
        ) from None


def _role(message: BaseMessage) -> str:
    return {"system": "system", "human": "user", "ai": "assistant"}.get(message.type, "user")


class LocalChatModel(BaseChatModel):
    """llama.cpp chat completion as a LangChain chat model; `response_format` is passed through, so
    `{"type": "json_object", "schema": ...}` gives schema-constrained JSON."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model_path: str
    model_name: str
    n_ctx: int = 8192
    n_threads: int = 2
    max_tokens: int = 1024
    temperature: float = 0.0
    seed: int = 0
    cache_bytes: int = 0  # evaluated prompt prefixes kept in memory (0: only llama.cpp's own last prompt)
    cache_dir: str | None = None  # and on disk, under the data dir
    cache_disk_bytes: int = 0

    @classmethod
    def load(cls, path: Path, settings: Settings) -> LocalChatModel:
        model = cls(
            model_path=str(path),
            model_name=path.stem,
            n_ctx=settings.llm_context,
            n_threads=settings.llm_threads,
            cache_bytes=int(settings.prompt_cache_mb * 1_000_000),
            cache_dir=str(settings.data_dir / "prompt-cache"),
            cache_disk_bytes=int(settings.prompt_cache_disk_mb * 1_000_000),
        )
        model.llama()  # load now, so a broken install fails here and not mid-run
        return model

    def llama(self) -> Any:
        key = (self.model_path, self.n_ctx, self.n_threads)
        with _LOAD_LOCK:
            if key not in _LOADED:
                try:
                    from llama_cpp import Llama
                except ImportError:
                    raise UserError(
                        "local: models need llama-cpp-python; install it with: pip install 'summarizer[local]'"
                    ) from None
                _LOADED[key] = Llama(
                    model_path=self.model_path,
                    n_ctx=self.n_ctx,
                    n_threads=self.n_threads,
                    seed=self.seed,
                    verbose=False,
                )
            return _LOADED[key]

    def _cache(self) -> PromptCache:
        # One cache per model and folder: two data dirs in one process (tests, a service's settings) keep apart.
        key = (self.model_path, self.n_ctx, self.n_threads, self.cache_dir, self.cache_bytes, self.cache_disk_bytes)
        with _LOAD_LOCK:
            if key not in _CACHES:
                folder = Path(self.cache_dir) if self.cache_dir else None
                _CACHES[key] = PromptCache(self.cache_bytes, folder, self.cache_disk_bytes)
            return _CACHES[key]

    def _prepare(self, llama: Any, messages: list[dict[str, str]]) -> tuple[int, int]:
        """Put the longest known prefix of this prompt into llama.cpp's context before the call; returns the
        prompt's token count and how many of its tokens will not be evaluated again. Runs under _RUN_LOCK.

        The prefixes kept are the prompt's heads (`_tokens`): the fixed rules every call opens with, and those
        rules with the article. A call starts from the longest head the context holds or the cache has, reads
        on to each longer head and keeps its state there."""
        tokens, heads = _tokens(llama, messages, self._formatter(llama))
        current = llama.input_ids[: llama.n_tokens].tolist()
        reused = min(_common(current, tokens), len(tokens) - 1)
        heads = [h for h in heads if h >= MIN_PREFIX_TOKENS]
        if not heads or (self.cache_bytes <= 0 and self.cache_disk_bytes <= 0):
            return len(tokens), reused
        cache = self._cache()

        def key(head: int) -> str:
            return PromptCache.key(f"{self.model_path}|{self.n_ctx}", tokens[:head])

        if reused >= heads[-1]:
            if not cache.has(key(heads[-1])):  # read by an earlier call but not kept (another cache's): keep it
                llama._ctx.kv_cache_seq_rm(-1, heads[-1], -1)
                llama.n_tokens = heads[-1]
                cache.put(key(heads[-1]), _state(llama))
                return len(tokens), heads[-1]
            return len(tokens), reused
        start = reused
        for head in reversed([h for h in heads if h > reused]):
            state = cache.get(key(head))
            if state is not None:
                start = head if _restore(llama, tokens[:head], state) else 0
                break
        llama._ctx.kv_cache_seq_rm(-1, start, -1)  # keep what matches, then read each longer head once
        llama.n_tokens = start
        at = start
        for head in heads:
            if head > at:
                llama.eval(tokens[at:head])
                at = head
                cache.put(key(head), _state(llama))
        return len(tokens), start

    def read_ahead(self, messages: list[BaseMessage]) -> int:
        """Read these messages (the opening every call about an article starts with, up to the end of the
        article) into llama.cpp's context now, before the call that opens with them is made, e.g. while the
        article is still being stored: that call then starts after them. Returns how many tokens are now read."""
        llama = self.llama()
        request = [{"role": _role(m), "content": str(m.content)} for m in messages]
        with _RUN_LOCK, _context_errors(self.n_ctx):
            self._prepare(llama, request)  # reads and keeps the heads where a prompt cache is on
            tokens, heads = _tokens(llama, request, self._formatter(llama))
            if not heads:
                return 0
            known = min(_common(llama.input_ids[: llama.n_tokens].tolist(), tokens), heads[-1])
            if known < heads[-1]:
                llama._ctx.kv_cache_seq_rm(-1, known, -1)
                llama.n_tokens = known
                llama.eval(tokens[known : heads[-1]])
            return heads[-1]

    def _formatter(self, llama: Any) -> Any:
        """The chat template llama.cpp applies, to see the prompt's tokens before the call."""
        key = (self.model_path, self.n_ctx, self.n_threads)
        if key not in _FORMATTERS:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            def text(token: int) -> str:
                return llama._model.token_get_text(token) if token != -1 else ""

            _FORMATTERS[key] = Jinja2ChatFormatter(
                template=llama.metadata["tokenizer.chat_template"],
                eos_token=text(llama.token_eos()),
                bos_token=text(llama.token_bos()),
            )
        return _FORMATTERS[key]

    def get_num_tokens(self, text: str) -> int:
        return len(self.llama().tokenize(text.encode("utf-8"), add_bos=False, special=False))

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model": self.model_name, "n_ctx": self.n_ctx, "temperature": self.temperature}

    def _request(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        """Arguments of llama.cpp's create_chat_completion for these messages and call options."""
        options = dict(kwargs)
        return {
            "messages": [{"role": _role(m), "content": str(m.content)} for m in messages],
            "temperature": options.pop("temperature", self.temperature),
            "max_tokens": options.pop("max_tokens", self.max_tokens),
            "stop": stop,
            "seed": self.seed,
            **options,
        }

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> ChatResult:
        llama = self.llama()
        started = time.perf_counter()
        request = self._request(messages, stop, kwargs)
        with _RUN_LOCK, _context_errors(self.n_ctx):
            _, reused = self._prepare(llama, request["messages"])
            reply = llama.create_chat_completion(**request)
        usage = reply.get("usage") or {}
        choice = reply["choices"][0]
        message = AIMessage(
            content=choice["message"].get("content") or "",
            usage_metadata={
                "input_tokens": usage.get("prompt_tokens", 0),
                "output_tokens": usage.get("completion_tokens", 0),
                "total_tokens": usage.get("total_tokens", 0),
            },
            response_metadata={
                "model_name": self.model_name,
                "finish_reason": choice.get("finish_reason"),
                "seconds": time.perf_counter() - started,
                "prompt_tokens_reused": reused,
            },
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    @staticmethod
    def _chunk(text: str, run_manager: Any) -> ChatGenerationChunk:
        chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
        if run_manager:
            run_manager.on_llm_new_token(text, chunk=chunk)
        return chunk

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        llama = self.llama()
        request = self._request(messages, stop, kwargs)
        produced = 0
        finish = None
        pending: list[str] = []
        sent = time.perf_counter()
        with _RUN_LOCK, _context_errors(self.n_ctx):
            prompt_tokens, reused = self._prepare(llama, request["messages"])
            parts = llama.create_chat_completion(**request, stream=True)
            for part in parts:
                choice = part["choices"][0]
                finish = choice.get("finish_reason") or finish
                text = choice.get("delta", {}).get("content") or ""
                if not text:
                    continue
                produced += 1
                pending.append(text)
                now = time.perf_counter()
                if now - sent < BATCH_SECONDS and partial_json.CLOSERS.isdisjoint(text):
                    continue
                sent = now
                yield self._chunk("".join(pending), run_manager)
                pending.clear()
            if pending:
                yield self._chunk("".join(pending), run_manager)
        usage = {"input_tokens": prompt_tokens, "output_tokens": produced, "total_tokens": prompt_tokens + produced}
        yield ChatGenerationChunk(
            message=AIMessageChunk(
                content="",
                usage_metadata=usage,
                response_metadata={
                    "model_name": self.model_name,
                    "finish_reason": finish,
                    "prompt_tokens_reused": reused,
                },
            )
        )


def _tokens(llama: Any, messages: list[dict[str, str]], formatter: Any) -> tuple[list[int], list[int]]:
    """The prompt's tokens as llama.cpp will see them, and its heads, in order: how many tokens come before an
    article block that opens in the first message (the fixed rules of a shared context that holds the article),
    how many hold the first message, and, where the article block ends later than that (a shared context that
    opens the user message with the article), how many come before its end tag."""
    result = formatter(messages=messages)
    text = result.prompt
    bos = not result.added_special
    tokens = llama.tokenize(text.encode("utf-8"), add_bos=bos, special=True)
    first = messages[0]["content"] if messages else ""
    at = text.find(first) if first else -1
    if at < 0:
        return tokens, []
    opening = text.find(ARTICLE_START, at, at + len(first))
    ends = [opening] if opening > at else []
    ends.append(at + len(first))
    closing = text.find(ARTICLE_END, at + len(first))
    if closing > 0:
        ends.append(closing)  # cut before the tag: what follows it may join its last token, never what precedes
    heads: list[int] = []
    for end in ends:
        head = llama.tokenize(text[:end].encode("utf-8"), add_bos=bos, special=True)
        n = min(_common(head, tokens), len(tokens) - 1)
        if not heads or n > heads[-1]:
            heads.append(n)
    return tokens, heads


def _common(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _state(llama: Any) -> bytes:
    """llama.cpp's context state (the KV cache of the tokens evaluated so far)."""
    import ctypes

    import llama_cpp

    size = llama_cpp.llama_state_get_size(llama._ctx.ctx)
    buffer = (ctypes.c_uint8 * size)()
    written = llama_cpp.llama_state_get_data(llama._ctx.ctx, buffer, size)
    return bytes(memoryview(buffer)[:written])


def _restore(llama: Any, tokens: list[int], state: bytes) -> bool:
    """Load a state saved right after `tokens`; False if llama.cpp refuses it (the caller then clears the
    context and evaluates the tokens again)."""
    import ctypes

    import llama_cpp

    buffer = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
    if llama_cpp.llama_state_set_data(llama._ctx.ctx, buffer, len(state)) != len(state):
        return False
    llama.input_ids[: len(tokens)] = tokens
    llama.n_tokens = len(tokens)
    llama._requires_eval = True
    return True
