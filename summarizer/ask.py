"""Questions about stored articles, answered from retrieved sentences with verified citations.

Retrieval takes the top-k chunks by vector similarity and, when the question names a speaker from an
article's quote table, the chunks holding that speaker's quotes (so "what did Lavrov say?" finds "he said"
sentences). The model sees those chunks as numbered sentences and may cite only their ids; citations outside
the context are dropped, each kept citation is checked for shared content with the sentence it supports, and
an answer left with no valid citation is replaced by the plain "the article does not say".
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from summarizer import prompts
from summarizer.article import Article
from summarizer.quotes import extract
from summarizer.structured import Meter
from summarizer.verify import citation_support, mentions

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from summarizer.config import Settings
    from summarizer.store import Store, StoredChunk

NOT_FOUND = "The article does not say."
SUPPORT_MIN = 0.25  # share of the claim's content words found in the cited sentence
_CITE = re.compile(r"\[\s*((?:[0-9a-f]{4,16}:)?S\d+(?:\s*[,;]\s*(?:[0-9a-f]{4,16}:)?S\d+)*)\s*\]")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Citation(_Model):
    id: str = Field(description="The id as cited, e.g. S14 (or 9e9351:S14 across several articles).")
    article_id: str
    sentence_id: str
    start: int
    end: int
    text: str = Field(description="The sentence, verbatim from the article: text[start:end].")
    support: float = Field(description="Share of the citing claim's content words found in this sentence.")
    supported: bool


class Retrieved(_Model):
    article_id: str
    chunk_index: int
    start: int
    end: int
    score: float | None = Field(description="Cosine similarity to the question; null for quote-table hits.")
    via: str = Field(description="vector, or quotes:<speaker> when found through the quote table.")


class Answer(_Model):
    question: str
    answer: str
    answered: bool = Field(description="False when the articles do not contain the answer.")
    citations: list[Citation]
    dropped: list[str] = Field(description="Cited ids that were not in the context given to the model.")
    unsupported: list[str] = Field(description="Kept citations that share too little with their claim.")
    retrieval: list[Retrieved]
    article_ids: list[str]
    model: str
    prompt_version: str
    tokens_in: int
    tokens_out: int
    retrieval_ms: float
    seconds: float


@dataclass(frozen=True)
class ContextSentence:
    label: str
    article_id: str
    sentence_id: str
    start: int
    end: int
    text: str


@dataclass
class Context:
    sentences: list[ContextSentence]
    retrieved: list[Retrieved]
    seconds: float

    def render(self) -> str:
        return "\n".join(f"[{s.label}] {' '.join(s.text.split())}" for s in self.sentences)

    def by_label(self) -> dict[str, ContextSentence]:
        return {s.label: s for s in self.sentences}


def retrieve(question: str, articles: list[Article], store: Store, k: int) -> Context:
    """The sentences of the top-k chunks for `question`, plus the chunks of speakers it names."""
    started = time.perf_counter()
    ids = [a.id for a in articles]
    hits = store.search(question, k=k, article_ids=ids)
    retrieved = [
        Retrieved(article_id=c.article_id, chunk_index=c.index, start=c.start, end=c.end, score=c.score, via="vector")
        for c in hits
    ]
    by_id = {a.id: a for a in articles}
    chunks_of: dict[str, list[StoredChunk]] = {}
    for art in articles[:20]:  # quote tables are cheap, but not for thousands of articles per question
        table = extract(art)
        for speaker in table.speakers:
            if not speaker.quote_ids or not mentions(question, speaker, ignore_case=True):
                continue
            spans = [(q.start, q.end) for q in table.quotes if q.speaker_id == speaker.id]
            chunks = chunks_of.setdefault(art.id, store.chunks(art.id))
            for c in chunks:
                if any(c.start <= s < c.end for s, _ in spans) and not any(
                    r.article_id == art.id and r.chunk_index == c.index for r in retrieved
                ):
                    retrieved.append(
                        Retrieved(
                            article_id=art.id,
                            chunk_index=c.index,
                            start=c.start,
                            end=c.end,
                            score=None,
                            via=f"quotes:{speaker.name}",
                        )
                    )
    multi = len(articles) > 1
    sentences = []
    for r in sorted(retrieved, key=lambda r: (ids.index(r.article_id), r.start)):
        art = by_id[r.article_id]
        for s in art.sentences:
            if r.start <= s.start < r.end:
                label = f"{art.id[:6]}:{s.id}" if multi else s.id
                sentences.append(ContextSentence(label, art.id, s.id, s.start, s.end, s.text))
    return Context(sentences, retrieved, time.perf_counter() - started)


def ask(
    question: str,
    articles: list[Article],
    store: Store,
    settings: Settings,
    model: BaseChatModel | None = None,
    on_token: Callable[[str], None] | None = None,
) -> Answer:
    """Answer `question` from `articles` with `settings.chat_model`; `on_token` receives streamed text."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from summarizer.models import chat_model

    started = time.perf_counter()
    prompt = prompts.load(settings.prompts_dir, "ask", settings.ask_prompt)
    llm = model or chat_model(settings.chat_model, settings)
    context = retrieve(question, articles, store, settings.ask_k)
    meter = Meter()
    system = prompt.render("system", not_found=NOT_FOUND)
    user = prompt.render("ask", context=_defuse(context.render()), question=_defuse(question.strip()))
    reply = "".join(_stream(llm, [SystemMessage(system), HumanMessage(user)], meter, settings, on_token))
    return _verify(question, reply, context, articles, settings, prompt.version, meter, time.perf_counter() - started)


def _stream(
    llm: BaseChatModel, messages: list, meter: Meter, settings: Settings, on_token: Callable[[str], None] | None
) -> Iterator[str]:
    started = time.perf_counter()
    total = None
    for chunk in llm.bind(max_tokens=settings.ask_max_tokens).stream(messages):
        total = chunk if total is None else total + chunk
        text = str(chunk.content)
        if text and on_token:
            on_token(text)
        yield text
    if total is not None:
        meter.add(total, time.perf_counter() - started, sum(len(str(m.content)) for m in messages))


def _verify(
    question: str,
    reply: str,
    context: Context,
    articles: list[Article],
    settings: Settings,
    version: str,
    meter: Meter,
    seconds: float,
) -> Answer:
    labels = context.by_label()
    multi = len(articles) > 1
    dropped: list[str] = []
    cited: dict[str, float] = {}

    def replace(m: re.Match[str]) -> str:
        kept = []
        for raw in re.split(r"\s*[,;]\s*", m.group(1)):
            label = raw if multi or ":" not in raw else raw.split(":", 1)[1]
            if label in labels:
                kept.append(label)
            elif raw not in dropped:
                dropped.append(raw)
        return "".join(f"[{label}]" for label in kept)

    text = _CITE.sub(replace, reply).strip()
    text = re.sub(r"\s+([.,;])", r"\1", re.sub(r"[ \t]{2,}", " ", text))
    for claim, ids in _claims(text):
        for label in ids:
            score = citation_support(claim, labels[label].text)
            cited[label] = max(cited.get(label, 0.0), score)
    refused = NOT_FOUND.lower().rstrip(".") in reply.lower()
    answered = bool(cited) and not refused
    citations = (
        [
            Citation(
                id=label,
                article_id=labels[label].article_id,
                sentence_id=labels[label].sentence_id,
                start=labels[label].start,
                end=labels[label].end,
                text=labels[label].text,
                support=round(score, 3),
                supported=score >= SUPPORT_MIN,
            )
            for label, score in sorted(cited.items(), key=lambda kv: _order(kv[0], labels))
        ]
        if answered
        else []
    )
    return Answer(
        question=question,
        answer=text if answered else NOT_FOUND,
        answered=answered,
        citations=citations,
        dropped=dropped,
        unsupported=[c.id for c in citations if not c.supported],
        retrieval=context.retrieved,
        article_ids=[a.id for a in articles],
        model=settings.chat_model,
        prompt_version=version,
        tokens_in=meter.tokens_in,
        tokens_out=meter.tokens_out,
        retrieval_ms=round(context.seconds * 1000, 1),
        seconds=round(seconds, 3),
    )


def _order(label: str, labels: dict[str, ContextSentence]) -> tuple[str, int]:
    s = labels[label]
    return s.article_id, s.start


def _claims(text: str) -> Iterator[tuple[str, list[str]]]:
    """(claim text, the ids cited right after it) for each run of text followed by citations."""
    pos = 0
    for m in re.finditer(r"((?:\[[^\[\]]+\])+)", text):
        claim = re.sub(r"\[[^\[\]]+\]", "", text[pos : m.start()])
        ids = re.findall(r"\[([^\[\]]+)\]", m.group(1))
        yield claim, ids
        pos = m.end()


def _defuse(text: str) -> str:
    return re.sub(r"</?\s*(?:sentences|system|user|assistant)\b", lambda m: "‹" + m.group()[1:], text, flags=re.I)
