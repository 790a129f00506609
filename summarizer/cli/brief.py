"""`summarizer brief`: a neutral briefing with speaker positions and verbatim, verified quotes."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from summarizer.cli import common


def brief_command(
    ctx: typer.Context,
    article: Annotated[
        str | None, typer.Argument(help="An article file, - for stdin, or a stored article id (stored if new).")
    ] = None,
    length: Annotated[
        str, typer.Option(help="Summary length: short (2-3 bullets), medium (3-6), long (6-10).")
    ] = "medium",
    fmt: Annotated[str, typer.Option("--format", help="terminal, md, text or json")] = "terminal",
    model: Annotated[
        str | None, typer.Option("--model", help="Chat model, e.g. local:qwen2.5-1.5b, openai:gpt-4o-mini.")
    ] = None,
    prompt_version: Annotated[str | None, typer.Option(help="Prompt version under prompts/brief/, e.g. v1.")] = None,
    schema: Annotated[bool, typer.Option("--schema", help="Print the JSON schema of --format json and exit.")] = False,
) -> int:
    """Brief an article: headline, summary, each speaker's position with verbatim quotes, contested points.

    Quotes are cut from the source by span, never retyped by the model; any quotation the model writes is
    checked against the source. Example: summarizer brief seeds/blinken-putin-un-security-council.txt
    """
    from summarizer import render
    from summarizer.briefing import Briefing
    from summarizer.errors import UserError

    if schema:
        print(json.dumps(Briefing.model_json_schema(), indent=2))
        return 0
    if article is None:
        raise UserError("brief needs an ARTICLE (a file, - for stdin, or a stored id); see: summarizer brief --help")
    if fmt not in render.FORMATS:
        raise UserError(f"unknown format '{fmt}'; use one of: {', '.join(render.FORMATS)}")
    cfg = common.settings(ctx, chat_model=model, brief_prompt=prompt_version)

    from summarizer.brief import brief
    from summarizer.ingest import open_article

    store = common.open_store(cfg)
    art = open_article(article, store)
    with common.progress_bar("briefing") as progress:
        result = brief(art, store, cfg, length=length, progress=progress)
    if fmt == "json":
        print(render.to_json(result))
    elif fmt == "md":
        print(render.to_markdown(result), end="")
    elif fmt == "text":
        print(render.to_text(result), end="")
    else:
        render.to_terminal(result, common.out())
    return 0
