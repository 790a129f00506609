"""A deterministic chat model for tests, registered as `fake:<name>` exactly like the real backends.

Tests queue replies with `fake_model(name).queue(...)` and read what the pipeline sent from `.calls` (and the
call options, such as `response_format`, from `.options`). With nothing queued it answers deterministically:
the smallest JSON that satisfies the requested schema when there is one, else an input-derived line.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field

_MODELS: dict[str, FakeChatModel] = {}
PIECE = 24  # characters per streamed piece


class FakeChatModel(BaseChatModel):
    name_: str = "default"
    replies: list[str] = Field(default_factory=list)
    calls: list[list[dict[str, str]]] = Field(default_factory=list)
    options: list[dict[str, Any]] = Field(default_factory=list)
    delay: float = 0.0  # seconds each call takes, to play a slow backend

    @property
    def _llm_type(self) -> str:
        return "fake"

    def queue(self, *replies: str) -> FakeChatModel:
        self.replies.extend(replies)
        return self

    def reset(self) -> None:
        self.replies.clear()
        self.calls.clear()
        self.options.clear()
        self.delay = 0.0

    def _reply(self, messages: list[BaseMessage], kwargs: dict[str, Any]) -> AIMessage:
        prompt = [{"role": m.type, "content": str(m.content)} for m in messages]
        self.calls.append(prompt)
        self.options.append(dict(kwargs))
        schema = (kwargs.get("response_format") or {}).get("schema") or (
            (kwargs.get("response_format") or {}).get("json_schema") or {}
        ).get("schema")
        if self.replies:
            content = self.replies.pop(0)
        elif schema:
            content = json.dumps(minimal(schema))
        else:
            digest = hashlib.sha256(repr(prompt).encode()).hexdigest()[:8]
            content = f"fake reply {digest}"
        tokens_in = sum(len(m["content"].split()) for m in prompt)
        return AIMessage(
            content=content,
            usage_metadata={
                "input_tokens": tokens_in,
                "output_tokens": len(content.split()),
                "total_tokens": tokens_in + len(content.split()),
            },
            response_metadata={"model_name": f"fake:{self.name_}", "finish_reason": "stop"},
        )

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> ChatResult:
        message = self._reply(messages, kwargs)
        if self.delay:
            time.sleep(self.delay)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        """The same reply in pieces of PIECE characters, `delay` spread evenly over them."""
        message = self._reply(messages, kwargs)
        text = str(message.content)
        pieces = [text[i : i + PIECE] for i in range(0, len(text), PIECE)] or [""]
        for piece in pieces:
            if self.delay:
                time.sleep(self.delay / len(pieces))
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))
        yield ChatGenerationChunk(
            message=AIMessageChunk(
                content="", usage_metadata=message.usage_metadata, response_metadata=message.response_metadata
            )
        )


def fake_model(name: str = "default") -> FakeChatModel:
    """The shared fake model called `name` (created on first use)."""
    if name not in _MODELS:
        _MODELS[name] = FakeChatModel(name_=name)
    return _MODELS[name]


def minimal(schema: dict[str, Any]) -> Any:
    """The smallest value that satisfies the subset of JSON schema the pipelines use."""
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        return {k: minimal(props[k]) for k in schema.get("required", props)}
    if kind == "array":
        return [minimal(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return "fake text"[: schema.get("maxLength", 9)].ljust(schema.get("minLength", 0), ".")
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None
