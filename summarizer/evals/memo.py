"""Whole case results remembered: a re-run of an unchanged suite reads its briefings and check results back.

The key covers everything that can change a result: the article, gold and expectations of the case, the
prompt version and model, the settings, and a fingerprint of this package's code and data and of the prompt
files. Change any of them and the case is briefed (through the reply cache) and scored again. Only results
without an error are remembered. Stored beside the reply cache, so `eval clear-cache` forgets both.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from functools import cache
from pathlib import Path

from summarizer.evals import runs
from summarizer.evals.suite import Case

PACKAGE = Path(__file__).resolve().parents[1]
SUFFIXES = {".py", ".json", ".yaml", ".yml", ".txt", ".html", ".css", ".js"}


@cache
def _tree(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in SUFFIXES):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _file(path: Path | None) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path is not None and path.is_file() else None


def key(case: Case, expect: dict, settings_doc: dict, prompts_dir: Path) -> str:
    doc = {
        "code": _tree(PACKAGE),
        "prompts": _tree(prompts_dir) if prompts_dir.is_dir() else None,
        "article": _file(case.article),
        "gold": _file(case.gold),
        "expect": expect,
        "settings": {k: v for k, v in settings_doc.items() if not k.endswith("_dir")},
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30)
    db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, row TEXT)")
    return db


def get(path: Path, keys: list[str]) -> dict[str, runs.Row]:
    if not keys or not path.exists():
        return {}
    with _connect(path) as db:
        marks = ",".join("?" * len(keys))
        found = db.execute(f"SELECT key, row FROM results WHERE key IN ({marks})", keys).fetchall()
    return {k: runs.Row(**json.loads(row)) for k, row in found}


def put(path: Path, rows: dict[str, runs.Row]) -> None:
    keep = [(k, json.dumps(asdict(r))) for k, r in rows.items() if r.error is None and r.briefing is not None]
    if keep:
        with _connect(path) as db:
            db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)", keep)


def clear(path: Path) -> int:
    if not path.exists():
        return 0
    with _connect(path) as db:
        n = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        db.execute("DELETE FROM results")
    return n
