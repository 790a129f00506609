"""Sentence-aware chunks that never cut a quotation in two.

Chunks partition the article: chunk i covers text[start_i:start_{i+1}], so the chunks joined in order give
back the exact article text, and every chunk offset is an offset into the article.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from summarizer.article import Article
from summarizer.quotemarks import quoted_regions


@dataclass(frozen=True)
class Chunk:
    id: str
    index: int
    start: int
    end: int
    text: str


def split(article: Article, target_chars: int = 1000) -> list[Chunk]:
    """Cut at sentence starts near `target_chars`; never inside a quote unless the quote alone is longer."""
    text = article.text
    quotes = _QuoteIndex(article)
    cuts = [0]
    last_ok: int | None = None
    for b in _candidates(article, target_chars):
        if b - cuts[-1] > target_chars and last_ok is not None:
            cuts.append(last_ok)
            last_ok = None
        if not quotes.allows(b, target_chars):
            continue
        if b - cuts[-1] >= target_chars:
            cuts.append(b)
            last_ok = None
        elif b > cuts[-1]:
            last_ok = b
    if len(text) - cuts[-1] > target_chars and last_ok is not None:
        cuts.append(last_ok)
    cuts.append(len(text))
    return [
        Chunk(id=f"{article.id}:{i}", index=i, start=s, end=e, text=text[s:e])
        for i, (s, e) in enumerate(itertools.pairwise(cuts))
        if e > s
    ]


def _candidates(article: Article, target_chars: int) -> list[int]:
    """Sentence starts, plus word breaks inside sentences too long to fit a chunk."""
    text = article.text
    out: list[int] = []
    for sentence in article.sentences:
        if sentence.start > 0:
            out.append(sentence.start)
        if sentence.end - sentence.start > target_chars:
            pos = sentence.start + target_chars
            while pos < sentence.end:
                space = text.rfind(" ", pos - target_chars // 2, pos)
                cut = space + 1 if space > 0 else pos
                out.append(cut)
                pos = cut + target_chars
    return sorted(set(out))


class _QuoteIndex:
    """Quoted spans (from opening to closing mark) sorted by start, for fast "is this inside a quote"."""

    def __init__(self, article: Article) -> None:
        spans = []
        for p in article.paragraphs:
            for r in quoted_regions(article.text, p.start, p.end):
                end = r.close_mark + 1 if r.close_mark is not None else r.end
                spans.append((r.open_mark, end))
        spans.sort()
        self._starts = [s for s, _ in spans]
        self._spans = spans

    def allows(self, offset: int, target_chars: int) -> bool:
        i = bisect.bisect_left(self._starts, offset) - 1
        # Regions never overlap, so only the last one starting before `offset` can contain it.
        if i < 0:
            return True
        start, end = self._spans[i]
        return not start < offset < end or end - start > target_chars
