"""Shared fixtures: every test gets its own data dir and no user configuration."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "blinken-putin-un-security-council.txt"


def dev_data_dir() -> Path:
    return Path(os.environ.get("SUMMARIZER_DEV_DATA", REPO.parent / "shared" / "data" / "dev"))


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    for key in list(os.environ):
        if (key.startswith("SUMMARIZER_") and key != "SUMMARIZER_DEV_DATA") or key.startswith("OPENAI_"):
            monkeypatch.delenv(key)
    if request.node.get_closest_marker("model") is None:
        # The replies fake-model tests queue are written in the one-call shapes of `brief v1` and `ask v1`;
        # tests of other versions name theirs, and tests marked `model` run the shipped defaults.
        monkeypatch.setenv("SUMMARIZER_BRIEF_PROMPT", "v1")
        monkeypatch.setenv("SUMMARIZER_ASK_PROMPT", "v1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = tmp_path / "data"
    monkeypatch.setenv("SUMMARIZER_DATA_DIR", str(data))
    return data


@pytest.fixture
def dev_articles() -> list[tuple[Path, dict]]:
    """The shared dev set: (text path, labels) pairs. Skips where the folder is absent."""
    folder = dev_data_dir()
    if not folder.is_dir():
        pytest.skip(f"dev articles not found at {folder}; set SUMMARIZER_DEV_DATA")
    out = []
    for labels in sorted(folder.glob("D*.json")):
        meta = json.loads(labels.read_text(encoding="utf-8"))
        out.append((folder / meta["text_file"], meta))
    return out


def read_exact(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    from summarizer.cli import run

    def invoke(*args: str) -> tuple[int, str, str]:
        code = run(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium, one per test module (see browser.py)."""
    from browser import chromium

    yield from chromium()


@pytest.fixture
def model():
    """The fake chat model behind `server` (`fake:live`), emptied before and after each test."""
    from summarizer.llm_fake import fake_model

    m = fake_model("live")
    m.reset()
    yield m
    m.reset()


@pytest.fixture
def server(model):
    """The real HTTP service under uvicorn on 127.0.0.1, with `model`."""
    from live_server import LiveServer

    from summarizer.config import load_settings

    with LiveServer(load_settings(chat_model="fake:live")) as live:
        yield live


@pytest.fixture
def client(server):
    import httpx

    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c
