"""Retrieval for `ask` on the question set in evals/ask/questions.yaml, latency at scale, answers with a model.

1. Recall@k of the supporting sentences (share of support sentences in the context given to the model, and
   share of questions with at least one) for: vector search alone, vector + quote-table hits (what `ask`
   does), and vector + BM25 keyword search fused by reciprocal rank (a hybrid candidate).
2. Retrieval latency (p50/p95) on a store holding the seed, the dev articles and 1,000 synthetic articles.
   The synthetic articles get random unit vectors: latency does not depend on what the vectors mean, and
   embedding 1,000 articles would only time the embedder.
3. With --model: answer latency and outcomes on the answerable and unanswerable questions (with the ask
   prompt --prompt-version, default the configured one).
4. With --model and --after-brief: per article, the first question asked cold with today's retrieval prompt
   (ask v1), then the same question right after a briefing (brief --brief-prompt, default the configured
   one) with the ask prompt --prompt-version (default the configured one; it should share the briefing's
   opening), and that prompt again with nothing kept.

    python bench/ask.py [--dev DIR] [--k 4] [--model local:qwen2.5-1.5b] [--prompt-version v2] [--synthetic 1000]
                        [--after-brief [--brief-prompt v4] [--limit N]]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.article import parse  # noqa: E402
from summarizer.ask import ask, retrieve  # noqa: E402
from summarizer.chunking import split  # noqa: E402
from summarizer.config import load_settings  # noqa: E402
from summarizer.ingest import open_article  # noqa: E402
from summarizer.store import Store  # noqa: E402
from summarizer.verify import citation_support  # noqa: E402

WORD = re.compile(r"\w+")


def load_questions(dev: Path) -> list[dict]:
    out = []
    for q in yaml.safe_load((REPO / "evals" / "ask" / "questions.yaml").read_text(encoding="utf-8")):
        ref = q["article"]
        path = dev / ref[4:] if ref.startswith("dev:") else REPO / ref
        if path.is_file():
            out.append({**q, "path": path})
    return out


def bm25_rank(question: str, chunks: list, k1: float = 1.5, b: float = 0.75) -> list[int]:
    docs = [Counter(w.lower() for w in WORD.findall(c.text)) for c in chunks]
    avg = sum(sum(d.values()) for d in docs) / max(len(docs), 1)
    terms = {w.lower() for w in WORD.findall(question)}
    scores = []
    for d in docs:
        size = sum(d.values())
        s = 0.0
        for t in terms:
            df = sum(1 for x in docs if t in x)
            if not df or t not in d:
                continue
            idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
            s += idf * d[t] * (k1 + 1) / (d[t] + k1 * (1 - b + b * size / avg))
        scores.append(s)
    return [chunks[i].index for i in sorted(range(len(chunks)), key=lambda i: -scores[i])]


def context_ids(art, chunk_indexes: set[int], chunks: list) -> set[str]:
    spans = [(c.start, c.end) for c in chunks if c.index in chunk_indexes]
    return {s.id for s in art.sentences if any(a <= s.start < e for a, e in spans)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_dev = Path(os.environ.get("SUMMARIZER_DEV_DATA", REPO.parent / "shared" / "data" / "dev"))
    parser.add_argument("--dev", type=Path, default=default_dev)
    parser.add_argument("--k", type=int, default=4)
    parser.add_argument("--synthetic", type=int, default=1000)
    parser.add_argument("--model", default=None)
    parser.add_argument("--prompt-version", default=None, help="Ask prompt version for the answers section.")
    parser.add_argument("--after-brief", action="store_true", help="Time questions asked right after a briefing.")
    parser.add_argument("--brief-prompt", default=None, help="Brief prompt for --after-brief (default: configured).")
    parser.add_argument("--limit", type=int, default=None, help="Articles in the --after-brief section.")
    args = parser.parse_args()
    if args.after_brief and not args.model:
        parser.error("--after-brief times the model: give --model (e.g. local:qwen2.5-1.5b)")

    cfg = load_settings(data_dir=Path(tempfile.mkdtemp(prefix="bench-ask-")), ask_k=args.k)
    store = Store(cfg)
    questions = load_questions(args.dev)
    arts = {}
    for q in questions:
        if q["path"] not in arts:
            arts[q["path"]] = open_article(str(q["path"]), store)
    for p in sorted(args.dev.glob("D*.txt")) if args.dev.is_dir() else []:
        open_article(str(p), store)

    answerable = [q for q in questions if not q.get("unanswerable")]
    recall: dict[str, list[float]] = {"vector": [], "vector+quotes (ask)": [], "vector+bm25 (RRF)": []}
    hit: dict[str, list[bool]] = {k: [] for k in recall}
    size: dict[str, list[int]] = {k: [] for k in recall}
    for q in answerable:
        art = arts[q["path"]]
        chunks = store.chunks(art.id)
        vec = [c.index for c in store.search(q["question"], k=args.k, article_ids=[art.id])]
        ctx = retrieve(q["question"], [art], store, args.k)
        bm = bm25_rank(q["question"], chunks)
        full_vec = [c.index for c in store.search(q["question"], k=len(chunks), article_ids=[art.id])]
        rrf: dict[int, float] = {}
        for ranking in (full_vec, bm):
            for r, idx in enumerate(ranking):
                rrf[idx] = rrf.get(idx, 0.0) + 1 / (60 + r)
        hybrid = sorted(rrf, key=lambda i: -rrf[i])[: args.k]
        got = {
            "vector": context_ids(art, set(vec), chunks),
            "vector+quotes (ask)": {s.sentence_id for s in ctx.sentences},
            "vector+bm25 (RRF)": context_ids(art, set(hybrid), chunks),
        }
        support = set(q["support"])
        for name, ids in got.items():
            recall[name].append(len(support & ids) / len(support))
            hit[name].append(bool(support & ids))
            size[name].append(len(ids))
    print(f"retrieval on {len(answerable)} answerable questions, k={args.k} chunks of ~{cfg.chunk_chars} chars")
    print(f"{'method':<22}{'recall':>8}{'any hit':>9}{'context sentences':>19}")
    for name in recall:
        print(
            f"{name:<22}{statistics.mean(recall[name]):>8.3f}{statistics.mean(hit[name]):>9.3f}"
            f"{statistics.mean(size[name]):>19.1f}"
        )

    rng = random.Random(0)
    vocab = "council budget minister vote court report police city school health trade energy water".split()
    started = time.perf_counter()
    for i in range(args.synthetic):
        words = [rng.choice(vocab) for _ in range(90)]
        art = parse(f"Synthetic {i}\n\n" + " ".join(words).capitalize() + ".", "text", f"synthetic-{i}")
        pieces = split(art, cfg.chunk_chars)
        vectors = []
        for _ in pieces:
            v = [rng.gauss(0, 1) for _ in range(384)]
            norm = math.sqrt(sum(x * x for x in v))
            vectors.append([x / norm for x in v])
        store.add(art, pieces, vectors)
    total = len(store.articles())
    print(
        f"\nadded {args.synthetic} synthetic articles in {time.perf_counter() - started:.1f} s; store: {total} articles"
    )
    one, every = [], []
    for q in questions * 3:
        art = arts[q["path"]]
        t = time.perf_counter()
        retrieve(q["question"], [art], store, args.k)
        one.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        store.search(q["question"], k=args.k)
        every.append((time.perf_counter() - t) * 1000)
    for name, xs in (("ask retrieval, one article", one), ("vector search, whole store", every)):
        xs.sort()
        print(f"{name:<28} p50 {statistics.median(xs):6.1f} ms  p95 {xs[int(len(xs) * 0.95) - 1]:6.1f} ms")

    if args.model and args.after_brief:
        _after_brief(questions, arts, store, cfg, args)
    elif args.model:
        version = {"ask_prompt": args.prompt_version} if args.prompt_version else {}
        cfg = load_settings(data_dir=cfg.data_dir, chat_model=args.model, ask_k=args.k, **version)
        times, right = [], 0
        for q in questions:
            a = ask(q["question"], [arts[q["path"]]], store, cfg)
            times.append(a.seconds)
            ok = _right(a, q, arts[q["path"]])
            right += ok
            print(f"  {'ok ' if ok else 'BAD'} {a.seconds:5.1f} s  {q['question'][:50]:<50} -> {a.answer[:70]}")
        print(
            f"answers with {args.model}, ask {cfg.ask_prompt}: {right}/{len(questions)} right "
            "(answerable: cites a supporting sentence, and half the answer's content words are in the supporting "
            "sentences; "
            f"unanswerable: says so), latency p50 {statistics.median(times):.1f} s"
        )
    return 0


ANSWER_IN_SUPPORT = 0.5  # share of the answer's content words the supporting sentences must hold


def _right(a, q: dict, art) -> bool:
    """Unanswerable: the answer says so. Answerable: it cites a supporting sentence, and what it says is in the
    supporting sentences (a right citation under an answer to another question is wrong: "Who called the
    session?" answered with what Blinken said, citing the sentence about the session)."""
    if q.get("unanswerable"):
        return not a.answered
    if not {c.sentence_id for c in a.citations} & set(q["support"]):
        return False
    gold = " ".join(s.text for s in art.sentences if s.id in q["support"])
    text = re.sub(r"\[[^\]]*\]", "", a.answer)
    return citation_support(text, gold) >= ANSWER_IN_SUPPORT


def _after_brief(questions: list[dict], arts: dict, store: Store, cfg, args: argparse.Namespace) -> None:
    from summarizer.brief import brief
    from summarizer.models import chat_model

    base = {"data_dir": cfg.data_dir, "chat_model": args.model, "ask_k": args.k}
    today = load_settings(**base, ask_prompt="v1")
    chosen_brief = {"brief_prompt": args.brief_prompt} if args.brief_prompt else {}
    chosen_ask = {"ask_prompt": args.prompt_version} if args.prompt_version else {}
    shared = load_settings(**base, **chosen_ask, **chosen_brief)
    llm = chat_model(args.model, shared)
    kept_nothing = llm.model_copy(update={"cache_bytes": 0, "cache_disk_bytes": 0})
    llama = llm.llama()
    firsts = {}
    for q in questions:
        firsts.setdefault(q["path"], q)
    chosen = list(firsts.values())[: args.limit] if args.limit else list(firsts.values())
    print(f"brief {shared.brief_prompt}, then ask {shared.ask_prompt}; cold: ask v1")
    print(f"{'article':<14}{'cold v1 s':>10}{'brief s':>9}{'after s':>9}{'reused':>8}{'no reuse s':>11}  answer after")
    rows = []
    for q in chosen:
        art = arts[q["path"]]
        llama.reset()
        cold = ask(q["question"], [art], store, today, model=kept_nothing)
        b = brief(art, store, shared, model=llm)
        after = ask(q["question"], [art], store, shared, model=llm)
        llama.reset()
        alone = ask(q["question"], [art], store, shared, model=kept_nothing)
        rows.append((cold.seconds, after.seconds, alone.seconds))
        print(
            f"{q['path'].stem[:13]:<14}{cold.seconds:>10.1f}{b.usage.seconds:>9.1f}{after.seconds:>9.1f}"
            f"{after.tokens_reused:>8}{alone.seconds:>11.1f}  {after.answer[:60]}",
            flush=True,
        )
    cold, after, alone = (statistics.median(r[i] for r in rows) for i in range(3))
    print(
        f"question right after a briefing: median {after:.1f} s vs {cold:.1f} s cold with ask v1 "
        f"({cold / after:.1f}x faster; target >= 2x) and {alone:.1f} s for ask {shared.ask_prompt} with nothing kept"
    )


if __name__ == "__main__":
    sys.exit(main())
