"""Briefings with the local model on the seed and dev articles: time, calls, tokens, pipeline overhead, RSS.

For each article it runs `brief` end to end, records every llama.cpp call the pipeline made (messages,
options, output), then replays the same calls straight through llama.cpp with a cold cache and prints the
ratio of pipeline wall time to raw llama.cpp time (target: overhead <= 15%, i.e. ratio <= 1.15). It also
prints what the checks found (quotes shown and verified, issues, loaded words) and the process's peak RSS.

    python bench/brief.py [--dev DIR] [--limit N] [--model local:qwen2.5-1.5b]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.brief import brief  # noqa: E402
from summarizer.config import load_settings  # noqa: E402
from summarizer.ingest import open_article  # noqa: E402
from summarizer.models import chat_model  # noqa: E402
from summarizer.store import Store  # noqa: E402


def articles(dev: Path, limit: int | None) -> list[Path]:
    paths = [REPO / "seeds" / "blinken-putin-un-security-council.txt"]
    if dev.is_dir():
        paths += sorted(dev.glob("D*.txt"))
    else:
        print(f"dev articles not found at {dev}; benchmarking the seed article only", file=sys.stderr)
    return paths[:limit] if limit else paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dev", type=Path, default=Path(os.environ.get("SUMMARIZER_DEV_DATA", REPO.parent / "shared/data/dev"))
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default="local:qwen2.5-1.5b")
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="bench-brief-"))
    cfg = load_settings(data_dir=data, chat_model=args.model)
    store = Store(cfg)
    model = chat_model(args.model, cfg)
    llama = model.llama()
    calls: list[dict] = []
    real = llama.create_chat_completion

    def recording(**kwargs: object) -> dict:
        reply = real(**kwargs)
        calls.append({"kwargs": kwargs, "tokens_out": reply["usage"]["completion_tokens"]})
        return reply

    llama.create_chat_completion = recording
    header = f"{'article':<14}{'chars':>7}{'calls':>6}{'tok in':>8}{'tok out':>8}{'wall s':>8}{'raw s':>8}{'ratio':>7}"
    print(header + f"{'quotes':>8}{'issues':>7}{'loaded':>7}")
    rows = []
    for path in articles(args.dev, args.limit):
        art = open_article(str(path), store)
        calls.clear()
        llama.reset()  # cold prompt cache, as the replay below
        started = time.perf_counter()
        b = brief(art, store, cfg, model=model)
        wall = time.perf_counter() - started
        raw = 0.0
        for call in list(calls):
            llama.reset()
            t = time.perf_counter()
            again = real(**call["kwargs"])
            raw += time.perf_counter() - t
            if again["usage"]["completion_tokens"] != call["tokens_out"]:
                print(f"  note: replay of {path.stem[:12]} wrote a different number of tokens", file=sys.stderr)
        v = b.verification
        ratio = wall / raw if raw else float("nan")
        rows.append((wall, raw, ratio, b.usage.llm_calls))
        print(
            f"{path.stem[:13]:<14}{len(art.text):>7}{b.usage.llm_calls:>6}{b.usage.tokens_in:>8}{b.usage.tokens_out:>8}"
            f"{wall:>8.1f}{raw:>8.1f}{ratio:>7.3f}{f'{v.quotes_verified}/{v.quotes_shown}':>8}"
            f"{len(v.issues):>7}{len(b.neutrality):>7}",
            flush=True,
        )
    walls = [r[0] for r in rows]
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\n{len(rows)} articles: median wall {statistics.median(walls):.1f} s, "
        f"total wall {sum(walls):.1f} s vs raw llama.cpp {sum(r[1] for r in rows):.1f} s "
        f"(ratio {sum(walls) / sum(r[1] for r in rows):.3f}; target <= 1.15), "
        f"{sum(r[3] for r in rows)} LLM calls, peak RSS {rss_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
