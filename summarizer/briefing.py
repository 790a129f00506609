"""The briefing's published schema (`Briefing`) and the smaller drafts the model writes.

The model never writes quote text: its draft refers to speakers and quotes by id, and the JSON schema it is
held to is built per article, with those ids as enums, so it can only cite real quotes of the right person.
`Briefing` is what users get: the verbatim quote text and spans come from the source, not from the model.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.quotes import QuoteTable

SCHEMA_VERSION = "1"
LENGTHS = {"short": (2, 3), "medium": (3, 6), "long": (6, 10)}


# --- what the model writes ------------------------------------------------------------------------


class DraftPosition(BaseModel):
    quotes: list[str] = Field(default_factory=list)
    position: str = ""


class DraftClaim(BaseModel):
    speaker: str
    claim: str


class DraftContested(BaseModel):
    topic: str
    claims: list[DraftClaim] = Field(default_factory=list)


class Notes(BaseModel):
    """The map step's output for one group of chunks."""

    summary: list[str] = Field(default_factory=list)
    positions: dict[str, DraftPosition] = Field(default_factory=dict)


class Draft(Notes):
    headline: str
    contested: list[DraftContested] = Field(default_factory=list)


def _str(max_length: int) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": max_length}


def draft_schema(table: QuoteTable, bullets: tuple[int, int], notes_only: bool = False) -> dict[str, Any]:
    """JSON schema for the model's answer about the speakers in `table`; ids are enums."""
    speakers = [s for s in table.speakers if s.quote_ids]
    positions = {
        s.id: {
            "type": "object",
            "properties": {
                "quotes": {"type": "array", "items": {"enum": s.quote_ids}, "minItems": 1, "maxItems": 3},
                "position": _str(400),
            },
            "required": ["quotes", "position"],
            "additionalProperties": False,
        }
        for s in speakers
    }
    props: dict[str, Any] = {
        "summary": {"type": "array", "items": _str(400), "minItems": bullets[0], "maxItems": bullets[1]},
        "positions": {
            "type": "object",
            "properties": positions,
            "required": list(positions),
            "additionalProperties": False,
        },
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
        props = {
            "headline": _str(160),
            **props,
            "contested": {"type": "array", "items": contested, "maxItems": 3 if len(speakers) > 1 else 0},
        }
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


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


class SpeakerPosition(_Model):
    speaker_id: str
    name: str
    role: str | None = None
    position: str | None = Field(description="The speaker's position in one or two sentences; null if none was given.")
    quotes: list[ShownQuote] = Field(description="1-3 supporting quotes, verbatim from the source.")


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


class Issue(_Model):
    kind: Literal[
        "snapped_quote",
        "unverified_quote",
        "misattributed_quote",
        "unattributed_quote",
        "unknown_quote_id",
        "unknown_speaker",
        "missing_position",
        "loaded_word",
        "prompt_leak",
        "ungrounded_term",
    ]
    field: str = Field(description="Where in the briefing, e.g. summary[2] or positions[P1].")
    text: str
    detail: str


class Verification(_Model):
    quotes_shown: int = Field(description="Quotes shown with speaker positions (all verbatim from the source).")
    quotes_verified: int = Field(description="Shown quotes whose text is exactly source[start:end].")
    inline_quotes: list[InlineQuote] = Field(default_factory=list)
    issues: list[Issue] = Field(default_factory=list, description="What the checks changed or flagged.")


class Usage(_Model):
    llm_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
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
    model: str
    prompt_version: str
    length: Literal["short", "medium", "long"]
    chunks_used: list[int] = Field(description="Indexes of the article chunks the model was given.")
    map_reduce: bool = Field(description="True when the article was briefed in parts and merged.")
    usage: Usage
