"""Cold and warm runs of an eval suite with a real model: the warm re-run answers from the reply cache.

Prints both wall times and their ratio (target: warm at least 20x faster), and the suite's table.

    python bench/eval.py [--suite default] [--model local:qwen2.5-1.5b]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.config import load_settings  # noqa: E402
from summarizer.evals.runner import run_suite, table  # noqa: E402
from summarizer.evals.suite import load  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", default="default")
    parser.add_argument("--model", default="local:qwen2.5-1.5b")
    args = parser.parse_args()
    cfg = load_settings(data_dir=Path(tempfile.mkdtemp(prefix="bench-eval-")), chat_model=args.model)
    suite = load(args.suite)
    times = []
    for label in ("cold", "warm"):
        started = time.perf_counter()
        run = run_suite(suite, cfg, [cfg.brief_prompt], [args.model])
        times.append(time.perf_counter() - started)
        print(f"{label}: {times[-1]:.1f} s ({len(run.rows)} cases, run {run.id})", flush=True)
    print(f"warm re-run {times[0] / times[1]:.0f}x faster than cold (target >= 20x)")
    for variant, checks in table(run).items():
        print(f"\n{variant}")
        for name, rate in checks.items():
            print(f"  {name:<18}{rate.passed}/{rate.total} pass, mean score {rate.mean_score:.2f}")
        for row in run.rows:
            for c in row.checks:
                if not c["passed"]:
                    print(f"  {row.case_id}: {c['check']}: {c['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
