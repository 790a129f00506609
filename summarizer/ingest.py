"""Ingest articles: read, parse, chunk, embed in batches across articles, store each article whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from summarizer import article as article_mod
from summarizer import chunking, reading
from summarizer.errors import ArticleError
from summarizer.store import IngestResult, Store, embedding_texts

EMBED_GROUP = 64  # chunks embedded per call: large enough for full batches, small enough for steady progress


@dataclass(frozen=True)
class Failure:
    source: str
    reason: str


Outcome = IngestResult | Failure


@dataclass(frozen=True)
class _Pending:
    article: article_mod.Article
    chunks: list[chunking.Chunk]


def load(source: str, max_bytes: int) -> article_mod.Article:
    """Read and parse one article from a path or "-" (stdin)."""
    raw = reading.read(source, max_bytes)
    return article_mod.parse(raw.text, raw.format, raw.source)


def ingest(
    sources: list[str],
    store: Store,
    on_done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Store every readable article in `sources`; unreadable ones become `Failure`s and the rest go on."""
    outcomes: list[Outcome] = []
    for outcome in _run(sources, store):
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    return outcomes


def _run(sources: list[str], store: Store) -> Iterator[Outcome]:
    settings = store.settings
    pending: list[_Pending] = []
    for source in sources:
        try:
            art = load(source, settings.max_article_bytes)
        except ArticleError as exc:
            yield Failure("stdin" if source == reading.STDIN else source, str(exc))
            continue
        existing = store.record(art.id)
        if existing is not None:
            yield IngestResult(existing, "unchanged")
            continue
        pending.append(_Pending(art, chunking.split(art, settings.chunk_chars)))
        if sum(len(p.chunks) for p in pending) >= EMBED_GROUP:
            yield from _flush(pending, store)
            pending = []
    yield from _flush(pending, store)


def _flush(pending: list[_Pending], store: Store) -> Iterator[Outcome]:
    if not pending:
        return
    texts = [t for p in pending for t in embedding_texts(p.chunks)]
    vectors = store.embeddings.embed_documents(texts)
    pos = 0
    for p in pending:
        n = len(p.chunks)
        yield store.add(p.article, p.chunks, vectors[pos : pos + n])
        pos += n


def ensure_stored(art: article_mod.Article, store: Store) -> None:
    """Store `art` unless it is there already (same text, same id)."""
    if store.record(art.id) is None:
        list(_flush([_Pending(art, chunking.split(art, store.settings.chunk_chars))], store))


def open_article(ref: str, store: Store) -> article_mod.Article:
    """An article from a path or "-" (stored on the fly if new), or a stored id or id prefix."""
    from pathlib import Path

    if ref == reading.STDIN or Path(ref).exists():
        art = load(ref, store.settings.max_article_bytes)
        ensure_stored(art, store)
        return art
    if (missing := reading.missing_path(ref)) is not None:
        raise missing
    record = store.resolve(ref)
    fmt = "markdown" if record.format == "markdown" else "text"
    return article_mod.parse(store.text(record.id), fmt, record.source)
