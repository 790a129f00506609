"""A briefing shown as it is made: each piece checked before it is sent, never the model's raw text.

Events, as (name, data) pairs; the HTTP service sends the same names as server-sent events, `ask` included:
- `stage`: {"stage": what is running now, e.g. "loading the model", "writing"}
- `quotes`: the quote table (speakers, roles, quotes with spans, statements), ready before any model call
- `headline`: {"text"}
- `sentence`: {"index", "text", "support"}: one summary sentence, verified, repaired and support-checked
- `position`: a speaker's position with its verbatim quotes and support
- `briefing` / `answer`: the finished result, which is what is saved; it may differ from what was streamed
  where a later check changed an earlier piece, and then it is the one to trust
- `token` (ask only): answer text as it streams; `error`: {"error"}
The model's reply is read as it arrives (`partial_json`); every summary sentence and position it has finished
is composed exactly as the final briefing is (`compose`), in a worker thread so the model never waits on the
checks, and sent on once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from summarizer import partial_json

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.briefing import Draft
    from summarizer.compose import Composed
    from summarizer.quotes import QuoteTable

Emit = Callable[[str, dict[str, Any]], None]
log = logging.getLogger(__name__)


def quotes_event(article: Article, table: QuoteTable) -> dict[str, Any]:
    """The quote table as sent before any model call: the shape of GET /articles/{id}/quotes."""
    from dataclasses import asdict

    return {
        "article_id": article.id,
        "title": article.title,
        "quotes": [asdict(q) for q in table.quotes],
        "speakers": [asdict(s) for s in table.speakers],
        "attributions": [asdict(a) for a in table.attributions],
    }


class Cancelled(Exception):
    """The reader went away (Ctrl-C, a closed connection): the briefing stops and nothing is saved."""


def partial_draft(text: str) -> Draft | None:
    """The finished part of a draft being written: the headline (empty until it is done), complete summary
    sentences, complete positions; None before the first of them is done."""
    from pydantic import ValidationError

    from summarizer.briefing import Draft

    value = partial_json.parse(text)
    if not isinstance(value, dict):
        return None
    headline = value.get("headline") if isinstance(value.get("headline"), str) else ""
    summary = value.get("summary")
    positions = value.get("positions")
    if not headline and not (isinstance(summary, list) and partial_json.finished(summary)):
        return None
    try:
        return Draft(
            headline=headline,
            summary=partial_json.finished(summary) if isinstance(summary, list) else [],
            positions={
                k: v for k, v in (positions or {}).items() if k != partial_json.OPEN and not partial_json.is_open(v)
            }
            if isinstance(positions, dict)
            else {},
        )
    except ValidationError:
        return None


class Publisher:
    """Sends each checked piece of a composed briefing once, in order."""

    def __init__(self, emit: Emit) -> None:
        self.emit = emit
        self.headline = False
        self.sentences = 0
        self.positions: set[str] = set()
        self._lock = threading.Lock()

    def publish(self, done: Composed, positions: set[str] | None = None, headline: bool = True) -> None:
        """Send what `done` has that was not sent yet; only the positions in `positions` (all if None), and
        the headline only if the model has written it (`headline`)."""
        with self._lock:
            if headline and not self.headline and done.headline:
                self.headline = True
                self.emit("headline", {"text": done.headline})
            support = {s.field: s.model_dump() for s in done.support}
            for i in range(self.sentences, len(done.summary)):
                self.emit("sentence", {"index": i, "text": done.summary[i], "support": support.get(f"summary[{i}]")})
            self.sentences = max(self.sentences, len(done.summary))
            for s in done.speakers:
                if s.speaker_id in self.positions or (positions is not None and s.speaker_id not in positions):
                    continue
                self.positions.add(s.speaker_id)
                self.emit("position", {**s.model_dump(), "support": support.get(f"positions[{s.speaker_id}]")})


class DraftStream:
    """Feed it the model's reply so far (`feed`, cheap, called per token); a worker thread composes the
    finished pieces and publishes them. `close` stops the worker once its current piece is out."""

    def __init__(self, compose: Callable[[Draft], Composed], publisher: Publisher) -> None:
        self.compose = compose
        self.publisher = publisher
        self._latest: str | None = None
        self._fed = 0  # length of the text fed so far
        self._stop = False
        self._wake = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="draft-stream", daemon=True)
        self._thread.start()

    def feed(self, text: str) -> None:
        """Keep the reply so far; wake the worker only when the new text could finish a piece (a string, an
        object or a list closes), so the model's threads are not interrupted once per token."""
        new = text[self._fed :] if len(text) >= self._fed else text
        self._fed = len(text)
        with self._wake:
            self._latest = text
            if not partial_json.CLOSERS.isdisjoint(new):
                self._wake.notify()

    def close(self) -> None:
        with self._wake:
            self._stop = True
            self._latest = None
            self._wake.notify()
        self._thread.join()

    def _run(self) -> None:
        seen: tuple[Any, ...] | None = None
        while True:
            with self._wake:
                while self._latest is None and not self._stop:
                    self._wake.wait()
                if self._stop:
                    return
                text, self._latest = self._latest, None
            draft = partial_draft(text)
            if draft is None:
                continue
            shape = (draft.headline, len(draft.summary), tuple(draft.positions))
            if shape == seen:
                continue
            seen = shape
            try:
                done = self.compose(draft)
            except Exception:  # a piece that cannot be checked yet waits for the final briefing
                log.debug("could not compose a partial draft", exc_info=True)
                continue
            self.publisher.publish(done, set(draft.positions), headline=bool(draft.headline))
