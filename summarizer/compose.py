"""Turn the model's draft into the briefing users see, checking everything it wrote on the way.

Speakers come from the quote table, not the model: every speaker with a quote is shown, with quotes whose
text is cut from the source by span. The model contributes prose (headline, bullets, positions, contested
claims); each piece is verified (`verify.check_text`), checked for a leaked system prompt and for loaded
words, and whatever was changed or flagged is recorded in the briefing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from summarizer.briefing import (
    Claim,
    ContestedPoint,
    Draft,
    InlineQuote,
    Issue,
    ShownQuote,
    SpeakerPosition,
    Verification,
)
from summarizer.neutrality import check as loaded_words
from summarizer.quotes import Quote, Speaker
from summarizer.verify import Source, check_text, leaks, ungrounded_terms

MAX_SHOWN = 3


@dataclass
class Composed:
    headline: str
    summary: list[str]
    speakers: list[SpeakerPosition]
    contested: list[ContestedPoint]
    verification: Verification
    neutrality: list[Issue] = field(default_factory=list)


class _Checker:
    def __init__(self, source: Source, system_prompt: str, prompts_dir: Path) -> None:
        self.source = source
        self.system_prompt = system_prompt
        self.prompts_dir = prompts_dir
        self.inline: list[InlineQuote] = []
        self.issues: list[Issue] = []
        self.neutrality: list[Issue] = []

    def flag(self, kind: str, where: str, text: str, detail: str) -> None:
        self.issues.append(Issue(kind=kind, field=where, text=text, detail=detail))

    def prose(self, text: str, where: str, speaker_id: str | None = None) -> str | None:
        if leaks(text, self.system_prompt):
            self.flag("prompt_leak", where, text[:200], "repeats the system prompt; removed")
            return None
        checked = check_text(text, where, self.source, speaker_id)
        self.inline += checked.inline
        self.issues += checked.issues
        if checked.text:
            self.neutrality += loaded_words(checked.text, where, self.prompts_dir)
            for term in ungrounded_terms(checked.text, self.source.text):
                self.flag("ungrounded_term", where, term, "not in the article; check this claim")
        return checked.text


def compose(draft: Draft, source: Source, system_prompt: str, prompts_dir: Path, fallback_headline: str) -> Composed:
    table = source.table
    check = _Checker(source, system_prompt, prompts_dir)
    headline = check.prose(draft.headline, "headline") or fallback_headline
    summary = [t for i, b in enumerate(draft.summary) if (t := check.prose(b, f"summary[{i}]"))]

    known = {s.id for s in table.speakers if s.quote_ids}
    for key in draft.positions:
        if key not in known:
            check.flag("unknown_speaker", f"positions[{key}]", key, "no such speaker in the quote table; dropped")
    speakers = [_position(s, draft, table.quotes, source, check) for s in table.speakers if s.quote_ids]

    contested = []
    for i, point in enumerate(draft.contested):
        claims = []
        for j, c in enumerate(point.claims):
            where = f"contested[{i}].claims[{j}]"
            speaker = table.speaker(c.speaker)
            if speaker is None or c.speaker not in known:
                check.flag("unknown_speaker", where, c.speaker, "no such speaker in the quote table; claim dropped")
                continue
            text = check.prose(c.claim, where, speaker.id)
            if text:
                claims.append(Claim(speaker_id=speaker.id, name=speaker.name, claim=text))
        topic = check.prose(point.topic, f"contested[{i}].topic")
        if topic and len({c.speaker_id for c in claims}) >= 2:
            contested.append(ContestedPoint(topic=topic, claims=claims))

    shown = [q for s in speakers for q in s.quotes]
    verification = Verification(
        quotes_shown=len(shown),
        quotes_verified=sum(source.text[q.start : q.end] == q.text for q in shown),
        inline_quotes=check.inline,
        issues=check.issues,
    )
    return Composed(headline, summary, speakers, contested, verification, check.neutrality)


def _position(speaker: Speaker, draft: Draft, quotes: list[Quote], source: Source, check: _Checker) -> SpeakerPosition:
    where = f"positions[{speaker.id}]"
    by_id = {q.id: q for q in quotes}
    own = [by_id[i] for i in speaker.quote_ids if i in by_id]
    drafted = draft.positions.get(speaker.id)
    chosen: list[Quote] = []
    for qid in drafted.quotes if drafted else []:
        quote = by_id.get(qid)
        if quote is None:
            check.flag("unknown_quote_id", where, qid, "no such quote; dropped")
        elif quote.speaker_id != speaker.id:
            owner = source.table.speaker(quote.speaker_id)
            check.flag(
                "misattributed_quote",
                where,
                qid,
                f"said by {owner.name if owner else 'an unnamed speaker'}, not {speaker.name}; dropped",
            )
        elif quote not in chosen:
            chosen.append(quote)
    if not chosen:  # the speaker's own words are always fair support: their fullest statements first
        order = {"statement": 0, "partial": 1, "scare": 2}
        chosen = sorted(own, key=lambda q: (order.get(q.kind, 3), -len(q.text)))[:2]
        chosen.sort(key=lambda q: q.start)
    position = check.prose(drafted.position, where, speaker.id) if drafted and drafted.position.strip() else None
    if position is None and not any(i.field == where for i in check.issues):
        check.flag("missing_position", where, speaker.name, "the model gave no position; quotes shown alone")
    return SpeakerPosition(
        speaker_id=speaker.id,
        name=speaker.name,
        role=speaker.role,
        position=position,
        quotes=[
            ShownQuote(
                id=q.id,
                text=source.text[q.start : q.end],
                start=q.start,
                end=q.end,
                kind=q.kind,
                terminated=q.terminated,
            )
            for q in chosen[:MAX_SHOWN]
        ],
    )
