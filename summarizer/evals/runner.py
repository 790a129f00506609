"""Run a suite for every prompt version × model, score each briefing, store the run; compare with a baseline."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from summarizer.evals import runs
from summarizer.evals.checks import CHECKS, JUDGE_CHECKS, Subject, checks_for, gold_quotes, reference_summary
from summarizer.evals.suite import Case, Suite

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from summarizer.article import Article
    from summarizer.config import Settings
    from summarizer.store import Store

Progress = Callable[[int, int, str], None]


def run_suite(
    suite: Suite,
    settings: Settings,
    prompt_versions: list[str],
    models: list[str],
    use_cache: bool = True,
    progress: Progress | None = None,
    concurrency: int = 4,
    judge: str | None = None,
) -> runs.Run:
    """Brief every case with every variant (errors are recorded, the rest go on) and score the results.

    With the cache on, a case whose article, expectations, variant, settings and code are all unchanged is
    read back whole from the last run that made it: no store, no model, no scoring. With `judge` (a chat model
    spec), the judge checks run too, their replies cached like the briefings'."""
    from summarizer.evals import memo

    started = time.perf_counter()
    judged = load_judge(judge, settings, use_cache)  # an unknown provider fails before any briefing
    variants = [(p, m) for p in prompt_versions for m in models]
    configs = {v: settings.model_copy(update={"chat_model": v[1], "brief_prompt": v[0]}) for v in variants}
    memo_path = settings.data_dir / "llm-cache.sqlite"
    keys = {
        (v, case.id): memo.key(
            case, _expect(case), configs[v].model_dump(mode="json") | {"judge": judge}, settings.prompts_dir
        )
        for v in variants
        for case in suite.cases
    }
    found = memo.get(memo_path, list(keys.values())) if use_cache else {}
    done: dict[tuple, runs.Row] = {k: found[h] for k, h in keys.items() if h in found}
    total = len(keys)
    todo = [case for case in suite.cases if any((v, case.id) not in done for v in variants)]
    fresh: dict[tuple, runs.Row] = {}
    if todo:
        from summarizer.ingest import open_article
        from summarizer.store import Store

        store = Store(settings)
        articles = {case.id: open_article(str(case.article), store) for case in todo}  # stored once, in order
        for v in variants:
            cases = [case for case in todo if (v, case.id) not in done]
            if not cases:
                continue
            cfg = configs[v]
            llm, load_error = _load_model(v[1], cfg, use_cache)
            task = partial(_brief_case, articles=articles, store=store, cfg=cfg, llm=llm, load_error=load_error)
            # llama.cpp in-process runs one call at a time; remote endpoints take `concurrency` at once.
            workers = 1 if v[1].startswith(("local:", "fake:")) else max(1, concurrency)
            with ThreadPoolExecutor(workers) as pool:
                for case, row in zip(cases, pool.map(task, cases), strict=True):
                    fresh[(v, case.id)] = row
                    if progress:
                        progress(len(done) + len(fresh), total, f"{row.case_id} · {v[0]} × {v[1]}")
        if progress:
            progress(total, total, "scoring")
        score_rows(list(fresh.values()), settings, judged)
        if use_cache:
            memo.put(memo_path, {keys[k]: row for k, row in fresh.items()})
    rows = [done.get(k) or fresh[k] for k in keys]
    run = runs.Run(
        id=runs.new_id(),
        suite=suite.name,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        variants=[f"{p} × {m}" for p, m in variants],
        settings={
            "embedding_model": settings.embedding_model,
            "llm_context": settings.llm_context,
            "brief_max_tokens": settings.brief_max_tokens,
            "cache": use_cache,
        }
        | ({"judge": judge} if judge else {}),
        seconds=round(time.perf_counter() - started, 3),
        parent=None,
        rows=rows,
    )
    runs.save(runs.path_for(settings.data_dir), run)
    return run


def load_judge(spec: str | None, settings: Settings, use_cache: bool = True):
    """The judge for `spec`, or None. Its provider and prompt are checked here; its model loads when a sentence
    first needs judging."""
    if not spec:
        return None
    from summarizer.evals.judge import Judge

    return Judge(spec, settings, use_cache)


def _load_model(spec: str, cfg: Settings, use_cache: bool) -> tuple[BaseChatModel | None, str | None]:
    from summarizer.evals.cache import CachedChatModel
    from summarizer.models import chat_model

    try:
        llm = chat_model(spec, cfg)
    except Exception as exc:
        return None, _describe(exc)
    if use_cache:
        llm = CachedChatModel(inner=llm, spec=spec, path=cfg.data_dir / "llm-cache.sqlite")
    return llm, None


def _brief_case(
    case: Case,
    articles: dict[str, Article],
    store: Store,
    cfg: Settings,
    llm: BaseChatModel | None,
    load_error: str | None,
) -> runs.Row:
    from summarizer.brief import brief

    t = time.perf_counter()
    result, error = None, load_error
    if llm is not None:
        try:
            result = brief(articles[case.id], store, cfg, model=llm).model_dump(mode="json")
        except Exception as exc:  # recorded with its reason; the run goes on
            error = _describe(exc)
    return runs.Row(
        case.id,
        cfg.brief_prompt,
        cfg.chat_model,
        str(case.article),
        str(case.gold) if case.gold else None,
        _expect(case),
        result,
        error,
        round(time.perf_counter() - t, 3),
    )


def _describe(exc: Exception) -> str:
    from summarizer.errors import UserError, backend_failure

    return str(exc) if isinstance(exc, UserError) else backend_failure(exc) or f"{type(exc).__name__}: {exc}"


def _expect(case: Case) -> dict:
    return {
        "speakers": list(case.speakers),
        "facts": list(case.facts),
        "forbidden": list(case.forbidden),
        "max_words": case.max_words,
    }


def score_rows(rows: list[runs.Row], settings: Settings, judge=None) -> None:
    """(Re)compute every check for stored outputs; no chat model involved unless a judge is given."""
    from pathlib import Path

    from summarizer.article import parse
    from summarizer.briefing import Briefing
    from summarizer.models import embedding_model
    from summarizer.quotes import extract
    from summarizer.reading import read

    embed = embedding_model(settings.embedding_model, settings)
    for row in rows:
        if row.briefing is None:
            row.checks = [
                {"check": c.name, "passed": False, "score": 0.0, "reason": f"error: {row.error}", "details": []}
                for c in checks_for(judge)
            ]
            continue
        raw = read(row.article, settings.max_article_bytes)
        art = parse(raw.text, raw.format, raw.source)
        table = extract(art)
        gold = gold_quotes(Path(row.gold) if row.gold else None, table)
        speakers = list(dict.fromkeys(row.expect.get("speakers") or [g.speaker for g in gold if g.speaker]))
        subject = Subject(
            briefing=Briefing.model_validate(row.briefing),
            source=art.text,
            gold=gold,
            speakers=speakers,
            facts=tuple(row.expect.get("facts") or ()),
            forbidden=tuple(row.expect.get("forbidden") or ()),
            max_words=row.expect.get("max_words"),
            prompts_dir=settings.prompts_dir,
            embed=embed,
            article=art,
            table=table,
            reference=reference_summary(Path(row.gold) if row.gold else None),
            judge=judge,
        )
        row.checks = [asdict(c.run(subject)) for c in checks_for(judge)]


@dataclass(frozen=True)
class Rate:
    passed: int
    total: int
    mean_score: float

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


def check_names(rows: list[runs.Row]) -> list[str]:
    """The checks scored in these rows, in the order of CHECKS (then the judge checks, where a judge ran)."""
    present = {c["check"] for r in rows for c in r.checks}
    return [c.name for c in CHECKS] + [c.name for c in JUDGE_CHECKS if c.name in present]


def _rates(rows: list[runs.Row]) -> dict[str, Rate]:
    out = {}
    for check in check_names(rows):
        results = [c for r in rows for c in r.checks if c["check"] == check]
        mean = sum(c["score"] for c in results) / len(results) if results else 0.0
        out[check] = Rate(sum(c["passed"] for c in results), len(results), mean)
    return out


def table(run: runs.Run) -> dict[str, dict[str, Rate]]:
    """variant -> check -> pass rate and mean score."""
    return {variant: _rates([r for r in run.rows if r.variant == variant]) for variant in run.variants}


def overall(run: runs.Run) -> dict[str, Rate]:
    """check -> pass rate over every variant and case."""
    return _rates(run.rows)


def regressions(run: runs.Run, baseline: runs.Run, tolerance: float) -> list[str]:
    """Checks whose pass rate dropped by more than `tolerance` against the baseline, each with the cases.
    Where both runs hold a variant (prompt version × model), only those variants are compared, case by case,
    so a baseline that also ran other prompts does not lower or raise the bar; a run with none in common (a
    new prompt against the one it replaces) is compared with the whole baseline."""
    shared = [v for v in run.variants if v in baseline.variants]
    rows = [r for r in run.rows if r.variant in shared] if shared else run.rows
    before_rows = [r for r in baseline.rows if r.variant in shared] if shared else baseline.rows

    def key(r: runs.Row) -> tuple[str, str]:
        return (r.variant if shared else "", r.case_id)

    now, before = _rates(rows), _rates(before_rows)
    out = []
    for check, rate in now.items():
        if check in before and before[check].total and rate.rate < before[check].rate - tolerance:
            was: dict[tuple[str, str], bool] = {}
            for r in before_rows:
                passed = any(c["check"] == check and c["passed"] for c in r.checks)
                was[key(r)] = was.get(key(r), False) or passed
            failing = sorted(
                {
                    r.case_id + (f" ({r.variant})" if len(shared) > 1 else "")
                    for r in rows
                    for c in r.checks
                    if c["check"] == check and not c["passed"] and was.get(key(r), False)
                }
            )
            reasons = [c["reason"] for r in rows for c in r.checks if c["check"] == check and not c["passed"]]
            out.append(
                f"{check}: pass rate {before[check].rate:.0%} -> {rate.rate:.0%} (cases: "
                f"{', '.join(failing) or 'new cases'}; {reasons[0] if reasons else ''})"
            )
    return out


def rescore(run: runs.Run, settings: Settings, judge: str | None = None) -> runs.Run:
    """The same outputs scored with the current checks (and the judge's, with `judge`), stored as a new run."""
    rows = [
        runs.Row(r.case_id, r.prompt_version, r.model, r.article, r.gold, r.expect, r.briefing, r.error, r.seconds)
        for r in run.rows
    ]
    score_rows(rows, settings, load_judge(judge, settings))
    new = runs.Run(
        runs.new_id(),
        run.suite,
        datetime.now(UTC).isoformat(timespec="seconds"),
        run.variants,
        run.settings | ({"judge": judge} if judge else {}),
        run.seconds,
        run.id,
        rows,
    )
    runs.save(runs.path_for(settings.data_dir), new)
    return new
