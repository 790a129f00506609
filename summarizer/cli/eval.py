"""`summarizer eval`: run suites over prompt versions and models, compare runs, fail CI on regressions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarizer.cli import common

if TYPE_CHECKING:
    from summarizer.evals.runs import Run

app = typer.Typer(help="Regression evals on prompts and models.", no_args_is_help=True)


@app.command("run")
def run_command(
    ctx: typer.Context,
    suite: Annotated[str, typer.Argument(help="Suite name under evals/ (default, dev) or a .yaml path.")] = "default",
    prompt_version: Annotated[
        list[str] | None, typer.Option("--prompt-version", help="Brief prompt version; repeat to compare.")
    ] = None,
    model: Annotated[list[str] | None, typer.Option("--model", help="Chat model; repeat to compare.")] = None,
    baseline: Annotated[
        str | None, typer.Option(help="Run id or baseline name: exit 1 if a check's pass rate drops.")
    ] = None,
    tolerance: Annotated[float, typer.Option(help="Allowed drop in a check's pass rate (0-1).", min=0, max=1)] = 0.0,
    save_baseline: Annotated[str | None, typer.Option(help="Name this run as a baseline.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Call the model even for cached prompts.")] = False,
    concurrency: Annotated[int, typer.Option(help="Cases briefed at once by a remote (openai:) model.", min=1)] = 4,
    judge: Annotated[
        str | None,
        typer.Option("--judge", help="Also check claims and positions with this chat model (off by default)."),
    ] = None,
) -> int:
    """Brief every case of a suite with every prompt version × model, score it, store the run.

    Example: summarizer eval run default --prompt-version v1 --model local:qwen2.5-1.5b --baseline main
    """
    from summarizer.evals import runner, runs
    from summarizer.evals.suite import load

    cfg = common.settings(ctx)
    s = load(suite)
    if s.skipped:
        common.err().print(f"suite {s.name}: some cases skipped: {s.skipped}", markup=False)
    if not s.cases:
        from summarizer.errors import UserError

        raise UserError(f"suite {s.name} has no cases to run" + (f" ({s.skipped})" if s.skipped else ""))
    base = runs.load(runs.path_for(cfg.data_dir), baseline) if baseline else None
    with common.progress_bar("eval") as progress:
        run = runner.run_suite(
            s,
            cfg,
            prompt_version or [cfg.brief_prompt],
            model or [cfg.chat_model],
            use_cache=not no_cache,
            progress=progress,
            concurrency=concurrency,
            judge=judge,
        )
    _print_table(run)
    if save_baseline:
        runs.name_baseline(runs.path_for(cfg.data_dir), save_baseline, run.id)
    errors = [r for r in run.rows if r.error]
    for r in errors:
        common.err().print(f"error in {r.case_id} ({r.variant}): {r.error}", markup=False)
    if base is not None:
        dropped = runner.regressions(run, base, tolerance)
        if dropped:
            common.err().print(f"regression against {base.id}:", markup=False)
            for line in dropped:
                common.err().print(f"  {line}", markup=False)
            return 1
        common.err().print(f"no regression against {base.id} (tolerance {tolerance:.0%})", markup=False)
    return 0


def _print_table(run: Run) -> None:
    from rich.table import Table

    from summarizer.evals.runner import table

    rates = table(run)
    t = Table(title=f"run {run.id} · suite {run.suite} · {run.seconds:.1f} s", box=None, header_style="bold")
    t.add_column("check")
    for v in rates:
        t.add_column(f"{v}\npass · score", justify="right")
    for check in next(iter(rates.values())):
        t.add_row(
            check,
            *[f"{rates[v][check].passed}/{rates[v][check].total} · {rates[v][check].mean_score:.2f}" for v in rates],
        )
    common.out().print(t)


@app.command("compare")
def compare_command(
    ctx: typer.Context,
    run_a: Annotated[str, typer.Argument(help="Run id, prefix or baseline name.")],
    run_b: Annotated[str, typer.Argument(help="Run id, prefix, baseline name or latest.")] = "latest",
) -> int:
    """Show per check the pass rates of two runs, and the cases whose result changed, with their outputs."""
    from summarizer.evals import runner, runs

    cfg = common.settings(ctx)
    path = runs.path_for(cfg.data_dir)
    a, b = runs.load(path, run_a), runs.load(path, run_b)
    out = common.out()
    ra, rb = runner.overall(a), runner.overall(b)
    out.print(f"{'check':<24}{a.id:>26}{b.id:>26}", markup=False)
    for check in list(ra) + [c for c in rb if c not in ra]:
        cells = [f"{r[check].rate:>26.0%}" if check in r else f"{'-':>26}" for r in (ra, rb)]
        out.print(f"{check:<24}{''.join(cells)}", markup=False)
    before = {(r.case_id, c["check"]): (c, r) for r in a.rows for c in r.checks}
    changed = 0
    for r in b.rows:
        for c in r.checks:
            old = before.get((r.case_id, c["check"]))
            if old and old[0]["passed"] != c["passed"]:
                changed += 1
                mark = "fixed" if c["passed"] else "broke"
                out.print(f"\n{mark}: {r.case_id} · {c['check']} ({old[1].variant} -> {r.variant})", markup=False)
                out.print(f"  before: {old[0]['reason']}", markup=False)
                out.print(f"  after:  {c['reason']}", markup=False)
                for label, row in (("before", old[1]), ("after", r)):
                    if row.briefing:
                        out.print(f"  {label} headline: {row.briefing['headline']}", markup=False)
    out.print(f"\n{changed} case check(s) changed", markup=False)
    return 0


@app.command("report")
def report_command(
    ctx: typer.Context,
    run_id: Annotated[str, typer.Argument(help="Run id, prefix, baseline name or latest.")] = "latest",
    html: Annotated[Path, typer.Option("--html", help="Where to write the self-contained HTML report.")] = Path(
        "eval-report.html"
    ),
) -> int:
    """Write an HTML report: a chart per variant and check, each case with its quotes linked to the source."""
    from summarizer.evals import report, runs

    cfg = common.settings(ctx)
    run = runs.load(runs.path_for(cfg.data_dir), run_id)
    html.write_text(report.html(run), encoding="utf-8")
    common.err().print(f"wrote {html}", markup=False)
    return 0


@app.command("rescore")
def rescore_command(
    ctx: typer.Context,
    run_id: Annotated[str, typer.Argument(help="Run id, prefix, baseline name or latest.")] = "latest",
    judge: Annotated[
        str | None,
        typer.Option("--judge", help="Also check claims and positions with this chat model (off by default)."),
    ] = None,
) -> int:
    """Score a stored run's outputs again with the current checks (no model calls unless --judge); stored as a
    new run."""
    from summarizer.evals import runner, runs

    cfg = common.settings(ctx)
    new = runner.rescore(runs.load(runs.path_for(cfg.data_dir), run_id), cfg, judge)
    _print_table(new)
    return 0


@app.command("list")
def list_command(ctx: typer.Context) -> int:
    """Stored eval runs, oldest first."""
    import json

    from summarizer.evals import runs

    cfg = common.settings(ctx)
    for run_id, suite, created, variants, n in runs.listing(runs.path_for(cfg.data_dir)):
        common.out().print(
            f"{run_id}  {suite:<10} {created}  {n} results  {', '.join(json.loads(variants))}", markup=False
        )
    return 0


@app.command("clear-cache")
def clear_cache_command(ctx: typer.Context) -> int:
    """Forget every cached model reply."""
    from summarizer.evals.cache import clear

    cfg = common.settings(ctx)
    n = clear(cfg.data_dir / "llm-cache.sqlite")
    common.err().print(f"removed {n} cached replies", markup=False)
    return 0


@app.command("calibrate")
def calibrate_command(
    ctx: typer.Context,
    folder: Annotated[
        Path | None, typer.Argument(help="FRANK-format folder (default: SUMMARIZER_FACTUALITY_DATA or ../shared).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    fit: Annotated[bool, typer.Option("--fit", help="Refit the checker's weights and threshold here.")] = False,
    write: Annotated[
        bool, typer.Option("--write", help="With --fit: save the fitted parameters as the shipped ones.")
    ] = False,
    limit: Annotated[int | None, typer.Option(help="Only the first N articles.", min=1)] = None,
    judge: Annotated[
        str | None,
        typer.Option("--judge", help="Also measure this chat model as a judge, on the same sentences."),
    ] = None,
) -> int:
    """Agreement of the support checker (claim_support) with people's factuality labels, as balanced accuracy;
    with --judge, the judge model's agreement beside it.

    Example: summarizer eval calibrate ../shared/data/factuality --format json
    """
    import contextlib
    import json
    from dataclasses import replace

    from summarizer.errors import UserError
    from summarizer.evals import calibrate
    from summarizer.evals.suite import factuality_dir
    from summarizer.support import PARAMS, default_checker

    if fmt not in ("text", "json"):
        raise UserError(f"unknown format '{fmt}'; use text or json")
    if write and not fit:
        raise UserError("--write saves fitted parameters; add --fit")
    judged = None
    if judge:
        from summarizer.evals.runner import load_judge

        judged = load_judge(judge, common.settings(ctx))
    progress = common.progress_bar("judge") if judged else contextlib.nullcontext(None)
    with progress as step:
        figures, params = calibrate.run(
            folder or factuality_dir(), default_checker(), refit=fit, limit=limit, judge=judged, progress=step
        )
    if write:
        keep = {k: figures[k] for k in ("cross_validated_summary",) if k in figures}
        saved = replace(
            params,
            fitted_on=f"{figures['summaries']} summaries in {(folder or factuality_dir()).name}",
            figures={"summary": figures["balanced_accuracy"]["summary"], **keep},
        )
        PARAMS.write_text(saved.to_json(), encoding="utf-8")
        common.err().print(f"wrote {PARAMS}", markup=False)
    if fmt == "json":
        common.out().print(json.dumps(figures | {"weights": params.weights}, indent=2), markup=False)
        return 0
    _print_calibration(figures)
    return 0


def _print_calibration(f: dict) -> None:
    out = common.out()
    ba = f["balanced_accuracy"]
    out.print(
        f"balanced accuracy: summary {ba['summary']:.3f} · sentence {ba['sentence']:.3f}"
        f"  (threshold {f['threshold']}, {f['summaries']} summaries, {f['labelled_sentences']} labelled sentences)",
        markup=False,
    )
    if "cross_validated_summary" in f:
        out.print(f"cross-validated summary accuracy (5 folds by article): {f['cross_validated_summary']:.3f}")
    out.print(
        f"flagged {f['flagged_summaries']} of {f['summaries']} summaries; {f['recall']:.0%} of the "
        f"{f['unfaithful_summaries']} unfaithful ones",
        markup=False,
    )
    if f["flagged_count_matches"] is not None:
        out.print(
            f"summaries with some sentences wrong: flagged count = people's count in {f['flagged_count_matches']:.0%}",
            markup=False,
        )
    out.print("\nunfaithful summaries flagged, by error type:", markup=False)
    for name, row in f["error_types"].items():
        if row["summaries"]:
            out.print(f"  {name:<7} {row['flagged']:>6.0%} of {row['summaries']}", markup=False)
    if "judge" in f:
        j = f["judge"]
        jb = j["balanced_accuracy"]
        sentence = f"{jb['sentence']:.3f}" if jb["sentence"] is not None else "-"
        out.print(
            f"\njudge {j['model']}: balanced accuracy summary {jb['summary']:.3f} · sentence {sentence}"
            f"  ({j['sentences']} sentences, {j['calls']} calls, {j['seconds']:.0f} s;"
            f" no verdict on {j['no_verdict']})",
            markup=False,
        )
        recall = f"{j['recall']:.0%}" if j["recall"] is not None else "-"
        out.print(
            f"judge flagged {j['flagged_summaries']} of {f['summaries']} summaries; {recall} of the unfaithful ones",
            markup=False,
        )
    out.print("\nbaselines, summary level, threshold chosen on this folder (README: on the hidden part):", markup=False)
    for name, row in f["baselines"].items():
        readme = f"{row['readme']:.3f}" if row["readme"] is not None else "  -  "
        out.print(f"  {name:<16} {row['here']:.3f}   README {readme}", markup=False)
