"""Quote extraction against the gold quotes of the dev articles.

Prints quote-span precision, recall and F1 (exact match after trimming punctuation and whitespace, and at
>= 0.8 overlap), speaker accuracy on matched quotes, throughput, and with --errors every miss.

    python bench/quotes.py [--dev DIR] [--errors]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.article import parse  # noqa: E402
from summarizer.quotes import QuoteTable, extract  # noqa: E402

_TRIM = " \t\r\n.,;:!?\"'“”‘’«»-—–"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0], 1)


def _tokens(name: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", name.lower())) - {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "sir"}


def same_speaker(table: QuoteTable, speaker_id: str | None, gold: str | None) -> bool:
    """Gold names are normalised full names; a prediction matches on the surname or the whole phrase."""
    speaker = table.speaker(speaker_id)
    if speaker is None or not gold:
        return False
    names = [speaker.name, *speaker.aliases]
    gold_tokens = _tokens(gold)
    for name in names:
        tokens = _tokens(name)
        if not tokens:
            continue
        if name.lower() == gold.lower() or tokens <= gold_tokens or gold_tokens <= tokens:
            return True
        if gold.split()[-1].lower() in tokens and speaker.is_person:
            return True
    return False


def match(pred: list[tuple[int, int]], gold: list[tuple[int, int]], threshold: float) -> list[tuple[int, int]]:
    pairs = []
    used: set[int] = set()
    for gi, g in enumerate(gold):
        best, best_score = None, 0.0
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            score = 1.0 if p == g else overlap(p, g)
            if score > best_score:
                best, best_score = pi, score
        if best is not None and best_score >= threshold:
            used.add(best)
            pairs.append((best, gi))
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_dev = Path(os.environ.get("SUMMARIZER_DEV_DATA", REPO.parent / "shared" / "data" / "dev"))
    parser.add_argument("--dev", type=Path, default=default_dev)
    parser.add_argument("--errors", action="store_true", help="print every missed, extra or misattributed quote")
    args = parser.parse_args()
    if not args.dev.is_dir():
        print(f"dev articles not found at {args.dev}; pass --dev or set SUMMARIZER_DEV_DATA", file=sys.stderr)
        return 2

    docs = []
    for labels in sorted(args.dev.glob("D*.json")):
        meta = json.loads(labels.read_text(encoding="utf-8"))
        with open(args.dev / meta["text_file"], encoding="utf-8", newline="") as f:
            docs.append((meta, f.read()))

    started = time.perf_counter()
    tables = [extract(parse(text)) for _, text in docs]
    elapsed = time.perf_counter() - started

    totals = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}  # matched, predicted, gold
    speaker_ok = speaker_n = 0
    for (meta, text), table in zip(docs, tables, strict=True):
        pred = [trimmed(text, q.start, q.end) for q in table.quotes]
        gold = [trimmed(text, q["start"], q["end"]) for q in meta["quotes"]]
        for name, threshold in (("exact", 1.0), ("overlap", 0.8)):
            pairs = match(pred, gold, threshold)
            totals[name][0] += len(pairs)
            totals[name][1] += len(pred)
            totals[name][2] += len(gold)
            if name != "overlap":
                continue
            for pi, gi in pairs:
                ok = same_speaker(table, table.quotes[pi].speaker_id, meta["quotes"][gi]["speaker"])
                speaker_ok += ok
                speaker_n += 1
                if args.errors and not ok:
                    sp = table.speaker(table.quotes[pi].speaker_id)
                    print(
                        f"{meta['id'][:3]} SPEAKER gold={meta['quotes'][gi]['speaker']!r} "
                        f"got={sp.name if sp else None!r}: {text[gold[gi][0] : gold[gi][1]][:70]!r}"
                    )
            if args.errors:
                matched_p = {p for p, _ in pairs}
                matched_g = {g for _, g in pairs}
                for gi, g in enumerate(gold):
                    if gi not in matched_g:
                        print(f"{meta['id'][:3]} MISSED {text[g[0] : g[1]][:90]!r}")
                for pi, p in enumerate(pred):
                    if pi not in matched_p:
                        print(f"{meta['id'][:3]} EXTRA  {text[p[0] : p[1]][:90]!r}")

    print(f"articles {len(docs)}, gold quotes {totals['exact'][2]}, predicted {totals['exact'][1]}")
    for name, label in (("exact", "exact span"), ("overlap", ">=0.8 overlap")):
        m, p, g = totals[name]
        precision, recall = m / max(p, 1), m / max(g, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"{label:15} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"speaker accuracy on matched quotes {speaker_ok / max(speaker_n, 1):.3f} ({speaker_ok}/{speaker_n})")
    print(f"throughput {len(docs) / elapsed:.0f} articles/s ({elapsed * 1000:.0f} ms for all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
