"""The briefing's published schema (`Briefing`) and the smaller drafts the model writes.

The model never writes quote text: its draft refers to speakers and quotes by id, and the JSON schema it is
held to is built per article, with those ids as enums, so it can only cite real quotes of the right person.
`Briefing` is what users get: the verbatim quote text and spans come from the source, not from the model.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.quotes import QuoteTable, Speaker

SCHEMA_VERSION = "1"
LENGTHS = {"short": (2, 3), "medium": (3, 6), "long": (6, 10)}


# --- what the model writes ------------------------------------------------------------------------


class DraftSentence(BaseModel):
    """A sentence and the ids of what supports it: source sentences (S12), quotes (Q4), statements (A7)."""

    text: str
    support: list[str] = Field(default_factory=list)


class DraftPosition(BaseModel):
    quotes: list[str] = Field(default_factory=list)
    position: str = ""
    support: list[str] = Field(default_factory=list)


class DraftClaim(BaseModel):
    speaker: str
    claim: str


class DraftContested(BaseModel):
    topic: str
    claims: list[DraftClaim] = Field(default_factory=list)


class Notes(BaseModel):
    """The map step's output for one group of chunks."""

    summary: list[str | DraftSentence] = Field(default_factory=list)
    positions: dict[str, DraftPosition] = Field(default_factory=dict)

    def sentences(self) -> list[DraftSentence]:
        """The summary as sentences with their support ids (none where the prompt asks for none)."""
        return [DraftSentence(text=x) if isinstance(x, str) else x for x in self.summary]


class Draft(Notes):
    headline: str
    contested: list[DraftContested] = Field(default_factory=list)


class DraftSpeakers(BaseModel):
    """The second turn of a briefing written in two (`positions: second_turn`): positions and contested points."""

    positions: dict[str, DraftPosition] = Field(default_factory=dict)
    contested: list[DraftContested] = Field(default_factory=list)


HEADLINE_CHARS = 160  # the most a headline may have: one line


def _str(max_length: int) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": max_length}


def _ids(ids: list[str], most: int = 4) -> dict[str, Any]:
    return {"type": "array", "items": {"enum": ids}, "minItems": 1, "maxItems": most}


def draft_schema(
    table: QuoteTable,
    bullets: tuple[int, int],
    notes_only: bool = False,
    sentence_ids: list[str] | None = None,
    positions: bool = True,
) -> dict[str, Any]:
    """JSON schema for the model's answer about the speakers in `table`; ids are enums.

    With `sentence_ids` every summary sentence cites what supports it (those sentences, any quote or
    statement), and each position cites only its own speaker's quotes and statements. Without `positions`
    the answer has none: they are written speaker by speaker afterwards."""
    speakers = [s for s in table.speakers if s.quote_ids]

    def position(s: Speaker) -> dict[str, Any]:
        props: dict[str, Any] = {"quotes": _ids(s.quote_ids, 3), "position": _str(400)}
        if sentence_ids is not None:
            props["support"] = _ids(s.quote_ids + s.statement_ids)
        return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}

    by_speaker = {s.id: position(s) for s in speakers}
    item: dict[str, Any] = _str(400)
    if sentence_ids is not None:
        cited = (
            sentence_ids + [q.id for q in table.quotes if q.speaker_id] + [i for s in speakers for i in s.statement_ids]
        )
        item = {
            "type": "object",
            "properties": {"text": _str(400), "support": _ids(cited)},
            "required": ["text", "support"],
            "additionalProperties": False,
        }
    props: dict[str, Any] = {
        "summary": {"type": "array", "items": item, "minItems": bullets[0], "maxItems": bullets[1]},
    }
    if positions:
        props["positions"] = {
            "type": "object",
            "properties": by_speaker,
            "required": list(by_speaker),
            "additionalProperties": False,
        }
    if not notes_only:
        claim = {
            "type": "object",
            "properties": {"speaker": {"enum": [s.id for s in speakers] or ["none"]}, "claim": _str(300)},
            "required": ["speaker", "claim"],
            "additionalProperties": False,
        }
        contested = {
            "type": "object",
            "properties": {
                "topic": _str(120),
                "claims": {"type": "array", "items": claim, "minItems": 2, "maxItems": 4},
            },
            "required": ["topic", "claims"],
            "additionalProperties": False,
        }
        # The summary comes before the headline: its first sentence, the first thing a streamed briefing
        # shows, is then written first, and the headline is written knowing the summary.
        summary = props.pop("summary")
        props = {
            "summary": summary,
            "headline": _str(HEADLINE_CHARS),
            **props,
            "contested": {"type": "array", "items": contested, "maxItems": 3 if len(speakers) > 1 else 0},
        }
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def split_schema(schema: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A draft schema as two turns' schemas: the summary and headline, then the positions and contested
    points (`positions: second_turn`)."""

    def part(keys: list[str]) -> dict[str, Any]:
        props = {k: v for k, v in schema["properties"].items() if k in keys}
        return {**schema, "properties": props, "required": list(props)}

    return part(["summary", "headline"]), part(["positions", "contested"])


# --- what users get -------------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ShownQuote(_Model):
    id: str = Field(description="Quote id in the article's quote table (Q1, Q2, ...).")
    text: str = Field(description="The quote, verbatim from the source: text[start:end].")
    start: int
    end: int
    kind: Literal["statement", "partial", "scare"]
    terminated: bool = True
    continued: bool = Field(default=False, description="Left open where the source goes on with the same quote.")


class SpeakerPosition(_Model):
    speaker_id: str
    name: str
    role: str | None = None
    position: str | None = Field(description="The speaker's position in one or two sentences; null if none was given.")
    quotes: list[ShownQuote] = Field(description="1-3 supporting quotes, verbatim from the source.")
    reported: str | None = Field(
        default=None,
        description="The statement id (A7) when the position is the article's own report of what the speaker said, "
        "shown because no position the model wrote passed the checks.",
    )


class Claim(_Model):
    speaker_id: str
    name: str
    claim: str


class ContestedPoint(_Model):
    topic: str
    claims: list[Claim]


class InlineQuote(_Model):
    """Text the model put in quotation marks, found in the source and snapped to its exact span."""

    field: str
    text: str
    start: int
    end: int
    speaker_id: str | None = None


IssueKind = Literal[
    "snapped_quote",
    "unverified_quote",
    "misattributed_quote",
    "unattributed_quote",
    "unknown_quote_id",
    "unknown_speaker",
    "missing_position",
    "reported_position",
    "loaded_word",
    "prompt_leak",
    "garbled",
    "prompt_talk",
    "trimmed",
    "ungrounded_term",
    "replaced_word",
    "fragment",
    "headline_copy",
    "caption",
    "duplicate",
    "unsupported_claim",
    "unattributed_claim",
    "named_in_full",
    "cross_wired",
    "retyped_quote",
    "recited",
]


class Issue(_Model):
    kind: IssueKind
    field: str = Field(description="Where in the briefing, e.g. summary[2] or positions[P1].")
    text: str
    detail: str


class SentenceSupport(_Model):
    """What one shown sentence rests on, and whether the support checker found it there."""

    field: str = Field(description="summary[2] or positions[P1]: the sentence this is about.")
    ids: list[str] = Field(description="The model's support ids: source sentences (S12), quotes (Q4), statements (A7).")
    spans: list[tuple[int, int]] = Field(description="Source spans of the sentences checked against.")
    status: Literal["supported", "unsupported"]
    score: float = Field(description="The checker's probability that the sentence is not supported.")
    reason: str


class Verification(_Model):
    quotes_shown: int = Field(description="Quotes shown with speaker positions (all verbatim from the source).")
    quotes_verified: int = Field(description="Shown quotes whose text is exactly source[start:end].")
    inline_quotes: list[InlineQuote] = Field(default_factory=list)
    issues: list[Issue] = Field(default_factory=list, description="What the checks changed or flagged.")


class Usage(_Model):
    llm_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    tokens_reused: int = Field(default=0, description="Prompt tokens not evaluated again: a prefix the model kept.")
    llm_seconds: float = 0.0
    seconds: float = 0.0


class Briefing(_Model):
    schema_version: str = SCHEMA_VERSION
    article_id: str
    title: str
    source: str
    headline: str
    summary: list[str]
    speakers: list[SpeakerPosition]
    contested: list[ContestedPoint]
    verification: Verification
    neutrality: list[Issue] = Field(description="Loaded words found outside quotation marks.")
    support: list[SentenceSupport] = Field(
        default_factory=list, description="For each summary sentence and position: its support and status."
    )
    model: str
    prompt_version: str
    length: Literal["short", "medium", "long"]
    chunks_used: list[int] = Field(description="Indexes of the article chunks the model was given.")
    map_reduce: bool = Field(description="True when the article was briefed in parts and merged.")
    usage: Usage
