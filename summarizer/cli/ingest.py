"""`summarizer ingest`: store articles for briefing and questions."""

from __future__ import annotations

from typing import Annotated

import typer

from summarizer.cli import common


def ingest_command(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched for .txt/.md/.html) or - for stdin.")],
) -> int:
    """Parse, chunk, embed and store articles. Re-ingesting unchanged text is a no-op.

    Example: summarizer ingest seeds/ news/today.html
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from summarizer import reading
    from summarizer.ingest import Failure, Outcome, ingest

    cfg = common.settings(ctx)
    sources = reading.collect(paths)
    store = common.open_store(cfg)
    err = common.err()
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=len(sources) <= 3,
    )

    def report(outcome: Outcome) -> None:
        progress.advance(task)
        if isinstance(outcome, Failure):
            progress.console.print(f"skipped {outcome.source}: {outcome.reason}", markup=False)

    with progress:
        task = progress.add_task("ingest", total=len(sources))
        outcomes = ingest(sources, store, on_done=report)

    stored = [o for o in outcomes if not isinstance(o, Failure)]
    failed = [o for o in outcomes if isinstance(o, Failure)]
    if stored:
        table = Table(box=None, header_style="bold")
        for name in ("status", "id"):
            table.add_column(name, no_wrap=True)
        table.add_column("title", ratio=1)
        table.add_column("chunks", justify="right", no_wrap=True)
        table.add_column("chars", justify="right", no_wrap=True)
        for o in stored:
            r = o.record
            table.add_row(o.status, r.id, r.title or "(untitled)", str(r.chunks), f"{r.chars:,}")
        common.out().print(table)
    summary = f"{len(stored)} article(s) in store {store.collection.name}"
    if failed:
        summary += f"; {len(failed)} skipped (see above)"
    err.print(summary, markup=False)
    return 1 if failed else 0
