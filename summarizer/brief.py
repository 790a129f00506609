"""The briefing pipeline: quotes → retrieved chunks → prompt → JSON draft → verified `Briefing`.

Articles whose retrieved chunks fit the model's context are briefed in one call. Longer ones are split into
consecutive chunk groups that each fit (at most `brief_max_map_calls`; the least relevant chunks are left out
beyond that), noted one group at a time, and the notes merged in a final call: a bounded number of calls and
never a prompt larger than the context.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from summarizer import prompts, retrieve
from summarizer.briefing import LENGTHS, Briefing, Draft, DraftSpeakers, Notes, Usage, draft_schema, split_schema
from summarizer.compose import Composed, compose
from summarizer.errors import UserError
from summarizer.prompts import defuse, opening, title_attr
from summarizer.quotes import QuoteTable, Speaker, extract
from summarizer.streaming import Cancelled, DraftStream, Emit, Publisher, quotes_event
from summarizer.structured import Meter, Retries, ask_json, count_tokens
from summarizer.verify import Source

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from summarizer.article import Article
    from summarizer.config import Settings
    from summarizer.store import Store, StoredChunk

Progress = Callable[[int, int, str], None]  # (done, total, what is running)
T = TypeVar("T")
QUOTE_CHARS = 240  # longer quotes are cut in the prompt's quote table (the briefing shows them whole)
MARGIN_TOKENS = 64  # chat-template tokens around the messages


@dataclass(frozen=True)
class _Call:
    """What one model call is built from."""

    chunks: list[StoredChunk]
    table: QuoteTable


def brief(
    article: Article,
    store: Store,
    settings: Settings,
    length: str = "medium",
    model: BaseChatModel | None = None,
    progress: Progress | None = None,
    on_event: Emit | None = None,
    cancel: threading.Event | None = None,
) -> Briefing:
    """Brief a stored article with `settings.chat_model` (or `model`) and `settings.brief_prompt`.

    With `on_event`, the briefing is also sent piece by piece as it is made (see `streaming`): the quote table
    first, then each checked summary sentence and position. Setting `cancel` stops it (`Cancelled`)."""
    from summarizer.grounding import Grounder
    from summarizer.models import chat_model
    from summarizer.support import default_checker

    started = time.perf_counter()
    if length not in LENGTHS:
        raise UserError(f"unknown length '{length}'; use short, medium or long")
    emit: Emit = on_event or (lambda name, data: None)
    prompt = prompts.load(settings.prompts_dir, "brief", settings.brief_prompt)
    table = extract(article)
    emit("quotes", quotes_event(article, table))
    chunks = store.chunks(article.id)
    if not chunks:
        raise UserError(f"article {article.id} has no stored chunks; ingest it again")
    if model is None:
        emit("stage", {"stage": "loading the model"})
    llm = model or chat_model(settings.chat_model, settings)
    meter = Meter()
    bullets = LENGTHS[length]
    plan = _plan(
        article,
        chunks,
        lambda: retrieve.ranked_chunks(store, article, table, settings.retrieval_k),
        table,
        llm,
        prompt,
        settings,
        bullets,
    )
    source = Source(article.text, table)
    Grounder(article, table, default_checker()).warm()  # the article's vectors now, not while the model writes
    publisher = Publisher(emit)

    last: list[tuple[Draft, Composed]] = []  # the latest draft composed, and what it gave

    def checked(draft: Draft) -> Composed:
        """`draft` composed; a streamed briefing's final draft is often its last finished partial one, which
        the stream has composed already."""
        if not last or last[0][0] != draft:
            last[:] = [(draft, compose(draft, source, prompt.system, settings.prompts_dir, article, most=bullets[1]))]
        return last[0][1]

    conversation: list = []  # the briefing call and its accepted reply, for the completion round

    def ask(
        messages: list, kind: type[T], schema: dict, streamed: bool = False, keep: bool = False, lead: str = ""
    ) -> T:
        """One call; `streamed` publishes its checked pieces as they come, read after `lead` (an earlier
        turn's reply, whose summary and headline this turn's positions join)."""
        stream = DraftStream(checked, publisher) if streamed and on_event else None

        def on_text(text: str) -> None:
            if cancel is not None and cancel.is_set():
                raise Cancelled
            if stream is not None:
                stream.feed(_joined(lead, text) if lead else text)

        try:
            return ask_json(
                llm,
                settings.chat_model,
                messages,
                kind,
                schema,
                lambda error: prompt.render("repair", error=error),
                meter,
                settings.brief_max_tokens,
                on_text=on_text if on_event or cancel else None,
                retries=Retries(settings.llm_retries, settings.llm_deadline),
                conversation=conversation if keep else None,
            )
        finally:
            if stream is not None:
                stream.close()

    def ids(chunks: list[StoredChunk]) -> list[str] | None:
        return [x.id for x in _sentences(article, chunks)] if prompt.cites else None

    if len(plan) == 1:
        call = plan[0]
        if progress:
            progress(0, 1, "briefing")
        emit("stage", {"stage": "writing"})
        messages = _messages(prompt, "brief", article, call, bullets)
        schema = draft_schema(call.table, bullets, sentence_ids=ids(call.chunks), positions=not prompt.per_speaker)
        if prompt.second_turn:
            draft = _two_turns(prompt, messages, schema, call, article, ask, conversation, emit)
        else:
            draft = ask(messages, Draft, schema, streamed=True, keep=True)
    else:
        notes: list[Notes] = []
        for i, call in enumerate(plan, 1):
            if progress:
                progress(i - 1, len(plan) + 1, f"part {i} of {len(plan)}")
            emit("stage", {"stage": f"reading part {i} of {len(plan)}"})
            text = prompt.render("map", **_values(article, call, bullets), part=i, parts=len(plan))
            schema = draft_schema(call.table, (2, 4), notes_only=True, sentence_ids=ids(call.chunks))
            notes.append(ask(_plain(prompt, text), Notes, schema))
        if progress:
            progress(len(plan), len(plan) + 1, "merging the parts")
        emit("stage", {"stage": "writing"})
        merged = _reduce_table(table, notes)
        text = prompt.render(
            "reduce",
            title=title_attr(article.title),
            notes=_notes_text(notes, table),
            quote_table=_quote_table(merged),
            statements=_statements(merged, article.text),
            parts=len(plan),
            bullets=_range(bullets),
        )
        used_chunks = [c for call in plan for c in call.chunks]
        schema = draft_schema(merged, bullets, sentence_ids=ids(used_chunks), positions=not prompt.per_speaker)
        draft = ask(_plain(prompt, text), Draft, schema, streamed=True, keep=True)
    if progress:
        progress(1, 1, "done")

    emit("stage", {"stage": "checking"})
    done = checked(draft)
    if prompt.has("more") and conversation:
        gap = _gap(done, source.table, bullets)
        if gap is not None:
            publisher.publish(done, set(), headline=False)
            emit("stage", {"stage": "completing the summary"})
            draft, done = _complete(draft, done, gap, conversation, schema, prompt, ask, checked)
    if prompt.has("position"):
        publisher.publish(done, {s.speaker_id for s in done.speakers if s.position and not s.reported})
        done = _positions_again(
            done, draft, article, source, prompt, settings, ask, len(plan) > 1, emit, publisher.publish, bullets[1]
        )
    publisher.publish(done)
    used = sorted({c.index for call in plan for c in call.chunks})
    return Briefing(
        article_id=article.id,
        title=article.title,
        source=article.source,
        headline=done.headline,
        summary=done.summary,
        speakers=done.speakers,
        contested=done.contested,
        verification=done.verification,
        neutrality=done.neutrality,
        support=done.support,
        model=settings.chat_model,
        prompt_version=prompt.version,
        length=length,
        chunks_used=used,
        map_reduce=len(plan) > 1,
        usage=Usage(
            llm_calls=meter.calls,
            tokens_in=meter.tokens_in,
            tokens_out=meter.tokens_out,
            tokens_reused=meter.tokens_reused,
            llm_seconds=round(meter.seconds, 3),
            seconds=round(time.perf_counter() - started, 3),
        ),
    )


def read_ahead(
    article: Article, table: QuoteTable, llm: BaseChatModel, settings: Settings, length: str = "medium"
) -> bool:
    """Have a local model read the article's shared context (the opening every call about it starts with) before
    the briefing asks for anything: `summarizer brief` does it while the article is being stored, so the
    briefing's first call starts after the article. Only where the brief prompt opens with the shared context
    and the whole article goes in one call; True if the model read it."""
    from summarizer.chunking import split

    reader = getattr(llm, "read_ahead", None)
    prompt = prompts.load(settings.prompts_dir, "brief", settings.brief_prompt)
    if reader is None or prompt.context is None:
        return False
    chunks: list[Any] = split(article, settings.chunk_chars)
    try:
        plan = _plan(article, chunks, list, table, llm, prompt, settings, LENGTHS.get(length, LENGTHS["medium"]))
    except UserError:  # the briefing says so itself
        return False
    if len(plan) > 1:
        return False
    reader(prompt.opening(**opening(article)))
    return True


def _two_turns(
    prompt: prompts.Prompt,
    messages: list,
    schema: dict,
    call: _Call,
    article: Article,
    ask: Callable[..., Any],
    conversation: list,
    emit: Emit,
) -> Draft:
    """A briefing in two turns of one conversation (`positions: second_turn`): the summary and headline from the
    article and the task alone, then, shown the quote table, the positions and contested points."""
    first, second = split_schema(schema)
    opening_draft = ask(messages, Draft, first, streamed=True, keep=True)
    emit("stage", {"stage": "writing the positions"})
    lead = str(conversation[-1].content)
    turn = _speakers_turn(prompt, call, article)
    speakers = ask([*conversation, turn], DraftSpeakers, second, streamed=True, keep=True, lead=lead)
    return opening_draft.model_copy(update={"positions": speakers.positions, "contested": speakers.contested})


def _speakers_turn(prompt: prompts.Prompt, call: _Call, article: Article) -> Any:
    """The second turn's message: the quote table, and the positions and contested points to write."""
    from langchain_core.messages import HumanMessage

    values = {"quote_table": _quote_table(call.table), "statements": _statements(call.table, article.text)}
    return HumanMessage(prompt.render("speakers", **values))


def _joined(lead: str, text: str) -> str:
    """An earlier turn's JSON object and the one being written, read as one object so far: '{"a": 1}' and
    '{"b": [2' give '{"a": 1, "b": [2'."""
    head, tail = lead.rstrip(), text.lstrip()
    if not head.endswith("}") or not tail.startswith("{"):
        return head
    rest = tail[1:].lstrip()
    return head[:-1] + (", " + rest if rest else "")


@dataclass(frozen=True)
class _Gap:
    """What the checked summary lacks: sentences below the length's minimum, and sides of a contested point
    it never names."""

    needed: int
    sides: list[str]


def _gap(done: Composed, table: QuoteTable, bullets: tuple[int, int]) -> _Gap | None:
    """The summary's gap, if any: too few sentences left after the checks, or a speaker who takes a side on a
    contested point and whom neither the headline nor the summary names."""
    import re

    text = " ".join([done.headline, *done.summary])
    sides: list[str] = []
    for point in done.contested:
        for claim in point.claims:
            speaker = table.speaker(claim.speaker_id)
            name = speaker.name if speaker else claim.name
            surname = name.split()[-1] if name.split() else name
            if name not in sides and not re.search(rf"\b{re.escape(surname)}\b", text):
                sides.append(name)
    room = bullets[1] - len(done.summary)
    needed = min(max(bullets[0] - len(done.summary), len(sides)), room)
    return _Gap(needed, sides[:room]) if needed > 0 else None


def _complete(
    draft: Draft,
    done: Composed,
    gap: _Gap,
    conversation: list,
    schema: dict,
    prompt: prompts.Prompt,
    ask: Callable[..., Any],
    checked: Callable[[Draft], Composed],
) -> tuple[Draft, Composed]:
    """One completion round: the briefing conversation goes on with what the checks removed and what the
    summary lacks, the model adds that many sentences (held to the same schema as the summary's), and the
    briefing is composed again with them after the first ones."""
    from langchain_core.messages import HumanMessage

    removed = [
        f"- {i.text} ({i.detail})"
        for i in done.verification.issues
        if i.field.startswith("summary[") and i.detail.endswith("removed")
    ]
    text = prompt.render(
        "more",
        kept=len(done.summary),
        needed=gap.needed,
        removed="\n".join(removed) or "(none)",
        sides=", ".join(gap.sides) or "none",
    )
    item = schema["properties"]["summary"]["items"]
    more_schema = {
        "type": "object",
        "properties": {"summary": {"type": "array", "items": item, "minItems": gap.needed, "maxItems": gap.needed}},
        "required": ["summary"],
        "additionalProperties": False,
    }
    more = ask([*conversation, HumanMessage(text)], Notes, more_schema)
    longer = draft.model_copy(update={"summary": [*draft.summary, *more.summary]})
    return longer, checked(longer)


MAX_POSITION_CALLS = 3  # speakers the draft left without a position that get a call of their own
MAX_SPEAKER_CALLS = 8  # with `positions: per_speaker`, the most-quoted speakers that get one


def _positions_again(
    done: Composed,
    draft: Draft,
    article: Article,
    source: Source,
    prompt: prompts.Prompt,
    settings: Settings,
    ask: Callable[..., Any],
    parts: bool,
    emit: Emit,
    publish: Callable[[Composed, set[str]], None],
    most: int | None = None,
) -> Composed:
    """One small call per quoted speaker, written from that speaker's own quotes and statements only: every
    quoted speaker (most quoted first, at most MAX_SPEAKER_CALLS) when the prompt writes positions speaker by
    speaker, else those the draft left without one (at most MAX_POSITION_CALLS). The briefing is composed
    again after each call and that speaker's position published; what the first draft's positions were
    removed for is kept."""
    from summarizer.briefing import DraftPosition

    table = source.table
    has_none = {sp.speaker_id for sp in done.speakers if not sp.position}  # a report of theirs stays
    wanted = [s for s in table.speakers if s.quote_ids and (prompt.per_speaker or s.id in has_none)]
    wanted.sort(key=lambda s: -(len(s.quote_ids) + len(s.statement_ids)))
    wanted = wanted[: MAX_SPEAKER_CALLS if prompt.per_speaker else MAX_POSITION_CALLS]
    if not wanted:
        return done
    earlier = [
        i.model_copy(update={"detail": f"first draft: {i.detail}"})
        for i in done.verification.issues
        if i.field in {f"positions[{s.id}]" for s in wanted} and i.kind != "missing_position"
    ]
    positions = dict(draft.positions)
    again = done
    for speaker in wanted:
        emit("stage", {"stage": f"writing the position of {speaker.name}"})
        values = {"name": title_attr(speaker.name), "material": _material(speaker, table, article.text)}
        if prompt.context is None or parts:
            messages = _plain(prompt, prompt.render("position", **values))
        else:
            messages = prompt.messages("position", **opening(article), **values)
        written = ask(messages, DraftPosition, _position_schema(speaker))
        quotes = positions[speaker.id].quotes if speaker.id in positions else []
        quotes = quotes or [i for i in written.support if i in speaker.quote_ids][:3]
        positions[speaker.id] = DraftPosition(quotes=quotes, position=written.position, support=written.support)
        again = compose(
            draft.model_copy(update={"positions": positions}),
            source,
            prompt.system,
            settings.prompts_dir,
            article,
            most=most,
        )
        publish(again, {speaker.id})
    again.verification.issues[:0] = earlier
    return again


def _position_schema(speaker: Speaker) -> dict[str, Any]:
    """One position, citing 1 to 4 of the speaker's own quotes and statements."""
    return {
        "type": "object",
        "properties": {
            "position": {"type": "string", "minLength": 1, "maxLength": 300},
            "support": {
                "type": "array",
                "items": {"enum": speaker.quote_ids + speaker.statement_ids},
                "minItems": 1,
                "maxItems": 4,
            },
        },
        "required": ["position", "support"],
        "additionalProperties": False,
    }


def _material(speaker: Speaker, table: QuoteTable, text: str) -> str:
    """A speaker's quotes and indirect statements, one a line with its id, cut from the source and defused."""
    said = [(q.id, q.start, q.text) for q in table.quotes if q.id in speaker.quote_ids]
    said += [(a.id, a.content_start, a.content(text)) for a in table.attributions if a.id in speaker.statement_ids]
    lines = []
    for i, _, words in sorted(said, key=lambda t: t[1]):
        lines.append(f"{i}: {_cut(defuse(' '.join(words.split())))}")
    return "\n".join(lines)


# --- planning -------------------------------------------------------------------------------------


def _plan(
    article: Article,
    chunks: list[StoredChunk],
    retrieved: Callable[[], list[int]],
    table: QuoteTable,
    llm: BaseChatModel,
    prompt: prompts.Prompt,
    settings: Settings,
    bullets: tuple[int, int],
) -> list[_Call]:
    """One call if the retrieved chunks fit the context, else consecutive groups that each fit. The chunks are
    retrieved (`retrieved()`, most useful first) only where that choice matters: not for a prompt that opens with
    the whole article, once it fits."""
    by_index = {c.index: c for c in chunks}
    if prompt.context is not None:  # the whole article, the same opening as every other call about it
        chosen, ranked = [c.index for c in chunks], None
    else:
        ranked = retrieved()
        chosen = sorted({i for i in ranked if i in by_index}) or [c.index for c in chunks]
    overhead = settings.brief_max_tokens + MARGIN_TOKENS

    def fits(group: list[StoredChunk], stage: str) -> bool:
        call = _Call(group, _sub_table(table, group, all_speakers=stage == "brief"))
        replies = 1
        if stage == "brief":
            messages = _messages(prompt, stage, article, call, bullets)
            if prompt.second_turn:  # the conversation holds both turns and the first reply
                messages, replies = [*messages, _speakers_turn(prompt, call, article)], 2
        else:
            messages = _plain(prompt, prompt.render(stage, **_values(article, call, bullets), part=99, parts=99))
        used = sum(count_tokens(llm, str(m.content)) for m in messages)
        return overhead + (replies - 1) * settings.brief_max_tokens + used <= settings.llm_context

    whole = [by_index[i] for i in chosen]
    if fits(whole, "brief"):
        return [_Call(whole, _sub_table(table, whole, all_speakers=True))]
    ranked = retrieved() if ranked is None else ranked
    order = ranked if set(ranked) == set(chosen) else chosen

    def grouped(keep: int) -> list[list[StoredChunk]] | None:
        """Groups of the `keep` most relevant chunks, if they fit `brief_max_map_calls` calls."""
        allowed = set(order[:keep])
        groups = _groups([by_index[i] for i in chosen if i in allowed], fits)
        return groups if groups is not None and len(groups) <= settings.brief_max_map_calls else None

    best, low, high = None, 1, len(chosen)
    while low <= high:  # the most chunks that still fit: fewer chunks never need more groups
        mid = (low + high) // 2
        groups = grouped(mid)
        if groups is None:
            high = mid - 1
        else:
            best, low = groups, mid + 1
    if best:
        return [_Call(g, _sub_table(table, g)) for g in best]
    raise UserError(
        f"the model's context ({settings.llm_context} tokens) cannot hold even one chunk of this article with the "
        "prompt; raise SUMMARIZER_LLM_CONTEXT or lower SUMMARIZER_CHUNK_CHARS and ingest again"
    )


def _groups(
    chunks: list[StoredChunk], fits: Callable[[list[StoredChunk], str], bool]
) -> list[list[StoredChunk]] | None:
    """Consecutive runs of chunks, each as long as fits the map prompt; None if one chunk alone does not."""
    groups: list[list[StoredChunk]] = []
    current: list[StoredChunk] = []
    for chunk in chunks:
        if current and fits([*current, chunk], "map"):
            current.append(chunk)
            continue
        if current:
            groups.append(current)
        if not fits([chunk], "map"):
            return None
        current = [chunk]
    if current:
        groups.append(current)
    return groups


# --- prompt pieces --------------------------------------------------------------------------------


def _sub_table(table: QuoteTable, chunks: list[StoredChunk], all_speakers: bool = False) -> QuoteTable:
    """The quotes that start inside `chunks`, and their speakers."""
    spans = [(c.start, c.end) for c in chunks]
    quotes = [q for q in table.quotes if all_speakers or any(s <= q.start < e for s, e in spans)]
    return _restrict(table, {q.id for q in quotes}, spans)


def _restrict(table: QuoteTable, quote_ids: set[str], spans: list[tuple[int, int]] | None = None) -> QuoteTable:
    """The quotes in `quote_ids`, their speakers, and those speakers' indirect statements (inside `spans`)."""
    quotes = [q for q in table.quotes if q.id in quote_ids and q.speaker_id]
    inside = [
        a
        for a in table.attributions
        if not a.direct and (spans is None or any(s <= a.content_start < e for s, e in spans))
    ]
    speakers = []
    for s in table.speakers:
        ids = [i for i in s.quote_ids if i in quote_ids]
        if ids:
            said = [a.id for a in inside if a.speaker_id == s.id]
            speakers.append(Speaker(s.id, s.name, s.aliases, s.role, ids, s.is_person, said))
    kept = {s.id for s in speakers}
    return QuoteTable(quotes, speakers, [a for a in inside if a.speaker_id in kept])


def _reduce_table(table: QuoteTable, notes: list[Notes]) -> QuoteTable:
    """Every speaker, with the quotes the notes chose (or their first quote if no note chose any)."""
    chosen = {qid for n in notes for p in n.positions.values() for qid in p.quotes}
    for s in table.speakers:
        if s.quote_ids and not chosen & set(s.quote_ids):
            chosen.add(s.quote_ids[0])
    return _restrict(table, chosen)


def _cut(words: str) -> str:
    """Words shown in a prompt's quote or statement list, cut at QUOTE_CHARS."""
    return words if len(words) <= QUOTE_CHARS else words[:QUOTE_CHARS] + "…"


def _quote_table(table: QuoteTable) -> str:
    by_id = {q.id: q for q in table.quotes}
    lines = []
    for s in table.speakers:
        lines.append(f"{s.id}: {s.name}" + (f", {s.role}" if s.role else ""))
        for qid in s.quote_ids:
            lines.append(f"  {qid}: {_cut(' '.join(by_id[qid].text.split()))}")
    return "\n".join(lines) or "(no quotes)"


def _messages(prompt: prompts.Prompt, stage: str, article: Article, call: _Call, bullets: tuple[int, int]) -> list:
    """The messages of a one-call briefing: with a shared context, the whole article opens them."""
    values = _values(article, call, bullets)
    if prompt.context is None:
        return _plain(prompt, prompt.render(stage, **values))
    return prompt.messages(stage, **{**values, **opening(article)})


def _plain(prompt: prompts.Prompt, text: str) -> list:
    """System text, then the stage: how map, reduce and prompts without a shared context call the model. A
    shared context whose system text holds the rules of every task (one with an `article` stage) opens these
    calls too, without the article."""
    from langchain_core.messages import HumanMessage, SystemMessage

    if prompt.context is not None and prompt.context.has("article"):
        rules = prompt.opening()[0]  # the fixed system text, which holds no article
        return [rules, HumanMessage(f"{prompt.system.strip()}\n\n{text}")]
    return [SystemMessage(prompt.system), HumanMessage(text)]


def _values(article: Article, call: _Call, bullets: tuple[int, int]) -> dict[str, str]:
    """What the brief and map stages may use; a prompt takes the article as text or as numbered sentences."""
    return {
        "title": title_attr(article.title),
        "article": _article_text(call.chunks),
        "sentences": _sentence_list(article, call.chunks),
        "quote_table": _quote_table(call.table),
        "statements": _statements(call.table, article.text),
        "bullets": _range(bullets),
    }


def _sentences(article: Article, chunks: list[StoredChunk]):
    spans = [(c.start, c.end) for c in chunks]
    return [x for x in article.sentences if any(s <= x.start < e for s, e in spans)]


def _sentence_list(article: Article, chunks: list[StoredChunk]) -> str:
    """The chunks' sentences, one a line with its id ("S12: ..."), defused like the article text."""
    return "\n".join(f"{x.id}: {defuse(' '.join(x.text.split()))}" for x in _sentences(article, chunks))


def _statements(table: QuoteTable, text: str) -> str:
    """Indirect statements by speaker ("A7: that the program should expire"), cut from the source."""
    lines = []
    for s in table.speakers:
        said = [a for a in table.attributions if a.id in s.statement_ids]
        if said:
            lines.append(f"{s.id}: {s.name}")
        for a in said:
            lines.append(f"  {a.id}: {_cut(defuse(a.content(text)))}")
    return "\n".join(lines) or "(no indirect statements)"


def _article_text(chunks: list[StoredChunk]) -> str:
    """The chunks in source order, "[…]" where chunks were left out; tags that could close the article
    block are defused, so article text cannot pose as prompt structure."""
    parts: list[str] = []
    for prev, chunk in zip([None, *chunks], chunks, strict=False):
        if prev is not None and chunk.index != prev.index + 1:
            parts.append("\n[…]\n")
        parts.append(chunk.text)
    return defuse("".join(parts).strip())


def _notes_text(notes: list[Notes], table: QuoteTable) -> str:
    lines = []
    for i, n in enumerate(notes, 1):
        lines.append(f"Part {i}:")
        for b in n.sentences():
            cited = f" [{', '.join(b.support)}]" if b.support else ""
            lines.append(f"- {defuse(b.text)}{cited}")
        for sid, p in n.positions.items():
            speaker = table.speaker(sid)
            if speaker:
                lines.append(f"- {sid} ({speaker.name}): {defuse(p.position)} [{', '.join(p.quotes)}]")
    return "\n".join(lines)


def _range(bullets: tuple[int, int]) -> str:
    return f"{bullets[0]} to {bullets[1]}"
