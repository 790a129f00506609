"""Questions about stored articles, answered from retrieved sentences with verified citations.

Retrieval takes the top-k chunks by vector similarity and, when the question names a speaker from an
article's quote table, the chunks holding that speaker's quotes (so "what did Lavrov say?" finds "he said"
sentences). The model sees those chunks as numbered sentences and answers in JSON: first the ids of the
sentences that answer the question (an enum of the ids it was shown, where the backend constrains decoding),
then the answer. Ids outside the context are dropped; each kept citation is checked for shared content with
the answer; quotation marks are verified against the source; and an answer with no valid citation, or one
that names someone or gives a number no article mentions, is replaced by the plain "the article does not say"
(or, where the question itself asks about a name or number the article never uses, "the article does not
mention Iowa").
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from summarizer import asked, prompts
from summarizer.article import Article
from summarizer.prompts import defuse
from summarizer.quotes import QuoteTable, Speaker, extract
from summarizer.repairs import source_spelling
from summarizer.structured import Meter, Retries, ask_json, count_tokens, is_local
from summarizer.verify import Source, check_text, citation_support, common_words, mentions, ungrounded_terms

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from summarizer.config import Settings
    from summarizer.store import Store, StoredChunk

NOT_FOUND = "The article does not say."
RECITE_MIN = 0.5  # support at which an uncited context sentence is added to the citations
SUPPORT_MIN = 0.25  # share of the answer's content words found in the cited sentence
# Asked what a speaker said, an answer with less than this share of its content words in the speaker's cited
# sentences is replaced by those sentences ("What did Colonna tell reporters?" answered with what France did).
OWN_WORDS_MIN = 0.5
# The answer as JSON text (escapes included, as llama.cpp's grammar reads a pattern): it ends a sentence,
# spaces may follow. A small model that reaches for a bare quotation mark inside the answer ("... said it
# was critical to show that") cannot end the answer there, and writes the escaped mark it meant.
ANSWER_PATTERN = r"""^([^"\\\n]|[\\][^\n])*[.!?]([\\]["]|[)\]'])?([ ]|[\\]n)*$"""
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
    via: str = Field(
        description="vector; quotes:<speaker> when found through the quote table; article when the whole article "
        "was the context."
    )


class Answer(_Model):
    question: str
    answer: str
    answered: bool = Field(description="False when the articles do not contain the answer.")
    citations: list[Citation]
    dropped: list[str] = Field(description="Cited ids that were not in the context given to the model.")
    unsupported: list[str] = Field(description="Kept citations that share too little with the answer.")
    added: list[str] = Field(
        default_factory=list, description="Sentences the checker cited because they support the answer best."
    )
    ungrounded: list[str] = Field(  # names and numbers
        description="Names in the model's answer found in no article; the answer is withheld."
    )
    retrieval: list[Retrieved]
    article_ids: list[str]
    model: str
    prompt_version: str
    tokens_in: int
    tokens_out: int
    tokens_reused: int = Field(default=0, description="Prompt tokens not evaluated again: a prefix the model kept.")
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
    # Quote tables are cheap, but not for thousands of articles per question: beyond a few, only the
    # articles the vector search found are searched for the speakers the question names.
    candidates = articles if len(articles) <= 20 else [by_id[i] for i in dict.fromkeys(c.article_id for c in hits)]
    for art in candidates:
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


def whole(article: Article, store: Store) -> Context:
    """Every sentence of one article as the context (no search): what a prompt with a shared article context
    shows when the article fits the model's context."""
    started = time.perf_counter()
    retrieved = [
        Retrieved(article_id=article.id, chunk_index=c.index, start=c.start, end=c.end, score=None, via="article")
        for c in store.chunks(article.id)
    ]
    sentences = [ContextSentence(s.id, article.id, s.id, s.start, s.end, s.text) for s in article.sentences]
    return Context(sentences, retrieved, time.perf_counter() - started)


def _fits(llm: BaseChatModel, messages: list, settings: Settings) -> bool:
    used = sum(count_tokens(llm, str(m.content)) for m in messages)
    return used + settings.ask_max_tokens + 64 <= settings.llm_context


class _Reply(BaseModel):
    evidence: list[str] = Field(default_factory=list)
    answer: str = ""


def reply_schema(context: Context, local: bool = False, only: list[str] | None = None) -> dict:
    """The reply's JSON schema: cited ids among those shown (and among `only`, where the question asks for one
    speaker's words: see `asked`); with `local` (llama.cpp), an answer that ends a sentence (`ANSWER_PATTERN`;
    other backends read a pattern against the decoded string, so they get none)."""
    labels = [s.label for s in context.sentences if only is None or s.label in only]
    answer: dict = {"type": "string", "minLength": 1, "maxLength": 600}
    if local:
        answer["pattern"] = ANSWER_PATTERN
    return {
        "type": "object",
        "properties": {
            # no ids to give ("What did Bill Clinton say?" of an article without him): an empty list only
            "evidence": {"type": "array", "items": {"enum": labels}, "maxItems": 4}
            if labels
            else {"type": "array", "items": {"type": "string"}, "maxItems": 0},
            "answer": answer,
        },
        "required": ["evidence", "answer"],
        "additionalProperties": False,
    }


def ask(
    question: str,
    articles: list[Article],
    store: Store,
    settings: Settings,
    model: BaseChatModel | None = None,
    on_token: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> Answer:
    """Answer `question` from `articles` with `settings.chat_model`; `on_token` receives the answer as it
    streams (before verification); setting `cancel` stops the model (`streaming.Cancelled`)."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from summarizer.models import chat_model

    started = time.perf_counter()
    prompt = prompts.load(settings.prompts_dir, "ask", settings.ask_prompt)
    llm = model or chat_model(settings.chat_model, settings)
    shown_question = defuse(" ".join(question.split()))
    context, messages = None, None
    if prompt.context is not None and len(articles) == 1:
        context = whole(articles[0], store)
        messages = prompt.messages(
            "ask", **prompts.opening(articles[0]), context="", question=shown_question, not_found=NOT_FOUND
        )
        if not _fits(llm, messages, settings):
            context, messages = None, None  # too long: the retrieved sentences instead
    if context is None:
        context = retrieve(question, articles, store, settings.ask_k)
        if prompt.context is not None:
            title = articles[0].title if len(articles) == 1 else f"{len(articles)} articles"
            opening = {
                "title": prompts.title_attr(title),
                "sentences": prompts.sentence_lines([(s.label, s.text) for s in context.sentences]),
                "paragraphs": defuse(context.render()),
            }
            messages = prompt.messages("ask", **opening, context="", question=shown_question, not_found=NOT_FOUND)
        else:
            system = prompt.render("system", not_found=NOT_FOUND)
            user = prompt.render("ask", context=defuse(context.render()), question=shown_question)
            messages = [SystemMessage(system), HumanMessage(user)]
    meter = Meter()
    table = extract(articles[0]) if len(articles) == 1 else None
    wanted = asked.asked_for(question, articles[0], table) if table is not None else None
    only = _shown(wanted, context)
    reply = ask_json(
        llm,
        settings.chat_model,
        messages,
        _Reply,
        reply_schema(context, is_local(llm), only),
        lambda error: prompt.render("repair", error=error),
        meter,
        settings.ask_max_tokens,
        on_text=_on_text(on_token, cancel),
        retries=Retries(settings.llm_retries, settings.llm_deadline),
    )
    seconds = time.perf_counter() - started
    return _verify(question, reply, context, articles, settings, prompt.version, meter, seconds, only, table, wanted)


def _shown(wanted: asked.Asked | None, context: Context) -> list[str] | None:
    """The ids of the shown sentences that hold the words a question asks for (`asked`): all of them where it
    asks for no one's, none where it asks for someone the article never names."""
    if wanted is None:
        return None
    shown = [s.label for s in context.sentences if s.sentence_id in wanted.sentences]
    return shown if shown or wanted.speaker is None else None


def _off(text: str, speaker: Speaker, cited: list[str], labels: dict[str, ContextSentence]) -> bool:
    """Whether less than OWN_WORDS_MIN of the answer's content words, the speaker's names aside, are in the
    speaker's cited sentences."""
    for name in sorted({speaker.name, *speaker.aliases}, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}\b", " ", text)
    return citation_support(text, _joined(cited, labels)) < OWN_WORDS_MIN


def _whole_quotes(cited: list[str], labels: dict[str, ContextSentence], table: QuoteTable) -> list[str]:
    """`cited`, and the shown sentences that hold the rest of any quote a cited sentence holds part of."""
    spans = [(labels[label].start, labels[label].end) for label in cited]
    quotes = [q for q in table.quotes if any(q.start < e and s < q.end for s, e in spans)]
    more = [
        label
        for label, x in labels.items()
        if label not in cited and any(q.start < x.end and x.start < q.end for q in quotes)
    ]
    return cited + more


# An answer that says the article lacks what was asked is the refusal, however it words it ("... and his
# salary is not mentioned in the article").
_LACKS = re.compile(
    r"\b(?:is|are|was|were) not (?:mentioned|given|stated|specified|reported|provided|disclosed) in the article\b"
    r"|\bthe article does(?: not|n['’]t) (?:say|mention|state|specify|give|report|provide|disclose)\b",
    re.IGNORECASE,
)


def _joined(cited: list[str], labels: dict[str, ContextSentence]) -> str:
    return " ".join(labels[label].text for label in sorted(cited, key=lambda x: _order(x, labels)))


def _on_text(on_token: Callable[[str], None] | None, cancel: threading.Event | None) -> Callable[[str], None] | None:
    """What reads the reply as it streams: the answer's new characters to `on_token`, and a check for `cancel`."""
    if on_token is None and cancel is None:
        return None
    feed = _answer_stream(on_token) if on_token else None

    def on_text(text: str) -> None:
        if cancel is not None and cancel.is_set():
            from summarizer.streaming import Cancelled

            raise Cancelled
        if feed is not None:
            feed(text)

    return on_text


def _answer_stream(on_token: Callable[[str], None]) -> Callable[[str], None]:
    """Turn "JSON so far" into the new characters of its "answer" string."""
    sent = 0

    def feed(text: str) -> None:
        nonlocal sent
        m = re.search(r'"answer"\s*:\s*"((?:[^"\\]|\\.)*)', text)
        if not m:
            return
        raw = m.group(1)
        if raw.endswith("\\") and not raw.endswith("\\\\"):
            raw = raw[:-1]
        try:
            value = json.loads(f'"{raw}"')
        except json.JSONDecodeError:
            return
        if len(value) > sent:
            on_token(value[sent:])
            sent = len(value)

    return feed


def _verify(
    question: str,
    reply: _Reply,
    context: Context,
    articles: list[Article],
    settings: Settings,
    version: str,
    meter: Meter,
    seconds: float,
    only: list[str] | None = None,
    table: QuoteTable | None = None,
    wanted: asked.Asked | None = None,
) -> Answer:
    """The reply checked against the article: ids it was not shown (or, where the question asks for one
    speaker's words, ids of sentences without them: `only`) are dropped, quotes are verified, and an answer
    with no citation left, or with names or numbers the article lacks, is "the article does not say"."""
    labels = {k: v for k, v in context.by_label().items() if only is None or k in only}
    multi = len(articles) > 1
    dropped: list[str] = []
    cited: list[str] = []

    def keep(raw: str) -> None:
        label = raw.strip()
        if not multi and ":" in label:
            label = label.split(":", 1)[1]
        if label in labels:
            if label not in cited:
                cited.append(label)
        elif raw not in dropped:
            dropped.append(raw)

    for raw in reply.evidence:
        keep(raw)
    for m in _CITE.finditer(reply.answer):  # ids written inline count too
        for raw in re.split(r"\s*[,;]\s*", m.group(1)):
            keep(raw)
    text = " ".join(_CITE.sub("", reply.answer).split())
    text = re.sub(r"\s+([.,;:])", r"\1", text)
    source = "\n".join(a.text for a in articles)
    text = _without_repeats(source_spelling(text, source))
    refused = not text or NOT_FOUND.lower().rstrip(".") in text.lower() or bool(_LACKS.search(text))
    strangers = [] if refused else ungrounded_terms(text, source)
    unasked = _not_in(question, source)
    refused = refused or bool(unasked)
    speaker = wanted.speaker if wanted is not None else None
    if not refused and table is not None:  # one article: its quote table came with the question
        text, spans = _check_quotes(text, question, articles[0], table, speaker)
        for start, _end in spans:  # the sentence a verified quote comes from is its citation
            for label, sentence in labels.items():
                if sentence.start <= start < sentence.end and label not in cited:
                    cited.append(label)
    added: list[str] = []
    if cited and not refused:  # a sentence that carries the answer better than every cited one is cited too
        best_cited = max(citation_support(text, labels[label].text) for label in cited)
        scored = [(citation_support(text, s.text), label) for label, s in labels.items() if label not in cited]
        for score, label in sorted(scored, reverse=True)[:2]:
            if score >= RECITE_MIN and score >= best_cited + 0.2:
                cited.append(label)
                added.append(label)
    if speaker is not None and table is not None and cited and not refused and _off(text, speaker, cited, labels):
        # asked what someone said, the answer is what they said, as the article has it: every sentence of the
        # quotes the cited ones hold, so a quote is never shown cut at a sentence inside it
        cited = _whole_quotes(cited, labels, table)
        text = _joined(cited, labels)
    if cited and not refused and not strangers and table is not None:
        text = _reported_whole(text, articles[0], table)
        if speaker is None:  # (asked what someone said, the answer is theirs already)
            text = _attributed(text, articles[0], table)
    supports = {label: citation_support(text, labels[label].text) for label in cited}
    answered = bool(cited) and not refused and not strangers and bool(text)
    citations = (
        [
            Citation(
                id=label,
                article_id=labels[label].article_id,
                sentence_id=labels[label].sentence_id,
                start=labels[label].start,
                end=labels[label].end,
                text=labels[label].text,
                support=round(supports[label], 3),
                supported=supports[label] >= SUPPORT_MIN,
            )
            for label in sorted(cited, key=lambda x: _order(x, labels))
        ]
        if answered
        else []
    )
    marks = "".join(f"[{c.id}]" for c in citations)
    return Answer(
        question=question,
        answer=f"{text} {marks}" if answered else _not_found(unasked),
        answered=answered,
        citations=citations,
        dropped=dropped,
        unsupported=[c.id for c in citations if not c.supported],
        ungrounded=strangers,
        added=added if answered else [],
        retrieval=context.retrieved,
        article_ids=[a.id for a in articles],
        model=settings.chat_model,
        prompt_version=version,
        tokens_in=meter.tokens_in,
        tokens_out=meter.tokens_out,
        tokens_reused=meter.tokens_reused,
        retrieval_ms=round(context.seconds * 1000, 1),
        seconds=round(seconds, 3),
    )


def _without_repeats(text: str) -> str:
    """The answer without a sentence that says nothing an earlier one did not ("Republicans want a photo op. They
    want a ready-made campaign commercial. They want a photo op.": the third goes)."""
    from summarizer.repairs import prose_sentences
    from summarizer.support import content_stems

    said = prose_sentences(text)
    kept: list[tuple[str, set[str]]] = []
    for sentence in said:
        mine = content_stems(sentence)
        if len(mine) >= 2 and any(mine <= theirs for _, theirs in kept):
            continue
        kept.append((sentence, mine))
    return " ".join(t for t, _ in kept) if len(kept) < len(said) else text


def _reported_whole(text: str, article: Article, table: QuoteTable) -> str:
    """An answer that copies what someone's statement says without who said it or how, cut where the cue left
    it ("Ukraine of Russophobia, including ...", from "He accused Ukraine of "Russophobia," including ..."): the
    statement told whole, with its speaker and cue and its words as the article has them ("Sergei Lavrov
    accused Ukraine of "Russophobia," including ...")."""
    from summarizer.support import content_stems

    first = text.split()[0].lower() if text.split() else ""
    claim = content_stems(text)
    for a in table.attributions:
        speaker = table.speaker(a.speaker_id) if a.speaker_id else None
        if a.direct or speaker is None or not a.cue or mentions(text, speaker):
            continue
        said = a.content(article.text)
        words = said.split()
        if not words or words[0].lower().strip("\"“‘'") != first.strip("\"“‘'"):
            continue
        held = content_stems(said)
        if len(claim) < 3 or not claim <= held or len(claim) < 0.8 * len(held):
            continue
        stop = "" if said.rstrip(' ”"’').endswith((".", "!", "?")) else "."
        if a.cue.lower() == "according to":
            return f"According to {speaker.name}, {said}{stop}"
        return f"{speaker.name} {a.cue} {said}{stop}"
    return text


def _attributed(text: str, article: Article, table: QuoteTable) -> str:
    """An answer that states as fact what the article gives as someone's statement ("Small growers had lost
    ground for two decades." where the article has "She said small growers had lost ground ..."), with its
    speaker: "According to Ruth Calloway, small growers had lost ground for two decades." An answer that
    names the speaker or has a verb of saying of its own is left as it is."""
    from summarizer.support import REPORTING, content_stems, stem, words

    stems = {stem(w) for w in words(text)}
    if stems & REPORTING or "according to" in text.lower():
        return text
    claim = content_stems(text)
    if len(claim) < 3:
        return text
    for a in table.attributions:
        speaker = table.speaker(a.speaker_id) if a.speaker_id else None
        cue = (a.cue or "").lower()
        if speaker is None or mentions(text, speaker) or cue == "according to":
            continue
        if cue and stem(cue.split()[-1]) in stems:
            continue  # "He accused Ukraine of ...": the answer tells it as a statement already
        if len(claim & content_stems(a.content(article.text))) >= 0.8 * len(claim):
            first = text.split()[0]
            # "Small" is "small" where the article writes it so; "Ukraine" stays a name
            lower = first[1:].islower() and re.search(rf"\b{re.escape(first.lower())}\b", article.text) is not None
            return f"According to {speaker.name}, {text[0].lower() + text[1:] if lower else text}"
    return text


def _not_in(question: str, source: str) -> list[str]:
    """The names and numbers a question asks about that the article never uses ("How many farms in Iowa ...?"
    of an article that never names Iowa; "... in 2024?"): no answer grounded in it can say anything of them.
    Not an initialism ("GOP", "USDA"), which the article may spell out. A name is given whole ("Bill Blinken",
    "Bernie Sanders") without the question's own first word ("Did Zelensky ...")."""
    missing = {t for t in ungrounded_terms(question, source) if not (t.isupper() and len(t) <= 5)}
    out: list[str] = []
    for m in _RUN.finditer(question):
        run = [re.sub(r"['’]s?$", "", w) for w in m.group().split()]  # "Zelensky's aide", "Sanders' aide"
        if m.start() == 0 and run[0].lower() in common_words():
            run = run[1:]
        if any(w.rstrip("'’.,?") in missing for w in run):
            out.append(" ".join(run).rstrip("?.,"))
    return out


_RUN = re.compile(r"(?:[A-Z0-9][\w.'’-]*)(?:\s+[A-Z0-9][\w.'’-]*)*")


def _not_found(unasked: list[str]) -> str:
    """ "The article does not say.", or which of what was asked about it never mentions."""
    if not unasked:
        return NOT_FOUND
    named = unasked[0] if len(unasked) == 1 else f"{', '.join(unasked[:-1])} or {unasked[-1]}"
    return f"The article does not mention {named}."


def _check_quotes(
    text: str, question: str, article: Article, table: QuoteTable, asked_of: Speaker | None
) -> tuple[str, list[tuple[int, int]]]:
    """The answer with quotation marks kept only around the source's words (see verify.check_text), and the
    source spans of the quotes it kept. An answer to a question about what a speaker said speaks for that
    speaker ("What did Cummings say Republicans want?" answered "Republicans want a photo op"); one that names
    nobody speaks for the person the question names ("What did Guterres say?" answered with his words)."""
    speaker_id = asked_of.id if asked_of is not None else None
    if speaker_id is None and not any(mentions(text, s) for s in table.speakers):
        named = [s for s in table.speakers if mentions(question, s, ignore_case=True)]
        speaker_id = named[0].id if len(named) == 1 else None
    checked = check_text(text, "answer", Source(article.text, table), speaker_id)
    return checked.text or "", [(q.start, q.end) for q in checked.inline]


def _order(label: str, labels: dict[str, ContextSentence]) -> tuple[str, int]:
    s = labels[label]
    return s.article_id, s.start
