"""`summarizer articles`: list, show and remove stored articles."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from summarizer.cli import common

app = typer.Typer(help="List, show and remove stored articles.", no_args_is_help=True)


@app.command("list")
def list_command(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> int:
    """List stored articles.

    Example: summarizer articles list --format json
    """
    from dataclasses import asdict

    from rich.table import Table

    records = common.open_store(common.settings(ctx)).articles()
    if fmt == "json":
        print(json.dumps([asdict(r) for r in records], indent=2, ensure_ascii=False))
        return 0
    if not records:
        common.err().print("no articles stored yet; add some with: summarizer ingest PATH")
        return 0
    table = Table(box=None, header_style="bold")
    table.add_column("id", no_wrap=True)
    table.add_column("title", ratio=1)
    table.add_column("chunks", justify="right", no_wrap=True)
    table.add_column("chars", justify="right", no_wrap=True)
    table.add_column("ingested", no_wrap=True)
    for r in records:
        table.add_row(r.id, r.title or "(untitled)", str(r.chunks), f"{r.chars:,}", r.ingested_at[:10])
    common.out().print(table)
    return 0


@app.command("show")
def show_command(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(help="Article id or a unique prefix of it (4+ characters).")],
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> int:
    """Show an article: its record, then its text with sentence ids.

    Example: summarizer articles show 3fa2c1
    """
    from dataclasses import asdict

    from rich.text import Text

    from summarizer.article import parse

    store = common.open_store(common.settings(ctx))
    record = store.resolve(article_id)
    art = parse(store.text(record.id), "markdown" if record.format == "markdown" else "text", record.source)
    if fmt == "json":
        doc = asdict(record) | {
            "text": art.text,
            "paragraphs": [{"index": p.index, "kind": p.kind, "start": p.start, "end": p.end} for p in art.paragraphs],
            "sentences": [{"id": s.id, "start": s.start, "end": s.end, "text": s.text} for s in art.sentences],
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    out = common.out()
    out.print(f"[bold]{record.title or '(untitled)'}[/bold]")
    out.print(
        f"id {record.id} · {record.chars:,} chars · {record.chunks} chunks · {record.format} · "
        f"ingested {record.ingested_at}",
        markup=False,
    )
    out.print(f"source {record.source or 'stdin'}\n", markup=False)
    for s in art.sentences:
        out.print(Text.assemble((f"{s.id:>5} ", "dim"), s.text))
    return 0


@app.command("rm")
def rm_command(
    ctx: typer.Context,
    article_ids: Annotated[list[str], typer.Argument(help="Article ids or unique prefixes.")],
) -> int:
    """Remove articles and all their chunks.

    Example: summarizer articles rm 3fa2c1
    """
    store = common.open_store(common.settings(ctx))
    records = [store.resolve(ref) for ref in article_ids]
    for record in records:
        n = store.remove(record.id)
        common.out().print(f"removed {record.id} ({n} chunks) {record.title}", markup=False)
    return 0
