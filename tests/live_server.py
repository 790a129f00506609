"""Run the real app under uvicorn on 127.0.0.1 (a free port) in a background thread, for tests."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from summarizer.config import Settings
from summarizer.server import create_app


class LiveServer:
    def __init__(self, settings: Settings) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(create_app(settings), log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


SEED = Path(__file__).resolve().parents[1] / "seeds" / "blinken-putin-un-security-council.txt"


def store_seed(url: object, headers: dict[str, str] | None = None) -> str:
    """POST the seed article to the service at `url`; its id."""
    r = httpx.post(
        f"{str(url).rstrip('/')}/articles",
        content=SEED.read_bytes(),
        headers={"Content-Type": "text/plain", **(headers or {})},
    )
    assert r.status_code in (200, 201), r.text
    return r.json()["article"]["id"]
