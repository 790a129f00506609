"""The same store against a real `chroma run` server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED

pytestmark = pytest.mark.server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_chroma(db: Path, port: int) -> subprocess.Popen:
    """`chroma run` on 127.0.0.1:`port` over `db`, once it accepts connections."""
    chroma = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return proc
        except OSError:
            assert proc.poll() is None, "chroma run exited"
            time.sleep(0.2)
    proc.kill()
    pytest.fail("chroma server did not start in 60 s")


@pytest.fixture
def chroma_server(tmp_path: Path):
    port = free_port()
    proc = start_chroma(tmp_path / "server-db", port)
    yield f"http://127.0.0.1:{port}", proc
    proc.terminate()
    proc.wait(timeout=20)


def test_ingest_list_show_rm_against_a_server(cli, chroma_server, monkeypatch, isolated: Path) -> None:
    url, _ = chroma_server
    monkeypatch.setenv("SUMMARIZER_CHROMA_URL", url)
    code, out, err = cli("ingest", str(SEED))
    assert code == 0, err
    code, out, _ = cli("ingest", str(SEED))
    assert "unchanged" in out
    code, out, _ = cli("articles", "list", "--format", "json")
    [record] = json.loads(out)
    assert not (isolated / "chroma").exists()  # nothing went to the embedded store
    code, out, _ = cli("articles", "show", record["id"], "--format", "json")
    assert json.loads(out)["text"] == SEED.read_text(encoding="utf-8")
    assert cli("articles", "rm", record["id"])[0] == 0
    assert json.loads(cli("articles", "list", "--format", "json")[1]) == []


def test_unreachable_server_is_one_clear_line(cli, chroma_server, monkeypatch) -> None:
    url, proc = chroma_server
    proc.terminate()
    proc.wait(timeout=20)
    monkeypatch.setenv("SUMMARIZER_CHROMA_URL", url)
    code, out, err = cli("ingest", str(SEED))
    assert code == 1
    assert err.startswith("error: cannot reach the Chroma server at http://127.0.0.1:")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_server_stopped_mid_run_leaves_finished_articles_whole(cli, tmp_path: Path, monkeypatch) -> None:
    """Stop the server between two ingests and start it again on the same data: the first article is whole,
    the second was refused with one line and is absent, and ingesting it again works."""
    port = free_port()

    def start() -> subprocess.Popen:
        return start_chroma(tmp_path / "server-db", port)

    other = tmp_path / "other.txt"
    other.write_text("Budget Vote Delayed\n\nThe council delayed its budget vote to March, the mayor said.\n")
    monkeypatch.setenv("SUMMARIZER_CHROMA_URL", f"http://127.0.0.1:{port}")
    proc = start()
    try:
        assert cli("ingest", str(SEED))[0] == 0
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    code, _, err = cli("ingest", str(other))
    assert code == 1 and err.startswith("error: cannot reach the Chroma server") and len(err.strip().splitlines()) == 1
    proc = start()
    try:
        records = json.loads(cli("articles", "list", "--format", "json")[1])
        assert [r["title"] for r in records] == ['Blinken Confronts Putin Over "Atrocities"']
        code, out, _ = cli("articles", "show", records[0]["id"], "--format", "json")
        assert json.loads(out)["text"] == SEED.read_text(encoding="utf-8")
        assert cli("ingest", str(other))[0] == 0
        assert len(json.loads(cli("articles", "list", "--format", "json")[1])) == 2
    finally:
        proc.terminate()
        proc.wait(timeout=20)
