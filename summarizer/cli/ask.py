"""`summarizer ask`: answers about articles with citations checked against the retrieved sentences."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarizer.cli import common

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from summarizer.article import Article
    from summarizer.ask import Answer
    from summarizer.config import Settings
    from summarizer.store import Store

FORMATS = ("terminal", "text", "json")


def ask_command(
    ctx: typer.Context,
    args: Annotated[
        list[str] | None,
        typer.Argument(help="ARTICLE... [QUESTION]: files, - for stdin, or stored ids; the question comes last."),
    ] = None,
    all_articles: Annotated[bool, typer.Option("--all", help="Ask across every stored article.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="terminal, text or json")] = "terminal",
    model: Annotated[str | None, typer.Option("--model", help="Chat model, e.g. local:qwen2.5-1.5b.")] = None,
    prompt_version: Annotated[str | None, typer.Option(help="Prompt version under prompts/ask/.")] = None,
    k: Annotated[int | None, typer.Option("-k", help="Chunks to retrieve (default: ask_k setting).")] = None,
) -> int:
    """Answer a question from one or more articles, citing sentences as [S12]; with no question, ask many.

    An answer the articles do not support says so plainly and cites nothing. Examples:
    summarizer ask seeds/blinken-putin-un-security-council.txt "Who called the session?"
    summarizer ask --all "What did Lavrov say?"
    """
    from summarizer.errors import UserError

    if fmt not in FORMATS:
        raise UserError(f"unknown format '{fmt}'; use one of: {', '.join(FORMATS)}")
    cfg = common.settings(ctx, chat_model=model, ask_prompt=prompt_version, ask_k=k)
    store = common.open_store(cfg)
    refs, question = _split(list(args or []), store, all_articles)
    articles = _articles(refs, store, all_articles)
    from summarizer.models import chat_model

    llm = chat_model(cfg.chat_model, cfg)
    if question is not None:
        _answer_one(question, articles, store, cfg, llm, fmt)
        return 0
    if sys.stdin.isatty():
        import readline  # noqa: F401  (line editing and history for input())
    common.err().print(f"asking {len(articles)} article(s); Ctrl-D to quit", markup=False)
    while True:
        try:
            line = input("? " if sys.stdin.isatty() else "")
        except EOFError:
            break
        if line.strip():
            _answer_one(line.strip(), articles, store, cfg, llm, fmt)
    return 0


def _is_article(ref: str, store: Store) -> bool:
    if ref == "-" or Path(ref).exists():
        return True
    if not re.fullmatch(r"[0-9a-f]{4,64}", ref.lower()):
        return False
    return any(r.id.startswith(ref.lower()[:16]) for r in store.articles())


def _split(args: list[str], store: Store, all_articles: bool) -> tuple[list[str], str | None]:
    from summarizer.errors import UserError

    if all_articles:
        if len(args) > 1:
            raise UserError("with --all, give only the question (quoted), or none for an interactive session")
        return [], args[0] if args else None
    if not args:
        raise UserError("ask needs an ARTICLE (a file, - or a stored id) or --all; see: summarizer ask --help")
    if len(args) > 1 and not _is_article(args[-1], store):
        return args[:-1], args[-1]
    return args, None


def _articles(refs: list[str], store: Store, all_articles: bool) -> list[Article]:
    from summarizer.errors import UserError
    from summarizer.ingest import open_article

    if all_articles:
        from summarizer.article import parse

        records = store.articles()
        if not records:
            raise UserError("no articles stored yet; add some with: summarizer ingest PATH")
        return [parse(store.text(r.id), "markdown" if r.format == "markdown" else "text", r.source) for r in records]
    arts: list[Article] = []
    for ref in refs:
        art = open_article(ref, store)
        if all(a.id != art.id for a in arts):
            arts.append(art)
    return arts


def _answer_one(
    question: str, articles: list[Article], store: Store, cfg: Settings, llm: BaseChatModel, fmt: str
) -> None:
    from summarizer.ask import ask

    live = None
    on_token = None
    if fmt == "terminal" and sys.stdout.isatty():
        from rich.live import Live
        from rich.text import Text

        streamed = Text(style="dim")
        live = Live(streamed, console=common.out(), transient=True, refresh_per_second=12)
        live.start()

        def on_token(token: str) -> None:
            streamed.append(token)
            live.update(streamed)

    try:
        answer = ask(question, articles, store, cfg, model=llm, on_token=on_token)
    finally:
        if live is not None:
            live.stop()
    from summarizer import saved

    saved.SavedBriefings(saved.path_for(cfg.data_dir)).log(answer)
    if fmt == "json":
        print(answer.model_dump_json(indent=2))
    else:
        _print(answer, fmt)


def _print(answer: Answer, fmt: str) -> None:
    from rich.text import Text

    out = common.out()
    if fmt == "text":
        print(answer.answer)
        for c in answer.citations:
            print(f"  [{c.id}] {c.text}" + ("" if c.supported else "  (shares little with the claim)"))
        return
    out.print(Text(answer.answer, style="bold" if answer.answered else "yellow"))
    for c in answer.citations:
        line = Text.assemble((f"  [{c.id}] ", "cyan"), c.text, (f"  {c.start}-{c.end}", "dim"))
        if not c.supported:
            line.append("  · shares little with the claim", "yellow")
        out.print(line)
    if answer.dropped:
        out.print(Text(f"  dropped citations not in the context: {', '.join(answer.dropped)}", style="yellow"))
