"""The embedded store under real processes: concurrent ingests, a writer that holds the store, an interrupted
ingest. Nothing is half-written, and re-running completes the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.config import load_settings
from summarizer.errors import UserError
from summarizer.store import Store

WORDS = "council budget minister vote court report police city school health trade energy water road".split()


def write_articles(folder: Path, n: int, prefix: str, paragraphs: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        body = "\n\n".join(
            " ".join(f"{WORDS[(i * 7 + j * 3 + k) % len(WORDS)]}" for k in range(60)).capitalize() + "."
            for j in range(paragraphs)
        )
        path = folder / f"{prefix}{i:03d}.txt"
        path.write_text(f"{prefix.title()} Article {i}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _interruptible() -> None:
    # A test run started in the background inherits SIGINT ignored, and Python then keeps ignoring it;
    # a user's terminal does not, so the child gets the default back.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def summarizer(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )


def intact(store: Store) -> tuple[int, bool]:
    records = store.articles()
    return len(records), all(len(store.chunks(r.id)) == r.chunks for r in records)


@pytest.mark.timeout(300)
def test_two_processes_ingesting_at_once_both_finish_and_nothing_is_lost(tmp_path: Path, isolated: Path) -> None:
    a = write_articles(tmp_path / "a", 6, "alpha")
    b = write_articles(tmp_path / "b", 6, "beta")
    env = {**os.environ}
    first = summarizer("ingest", *map(str, a), env=env)
    second = summarizer("ingest", *map(str, b), env=env)
    results = [p.communicate(timeout=240) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, results
    count, whole = intact(Store(load_settings()))
    assert count == 12 and whole


def test_a_writer_holding_the_store_makes_others_wait_then_say_busy(tmp_path: Path) -> None:
    from filelock import FileLock

    cfg = load_settings(store_lock_timeout=0.5)
    cfg.chroma_path.mkdir(parents=True, exist_ok=True)
    with FileLock(str(cfg.chroma_path / ".write.lock")):
        from summarizer.ingest import open_article

        path = write_articles(tmp_path, 1, "gamma")[0]
        with pytest.raises(UserError, match=r"is busy: another summarizer process .* SUMMARIZER_STORE_LOCK_TIMEOUT"):
            open_article(str(path), Store(cfg))
    assert Store(cfg).articles() == []


@pytest.mark.timeout(300)
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_ingest_keeps_finished_articles_and_a_rerun_completes(tmp_path: Path, sig: int) -> None:
    paths = write_articles(tmp_path / "many", 120, "delta", paragraphs=4)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = summarizer("ingest", *map(str, paths), env=env)
    db = load_settings().chroma_path / "chroma.sqlite3"
    deadline = time.monotonic() + 200
    store = None
    while time.monotonic() < deadline and proc.poll() is None:  # interrupt once some articles are stored
        if store is None and db.exists():
            store = Store(load_settings())
        if store is not None and store.articles():
            break
        time.sleep(0.1)
    if proc.poll() is not None:
        out, err = proc.communicate()
        pytest.fail(f"the ingest ended (exit {proc.returncode}) before it could be interrupted: {err[-1500:]}")
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "interrupted" in err, (proc.returncode, err)
    count, whole = intact(Store(load_settings()))
    assert 1 <= count < 120 and whole
    rerun = subprocess.run(
        [sys.executable, "-m", "summarizer", "ingest", *map(str, paths)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.count("unchanged") == count
    final, whole = intact(Store(load_settings()))
    assert final == 120 and whole
