"""The embedded chat model: a GGUF shipped in a PyPI package, run in-process by llama.cpp.

The loaded model is cached per process and guarded by a lock: llama.cpp contexts are not thread-safe.
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

from summarizer import weights
from summarizer.errors import UserError
from summarizer.models import did_you_mean
from summarizer.weights import LOCAL_MODELS

if TYPE_CHECKING:
    from summarizer.config import Settings


_LOADED: dict[tuple[str, int, int], Any] = {}
_LOAD_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()


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

    @classmethod
    def load(cls, path: Path, settings: Settings) -> LocalChatModel:
        model = cls(
            model_path=str(path),
            model_name=path.stem,
            n_ctx=settings.llm_context,
            n_threads=settings.llm_threads,
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
        with _RUN_LOCK, _context_errors(self.n_ctx):
            reply = llama.create_chat_completion(**self._request(messages, stop, kwargs))
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
            },
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        llama = self.llama()
        request = self._request(messages, stop, kwargs)
        prompt_tokens = sum(self.get_num_tokens(m["content"]) for m in request["messages"])
        produced = 0
        finish = None
        with _RUN_LOCK, _context_errors(self.n_ctx):
            parts = llama.create_chat_completion(**request, stream=True)
            for part in parts:
                choice = part["choices"][0]
                finish = choice.get("finish_reason") or finish
                text = choice.get("delta", {}).get("content") or ""
                if not text:
                    continue
                produced += 1
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
                if run_manager:
                    run_manager.on_llm_new_token(text, chunk=chunk)
                yield chunk
        usage = {"input_tokens": prompt_tokens, "output_tokens": produced, "total_tokens": prompt_tokens + produced}
        yield ChatGenerationChunk(
            message=AIMessageChunk(
                content="",
                usage_metadata=usage,
                response_metadata={"model_name": self.model_name, "finish_reason": finish},
            )
        )
