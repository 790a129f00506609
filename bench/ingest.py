"""Ingest throughput on the dev articles next to the raw throughput of the embedding model alone.

Prints chunks/s for: the embedding model on the exact chunk texts ingest embeds, and a full `ingest` of the
same articles into a fresh store (read, parse, chunk, embed, write). Target: ingest >= 0.8x raw.

    python bench/ingest.py [--dev DIR] [--repeat 3] [--embedding-model local:minilm]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dev", type=Path, default=Path(os.environ.get("SUMMARIZER_DEV_DATA", REPO.parent / "shared/data/dev"))
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--embedding-model", default="local:minilm")
    args = parser.parse_args()
    if not args.dev.is_dir():
        print(f"dev articles not found at {args.dev}; pass --dev or set SUMMARIZER_DEV_DATA", file=sys.stderr)
        return 2

    from summarizer import chunking
    from summarizer.config import load_settings
    from summarizer.ingest import ingest, load
    from summarizer.models import embedding_model
    from summarizer.store import Store, embedding_texts

    paths = sorted(str(p) for p in args.dev.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp) / "warm", embedding_model=args.embedding_model)
        started = time.perf_counter()
        model = embedding_model(args.embedding_model, settings)
        load_s = time.perf_counter() - started
        articles = [load(p, settings.max_article_bytes) for p in paths]
        texts = [t for a in articles for t in embedding_texts(chunking.split(a, settings.chunk_chars))]
        model.embed_documents(texts[:8])  # warm-up

        raw, full = [], []
        for i in range(args.repeat):
            started = time.perf_counter()
            model.embed_documents(texts)
            raw.append(time.perf_counter() - started)

            store = Store(load_settings(data_dir=Path(tmp) / f"run{i}", embedding_model=args.embedding_model), model)
            started = time.perf_counter()
            outcomes = ingest(paths, store)
            full.append(time.perf_counter() - started)
            assert all(getattr(o, "status", None) == "stored" for o in outcomes), outcomes
            assert store.collection.count() == len(texts)

    raw_rate = len(texts) / statistics.median(raw)
    ingest_rate = len(texts) / statistics.median(full)
    print(f"articles           {len(paths)}")
    print(f"chunks             {len(texts)} (mean {sum(map(len, texts)) / len(texts):.0f} chars)")
    print(f"model load         {load_s:.2f} s ({args.embedding_model})")
    print(f"raw embedding      {raw_rate:7.1f} chunks/s  (median of {args.repeat})")
    print(f"ingest             {ingest_rate:7.1f} chunks/s  (read, parse, chunk, embed, store)")
    print(f"ratio              {ingest_rate / raw_rate:7.2f}  (target >= 0.80)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
