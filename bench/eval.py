"""Cold and warm runs of an eval suite as whole commands, with a real model.

The warm re-run reads every case back from the result memo (no store, no model, no scoring). Prints both
wall times and their ratio (targets: warm process <= 0.8 s, at least 30x faster than cold), and the table.

    python bench/eval.py [--suite default] [--model local:qwen2.5-1.5b]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CLI = Path(sys.executable).with_name("summarizer")


def timed(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([str(CLI), *args], env=env, capture_output=True, text=True, cwd=REPO, check=True)
    return time.perf_counter() - started, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", default="default")
    parser.add_argument("--model", default="local:qwen2.5-1.5b")
    args = parser.parse_args()
    env = {**os.environ, "SUMMARIZER_DATA_DIR": tempfile.mkdtemp(prefix="bench-eval-")}
    command = ["eval", "run", args.suite, "--model", args.model]
    cold, table = timed(command, env)
    print(f"cold: {cold:.2f} s", flush=True)
    warm = statistics.median(timed(command, env)[0] for _ in range(5))
    print(f"warm: {warm:.2f} s (median of 5; target <= 0.8 s)")
    print(f"warm re-run {cold / warm:.0f}x faster than cold (target >= 30x)\n")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
