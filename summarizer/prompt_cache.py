"""Evaluated prompt prefixes of the local model, so a second call about the same article skips re-reading it.

Prompts that put the article first (prompts/context/) share their opening tokens across the briefing, its
repair round, per-speaker calls and questions. llama.cpp keeps the last prompt's tokens in its context and
reuses a common prefix by itself; this cache adds the prefixes of earlier articles: the llama.cpp state right
after a prefix (its KV cache, about 28 KB a token for the 1.5B model) is kept in memory, least recently used
first out, within `memory_bytes`, and, when a folder is given, on disk within `disk_bytes`, so a question in a
new process finds the article its briefing read. A state only fits the model file and context size it came
from: both are part of the key.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from pathlib import Path


class PromptCache:
    def __init__(self, memory_bytes: int, folder: Path | None = None, disk_bytes: int = 0) -> None:
        self.memory_bytes = memory_bytes
        self.folder = folder if folder is not None and disk_bytes > 0 else None
        self.disk_bytes = disk_bytes
        self._memory: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(model: str, tokens: list[int]) -> str:
        digest = hashlib.sha256(model.encode())
        digest.update(b"\0" + ",".join(map(str, tokens)).encode())
        return digest.hexdigest()

    def has(self, key: str) -> bool:
        """Whether a state is kept under `key`, in memory or on disk (without reading it)."""
        with self._lock:
            if key in self._memory:
                return True
        return self.folder is not None and (self.folder / f"{key}.state").is_file()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            if key in self._memory:
                self._memory.move_to_end(key)
                return self._memory[key]
        if self.folder is None:
            return None
        path = self.folder / f"{key}.state"
        try:
            state = path.read_bytes()
        except OSError:
            return None
        os.utime(path)  # recently used: evicted last
        self._remember(key, state)
        return state

    def put(self, key: str, state: bytes) -> None:
        self._remember(key, state)
        if self.folder is None or len(state) > self.disk_bytes:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        part = self.folder / f"{key}.{os.getpid()}.part"
        part.write_bytes(state)
        part.replace(self.folder / f"{key}.state")  # readers never see half a file
        self._trim_disk()

    def _remember(self, key: str, state: bytes) -> None:
        if len(state) > self.memory_bytes:
            return
        with self._lock:
            self._memory[key] = state
            self._memory.move_to_end(key)
            while sum(len(s) for s in self._memory.values()) > self.memory_bytes:
                self._memory.popitem(last=False)

    def _trim_disk(self) -> None:
        assert self.folder is not None
        files = []
        for path in self.folder.glob("*.state"):
            try:
                stat = path.stat()
            except OSError:
                continue
            files.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= self.disk_bytes:
                break
            path.unlink(missing_ok=True)
            total -= size
