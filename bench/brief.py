"""Briefings with the local model on the seed and dev articles: time, calls, tokens, pipeline overhead, RSS.

For each article it runs `brief` end to end, records every llama.cpp call the pipeline made (messages,
options, output), then replays the same calls straight through llama.cpp with a cold cache and prints the
ratio of pipeline wall time to raw llama.cpp time (target: overhead <= 15%, i.e. ratio <= 1.15; skip with
--no-replay). It also prints what the checks found (quotes shown and verified, issues, loaded words), what
users are shown and what was removed by each rule (fragments, headline copies, duplicates, unsupported
claims, cross-wired or retyped positions, loaded words), and the process's peak RSS. Streaming: when the quote
table and the first checked summary sentence arrived, and how many prompt tokens a kept prefix saved; with
--cli, the same for `summarizer brief` run cold as a new process on the seed article, with an empty data dir (its
first briefing ever). The fixed rules a shared context opens every call with, before the article, are read once
first and kept, as in any data dir after its first briefing; nothing else is. With --unstreamed, each
article is briefed a second time without streaming, from the same cold start, and the ratio of the two wall
times is printed (target: streaming costs nothing, ratio <= 1).

    python bench/brief.py [--dev DIR] [--limit N] [--model local:qwen2.5-1.5b] [--prompt-version v2] [--no-replay]
                          [--cli] [--unstreamed]
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
from summarizer.quotes import extract  # noqa: E402
from summarizer.readability import problems  # noqa: E402
from summarizer.store import Store  # noqa: E402
from summarizer.support import default_checker  # noqa: E402

RULES = (
    "fragment",
    "headline_copy",
    "caption",
    "duplicate",
    "unsupported_claim",
    "cross_wired",
    "retyped_quote",
    "loaded_word",
)


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
    parser.add_argument("--prompt-version", default=None)
    parser.add_argument("--no-replay", action="store_true", help="Skip the raw llama.cpp replay (halves the time).")
    parser.add_argument("--cli", action="store_true", help="Also time `summarizer brief` as a cold process.")
    parser.add_argument("--unstreamed", action="store_true", help="Also brief each article without streaming.")
    args = parser.parse_args()
    if args.cli:
        _cli(args)

    data = Path(tempfile.mkdtemp(prefix="bench-brief-"))
    cfg = load_settings(
        data_dir=data, chat_model=args.model, **({"brief_prompt": args.prompt_version} if args.prompt_version else {})
    )
    store = Store(cfg)
    model = chat_model(args.model, cfg)
    llama = model.llama()
    default_checker().warm(["The checker's embedding model is loaded before the first article is timed."])
    rules = _rules(model, cfg)
    calls: list[dict] = []
    real = llama.create_chat_completion

    def recording(**kwargs: object) -> object:
        reply = real(**kwargs)
        if not kwargs.get("stream"):
            calls.append({"kwargs": kwargs, "tokens_out": reply["usage"]["completion_tokens"]})
            return reply

        def streamed():  # the briefing streams its calls; the replay below makes each in one piece
            n = 0
            for part in reply:
                n += bool(part["choices"][0].get("delta", {}).get("content"))
                yield part
            calls.append({"kwargs": {k: v for k, v in kwargs.items() if k != "stream"}, "tokens_out": n})

        return streamed()

    llama.create_chat_completion = recording
    header = f"{'article':<14}{'chars':>7}{'calls':>6}{'tok in':>8}{'reused':>7}{'tok out':>8}{'table s':>8}{'1st':>7}"
    print(header + f"{'wall s':>8}{'raw s':>8}{'ratio':>7}{'quotes':>8}{'issues':>7}{'loaded':>7}")
    firsts: list[float] = []
    plain: list[tuple[float, float]] = []  # (streamed, unstreamed) wall times
    rows = []
    shown_rows = []
    for path in articles(args.dev, args.limit):
        art = open_article(str(path), store)
        if args.unstreamed and len(rows) % 2:  # every other article unstreamed first, so order favours neither
            unstreamed = _unstreamed(art, store, cfg, model, llama, data, rules)
        calls.clear()
        _cold(llama, data, rules)  # nothing kept from an earlier article or run but the fixed rules, as the replay
        started = time.perf_counter()
        seen: dict[str, float] = {}

        def on_event(name: str, data: dict, seen: dict[str, float] = seen, started: float = started) -> None:
            seen.setdefault(name, time.perf_counter() - started)

        b = brief(art, store, cfg, model=model, on_event=on_event)
        wall = time.perf_counter() - started
        first = seen.get("sentence", float("nan"))
        firsts.append(first)
        raw = 0.0
        for call in [] if args.no_replay else list(calls):
            _cold(llama, data, rules)
            t = time.perf_counter()
            again = real(**call["kwargs"])
            raw += time.perf_counter() - t
            if abs(again["usage"]["completion_tokens"] - call["tokens_out"]) > 2:  # streamed pieces ~ tokens
                print(f"  note: replay of {path.stem[:12]} wrote a different number of tokens", file=sys.stderr)
        if args.unstreamed:
            if not len(rows) % 2:
                unstreamed = _unstreamed(art, store, cfg, model, llama, data, rules)
            plain.append((wall, unstreamed))
            _cold(llama, data, rules)
        v = b.verification
        shown_rows.append((path.stem[:13], _shown(b, art), b.usage.tokens_out, wall, b.usage.llm_calls))
        ratio = wall / raw if raw else float("nan")
        rows.append((wall, raw, ratio, b.usage.llm_calls))
        print(
            f"{path.stem[:13]:<14}{len(art.text):>7}{b.usage.llm_calls:>6}{b.usage.tokens_in:>8}"
            f"{b.usage.tokens_reused:>7}{b.usage.tokens_out:>8}{seen['quotes']:>8.2f}{first:>7.1f}"
            f"{wall:>8.1f}{raw:>8.1f}{ratio:>7.3f}{f'{v.quotes_verified}/{v.quotes_shown}':>8}"
            f"{len(v.issues):>7}{len(b.neutrality):>7}",
            flush=True,
        )
    walls = [r[0] for r in rows]
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    raw_total = sum(r[1] for r in rows)
    ratio = f"ratio {sum(walls) / raw_total:.3f}; target <= 1.15" if raw_total else "no replay"
    print(
        f"\n{len(rows)} articles: median wall {statistics.median(walls):.1f} s, "
        f"total wall {sum(walls):.1f} s vs raw llama.cpp {raw_total:.1f} s ({ratio}), "
        f"{sum(r[3] for r in rows)} LLM calls, peak RSS {rss_mb:.0f} MB"
    )
    done = [f for f in firsts if f == f]
    if done:
        print(f"first checked summary sentence: median {statistics.median(done):.1f} s after the briefing started")
    if plain:
        streamed, unstreamed = sum(p[0] for p in plain), sum(p[1] for p in plain)
        print(
            f"streamed {streamed:.1f} s vs not streamed {unstreamed:.1f} s over {len(plain)} articles: ratio "
            f"{streamed / unstreamed:.3f} (per article {', '.join(f'{a / b:.2f}' for a, b in plain)}; target <= 1)"
        )
    _print_shown(shown_rows)
    return 0


def _rules(model, cfg):
    """The fixed rules a prompt opens every call with, before any article (a shared context's text before its
    article block), read once now: a data dir keeps them after its first briefing, so every article below
    starts after them. Returns what reads them again, or None for prompts without a shared context."""
    from summarizer import prompts
    from summarizer.article import parse

    prompt = prompts.load(cfg.prompts_dir, "brief", cfg.brief_prompt)
    if prompt.context is None:
        return None
    other = prompt.opening(**prompts.opening(parse("No article\n\nThe rules are read before any article.", "text")))
    t = time.perf_counter()
    model.read_ahead(other)  # keeps the rules, and this article, which no briefing below reads
    print(
        f"fixed opening rules ({prompt.context.path.name}) read once per data dir in "
        f"{time.perf_counter() - t:.1f} s (with a two-sentence article); each article below starts after them\n"
    )
    return lambda: model.read_ahead(other)


def _cold(llama, data: Path, rules=None) -> None:
    """Forget every evaluated prompt (llama.cpp's context and the kept prefixes, in memory and on disk) and
    everything the checks remember from an earlier briefing: the support checker's sentence vectors (a second
    briefing of the same article would otherwise get the article's vectors, and those of the same summary
    sentences, for free) and the parsed clauses of reported positions. With `rules` (the fixed rules every
    call opens with), those are read again and kept, as in a data dir that made any briefing before."""
    import shutil

    from summarizer import llm_local, quotemarks, repairs, reported

    llama.reset()
    llm_local._CACHES.clear()
    shutil.rmtree(data / "prompt-cache", ignore_errors=True)
    default_checker()._memo.clear()
    for cached in (reported._clause, repairs._scripts, quotemarks._straight_singles):
        cached.cache_clear()
    if rules is not None:
        rules()


def _unstreamed(art, store, cfg, model, llama, data: Path, rules=None) -> float:
    """Wall time of a briefing of `art` without streaming, from a cold start; leaves everything cold again."""
    _cold(llama, data, rules)
    t = time.perf_counter()
    brief(art, store, cfg, model=model)
    wall = time.perf_counter() - t
    _cold(llama, data, rules)
    return wall


def _cli(args: argparse.Namespace) -> None:
    """`summarizer brief SEED --format jsonl` as a new process with an empty data dir: when each event came."""
    import json
    import subprocess

    seed = REPO / "seeds" / "blinken-putin-un-security-council.txt"
    env = {**os.environ, "SUMMARIZER_DATA_DIR": tempfile.mkdtemp(prefix="bench-brief-cli-")}
    command = [sys.executable, "-m", "summarizer", "brief", str(seed), "--format", "jsonl", "--model", args.model]
    if args.prompt_version:
        command += ["--prompt-version", args.prompt_version]
    started = time.perf_counter()
    seen: dict[str, float] = {}
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO) as run:
        assert run.stdout is not None
        for line in run.stdout:
            seen.setdefault(json.loads(line)["event"], time.perf_counter() - started)
    total = time.perf_counter() - started
    print(
        f"summarizer brief, cold process, seed article: quote table {seen.get('quotes', float('nan')):.2f} s "
        f"(target <= 1 s), first checked sentence {seen.get('sentence', float('nan')):.1f} s (target <= 15 s), "
        f"done {total:.1f} s\n"
    )


def _shown(b, art) -> dict[str, int]:
    """What a reader sees, and what each rule removed."""
    kinds = [i.kind for i in b.verification.issues]
    quoted = [s for s in b.speakers if s.quotes]
    positions = {f"positions[{s.speaker_id}]": s for s in quoted if s.position}
    table = {s.id: set(s.quote_ids + s.statement_ids) for s in extract(art).speakers}
    own = 0
    for field, s in positions.items():
        ids = next((x.ids for x in b.support if x.field == field), [])
        own += all(i in table.get(s.speaker_id, set()) for i in ids)  # no ids (v1): its own sentences only
    shown_problems = [p.kind for p in problems(b.summary, art)]
    return {
        "summary": len(b.summary),
        "positions": len(positions),
        "reported": sum(1 for s in positions.values() if s.reported),
        "quoted": len(quoted),
        "own": own,
        "marked": sum(x.status == "unsupported" for x in b.support),
        "loaded": len(b.neutrality),
        "fragments": shown_problems.count("fragment"),
        "copies": shown_problems.count("headline_copy"),
        "attributed": kinds.count("unattributed_claim"),
        **{k: kinds.count(k) for k in RULES},
    }


def _print_shown(rows: list) -> None:
    cols = ["summary", "positions", "reported", "quoted", "own", "marked", "loaded", "fragments", "copies"]
    cols += ["attributed", *RULES]
    short = {
        "summary": "shown",
        "positions": "pos",
        "reported": "pos art",
        "fragments": "fragshow",
        "copies": "copyshow",
        "attributed": "attrib",
        "unsupported_claim": "unsupp",
        "headline_copy": "hcopy",
        "cross_wired": "xwired",
        "retyped_quote": "retyped",
        "loaded_word": "loadrm",
        "duplicate": "dup",
        "fragment": "frag",
    }
    print("\nshown (summary sentences, positions and how many are the article's own report, quoted speakers, positions")
    print("on own words, marked unsupported, loaded words, fragments and headline copies shown, claims told as their")
    print("speaker's) and removed by rule:")
    print(
        f"{'article':<14}" + "".join(f"{short.get(c, c):>9}" for c in cols) + f"{'tok out':>9}{'wall s':>8}{'calls':>6}"
    )
    totals = {c: 0 for c in cols}
    for name, shown, tokens, wall, calls in rows:
        print(f"{name:<14}" + "".join(f"{shown[c]:>9}" for c in cols) + f"{tokens:>9}{wall:>8.1f}{calls:>6}")
        for c in cols:
            totals[c] += shown[c]
    print(
        f"{'total':<14}" + "".join(f"{totals[c]:>9}" for c in cols) + f"{sum(r[2] for r in rows):>9}"
        f"{sum(r[3] for r in rows):>8.1f}{sum(r[4] for r in rows):>6}"
    )


if __name__ == "__main__":
    sys.exit(main())
