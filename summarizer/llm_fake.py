"""A deterministic chat model for tests, registered as `fake:<name>` exactly like the real backends.

Tests queue replies with `fake_model(name).queue(...)` and read what the pipeline sent from `.calls`.
With nothing queued it answers with a fixed, input-derived line, so runs stay reproducible.
"""

from __future__ import annotations

import hashlib
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

_MODELS: dict[str, FakeChatModel] = {}


class FakeChatModel(BaseChatModel):
    name_: str = "default"
    replies: list[str] = Field(default_factory=list)
    calls: list[list[dict[str, str]]] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "fake"

    def queue(self, *replies: str) -> FakeChatModel:
        self.replies.extend(replies)
        return self

    def reset(self) -> None:
        self.replies.clear()
        self.calls.clear()

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> ChatResult:
        prompt = [{"role": m.type, "content": str(m.content)} for m in messages]
        self.calls.append(prompt)
        if self.replies:
            content = self.replies.pop(0)
        else:
            digest = hashlib.sha256(repr(prompt).encode()).hexdigest()[:8]
            content = f"fake reply {digest}"
        tokens_in = sum(len(m["content"].split()) for m in prompt)
        message = AIMessage(
            content=content,
            usage_metadata={
                "input_tokens": tokens_in,
                "output_tokens": len(content.split()),
                "total_tokens": tokens_in + len(content.split()),
            },
            response_metadata={"model_name": f"fake:{self.name_}", "finish_reason": "stop"},
        )
        return ChatResult(generations=[ChatGeneration(message=message)])


def fake_model(name: str = "default") -> FakeChatModel:
    """The shared fake model called `name` (created on first use)."""
    if name not in _MODELS:
        _MODELS[name] = FakeChatModel(name_=name)
    return _MODELS[name]
