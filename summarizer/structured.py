"""Ask a chat model for JSON that matches a schema, with one repair round, and meter what it costs.

How the schema reaches the model depends on the backend: llama.cpp in-process and `llama_cpp.server` take
`{"type": "json_object", "schema": ...}` (grammar-constrained decoding); OpenAI and vLLM take
`{"type": "json_schema", ...}`. An endpoint that rejects `json_schema` is asked again with `json_object`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from summarizer import partial_json
from summarizer.errors import UserError
from summarizer.retry import with_retries

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

T = TypeVar("T", bound=BaseModel)
CHARS_PER_TOKEN = 3.0  # conservative for English prose; used where the backend has no tokenizer at hand


@dataclass(frozen=True)
class Retries:
    count: int = 3
    deadline: float = 300.0


@dataclass
class Meter:
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    tokens_reused: int = 0  # prompt tokens the backend did not evaluate again (a kept prefix)
    seconds: float = 0.0

    def add(self, message: Any, seconds: float, prompt_chars: int) -> None:
        usage = getattr(message, "usage_metadata", None) or {}
        meta = getattr(message, "response_metadata", None) or {}
        self.tokens_reused += int(meta.get("prompt_tokens_reused") or 0)
        self.calls += 1
        self.tokens_in += int(usage.get("input_tokens") or round(prompt_chars / 4))
        self.tokens_out += int(usage.get("output_tokens") or round(len(str(message.content)) / 4))
        self.seconds += seconds


def unwrap(model: BaseChatModel) -> BaseChatModel:
    """The backend under wrappers such as the eval cache."""
    return getattr(model, "inner", model)


def is_local(model: BaseChatModel) -> bool:
    """Whether `model` runs in this process on llama.cpp (whose grammar reads a JSON schema's string
    `pattern` against the JSON text of the string, escapes included, not against its decoded value)."""
    from summarizer.llm_local import LocalChatModel

    return isinstance(unwrap(model), LocalChatModel)


def count_tokens(model: BaseChatModel, text: str) -> int:
    """Tokens of `text` for `model`: exact for the local model, a safe over-estimate elsewhere."""
    if is_local(model):
        return unwrap(model).get_num_tokens(text)  # type: ignore[attr-defined]
    return int(len(text) / CHARS_PER_TOKEN) + 1


def response_format(model: BaseChatModel, schema: dict[str, Any], name: str, json_schema: bool) -> dict[str, Any]:
    if json_schema and not is_local(model):
        return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": False}}
    return {"type": "json_object", "schema": schema}


def parse_json(text: str) -> Any:
    """The JSON value in a model reply, tolerating code fences and chatter around one object."""
    body = text.strip()
    # a fence around the object; not fences the model wrote inside one of its strings ('{"summary": ["... ```')
    fenced = None if body.startswith("{") else re.search(r"```(?:json)?\s*(.*?)```", body, re.DOTALL)
    if fenced:
        body = fenced.group(1).strip()
    if not body.startswith("{") and "{" in body:
        body = body[body.index("{") : body.rindex("}") + 1] if "}" in body else body[body.index("{") :]
    # a raw tab or line break inside a string is still the model's text, shown on one line
    return partial_json.one_line(json.loads(body, strict=False))


def _problem(text: str, kind: type[T], finish_reason: str | None) -> tuple[T | None, str]:
    try:
        return kind.model_validate(parse_json(text)), ""
    except json.JSONDecodeError as exc:
        cut = " (the reply was cut off at the token limit)" if finish_reason == "length" else ""
        return None, f"invalid JSON: {exc.msg} at character {exc.pos}{cut}"
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the top level"
        return None, f"JSON does not match the schema: {where}: {first['msg']}"


def ask_json(
    model: BaseChatModel,
    model_name: str,
    messages: list[BaseMessage],
    kind: type[T],
    schema: dict[str, Any],
    repair_template: Any,
    meter: Meter,
    max_tokens: int,
    on_text: Callable[[str], None] | None = None,
    retries: Retries | None = None,
    conversation: list[BaseMessage] | None = None,
) -> T:
    """`kind` parsed from the model's JSON answer; one repair round, then a clear error. With `on_text`, the
    reply is streamed and `on_text` gets the text so far after each piece. `conversation`, if given, is
    filled with the messages and the reply that was accepted, for a follow-up that continues it."""
    from langchain_core.messages import AIMessage, HumanMessage

    retries = retries or Retries()
    reply = _invoke(model, messages, schema, kind.__name__.lower(), meter, max_tokens, on_text, retries)
    result, problem = _problem(str(reply.content), kind, _finish(reply))
    if result is not None:
        if conversation is not None:
            conversation[:] = [*messages, AIMessage(str(reply.content))]
        return result
    retry = [*messages, AIMessage(str(reply.content)), HumanMessage(repair_template(problem))]
    reply = _invoke(model, retry, schema, kind.__name__.lower(), meter, max_tokens, on_text, retries)
    result, again = _problem(str(reply.content), kind, _finish(reply))
    if result is not None:
        if conversation is not None:
            conversation[:] = [*retry, AIMessage(str(reply.content))]
        return result
    raise UserError(
        f"model {model_name} answered with {again} twice (first: {problem}); "
        "try again, raise brief_max_tokens, or use another model or prompt version"
    )


def _finish(reply: Any) -> str | None:
    return (getattr(reply, "response_metadata", None) or {}).get("finish_reason")


def _invoke(
    model: BaseChatModel,
    messages: list[BaseMessage],
    schema: dict[str, Any],
    name: str,
    meter: Meter,
    max_tokens: int,
    on_text: Callable[[str], None] | None,
    retries: Retries,
) -> Any:
    prompt_chars = sum(len(str(m.content)) for m in messages)
    started = time.perf_counter()
    endpoint = _endpoint(model)

    def attempt(json_schema: bool) -> Any:
        fmt = response_format(model, schema, name, json_schema=json_schema)
        bound = model.bind(response_format=fmt, max_tokens=max_tokens)
        return with_retries(
            lambda: _call(bound, messages, on_text), retries.count, retries.deadline, give_up=_rejects_json_schema
        )

    try:
        reply = attempt(json_schema=endpoint not in _JSON_OBJECT_ONLY)
    except Exception as exc:
        if not _rejects_json_schema(exc):
            raise
        _JSON_OBJECT_ONLY.add(endpoint)
        reply = attempt(json_schema=False)
    meter.add(reply, time.perf_counter() - started, prompt_chars)
    return reply


def _call(bound: Any, messages: list[BaseMessage], on_text: Callable[[str], None] | None) -> Any:
    if on_text is None:
        try:
            return bound.invoke(messages)
        except Exception as exc:
            cut = _cut_off(exc)
            if cut is None:
                raise
            return cut
    total = None
    for chunk in bound.stream(messages):
        total = chunk if total is None else total + chunk
        on_text(str(total.content))
    return total


def _cut_off(exc: Exception) -> Any:
    """The partial reply inside the openai client's "length limit reached" error, as a message, so it goes
    through the repair round like any other bad JSON."""
    completion = getattr(exc, "completion", None)
    if type(exc).__name__ != "LengthFinishReasonError" or completion is None:
        return None
    from langchain_core.messages import AIMessage

    usage = completion.usage
    return AIMessage(
        content=completion.choices[0].message.content or "",
        usage_metadata={
            "input_tokens": usage.prompt_tokens if usage else 0,
            "output_tokens": usage.completion_tokens if usage else 0,
            "total_tokens": usage.total_tokens if usage else 0,
        },
        response_metadata={"finish_reason": "length"},
    )


_JSON_OBJECT_ONLY: set[str] = set()  # endpoints seen rejecting json_schema in this process


def _endpoint(model: BaseChatModel) -> str:
    model = unwrap(model)
    return f"{getattr(model, 'openai_api_base', None)}|{getattr(model, 'model_name', None)}"


def _rejects_json_schema(exc: Exception) -> bool:
    """An OpenAI-compatible server that only knows `json_object` (llama_cpp.server answers 500)."""
    status = getattr(exc, "status_code", None)
    return status in (400, 422, 500) and "json_schema" in str(exc)
