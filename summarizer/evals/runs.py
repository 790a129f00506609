"""Eval runs stored in SQLite under the data dir: every output, check result, timing and setting, so past
runs can be compared, reported or re-scored without calling a model again."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summarizer.errors import NotFound

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY, suite TEXT, created TEXT, variants TEXT, settings TEXT, seconds REAL, parent TEXT
);
CREATE TABLE IF NOT EXISTS results (
    run_id TEXT, case_id TEXT, prompt_version TEXT, model TEXT, article TEXT, gold TEXT, expect TEXT,
    briefing TEXT, error TEXT, seconds REAL, checks TEXT,
    PRIMARY KEY (run_id, case_id, prompt_version, model)
);
CREATE TABLE IF NOT EXISTS baselines (name TEXT PRIMARY KEY, run_id TEXT);
"""


@dataclass
class Row:
    case_id: str
    prompt_version: str
    model: str
    article: str
    gold: str | None
    expect: dict[str, Any]
    briefing: dict[str, Any] | None
    error: str | None
    seconds: float
    checks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def variant(self) -> str:
        return f"{self.prompt_version} × {self.model}"


@dataclass
class Run:
    id: str
    suite: str
    created: str
    variants: list[str]
    settings: dict[str, Any]
    seconds: float
    parent: str | None
    rows: list[Row]


def path_for(data_dir: Path) -> Path:
    return data_dir / "evals.sqlite"


def _db(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30)
    db.executescript(SCHEMA)
    return db


def new_id() -> str:
    import secrets

    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(2)


def save(path: Path, run: Run) -> None:
    with _db(path) as db:
        db.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                run.id,
                run.suite,
                run.created,
                json.dumps(run.variants),
                json.dumps(run.settings),
                run.seconds,
                run.parent,
            ),
        )
        db.executemany(
            "INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    run.id,
                    r.case_id,
                    r.prompt_version,
                    r.model,
                    r.article,
                    r.gold,
                    json.dumps(r.expect),
                    json.dumps(r.briefing) if r.briefing else None,
                    r.error,
                    r.seconds,
                    json.dumps(r.checks),
                )
                for r in run.rows
            ],
        )


def load(path: Path, ref: str) -> Run:
    """A run by id, unique id prefix, baseline name, or "latest"."""
    with _db(path) as db:
        run_id = _resolve(db, ref)
        head = db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        rows = db.execute(
            "SELECT case_id, prompt_version, model, article, gold, expect, briefing, error, seconds, checks "
            "FROM results WHERE run_id = ? ORDER BY case_id, prompt_version, model",
            (run_id,),
        ).fetchall()
    return Run(
        id=head[0],
        suite=head[1],
        created=head[2],
        variants=json.loads(head[3]),
        settings=json.loads(head[4]),
        seconds=head[5],
        parent=head[6],
        rows=[
            Row(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                json.loads(r[5]),
                json.loads(r[6]) if r[6] else None,
                r[7],
                r[8],
                json.loads(r[9]),
            )
            for r in rows
        ],
    )


def _resolve(db: sqlite3.Connection, ref: str) -> str:
    if ref == "latest":
        row = db.execute("SELECT id FROM runs ORDER BY rowid DESC LIMIT 1").fetchone()
        if row:
            return row[0]
        raise NotFound("no eval runs stored yet; start one with: summarizer eval run")
    named = db.execute("SELECT run_id FROM baselines WHERE name = ?", (ref,)).fetchone()
    if named:
        return named[0]
    ids = [r[0] for r in db.execute("SELECT id FROM runs WHERE id LIKE ?", (ref + "%",)).fetchall()]
    if len(ids) == 1:
        return ids[0]
    if len(ids) > 1:
        raise NotFound(f"'{ref}' matches {len(ids)} runs; give more of the id")
    raise NotFound(f"no eval run or baseline '{ref}'; see: summarizer eval list")


def name_baseline(path: Path, name: str, run_id: str) -> None:
    with _db(path) as db:
        db.execute("INSERT OR REPLACE INTO baselines VALUES (?, ?)", (name, run_id))


def baselines(path: Path) -> dict[str, list[str]]:
    """Baseline names by the run they point at."""
    out: dict[str, list[str]] = {}
    with _db(path) as db:
        for name, run_id in db.execute("SELECT name, run_id FROM baselines ORDER BY name"):
            out.setdefault(run_id, []).append(name)
    return out


def listing(path: Path) -> list[tuple[str, str, str, str, int]]:
    with _db(path) as db:
        return db.execute(
            "SELECT r.id, r.suite, r.created, r.variants, "
            "(SELECT COUNT(*) FROM results x WHERE x.run_id = r.id) FROM runs r ORDER BY r.rowid"
        ).fetchall()
