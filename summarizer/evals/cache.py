"""A disk cache of model replies, keyed by model, call options and the exact messages.

Wraps any chat model; only successful replies are stored, so an error is retried next time. Re-running an
unchanged suite then costs retrieval and checks, not generation.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict, PrivateAttr

_LOCK = threading.Lock()


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30, check_same_thread=False)
    db.execute("CREATE TABLE IF NOT EXISTS replies (key TEXT PRIMARY KEY, model TEXT, reply TEXT)")
    return db


def clear(path: Path) -> int:
    """Forget every cached reply and every remembered case result; returns how many replies there were."""
    from summarizer.evals import memo

    if not path.exists():
        return 0
    memo.clear(path)
    with _LOCK, _connect(path) as db:
        n = db.execute("SELECT COUNT(*) FROM replies").fetchone()[0]
        db.execute("DELETE FROM replies")
    return n


class CachedChatModel(BaseChatModel):
    """`inner` with its replies remembered in `path` (SQLite)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    inner: BaseChatModel
    spec: str
    path: Path
    hits: int = 0
    misses: int = 0
    _db: sqlite3.Connection | None = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return f"cached-{self.inner._llm_type}"

    def _key(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any]) -> str:
        doc = {
            "model": self.spec,
            "params": getattr(self.inner, "_identifying_params", {}),
            "options": kwargs,
            "stop": stop,
            "messages": [[m.type, m.content] for m in messages],
        }
        return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()

    def _generate(
        self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        if self._db is None:
            self._db = _connect(self.path)
        key = self._key(messages, stop, kwargs)
        with _LOCK:
            row = self._db.execute("SELECT reply FROM replies WHERE key = ?", (key,)).fetchone()
        if row:
            self.hits += 1
            doc = json.loads(row[0])
            message = AIMessage(
                content=doc["content"],
                usage_metadata=doc.get("usage"),
                response_metadata={**doc.get("metadata", {}), "cached": True},
            )
            return ChatResult(generations=[ChatGeneration(message=message)])
        self.misses += 1
        result = self.inner._generate(messages, stop=stop, **kwargs)
        message = result.generations[0].message
        doc = {
            "content": str(message.content),
            "usage": getattr(message, "usage_metadata", None),
            "metadata": {k: v for k, v in (message.response_metadata or {}).items() if k != "seconds"},
        }
        with _LOCK, self._db:
            self._db.execute("INSERT OR REPLACE INTO replies VALUES (?, ?, ?)", (key, self.spec, json.dumps(doc)))
        return result
