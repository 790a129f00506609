"""`summarizer brief`: a neutral briefing with speaker positions and verbatim, verified quotes."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from summarizer.cli import common

if TYPE_CHECKING:
    from concurrent.futures import Future

    from summarizer.article import Article
    from summarizer.briefing import Briefing
    from summarizer.config import Settings
    from summarizer.quotes import QuoteTable
    from summarizer.store import Store


def brief_command(
    ctx: typer.Context,
    article: Annotated[
        str | None, typer.Argument(help="An article file, - for stdin, or a stored article id (stored if new).")
    ] = None,
    length: Annotated[
        str, typer.Option(help="Summary length: short (2-3 bullets), medium (3-6), long (6-10).")
    ] = "medium",
    fmt: Annotated[
        str, typer.Option("--format", help="terminal (live while it is made), md, text, json, or jsonl (events).")
    ] = "terminal",
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
    if fmt not in (*render.FORMATS, "jsonl"):
        raise UserError(f"unknown format '{fmt}'; use one of: {', '.join(render.FORMATS)}, jsonl")
    cfg = common.settings(ctx, chat_model=model, brief_prompt=prompt_version)

    if fmt not in ("terminal", "jsonl"):  # whole documents: printed once made
        from summarizer.brief import brief
        from summarizer.ingest import open_article

        store = common.open_store(cfg)
        art = open_article(article, store)
        with common.progress_bar("briefing") as progress:
            result = _interruptible(
                lambda cancel: brief(art, store, cfg, length=length, progress=progress, cancel=cancel)
            )
        _log(cfg, result)
        if fmt == "json":
            print(render.to_json(result))
        elif fmt == "md":
            print(render.to_markdown(result), end="")
        else:
            print(render.to_text(result), end="")
        return 0

    from summarizer.cli import live

    view: live.Plain | live.Jsonl | live.Live
    if fmt == "jsonl":
        view = live.Jsonl()
    elif sys.stdout.isatty():
        view = live.Live(common.out())
    else:
        view = live.Plain()
    result = None
    try:
        art, store = _open_fast(article, cfg, view, length)
        from summarizer.brief import brief

        result = _interruptible(lambda cancel: brief(art, store, cfg, length=length, on_event=view, cancel=cancel))
    finally:
        if isinstance(view, live.Live):
            view.finish(result)
    if not isinstance(view, live.Live):
        view.finish(result)
    _log(cfg, result)
    return 0


def _interruptible(work: Any) -> Any:
    """`work(cancel)` in a worker thread while this (main) thread waits in short steps: Ctrl-C then stops the
    command at once even when the signal lands on another thread and the model call is blocked on the
    network; `cancel` stops a local model at its next token. Nothing is logged for an unfinished briefing."""
    import threading

    cancel = threading.Event()
    done: list[Any] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            done.append(work(cancel))
        except BaseException as exc:  # handed to the main thread below
            failed.append(exc)

    worker = threading.Thread(target=run, name="brief", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.1)
    except KeyboardInterrupt:
        cancel.set()
        worker.join(2.0)  # a local model stops at its next token; a network call is left to the exit
        raise
    if failed:
        raise failed[0]
    return done[0]


def _open_fast(ref: str, cfg: Settings, view: Any, length: str) -> tuple[Article, Store]:
    """The article, with its quote table shown before the store opens, and the model loading meanwhile; once
    loaded, it reads the article while the article is being stored."""
    import threading
    from concurrent.futures import Future
    from pathlib import Path

    from summarizer import reading
    from summarizer.ingest import ensure_stored, load, open_article
    from summarizer.quotes import extract
    from summarizer.streaming import quotes_event

    read: Future[tuple[Article, QuoteTable]] = Future()  # what the model reads once loaded
    warm = threading.Thread(target=_warm, args=(cfg, read, length), daemon=True)
    if ref == reading.STDIN or Path(ref).exists():
        art = load(ref, cfg.max_article_bytes)  # a bad file fails here, before anything starts
        table = extract(art)
        read.set_result((art, table))
        view("quotes", quotes_event(art, table))
        warm.start()  # not before: its imports would hold up the quote table
        view("stage", {"stage": "storing the article"})
        store = common.open_store(cfg)
        ensure_stored(art, store)
        return art, store
    read.cancel()  # a stored article: the model loads, and the briefing reads it
    store = common.open_store(cfg)
    art = open_article(ref, store)
    warm.start()
    return art, store


def _warm(cfg: Settings, read: Future[tuple[Article, QuoteTable]], length: str) -> None:
    """Load the chat model in the background; the briefing's own load then finds it loaded (or fails itself).
    Given the article's quote table, the model then reads the article (`read_ahead`)."""
    from contextlib import suppress

    from summarizer.models import chat_model

    with suppress(Exception):  # a failure is reported by the briefing, once, as a one-line error; a stored
        llm = chat_model(cfg.chat_model, cfg)  # article (`read` cancelled) stops here
        art, table = read.result()
        from summarizer.brief import read_ahead

        read_ahead(art, table, llm, cfg, length)


def _log(cfg: Settings, made: Briefing) -> None:
    from summarizer import saved

    saved.SavedBriefings(saved.path_for(cfg.data_dir)).log(made)
