"""Which chunks of an article a briefing is written from: an overview query plus one query per speaker,
answered by the store, merged so every query's best hit comes before any query's second-best."""

from __future__ import annotations

from itertools import zip_longest
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.quotes import QuoteTable
    from summarizer.store import Store


def queries(article: Article, table: QuoteTable) -> list[str]:
    """The overview query (title and lead) and one query per speaker (name, role, first statement)."""
    lead = next((article.text[p.start : p.end] for p in article.body), "")
    out = [f"{article.title}. {lead}"[:600]]
    by_id = {q.id: q for q in table.quotes}
    for s in table.speakers:
        if not s.quote_ids:
            continue
        said = [by_id[i] for i in s.quote_ids]
        first = next((q for q in said if q.kind == "statement"), said[0])
        out.append(f"{s.name}{', ' + s.role if s.role else ''}: {first.text}"[:600])
    return out


def ranked_chunks(store: Store, article: Article, table: QuoteTable, k: int) -> list[int]:
    """Indexes of the retrieved chunks, most useful first (deduplicated)."""
    record = store.record(article.id)
    n = record.chunks if record else 0
    if n == 0:
        return []
    hits = [[c.index for c in store.search(q, k=min(k, n), article_ids=[article.id])] for q in queries(article, table)]
    ranked: list[int] = []
    for tier in zip_longest(*hits):
        for i in tier:
            if i is not None and i not in ranked:
                ranked.append(i)
    return ranked
