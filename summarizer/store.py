"""Chroma store of article chunks: embedded `PersistentClient` by default, a Chroma server when configured.

One collection per embedding model, so vectors of different models never mix. Each chunk's metadata
carries its article's record (title, source, size, chunk count), and the chunks of an article partition its
text, so an article is stored, listed and read back from one place, and an article's chunks are written in
one `add` call: all of them or none. Embeddings are always computed here and passed in: Chroma's own
default embedding function would try to download a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from summarizer.errors import NotFound, UserError

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from summarizer.article import Article
    from summarizer.chunking import Chunk
    from summarizer.config import Settings


@dataclass(frozen=True)
class ArticleRecord:
    id: str
    title: str
    source: str
    chars: int
    chunks: int
    format: str
    ingested_at: str
    speakers: int | None = None  # speakers with a direct quote; None for records stored without counts
    quotes: int | None = None


@dataclass(frozen=True)
class StoredChunk:
    id: str
    article_id: str
    index: int
    start: int
    end: int
    text: str
    score: float | None = None


@dataclass(frozen=True)
class IngestResult:
    record: ArticleRecord
    status: str  # stored | unchanged | replaced


def embedding_texts(chunks: list[Chunk]) -> list[str]:
    """What gets embedded for each chunk: its text without the whitespace that separates chunks."""
    return [c.text.strip() or c.text for c in chunks]


def collection_name(embedding_spec: str) -> str:
    """Chroma collection for one embedding model: 3-512 chars of [a-zA-Z0-9._-], alphanumeric at both ends."""
    slug = re.sub(r"[^a-zA-Z0-9._-]+", "-", embedding_spec.replace(":", "--")).strip("-._")
    slug = re.sub(r"\.{2,}", ".", slug)
    return f"chunks-{slug}"[:500].rstrip("-._")


@contextmanager
def _chroma_errors(where: str) -> Iterator[None]:
    """Turn connection failures into one actionable line."""
    try:
        yield
    except UserError:
        raise
    except Exception as exc:
        name = type(exc).__name__
        if any(k in name for k in ("Connect", "Timeout", "Network", "Transport")) or "Could not connect" in str(exc):
            raise UserError(
                f"cannot reach the Chroma server at {where}: {exc}; start it (chroma run "
                "--path DIR --port PORT) or unset SUMMARIZER_CHROMA_URL"
            ) from None
        raise


class Store:
    """Articles and their chunks in a Chroma collection for one embedding model."""

    def __init__(self, settings: Settings, embeddings: Embeddings | None = None) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self._where = settings.chroma_url or str(settings.chroma_path)
        self._lock: Any = None
        # A new embedded store is set up by one process at a time: Chroma's migrations race otherwise. Its
        # database file appears as soon as set-up starts, so a marker written afterwards says it is done.
        ready = self.settings.chroma_path / ".ready"
        new = not self.settings.chroma_url and not ready.exists()
        with self._writing() if new else nullcontext(), _chroma_errors(self._where):
            self.client = self._connect()
            self.collection = self.client.get_or_create_collection(
                name=collection_name(settings.embedding_model),
                embedding_function=None,
                metadata={"embedding_model": settings.embedding_model, "hnsw:space": "cosine"},
            )
            if new:
                ready.touch()

    def _connect(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if self.settings.chroma_url:
            url = urlparse(self.settings.chroma_url)
            if url.scheme not in ("http", "https") or not url.hostname:
                raise UserError(
                    f"SUMMARIZER_CHROMA_URL must look like http://host:port, not {self.settings.chroma_url!r}"
                )
            with _chroma_errors(self._where):
                return chromadb.HttpClient(
                    host=url.hostname,
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
        self.settings.chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(self.settings.chroma_path), settings=chroma_settings)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One writer at a time per embedded store, across processes; a server orders writes itself."""
        if self.settings.chroma_url:
            yield
            return
        from filelock import FileLock, Timeout

        if self._lock is None:  # one lock object per store: re-entrant, so add() may call remove()
            self.settings.chroma_path.mkdir(parents=True, exist_ok=True)
            self._lock = FileLock(
                str(self.settings.chroma_path / ".write.lock"), timeout=self.settings.store_lock_timeout
            )
        lock = self._lock
        try:
            lock.acquire()
        except Timeout:
            raise UserError(
                f"the store at {self.settings.chroma_path} is busy: another summarizer process has been writing to it "
                f"for {self.settings.store_lock_timeout:g} s; try again, or raise SUMMARIZER_STORE_LOCK_TIMEOUT"
            ) from None
        try:
            yield
        finally:
            lock.release()

    @property
    def embeddings(self) -> Embeddings:
        if self._embeddings is None:
            from summarizer.models import embedding_model

            self._embeddings = embedding_model(self.settings.embedding_model, self.settings)
        return self._embeddings

    # --- writing --------------------------------------------------------------------------------

    def add(
        self,
        article: Article,
        chunks: list[Chunk],
        vectors: list[list[float]] | None = None,
    ) -> IngestResult:
        """Store one article; the same text again is a no-op, new text from the same file replaces the old.

        `vectors` are the chunks' embeddings when the caller computed them (in larger batches).
        """
        existing = self.record(article.id)
        if existing is not None:
            return IngestResult(existing, "unchanged")
        previous = self._ids_from_source(article.source) if article.source not in ("", "-") else []
        if vectors is None:
            vectors = self.embeddings.embed_documents(embedding_texts(chunks))
        record = ArticleRecord(
            id=article.id,
            title=article.title,
            source=article.source,
            chars=len(article.text),
            chunks=len(chunks),
            format=article.format,
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        metadatas = [
            {
                "article_id": article.id,
                "chunk_index": c.index,
                "start": c.start,
                "end": c.end,
                "title": record.title,
                "source": record.source,
                "chars": record.chars,
                "n_chunks": record.chunks,
                "format": record.format,
                "ingested_at": record.ingested_at,
            }
            for c in chunks
        ]
        with self._writing(), _chroma_errors(self._where):
            self.collection.add(
                ids=[c.id for c in chunks],
                documents=[c.text for c in chunks],
                embeddings=vectors,
                metadatas=metadatas,
            )
            for old in previous:
                if old != article.id:
                    self.remove(old)
        return IngestResult(record, "replaced" if previous else "stored")

    def save_counts(self, article_id: str, speakers: int, quotes: int) -> None:
        """Record an article's quoted-speaker and quote counts. Ingest leaves them out (finding speakers parses
        the article, which would halve ingest throughput); the first listing that needs them saves them here."""
        with self._writing(), _chroma_errors(self._where):
            got = self.collection.get(
                where={"$and": [{"article_id": article_id}, {"chunk_index": 0}]}, include=["metadatas"]
            )
            for chunk_id, meta in zip(got["ids"], got["metadatas"] or [], strict=True):
                self.collection.update(ids=[chunk_id], metadatas=[{**meta, "speakers": speakers, "quotes": quotes}])

    def remove(self, article_id: str) -> int:
        """Delete an article's chunks; returns how many were deleted."""
        with self._writing(), _chroma_errors(self._where):
            ids = self.collection.get(where={"article_id": article_id}, include=[])["ids"]
            if ids:
                self.collection.delete(ids=ids)
        return len(ids)

    # --- reading --------------------------------------------------------------------------------

    def _ids_from_source(self, source: str) -> list[str]:
        with _chroma_errors(self._where):
            got = self.collection.get(where={"$and": [{"source": source}, {"chunk_index": 0}]}, include=["metadatas"])
        return [m["article_id"] for m in got["metadatas"] or []]

    def record(self, article_id: str) -> ArticleRecord | None:
        with _chroma_errors(self._where):
            got = self.collection.get(ids=[f"{article_id}:0"], include=["metadatas"])
        metas = got["metadatas"] or []
        return _record(metas[0]) if metas else None

    def articles(self) -> list[ArticleRecord]:
        """Every stored article, oldest first."""
        with _chroma_errors(self._where):
            got = self.collection.get(where={"chunk_index": 0}, include=["metadatas"])
        records = [_record(m) for m in got["metadatas"] or []]
        return sorted(records, key=lambda r: (r.ingested_at, r.id))

    def resolve(self, ref: str) -> ArticleRecord:
        """An article by id or unique id prefix (at least 4 characters)."""
        ref = ref.strip().lower()
        if len(ref) >= 16:
            record = self.record(ref[:16])
            if record:
                return record
        matches = [r for r in self.articles() if len(ref) >= 4 and r.id.startswith(ref)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise UserError(f"'{ref}' matches {len(matches)} articles; give more characters of the id")
        raise NotFound(f"no stored article with id '{ref}'; see: summarizer articles list")

    def chunks(self, article_id: str) -> list[StoredChunk]:
        with _chroma_errors(self._where):
            got = self.collection.get(where={"article_id": article_id}, include=["metadatas", "documents"])
        out = [
            StoredChunk(i, m["article_id"], m["chunk_index"], m["start"], m["end"], d)
            for i, m, d in zip(got["ids"], got["metadatas"] or [], got["documents"] or [], strict=True)
        ]
        return sorted(out, key=lambda c: c.index)

    def text(self, article_id: str) -> str:
        """The article's exact text, rebuilt from its chunks."""
        return "".join(c.text for c in self.chunks(article_id))

    def search(self, query: str, k: int = 5, article_ids: list[str] | None = None) -> list[StoredChunk]:
        """The k chunks closest to `query`, optionally within some articles; score is cosine similarity."""
        where: dict[str, Any] | None = None
        if article_ids:
            where = {"article_id": article_ids[0]} if len(article_ids) == 1 else {"article_id": {"$in": article_ids}}
        with _chroma_errors(self._where):
            got = self.collection.query(
                query_embeddings=[self.embeddings.embed_query(query)],
                n_results=k,
                where=where,
                include=["metadatas", "documents", "distances"],
            )
        return [
            StoredChunk(i, m["article_id"], m["chunk_index"], m["start"], m["end"], d, score=1.0 - dist)
            for i, m, d, dist in zip(
                got["ids"][0], got["metadatas"][0], got["documents"][0], got["distances"][0], strict=True
            )
        ]


def _record(meta: dict[str, Any]) -> ArticleRecord:
    return ArticleRecord(
        id=meta["article_id"],
        title=meta.get("title", ""),
        source=meta.get("source", ""),
        chars=int(meta.get("chars", 0)),
        chunks=int(meta.get("n_chunks", 0)),
        format=meta.get("format", "text"),
        ingested_at=meta.get("ingested_at", ""),
        speakers=meta.get("speakers"),
        quotes=meta.get("quotes"),
    )
