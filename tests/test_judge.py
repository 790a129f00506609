"""The optional judge model: its checks fail for the right reason, it sees only a speaker's own words for a
position, its replies are cached, and calibrate scores it against people's labels beside the checker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_evals import GOOD, good_briefing, subject
from test_support import write_frank

from summarizer.article import parse
from summarizer.config import load_settings
from summarizer.evals import checks
from summarizer.evals.judge import Judge
from summarizer.llm_fake import fake_model


def verdict(supported: bool, *evidence: str) -> str:
    return json.dumps({"evidence": list(evidence), "supported": supported})


def judge(name: str, *replies: str, use_cache: bool = False) -> Judge:
    model = fake_model(name)
    model.reset()
    model.queue(*replies)
    return Judge(f"fake:{name}", load_settings(), use_cache=use_cache)


def test_a_summary_the_judge_finds_unsupported_fails_with_the_sentences_it_pointed_to() -> None:
    s = subject(good_briefing())
    s.judge = judge("judge-claims", verdict(True, "S2"), verdict(True), verdict(True))
    r = checks.ClaimSupportJudge().run(s)
    assert r.passed and r.score == 1.0 and r.reason == "3/3 sentences the judge found supported"

    s.judge = judge("judge-claims", verdict(True, "S2"), verdict(True), verdict(False, "S3"))
    r = checks.ClaimSupportJudge().run(s)
    assert not r.passed and round(r.score, 3) == round(2 / 3, 3)
    assert r.details[0].startswith("summary[2]: France called the session")
    assert "the judge found it unsupported; it pointed to S3:" in r.details[0]
    s3 = parse(s.source).sentences[2]
    assert r.evidence == {"summary[2]": [(s3.start, s3.end)]}
    # every call opens with the whole article, identical across sentences: a backend can keep that prefix
    calls = fake_model("judge-claims").calls
    assert len(calls) == 3 and len({c[0]["content"] for c in calls}) == 1 and "S1:" in calls[0][0]["content"]
    assert "Statement: France called the session" in calls[2][1]["content"]


def test_a_position_is_judged_against_that_speakers_own_words_only() -> None:
    b = good_briefing()
    s = subject(b)
    s.judge = judge("judge-positions", *[verdict(True)] * 3, verdict(False))
    r = checks.PositionSupportJudge().run(s)
    calls = fake_model("judge-positions").calls
    lavrov = next(c[1]["content"] for c in calls if "Sergei Lavrov holds" in c[1]["content"])
    assert "covering the crimes" in lavrov or "different narrative" in lavrov
    assert "no peace without justice" not in lavrov  # Colonna's words are not Lavrov's evidence
    last = b.speakers[-1] if b.speakers[-1].position else [sp for sp in b.speakers if sp.position][-1]
    assert not r.passed and len(r.details) == 1 and r.details[0].startswith(f"positions[{last.speaker_id}]")


def test_no_verdict_is_a_failure_with_its_reason_not_a_pass() -> None:
    s = subject(good_briefing())
    s.judge = judge("judge-broken", "not json", "still not json", verdict(True), verdict(True))
    r = checks.ClaimSupportJudge().run(s)
    assert not r.passed and "the judge gave no verdict" in r.details[0] and "no verdict on 1" in r.reason


def test_judge_replies_are_cached_like_briefings(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SUMMARIZER_DATA_DIR", str(tmp_path / "data"))
    s = subject(good_briefing())
    s.judge = judge("judge-cached", *[verdict(True)] * 3, use_cache=True)
    assert checks.ClaimSupportJudge().run(s).passed
    s.judge = judge("judge-cached", use_cache=True)  # nothing queued: a model call would answer unsupported
    assert checks.ClaimSupportJudge().run(s).passed and fake_model("judge-cached").calls == []


def test_eval_run_with_a_judge_stores_the_judge_checks_and_compare_shows_them(cli) -> None:
    brief_model = fake_model("judge-run-brief")
    brief_model.reset()
    brief_model.queue(json.dumps(GOOD))
    code, out, err = cli("eval", "run", "--model", "fake:judge-run-brief")
    assert code == 0, err and "claim_support_judge" not in out
    judge("judge-run", *[verdict(True)] * 3, *[verdict(True)] * 3, verdict(False))
    code, out, err = cli("eval", "rescore", "latest", "--judge", "fake:judge-run")
    assert code == 0, err
    assert "claim_support_judge" in out and "position_support_judge" in out and "0/1" in out
    _, listing, _ = cli("eval", "list")
    first = listing.splitlines()[0].split()[0]  # oldest first: the run without a judge
    code, out, _ = cli("eval", "compare", first, "latest")
    row = next(line for line in out.splitlines() if line.startswith("position_support_judge"))
    assert code == 0 and row.split()[1:] == ["-", "0%"]


def test_calibrate_scores_the_judge_beside_the_checker(cli, tmp_path: Path) -> None:
    folder = write_frank(tmp_path / "frank")
    # three articles, each a faithful then an unfaithful one-sentence summary: a judge that is always right
    judge("judge-calibrate", *[verdict(True, "S1"), verdict(False)] * 3)
    code, out, err = cli("eval", "calibrate", str(folder), "--judge", "fake:judge-calibrate", "--format", "json")
    assert code == 0, err
    figures = json.loads(out)
    assert figures["judge"]["balanced_accuracy"] == {"summary": 1.0, "sentence": 1.0}
    assert figures["judge"]["sentences"] == 6 and figures["judge"]["no_verdict"] == 0
    assert figures["balanced_accuracy"] == {"summary": 1.0, "sentence": 1.0}  # the checker, on the same sentences
    # again: every verdict comes from the cache
    judge("judge-calibrate")
    code, out, _ = cli("eval", "calibrate", str(folder), "--judge", "fake:judge-calibrate")
    assert code == 0 and "judge fake:judge-calibrate (judge prompt v1): balanced accuracy summary 1.000" in out
    assert fake_model("judge-calibrate").calls == []
    # a judge that calls everything supported catches nothing
    judge("judge-lenient", *[verdict(True)] * 6)
    code, out, _ = cli("eval", "calibrate", str(folder), "--judge", "fake:judge-lenient")
    assert code == 0 and "judge fake:judge-lenient (judge prompt v1): balanced accuracy summary 0.500" in out
    assert "judge flagged 0 of 6 summaries; 0% of the unfaithful ones" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("eval", "run", "--model", "fake:", "--judge", "nosuch:model"), "unknown chat provider 'nosuch'"),
        (("eval", "calibrate", "--judge", "judge-without-provider"), "needs the form provider:name"),
    ],
)
def test_a_judge_that_cannot_be_loaded_is_a_one_line_error(cli, args: tuple[str, ...], message: str) -> None:
    code, out, err = cli(*args)
    assert code != 0 and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert cli("eval", "list")[1] == ""  # nothing was briefed or stored first


def test_a_judge_model_that_is_not_installed_is_a_one_line_error_when_first_needed(cli, tmp_path: Path) -> None:
    folder = write_frank(tmp_path / "frank")
    code, _, err = cli("eval", "calibrate", str(folder), "--judge", "local:nosuch")
    assert code != 0 and "unknown local chat model 'nosuch'" in err and len(err.strip().splitlines()) == 1
