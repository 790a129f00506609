"""The ask question set stays in step with the sentence numbering it refers to."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REPO, dev_data_dir

from summarizer.ingest import load

QUESTIONS = yaml.safe_load((REPO / "evals" / "ask" / "questions.yaml").read_text(encoding="utf-8"))


def _path(ref: str) -> Path:
    return dev_data_dir() / ref[4:] if ref.startswith("dev:") else REPO / ref


@pytest.mark.parametrize("case", QUESTIONS, ids=lambda c: c["question"][:40])
def test_support_sentences_exist_and_match_their_anchor(case: dict) -> None:
    path = _path(case["article"])
    if not path.is_file():
        pytest.skip(f"{path} not found; set SUMMARIZER_DEV_DATA")
    art = load(str(path), 10**7)
    if case.get("unanswerable"):
        assert "support" not in case
        return
    ids = {s.id: s for s in art.sentences}
    assert set(case["support"]) <= set(ids)
    assert ids[case["support"][0]].text.startswith(case["anchor"])


def test_the_set_has_both_kinds_and_seed_questions() -> None:
    assert sum(bool(c.get("unanswerable")) for c in QUESTIONS) >= 5
    assert sum(c["article"].startswith("seeds/") for c in QUESTIONS) >= 5
