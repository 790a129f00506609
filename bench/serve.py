"""Load on the HTTP service (loopback only, fake model, stops by itself): requests/s and p50/p99 latency.

Starts the real server on 127.0.0.1 with the `fake:` model, stores the seed article, then for
`GET /articles/{id}/quotes` and `POST /articles/{id}/ask` runs a fixed number of requests at 1, 8 and 32
concurrent clients. Requests that need the model go through the service's model queue, so 429s (queue
full) are counted and reported, not retried.

    python bench/serve.py [--requests 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from live_server import LiveServer  # noqa: E402

from summarizer.config import load_settings  # noqa: E402
from summarizer.llm_fake import fake_model  # noqa: E402


def run(url: str, method: str, path: str, body: dict | None, clients: int, total: int) -> dict:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    with httpx.Client(base_url=url, timeout=60, limits=httpx.Limits(max_connections=clients)) as c:

        def one(_: int) -> None:
            t = time.perf_counter()
            r = c.request(method, path, json=body)
            latencies.append((time.perf_counter() - t) * 1000)
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1

        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(one, range(total)))
        wall = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": total / wall,
        "p50": statistics.median(latencies),
        "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)],
        "statuses": statuses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    cfg = load_settings(data_dir=data, chat_model="fake:bench", server_queue=64)
    reply = json.dumps({"evidence": ["S14"], "answer": "France called the session."})
    model = fake_model("bench")
    with LiveServer(cfg) as live:
        seed = (REPO / "seeds" / "blinken-putin-un-security-council.txt").read_bytes()
        aid = httpx.post(f"{live.url}/articles", content=seed, headers={"Content-Type": "text/plain"}).json()[
            "article"
        ]["id"]
        print(f"{'endpoint':<34}{'clients':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}  statuses")
        for name, method, path, body in (
            ("GET /articles/{id}/quotes", "GET", f"/articles/{aid}/quotes", None),
            ("POST /articles/{id}/ask", "POST", f"/articles/{aid}/ask", {"question": "Who called the session?"}),
        ):
            for clients in (1, 8, 32):
                model.reset()
                model.queue(*[reply] * args.requests)
                r = run(live.url, method, path, body, clients, args.requests)
                print(f"{name:<34}{clients:>8}{r['rps']:>9.1f}{r['p50']:>9.1f}{r['p99']:>9.1f}  {r['statuses']}")
    burst(args.requests)
    return 0


def burst(total: int) -> None:
    """A slow model (0.1 s a call), a queue of 4, 32 clients at once: the overflow must get 429s fast while
    the server stays healthy and serves the next request."""
    data = Path(tempfile.mkdtemp(prefix="bench-serve-burst-"))
    cfg = load_settings(data_dir=data, chat_model="fake:burst", server_queue=4)
    model = fake_model("burst")
    model.reset()
    model.delay = 0.1
    with LiveServer(cfg) as live:
        seed = (REPO / "seeds" / "blinken-putin-un-security-council.txt").read_bytes()
        aid = httpx.post(f"{live.url}/articles", content=seed, headers={"Content-Type": "text/plain"}).json()[
            "article"
        ]["id"]
        r = run(live.url, "POST", f"/articles/{aid}/ask", {"question": "Who called the session?"}, 32, total)
        health = httpx.get(f"{live.url}/healthz").status_code
        after = httpx.post(f"{live.url}/articles/{aid}/ask", json={"question": "Who?"}, timeout=30).status_code
        print(
            f"\nburst: {total} asks from 32 clients, model 0.1 s/call, queue 4: {r['statuses']}, "
            f"p50 {r['p50']:.0f} ms, p99 {r['p99']:.0f} ms; then /healthz {health}, next ask {after}"
        )
    model.reset()


if __name__ == "__main__":
    sys.exit(main())
