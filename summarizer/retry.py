"""Retries for remote model calls: exponential backoff with jitter, `Retry-After` honoured, bounded by a
count and a total deadline. Only what retrying can fix is retried: rate limits (429), server errors (5xx),
dropped connections and timeouts."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
MAX_BACKOFF = 8.0


def retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    value = getattr(response, "headers", {}).get("retry-after") if response is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def retryable(exc: BaseException) -> bool:
    try:
        import openai
    except ImportError:  # pragma: no cover - openai is a dependency
        return False
    if isinstance(exc, openai.APIConnectionError):  # timeouts included
        return True
    status = getattr(exc, "status_code", None)
    return isinstance(exc, openai.APIStatusError) and status is not None and (status >= 500 or status == 429)


def with_retries(
    call: Callable[[], T],
    retries: int,
    deadline: float,
    give_up: Callable[[BaseException], bool] = lambda exc: False,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """`call()`, retried up to `retries` times while `deadline` seconds have not passed."""
    started = time.monotonic()
    attempt = 0
    while True:
        try:
            return call()
        except Exception as exc:
            if give_up(exc) or not retryable(exc) or attempt >= retries:
                raise
            wait = retry_after(exc)
            if wait is None:
                wait = min(MAX_BACKOFF, 0.5 * 2**attempt) * (0.5 + random.random())
            if time.monotonic() - started + wait > deadline:
                raise
            sleep(wait)
            attempt += 1
