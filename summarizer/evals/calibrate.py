"""How well the support checker agrees with people: FRANK's human labels on CNN/DM machine summaries.

Each article comes with five machine summaries whose sentences annotators judged factual or not. The checker
reads the article's sentences as evidence and every summary sentence as a claim; a summary is flagged when
any of its sentences is. Balanced accuracy (positive = unfaithful) is scored as the data set's README says,
at summary level on all summaries and at sentence level where the sentence's label is known. `fit` refits
the checker's weights and threshold on this set; its cross-validated figure (5 folds by article) is the
honest estimate for articles it was not fitted on. With a judge model, the judge's verdicts on the same
sentences are scored the same way, beside the checker's.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.errors import UserError
from summarizer.support import FEATURES, Checker, Params

if TYPE_CHECKING:
    from summarizer.evals.judge import Judge

Progress = Callable[[int, int, str], None]

ERROR_TYPES = ("EntE", "RelE", "CircE", "CorefE", "LinkE", "OutE", "GramE", "Other")
BASELINES = ("FactCC", "BertScore P Art", "Dep Entail", "QAGS", "FEQA", "Rouge L")
# Published checkers on this open part, threshold chosen on it, as the data set's README recomputes them.
README_BASELINES = {"FactCC": 0.658, "BertScore P Art": 0.666, "Dep Entail": 0.651, "QAGS": 0.585, "FEQA": 0.511}


@dataclass
class Sentence:
    text: str
    label: int | None  # 1 unfaithful, 0 faithful, None unknown
    errors: tuple[str, ...]
    features: dict[str, float] = field(default_factory=dict)
    ruled_out: bool = False  # a number the article lacks, a negation it does not have, an initialism for another


@dataclass
class Summary:
    article: str
    label: int
    n_unfaithful: int
    errors: dict[str, int]
    baselines: dict[str, float | None]
    sentences: list[Sentence]


def load(folder: Path, limit: int | None = None) -> list[tuple[str, str, list[Summary]]]:
    """(article id, article text, summaries) for each article of a FRANK-format folder."""
    if not folder.is_dir():
        raise UserError(f"no factuality data at {folder}; pass its folder or set SUMMARIZER_FACTUALITY_DATA")
    files = sorted(p for p in folder.glob("F*.json"))
    if not files:
        raise UserError(f"{folder} holds no F*.json files; pass the FRANK factuality folder")
    out = []
    for path in files[:limit]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        summaries = [
            Summary(
                doc["id"],
                int(s["label"] == "unfaithful"),
                int(s.get("n_unfaithful_sentences") or 0),
                s.get("error_category_sentence_counts") or {},
                s.get("baseline_metric_scores") or {},
                [
                    Sentence(
                        x.get("text_detok") or x["text"],
                        None if x.get("label") is None else int(x["label"] == "unfaithful"),
                        tuple(x.get("error_categories") or ()),
                    )
                    for x in s["sentences"]
                ],
            )
            for s in doc["summaries"]
        ]
        out.append((doc["id"], text, summaries))
    return out


def measure(data: list[tuple[str, str, list[Summary]]], checker: Checker) -> list[Summary]:
    """Fill in each sentence's features: the checker reads the whole article as evidence."""
    from summarizer.article import parse

    out = []
    for _, text, summaries in data:
        evidence = [s.text for s in parse(text).sentences]
        claims = [x for s in summaries for x in s.sentences]
        for x, f in zip(claims, checker.features([x.text for x in claims], evidence), strict=True):
            x.features = f.values
            x.ruled_out = f.ruled_out
        out += summaries
    return out


def balanced_accuracy(pred: Sequence[bool], gold: Sequence[int]) -> float:
    pos = sum(gold)
    neg = len(gold) - pos
    tp = sum(bool(p) and g for p, g in zip(pred, gold, strict=True))
    tn = sum((not p) and not g for p, g in zip(pred, gold, strict=True))
    return 0.5 * ((tp / pos if pos else 0.0) + (tn / neg if neg else 0.0))


def _flagged(x: Sentence, params: Params, threshold: float | None = None) -> bool:
    return x.ruled_out or params.probability(x.features) >= (params.threshold if threshold is None else threshold)


def _best_threshold(scores: Sequence[float], gold: Sequence[int]) -> tuple[float, float]:
    """The threshold (flag at or above) with the highest balanced accuracy, and that accuracy."""
    best = (0.0, math.inf)
    for t in sorted(set(scores)):
        b = balanced_accuracy([s >= t for s in scores], gold)
        if b > best[0]:
            best = (b, t)
    return best[1], best[0]


def _summary_score(s: Summary, params: Params) -> float:
    return max(1.0 if x.ruled_out else params.probability(x.features) for x in s.sentences)


def fit(summaries: list[Summary], l2: float = 0.01, steps: int = 3000, rate: float = 0.5) -> Params:
    """Logistic regression on sentences with known labels; the threshold maximises summary-level accuracy."""
    import numpy as np

    rows = [x for s in summaries for x in s.sentences if x.label is not None]
    if not rows or len({x.label for x in rows}) < 2:
        raise UserError("too few labelled sentences to fit on; pass a larger factuality folder")
    X = np.array([[x.features[f] for f in FEATURES] for x in rows])
    y = np.array([x.label for x in rows], dtype=float)
    mean, scale = X.mean(axis=0), X.std(axis=0) + 1e-9
    Z = (X - mean) / scale
    w, b = np.zeros(len(FEATURES)), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        w -= rate * (Z.T @ (p - y) / len(y) + l2 * w)
        b -= rate * float((p - y).mean())
    params = Params(
        dict(zip(FEATURES, map(float, w), strict=True)),
        dict(zip(FEATURES, map(float, mean), strict=True)),
        dict(zip(FEATURES, map(float, scale), strict=True)),
        float(b),
        0.5,
    )
    threshold, _ = _best_threshold([_summary_score(s, params) for s in summaries], [s.label for s in summaries])
    return Params(params.weights, params.mean, params.scale, params.bias, round(threshold, 4))


def cross_validated(summaries: list[Summary], folds: int = 5, seed: int = 0) -> float:
    """Summary-level balanced accuracy with weights and threshold fitted on the other folds' articles."""
    articles = sorted({s.article for s in summaries})
    random.Random(seed).shuffle(articles)
    pred: list[bool] = []
    gold: list[int] = []
    for k in range(folds):
        held = set(articles[k::folds])
        params = fit([s for s in summaries if s.article not in held])
        test = [s for s in summaries if s.article in held]
        pred += [any(_flagged(x, params) for x in s.sentences) for s in test]
        gold += [s.label for s in test]
    return balanced_accuracy(pred, gold)


def report(summaries: list[Summary], params: Params) -> dict:
    """The figures `eval calibrate` prints, as one JSON-ready dict."""
    flags = [[_flagged(x, params) for x in s.sentences] for s in summaries]
    gold = [s.label for s in summaries]
    summary_pred = [any(f) for f in flags]
    known = [(f, x.label) for s, fs in zip(summaries, flags, strict=True) for f, x in zip(fs, s.sentences, strict=True)]
    known = [(f, y) for f, y in known if y is not None]
    by_type = {}
    for e in ERROR_TYPES:
        having = [p for s, p in zip(summaries, summary_pred, strict=True) if s.errors.get(e)]
        by_type[e] = {"summaries": len(having), "flagged": round(sum(having) / len(having), 3) if having else None}
    unknown = [(sum(f), s.n_unfaithful) for s, f in zip(summaries, flags, strict=True) if 0 < s.n_unfaithful < len(f)]
    baselines = {}
    for name in BASELINES:
        pairs = [(s.baselines.get(name), s.label) for s in summaries if s.baselines.get(name) is not None]
        if pairs:
            _, acc = _best_threshold([-float(v) for v, _ in pairs], [g for _, g in pairs])
            baselines[name] = {"here": round(acc, 3), "readme": README_BASELINES.get(name)}
    tp = sum(p and g for p, g in zip(summary_pred, gold, strict=True))
    return {
        "balanced_accuracy": {
            "summary": round(balanced_accuracy(summary_pred, gold), 3),
            "sentence": round(balanced_accuracy([f for f, _ in known], [y for _, y in known]), 3) if known else None,
        },
        "threshold": params.threshold,
        "summaries": len(summaries),
        "unfaithful_summaries": sum(gold),
        "flagged_summaries": sum(summary_pred),
        "recall": round(tp / sum(gold), 3) if sum(gold) else None,
        "labelled_sentences": len(known),
        "flagged_count_matches": round(sum(a == b for a, b in unknown) / len(unknown), 3) if unknown else None,
        "error_types": by_type,
        "baselines": baselines,
    }


def judged(data: list[tuple[str, str, list[Summary]]], judge: Judge, progress: Progress | None = None) -> dict:
    """The judge model's agreement with people on the same sentences: a sentence is flagged when the judge
    finds it unsupported, a summary when any of its sentences is. A sentence the judge gave no verdict on is
    not flagged, and counted."""
    import time

    from summarizer.article import parse

    started, flags, no_verdict = time.perf_counter(), [], 0
    for k, (article_id, text, summaries) in enumerate(data):
        if progress:
            progress(k, len(data), f"article {article_id}")
        claims = [x.text for s in summaries for x in s.sentences]
        verdicts = iter(judge.claims(parse(text), claims))
        for s in summaries:
            row = [next(verdicts) for _ in s.sentences]
            no_verdict += sum(v.supported is None for v in row)
            flags.append((s, [v.supported is False for v in row]))
    if progress:
        progress(len(data), len(data), "done")
    gold = [s.label for s, _ in flags]
    summary_pred = [any(f) for _, f in flags]
    known = [(f, x.label) for s, fs in flags for f, x in zip(fs, s.sentences, strict=True) if x.label is not None]
    tp = sum(p and g for p, g in zip(summary_pred, gold, strict=True))
    return {
        "model": judge.name,
        "balanced_accuracy": {
            "summary": round(balanced_accuracy(summary_pred, gold), 3),
            "sentence": round(balanced_accuracy([f for f, _ in known], [y for _, y in known]), 3) if known else None,
        },
        "flagged_summaries": sum(summary_pred),
        "recall": round(tp / sum(gold), 3) if sum(gold) else None,
        "sentences": sum(len(f) for _, f in flags),
        "no_verdict": no_verdict,
        "calls": judge.meter.calls,
        "seconds": round(time.perf_counter() - started, 1),
    }


def run(
    folder: Path,
    checker: Checker,
    refit: bool = False,
    limit: int | None = None,
    judge: Judge | None = None,
    progress: Progress | None = None,
) -> tuple[dict, Params]:
    data = load(folder, limit)
    summaries = measure(data, checker)
    extra = {}
    if refit:
        params = fit(summaries)
        extra["cross_validated_summary"] = round(cross_validated(summaries), 3)
    else:
        params = checker.params
    if judge is not None:
        extra["judge"] = judged(data, judge, progress)
    figures = report(summaries, params) | extra
    return figures, params
