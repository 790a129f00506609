"""Take the README's screenshot of the web reader: the seed article, briefed by the embedded model.

Starts `summarizer serve` on a free loopback port with a throwaway data dir (the assembled model in the model
cache is reused), stores the seed article, opens its page in headless Chromium, waits for the briefing,
clicks a quote so the article pane shows it flashed and named, and writes a PNG.

    .venv/bin/python docs/screenshot.py [--model local:qwen2.5-1.5b] [--out docs/reader.png]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "blinken-putin-un-security-council.txt"
CHROMIUM = os.environ.get("SUMMARIZER_CHROMIUM", "/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="chat model (default: the configured one)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "reader.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--timeout", type=float, default=900, help="seconds to wait for the briefing")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "SUMMARIZER_DATA_DIR": data}
        if args.model:
            env["SUMMARIZER_CHAT_MODEL"] = args.model
        server = subprocess.Popen(
            [sys.executable, "-m", "summarizer", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    print(f"the server did not start: {server.stderr.read()[-2000:]}", file=sys.stderr)
                    return 1
                time.sleep(0.3)
            stored = httpx.post(
                f"{url}/articles", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"}, timeout=120
            )
            stored.raise_for_status()
            article_id = stored.json()["article"]["id"]
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=CHROMIUM,
                    args=["--disable-gpu", "--disable-background-networking", "--disable-component-update"],
                )
                page = browser.new_page(viewport={"width": args.width, "height": args.height})
                started = time.monotonic()
                page.goto(f"{url}/read/{article_id}")
                page.wait_for_selector("#briefing:not([hidden])", timeout=args.timeout * 1000)
                print(f"briefing shown after {time.monotonic() - started:.1f} s")
                quote = page.locator("#speakers .speaker").nth(1).locator("button.quote").first
                quote.click()
                page.wait_for_timeout(2600)  # let the flash fade; the speaker's name stays shown
                page.locator("#brief-pane, .brief-pane").first.evaluate("el => el.scrollTo(0, 0)")
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out))
                footer = page.inner_text("#brief-footer")
                browser.close()
            print(f"wrote {args.out} ({footer})")
        finally:
            server.terminate()
            server.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
