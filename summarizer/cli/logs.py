"""`summarizer logs`: every briefing and answer made, from the CLI or the service, newest last."""

from __future__ import annotations

import json
from collections import Counter
from typing import Annotated

import typer

from summarizer.cli import common


def logs_command(
    ctx: typer.Context,
    article: Annotated[
        str | None, typer.Option("--article", help="Only those about this article (id or prefix).")
    ] = None,
    limit: Annotated[int, typer.Option("-n", min=1, help="How many of the latest entries.")] = 20,
    fmt: Annotated[str, typer.Option("--format", help="text (one line each) or json")] = "text",
    show: Annotated[int | None, typer.Option("--show", help="Print the full briefing or answer of entry N.")] = None,
) -> int:
    """List the briefings and answers made: model, prompt version, tokens (reused from a kept prompt prefix
    too), seconds, and what the checks changed.

    Examples: summarizer logs · summarizer logs --article 9e9351 --format json · summarizer logs --show 12
    """
    from summarizer import saved
    from summarizer.errors import UserError

    if fmt not in ("text", "json"):
        raise UserError(f"unknown format '{fmt}'; use text or json")
    cfg = common.settings(ctx)
    log = saved.SavedBriefings(saved.path_for(cfg.data_dir))
    if show is not None:
        result = log.result(show) if log.path.exists() else None
        if result is None:
            raise UserError(f"no log entry {show}; list them with: summarizer logs")
        print(json.dumps(json.loads(result), indent=2, ensure_ascii=False))
        return 0
    entries = log.logged(article, limit)
    if fmt == "json":
        print(json.dumps(entries, indent=2, ensure_ascii=False))
        return 0
    if not entries:
        common.err().print(
            "nothing made yet" + (f" for article {article}" if article else "") + "; try: summarizer brief FILE"
        )
        return 0
    for e in entries:  # one line each, readable at any width and easy to grep
        kinds = Counter(c["kind"].replace("_", " ") for c in e["changes"])
        changes = ", ".join(f"{n} {k}" for k, n in kinds.most_common()) or "no changes"
        calls = f"{e['llm_calls']} call{'s' if e['llm_calls'] != 1 else ''}"
        print(
            f"{e['id']:>4}  {e['created'][:19].replace('T', ' ')}  {e['kind']:<5}  "
            f"{','.join(i[:8] for i in e['article_ids'])}  {e['model']}  {e['prompt_version']}  {calls}  "
            f"tokens {e['tokens_in']} in ({e['tokens_reused']} reused) / {e['tokens_out']} out  "
            f"{e['seconds']:.1f} s  {changes}"
        )
    return 0
