"""Helpers shared by the command modules: settings from flags, consoles, the store."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer
from rich.console import Console

if TYPE_CHECKING:
    from summarizer.config import Settings
    from summarizer.store import Store


def settings(ctx: typer.Context, **overrides: object) -> Settings:
    from summarizer.config import load_settings

    flags = dict(ctx.find_root().obj or {})
    config_file = flags.pop("config_file", None)
    flags.update(overrides)
    return load_settings(config_file, **flags)


def out() -> Console:
    return Console(file=sys.stdout, highlight=False, soft_wrap=True)


def err() -> Console:
    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


def open_store(cfg: Settings) -> Store:
    from summarizer.store import Store

    return Store(cfg)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int, str], None]]:
    """A progress callback `(done, total, what)` drawn on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        yield lambda done, total, what: None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=err(), transient=True
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total, description=f"{label}: {what}")

        yield update
