"""The real embedded model briefs the seed article: every quote shown is verbatim and rightly attributed."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SEED, read_exact

from summarizer.brief import brief
from summarizer.config import load_settings
from summarizer.ingest import open_article
from summarizer.store import Store


@pytest.mark.model
def test_local_model_briefs_the_seed_with_verbatim_rightly_attributed_quotes() -> None:
    text = read_exact(SEED)
    gold = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))
    cfg = load_settings()
    assert cfg.chat_model == "local:qwen2.5-1.5b"
    store = Store(cfg)
    b = brief(open_article(str(SEED), store), store, cfg)

    def gold_speaker(start: int, end: int) -> str | None:
        return next((g["speaker"] for g in gold["quotes"] if g["start"] <= start and end <= g["end"] + 1), None)

    # The checks remove the lead-ins v1 writes ("Lavrov accused Ukraine of", expecting the quote to be
    # inserted), so the summary may come out shorter than the three to six bullets asked for; every bullet
    # shown is a whole sentence.
    assert b.headline and 2 <= len(b.summary) <= 6
    assert all(re.search(r"[.!?…][\"”’')\]]*$", s.strip()) for s in b.summary), b.summary
    assert {s.name for s in b.speakers} == set(gold["speakers"])
    for s in b.speakers:
        assert 1 <= len(s.quotes) <= 3
        for q in s.quotes:
            assert text[q.start : q.end] == q.text
            assert gold_speaker(q.start, q.end) == s.name, (q.id, s.name)
    for q in b.verification.inline_quotes:  # quotation marks the model wrote, kept only when verbatim
        assert text[q.start : q.end] == q.text
        owner = gold_speaker(q.start, q.end)
        speaker = next((s.name for s in b.speakers if s.speaker_id == q.speaker_id), None)
        assert owner == speaker or owner is None
    assert b.verification.quotes_verified == b.verification.quotes_shown
    assert b.usage.llm_calls >= 1 and b.usage.tokens_out > 0
