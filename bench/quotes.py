"""Quote, speaker and statement extraction against the labelled train and dev articles.

For each set (train: 150 PolNeAR articles, automatic speaker names; dev: 18 hand-checked articles) prints:
- quote-span precision, recall and F1, exact (after trimming punctuation and whitespace) and at >= 0.8 overlap;
- speaker accuracy on matched quotes: the same person or body (surname or content-word match, ignoring
  titles, possessives, Jr./Sr.); gold speakers that are null or an unresolved pronoun carry no information
  and are left out; the misses split into quotes credited to someone else (a wrong name shown) and quotes
  left uncredited;
- junk speakers: predicted speakers that match no source the annotators marked anywhere in the article
  (an adverb, a dateline, a place from an appositive ...);
- statements: every attribution (direct and indirect speech) as content spans, F1 at >= 0.5 overlap with
  speaker accuracy on the matched ones, for all attributions and for the indirect ones alone;
- throughput in articles/s once the pipeline is loaded.

    python bench/quotes.py [--set train|dev|all] [--train DIR] [--dev DIR] [--errors] [--limit N]
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
from summarizer.quotes import QuoteTable, extract, extract_many  # noqa: E402

_TRIM = " \t\r\n.,;:!?\"'“”‘’«»-—–"
# Words that tell no speaker from another: articles, titles, and possessive pronouns ("his friends" in the gold
# is "Pierre de Vos's friends" named)
_IGNORED = frozenset(
    "the a an of mr mrs ms dr sir rep sen gov del prof gen jr sr s president senator secretary minister"
    " his her its their".split()
)
_UNINFORMATIVE = ("pronoun-unresolved", "no-source-annotated")


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
    name = re.sub(r"['’]s\b", "", name.lower())
    return set(re.findall(r"[a-z0-9]+", name)) - _IGNORED


def _surname(gold: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z0-9'’\-]+", gold) if w.lower().strip(".") not in ("jr", "sr", "ii", "iii")]
    return words[-1].lower() if words else ""


def names_match(names: list[str], is_person: bool, gold: str | None) -> bool:
    """Gold names are full names or descriptions; a prediction matches on the surname or content words."""
    if not gold:
        return False
    gold_tokens = _tokens(gold)
    for name in names:
        tokens = _tokens(name)
        if not tokens:
            continue
        if name.lower() == gold.lower() or (gold_tokens and (tokens <= gold_tokens or gold_tokens <= tokens)):
            return True
        if is_person and _surname(gold) in tokens:
            return True
    return False


def same_speaker(table: QuoteTable, speaker_id: str | None, gold: str | None) -> bool:
    speaker = table.speaker(speaker_id)
    if speaker is None:
        return False
    return names_match([speaker.name, *speaker.aliases], speaker.is_person, gold)


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


def informative(item: dict) -> bool:
    return bool(item.get("speaker")) and item.get("speaker_name_method") not in _UNINFORMATIVE


def load(folder: Path, pattern: str, limit: int | None) -> list[tuple[dict, str]]:
    docs = []
    for labels in sorted(folder.glob(pattern))[:limit]:
        meta = json.loads(labels.read_text(encoding="utf-8"))
        with open(folder / meta["text_file"], encoding="utf-8", newline="") as f:
            docs.append((meta, f.read()))
    return docs


def gold_sources(meta: dict) -> list[str]:
    """Every name or description the annotators gave as a source in this article."""
    out = [q["speaker"] for q in meta["quotes"] if q.get("speaker")]
    for a in meta.get("attributions") or []:
        out += [a["speaker"]] if a.get("speaker") else []
        out += [a["source"]["text"]] if a.get("source") else []
    for s in meta.get("speakers") or []:
        out += [s["name"], *s.get("mentions", [])]
    return out


def f1(m: int, p: int, g: int) -> tuple[float, float, float]:
    precision, recall = m / max(p, 1), m / max(g, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def evaluate(name: str, docs: list[tuple[dict, str]], errors: bool) -> dict:
    articles = [parse(text) for _, text in docs]
    started = time.perf_counter()
    tables = [extract(a) for a in articles]
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    extract_many(articles, processes=2)
    elapsed2 = time.perf_counter() - started

    totals = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}  # matched, predicted, gold
    speaker_ok = speaker_n = uncredited = 0
    by_method: dict[str, list[int]] = {}  # how the gold name was made -> [right, scored]
    junk = speakers_n = 0
    st = {"all": [0, 0, 0, 0, 0], "indirect": [0, 0, 0, 0, 0]}  # matched, predicted, gold, speaker ok, speaker n
    for (meta, text), table in zip(docs, tables, strict=True):
        tag = meta["id"][:4]
        pred = [trimmed(text, q.start, q.end) for q in table.quotes]
        gold = [trimmed(text, q["start"], q["end"]) for q in meta["quotes"]]
        for kind, threshold in (("exact", 1.0), ("overlap", 0.8)):
            pairs = match(pred, gold, threshold)
            totals[kind][0] += len(pairs)
            totals[kind][1] += len(pred)
            totals[kind][2] += len(gold)
            if kind != "overlap":
                continue
            for pi, gi in pairs:
                g = meta["quotes"][gi]
                if not informative(g):
                    continue
                ok = same_speaker(table, table.quotes[pi].speaker_id, g["speaker"])
                speaker_ok += ok
                speaker_n += 1
                row = by_method.setdefault(g.get("speaker_name_method") or "hand-checked", [0, 0])
                row[0] += ok
                row[1] += 1
                uncredited += table.quotes[pi].speaker_id is None
                if errors and not ok:
                    sp = table.speaker(table.quotes[pi].speaker_id)
                    print(
                        f"{tag} SPEAKER gold={g['speaker']!r} got={sp.name if sp else None!r}: "
                        f"{text[gold[gi][0] : gold[gi][1]][:70]!r}"
                    )
            if errors:
                matched_p = {p for p, _ in pairs}
                matched_g = {g for _, g in pairs}
                for gi, g in enumerate(gold):
                    if gi not in matched_g:
                        print(f"{tag} MISSED {text[g[0] : g[1]][:90]!r}")
                for pi, p in enumerate(pred):
                    if pi not in matched_p:
                        print(f"{tag} EXTRA  {text[p[0] : p[1]][:90]!r}")
        sources = gold_sources(meta)
        for sp in table.speakers:
            speakers_n += 1
            if not any(names_match([sp.name, *sp.aliases], sp.is_person, s) for s in sources):
                junk += 1
                if errors:
                    print(f"{tag} JUNK   {sp.name!r}")
        _statements(meta, text, table, st, errors, tag)

    out = {"set": name, "articles": len(docs), "seconds": elapsed, "seconds_2": elapsed2}
    out["quotes"] = {"gold": totals["exact"][2], "predicted": totals["exact"][1]}
    for kind in ("exact", "overlap"):
        out[kind] = f1(*totals[kind])
    out["speaker"] = (speaker_ok, speaker_n)
    out["uncredited"] = uncredited
    out["by_method"] = by_method
    out["junk"] = (junk, speakers_n)
    out["statements"] = {k: v for k, v in st.items()}
    return out


def _statements(meta: dict, text: str, table: QuoteTable, st: dict, errors: bool, tag: str) -> None:
    attributions = meta.get("attributions") or []
    if not attributions:
        return
    gold: list[tuple[tuple[int, int], dict]] = []
    for a in attributions:
        for s, e in (a.get("content") or {}).get("spans") or []:
            gold.append((trimmed(text, s, e), a))
    preds = table.attributions
    for kind in ("all", "indirect"):
        g_items = [(span, a) for span, a in gold if kind == "all" or not a.get("contains_direct_quote")]
        # a statement with the attribution inside it ("X, the office said, Y") is scored as its two parts,
        # as the corpus marks it
        p_items = [p for a in preds if kind == "all" or not a.direct for p in [a] * len(a.spans)]
        pred_spans = [trimmed(text, s, e) for a in preds if kind == "all" or not a.direct for s, e in a.spans]
        pairs = match(pred_spans, [span for span, _ in g_items], 0.5)
        row = st[kind]
        row[0] += len(pairs)
        row[1] += len(p_items)
        row[2] += len(g_items)
        for pi, gi in pairs:
            a = g_items[gi][1]
            if not informative(a):
                continue
            ok = same_speaker(table, p_items[pi].speaker_id, a["speaker"])
            row[3] += ok
            row[4] += 1
            if errors and kind == "all" and not ok:
                sp = table.speaker(p_items[pi].speaker_id)
                print(
                    f"{tag} STMT-SPEAKER gold={a['speaker']!r} got={sp.name if sp else None!r}: "
                    f"{text[g_items[gi][0][0] : g_items[gi][0][1]][:60]!r}"
                )
        if errors and kind == "all":
            matched_g = {g for _, g in pairs}
            for gi, (span, a) in enumerate(g_items):
                if gi not in matched_g:
                    print(f"{tag} STMT-MISSED [{a['cue'] and a['cue']['text']}] {text[span[0] : span[1]][:80]!r}")
        if errors and kind == "indirect":
            matched_p = {p for p, _ in pairs}
            for pi, p in enumerate(p_items):
                if pi not in matched_p:
                    sp = table.speaker(p.speaker_id)
                    who = sp.name if sp else None
                    print(f"{tag} STMT-EXTRA [{p.cue}] {who!r}: {text[p.content_start : p.content_end][:80]!r}")


def report(r: dict) -> None:
    print(
        f"== {r['set']}: {r['articles']} articles, "
        f"gold quotes {r['quotes']['gold']}, predicted {r['quotes']['predicted']}"
    )
    for kind, label in (("exact", "exact span"), ("overlap", ">=0.8 overlap")):
        p, rc, f = r[kind]
        print(f"  {label:15} precision {p:.3f}  recall {rc:.3f}  F1 {f:.3f}")
    ok, n = r["speaker"]
    wrong = n - ok - r["uncredited"]
    print(
        f"  speaker accuracy on matched quotes {ok / max(n, 1):.3f} ({ok}/{n}); credited to someone else "
        f"{wrong} ({wrong / max(n, 1):.3f}), left uncredited {r['uncredited']}"
    )
    rows = sorted(r["by_method"].items(), key=lambda kv: -kv[1][1])
    print("    by how the gold name was made: " + ", ".join(f"{m} {a}/{b}" for m, (a, b) in rows))
    junk, n = r["junk"]
    print(f"  junk speakers {junk} of {n} ({junk / max(n, 1):.3f})")
    for kind, row in r["statements"].items():
        if not row[2]:
            continue
        p, rc, f = f1(*row[:3])
        print(
            f"  statements ({kind:8}) gold {row[2]:4} predicted {row[1]:4}  P {p:.3f} R {rc:.3f} F1@0.5 {f:.3f}"
            f"  speaker {row[3] / max(row[4], 1):.3f} ({row[3]}/{row[4]})"
        )
    print(
        f"  throughput {r['articles'] / r['seconds']:.1f} articles/s in one process, "
        f"{r['articles'] / r['seconds_2']:.1f} articles/s on two (extract_many)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data = Path(os.environ.get("SUMMARIZER_DATA_ROOT", REPO.parent / "shared" / "data"))
    parser.add_argument("--dev", type=Path, default=Path(os.environ.get("SUMMARIZER_DEV_DATA", data / "dev")))
    parser.add_argument("--train", type=Path, default=Path(os.environ.get("SUMMARIZER_TRAIN_DATA", data / "train")))
    parser.add_argument("--set", choices=("train", "dev", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each set")
    parser.add_argument("--errors", action="store_true", help="print every missed, extra or misattributed item")
    args = parser.parse_args()
    sets = [("train", args.train, "T*.json"), ("dev", args.dev, "D*.json")]
    ran = 0
    extract(parse("Warm-up\n\n“Yes,” Ann Lee said."))  # load the pipeline before timing
    for name, folder, pattern in sets:
        if args.set not in (name, "all"):
            continue
        if not folder.is_dir():
            print(f"{name} articles not found at {folder}; pass --{name} or set SUMMARIZER_{name.upper()}_DATA")
            continue
        report(evaluate(name, load(folder, pattern, args.limit), args.errors))
        ran += 1
    return 0 if ran else 2


if __name__ == "__main__":
    sys.exit(main())
