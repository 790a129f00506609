"""Briefings the service has made, kept in SQLite under the data dir, so that reopening an article in the web
reader shows its briefing at once instead of running the model again.

A saved briefing is reused only for the same article, model, length, summarizer version and prompt file: the
key holds a hash of the prompt file's bytes, so editing a prompt in place never serves a stale briefing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from summarizer import __version__
from summarizer.briefing import Briefing

SCHEMA = """
CREATE TABLE IF NOT EXISTS briefings (
    key TEXT PRIMARY KEY, article_id TEXT, created TEXT, briefing TEXT
);
CREATE INDEX IF NOT EXISTS briefings_article ON briefings (article_id);
"""


def path_for(data_dir: Path) -> Path:
    return data_dir / "briefings.sqlite"


def key(article_id: str, model: str, prompt_file: Path, length: str) -> str:
    try:
        prompt_hash = hashlib.sha256(prompt_file.read_bytes()).hexdigest()
    except OSError:
        prompt_hash = "missing"
    parts = [__version__, article_id, model, str(prompt_file.name), prompt_hash, length]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class SavedBriefings:
    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        """A connection, committed on success and closed either way."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.executescript(SCHEMA)
            with db:
                yield db
        finally:
            db.close()

    def get(self, key: str) -> Briefing | None:
        with self._db() as db:
            row = db.execute("SELECT briefing FROM briefings WHERE key = ?", (key,)).fetchone()
        return Briefing.model_validate_json(row[0]) if row else None

    def put(self, key: str, briefing: Briefing) -> None:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        with self._db() as db:
            db.execute(
                "INSERT OR REPLACE INTO briefings VALUES (?, ?, ?, ?)",
                (key, briefing.article_id, created, briefing.model_dump_json()),
            )

    def forget(self, article_id: str) -> None:
        """Drop an article's briefings (when the article is deleted)."""
        if self.path.exists():
            with self._db() as db:
                db.execute("DELETE FROM briefings WHERE article_id = ?", (article_id,))
