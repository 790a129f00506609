"""Briefings the service has made, kept in SQLite under the data dir, so that reopening an article in the web
reader shows its briefing at once instead of running the model again; and a log of every briefing and answer
made, from the CLI or the service (`summarizer logs`).

A saved briefing is reused only for the same article, model, length, summarizer version and prompt file: the
key holds a hash of the prompt file's bytes, so editing a prompt in place never serves a stale briefing.
A log entry is written only once a briefing or answer is complete, so an interrupted one leaves none.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer import __version__
from summarizer.briefing import Briefing

if TYPE_CHECKING:
    from summarizer.ask import Answer

SCHEMA = """
CREATE TABLE IF NOT EXISTS briefings (
    key TEXT PRIMARY KEY, article_id TEXT, created TEXT, briefing TEXT
);
CREATE INDEX IF NOT EXISTS briefings_article ON briefings (article_id);
CREATE TABLE IF NOT EXISTS made (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT, kind TEXT, article_ids TEXT, model TEXT,
    prompt_version TEXT, llm_calls INTEGER, tokens_in INTEGER, tokens_out INTEGER, tokens_reused INTEGER,
    seconds REAL, changes TEXT, result TEXT
);
CREATE INDEX IF NOT EXISTS made_created ON made (created);
"""


def path_for(data_dir: Path) -> Path:
    return data_dir / "briefings.sqlite"


def key(article_id: str, model: str, prompt_files: list[Path], length: str) -> str:
    """What a saved briefing was made from: a change to any of its prompt files (the briefing's and the shared
    context it names) makes a new briefing."""
    parts = [__version__, article_id, model, length]
    for path in prompt_files:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            digest = "missing"
        parts += [path.name, digest]
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

    def log(self, result: Briefing | Answer) -> None:
        """Log a finished briefing or answer, with what the checks changed in it."""
        created = datetime.now(UTC).isoformat(timespec="milliseconds")
        if isinstance(result, Briefing):
            kind, ids, u, changes = "brief", [result.article_id], result.usage, _briefing_changes(result)
            counts = (u.llm_calls, u.tokens_in, u.tokens_out, u.tokens_reused, u.seconds)
        else:
            kind, ids, changes = "ask", result.article_ids, _answer_changes(result)
            counts = (1, result.tokens_in, result.tokens_out, result.tokens_reused, result.seconds)
        with self._db() as db:
            db.execute(
                "INSERT INTO made (created, kind, article_ids, model, prompt_version, llm_calls, tokens_in, "
                "tokens_out, tokens_reused, seconds, changes, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    created,
                    kind,
                    ",".join(ids),
                    result.model,
                    result.prompt_version,
                    *counts,
                    json.dumps(changes),
                    result.model_dump_json(),
                ),
            )

    def logged(self, article: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """The latest log entries, newest last; `article` keeps those about that article (id or prefix)."""
        if not self.path.exists():
            return []
        where, args = "", []
        if article:
            where, args = "WHERE article_ids LIKE ?", [f"%{article.lower()}%"]
        with self._db() as db:
            rows = db.execute(
                "SELECT id, created, kind, article_ids, model, prompt_version, llm_calls, tokens_in, tokens_out, "
                f"tokens_reused, seconds, changes FROM made {where} ORDER BY id DESC LIMIT ?",
                [*args, limit],
            ).fetchall()
        keys = ("id", "created", "kind", "article_ids", "model", "prompt_version", "llm_calls", "tokens_in")
        keys += ("tokens_out", "tokens_reused", "seconds", "changes")
        entries = [dict(zip(keys, row, strict=True)) for row in reversed(rows)]
        for e in entries:
            e["article_ids"] = e["article_ids"].split(",") if e["article_ids"] else []
            e["changes"] = json.loads(e["changes"] or "[]")
        return entries

    def result(self, entry_id: int) -> str | None:
        """The full briefing or answer of one log entry, as JSON."""
        with self._db() as db:
            row = db.execute("SELECT result FROM made WHERE id = ?", (entry_id,)).fetchone()
        return row[0] if row else None


def _briefing_changes(b: Briefing) -> list[dict[str, str]]:
    """What the verifier changed or flagged in a briefing."""
    return [
        {"kind": i.kind, "field": i.field, "text": i.text, "detail": i.detail}
        for i in b.verification.issues + b.neutrality
    ]


def _answer_changes(a: Answer) -> list[dict[str, str]]:
    """What the checks changed in an answer: citations dropped, found weak or added, names withheld."""
    out = [
        {"kind": "dropped_citation", "field": "citations", "text": x, "detail": "not in the context"} for x in a.dropped
    ]
    out += [
        {"kind": "weak_citation", "field": "citations", "text": x, "detail": "shares too little with the answer"}
        for x in a.unsupported
    ]
    out += [
        {"kind": "added_citation", "field": "citations", "text": x, "detail": "supports the answer best"}
        for x in a.added
    ]
    out += [
        {"kind": "ungrounded", "field": "answer", "text": x, "detail": "in no article; answer withheld"}
        for x in a.ungrounded
    ]
    return out
