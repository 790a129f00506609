"""The eval harness: each check can fail, runs are cached and stored, and a worse prompt fails the baseline."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import REPO, SEED, read_exact

from summarizer.brief import brief
from summarizer.briefing import Briefing, ShownQuote
from summarizer.config import load_settings
from summarizer.evals import checks
from summarizer.evals.checks import GoldQuote, Subject
from summarizer.ingest import open_article
from summarizer.llm_fake import FakeChatModel, fake_model
from summarizer.models import embedding_model, register_chat_provider
from summarizer.store import Store

SEED_TEXT = read_exact(SEED)
GOLD = json.loads((REPO / "seeds" / "blinken-putin-un-security-council.json").read_text(encoding="utf-8"))

GOOD = {
    "headline": "Blinken and Lavrov clash at the UN Security Council over Ukraine",
    "summary": [
        "US Secretary of State Antony Blinken demanded that President Vladimir Putin be held to account.",
        "Lavrov said the United States and their allies have been covering the crimes of the Kyiv regime.",
        "France called the session to highlight the quest for accountability in Ukraine.",
    ],
    "positions": {
        "P1": {"quotes": ["Q1", "Q2"], "position": "Blinken said Putin must be held to account."},
        "P2": {
            "quotes": ["Q6"],
            "position": ("Lavrov said there is an attempt to impose a different narrative about Russian aggression."),
        },
        "P3": {"quotes": ["Q9"], "position": "Colonna said there can be no peace without justice."},
        "P4": {
            "quotes": ["Q10"],
            "position": ("Guterres said the UN rights body has seen cruelty against civilians and prisoners of war."),
        },
    },
    "contested": [],
}


def good_briefing() -> Briefing:
    model = fake_model("evals-unit")
    model.reset()
    model.queue(json.dumps(GOOD))
    cfg = load_settings(chat_model="fake:evals-unit")
    store = Store(cfg)
    return brief(open_article(str(SEED), store), store, cfg)


def subject(b: Briefing) -> Subject:
    cfg = load_settings()
    gold = [GoldQuote(q["text"], q["start"], q["end"], q["speaker"]) for q in GOLD["quotes"]]
    return Subject(
        b,
        SEED_TEXT,
        gold,
        list(GOLD["speakers"]),
        facts=("Blinken",),
        forbidden=("Zelensky",),
        max_words=400,
        prompts_dir=cfg.prompts_dir,
        embed=embedding_model("local:minilm", cfg),
    )


def test_a_good_briefing_passes_every_check() -> None:
    s = subject(good_briefing())
    failed = [(c.name, c.run(s).reason) for c in checks.CHECKS if not c.run(s).passed]
    assert failed == []


def test_an_altered_quote_is_caught() -> None:
    b = good_briefing()
    q = b.speakers[0].quotes[0]
    b.speakers[0].quotes[0] = ShownQuote(**{**q.model_dump(), "text": q.text.replace("shredded", "destroyed")})
    r = checks.QuoteFidelity().run(subject(b))
    assert not r.passed and "destroyed before our eyes" in r.reason


def test_a_misattributed_quote_is_caught() -> None:
    b = good_briefing()
    b.speakers[1].quotes.append(b.speakers[0].quotes[0])  # Blinken's words under Lavrov
    r = checks.Attribution().run(subject(b))
    assert not r.passed and "shown under Sergei Lavrov; the source credits Antony Blinken" in r.reason


def test_a_missing_speaker_is_caught() -> None:
    b = good_briefing()
    del b.speakers[2]
    r = checks.SpeakerCoverage().run(subject(b))
    assert not r.passed and r.reason.endswith("missing: Catherine Colonna")


def test_a_loaded_word_is_caught() -> None:
    b = good_briefing()
    b.summary[1] = "Lavrov slammed the West."
    r = checks.Neutrality().run(subject(b))
    assert not r.passed and "summary[1]: slammed" in r.reason


def test_an_unsupported_sentence_is_caught() -> None:
    b = good_briefing()
    b.summary.append("The weather in Geneva was pleasant and markets rallied on strong bank earnings.")
    r = checks.Faithfulness().run(subject(b))
    assert not r.passed and "summary[3]" in r.reason and "weather in Geneva" in r.reason


def test_a_summary_sentence_the_source_does_not_support_is_caught() -> None:
    b = good_briefing()
    b.summary[2] = "China called the session to highlight the quest for accountability in Ukraine."
    r = checks.ClaimSupport().run(subject(b))
    assert not r.passed and r.score == pytest.approx(2 / 3, abs=0.001)
    assert r.details[0].startswith("summary[2]: China called the session") and "does not have: china" in r.details[0]
    assert "checked against S" in r.details[0] and "France, the current head of the Security Council" in r.details[0]
    b.summary[2] = "France called the session on Thursday, 12 days after the vote."
    r = checks.ClaimSupport().run(subject(b))
    assert not r.passed and "the cited text does not have 12" in r.reason


def test_a_position_built_from_someone_elses_words_is_caught() -> None:
    b = good_briefing()
    lavrov = next(sp for sp in b.speakers if sp.name == "Sergei Lavrov")
    lavrov.position = "Lavrov said there is no peace without justice."  # Colonna's words, under Lavrov
    r = checks.PositionSupport().run(subject(b))
    assert not r.passed
    assert r.details == [d for d in r.details if d.startswith(f"positions[{lavrov.speaker_id}] (Sergei Lavrov)")]
    assert len(r.details) == 1 and "peace" in r.details[0]


def test_fragments_headline_copies_and_duplicates_are_caught() -> None:
    b = good_briefing()
    b.summary = [
        "The U.S.",
        "Concerns over accountability for abuses in Ukraine at the Security Council session",
        b.summary[0],
        b.summary[0].replace("demanded", "demanded again"),
        "Blinken faces Lavrov at UN",
    ]
    src = "Blinken faces Lavrov at UN\n\n" + SEED_TEXT
    from summarizer.article import parse

    r = checks.Readability().run(replace(subject(b), source=src, article=parse(src)))
    kinds = [d.split(": ")[1] for d in r.details]
    assert not r.passed and r.score == pytest.approx(0.2)
    assert kinds == ["fragment", "fragment", "duplicate", "headline_copy"], r.details
    assert r.details[1].startswith("summary[1]: fragment: no verb")


def test_reference_overlap_is_scored_beside_lead_3() -> None:
    reference = "Blinken demanded that Putin be held to account.\nLavrov accused the West of covering crimes."
    b = good_briefing()
    r = checks.ReferenceOverlap().run(replace(subject(b), reference=reference))
    assert r.passed and "lead-3" in r.reason and r.score > 0.3
    b.summary = ["The weather in Geneva was mild.", "Markets rose on bank earnings.", "Trains ran late."]
    r = checks.ReferenceOverlap().run(replace(subject(b), reference=reference))
    assert not r.passed and r.reason.endswith("below the lead-3 baseline") and r.score < 0.1
    assert checks.ReferenceOverlap().run(subject(b)).reason == "no reference summary for this case"


def test_format_balance_and_discipline_can_fail() -> None:
    b = good_briefing()
    b.summary = ["Zelensky spoke."]
    r = checks.Format().run(subject(b))
    assert not r.passed and "1 bullets; medium wants 3-6" in r.reason and "contains 'Zelensky'" in r.reason
    b = good_briefing()
    b.summary = ["Lavrov said a lot.", "Lavrov said more.", "Lavrov again."]
    b.headline = "Lavrov speaks"
    assert not checks.Balance().run(subject(b)).passed
    drafted = {**GOOD, "summary": ['Blinken said "Russia will pay".', *GOOD["summary"][1:]]}
    model = fake_model("evals-unit")
    model.reset()
    model.queue(json.dumps(drafted))
    cfg = load_settings(chat_model="fake:evals-unit")
    store = Store(cfg)
    r = checks.Discipline().run(subject(brief(open_article(str(SEED), store), store, cfg)))
    assert not r.passed and "unverified_quote" in r.reason


class Scripted(FakeChatModel):
    """Answers like a model that follows its prompt: loaded verbs and invented quotes when told to."""

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        text = " ".join(str(m.content) for m in messages)
        doc = json.loads(json.dumps(GOOD))
        if "VIVID" in text:
            doc["summary"][0] = 'Blinken slammed Putin, saying "Russia will pay for this".'
            doc["positions"]["P2"]["position"] = "Lavrov blasted the West."
        self.queue(json.dumps(doc))
        return super()._generate(messages, stop, run_manager, **kwargs)


@pytest.fixture
def prompts_dir(tmp_path: Path) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(REPO / "prompts", target)
    shutil.copy(REPO / "tests" / "fixtures" / "prompts" / "brief_bad.yaml", target / "brief" / "bad.yaml")
    return target


def test_a_worse_prompt_fails_the_baseline_end_to_end(cli, prompts_dir: Path, monkeypatch) -> None:
    scripted = Scripted(name_="scripted")
    register_chat_provider("scripted", lambda name, settings: scripted)
    monkeypatch.setenv("SUMMARIZER_PROMPTS_DIR", str(prompts_dir))
    code, out, err = cli("eval", "run", "default", "--model", "scripted:", "--save-baseline", "main")
    assert code == 0, err
    assert "neutrality" in out and "1/1" in out
    code, out, err = cli(
        "eval", "run", "default", "--model", "scripted:", "--prompt-version", "bad", "--baseline", "main"
    )
    assert code == 1
    assert "regression against" in err
    # The briefing repairs the loaded words, so users never see them; the eval still sees that it had to.
    assert "discipline: pass rate 100% -> 0% (cases: seed" in err
    code, out, _ = cli("eval", "compare", "main", "latest")
    assert code == 0 and "broke: seed · discipline" in out and "4 correction(s)" in out
    assert "broke: seed · claim_support" in out and "Blinken criticised Putin" in out  # "slammed", replaced


def test_runs_are_cached_stored_rescored_and_reported(cli, tmp_path: Path) -> None:
    model = fake_model("evals-cache")
    model.reset()
    model.queue(json.dumps(GOOD))
    code, _, err = cli("eval", "run", "--model", "fake:evals-cache")
    assert code == 0, err and len(model.calls) == 1
    code, _, err = cli("eval", "run", "--model", "fake:evals-cache")
    assert code == 0 and len(model.calls) == 1  # answered from the cache
    model.queue(json.dumps(GOOD))
    code, _, _ = cli("eval", "run", "--model", "fake:evals-cache", "--no-cache")
    assert code == 0 and len(model.calls) == 2
    code, out, _ = cli("eval", "rescore", "latest")
    assert code == 0 and "quote_fidelity" in out
    code, out, _ = cli("eval", "list")
    assert code == 0 and len(out.splitlines()) == 4
    html = tmp_path / "report.html"
    code, _, _ = cli("eval", "report", "latest", "--html", str(html))
    page = html.read_text(encoding="utf-8")
    assert code == 0 and "<svg" in page and "<mark id='src-0-415'>" in page and "href='#src-0-415'" in page
    assert "http://" not in page and "https://" not in page  # self-contained
    code, _, err = cli("eval", "clear-cache")
    assert code == 0 and "removed 1 cached replies" in err


def test_an_unchanged_case_is_read_back_whole_and_a_changed_one_is_briefed_again(
    cli, tmp_path: Path, monkeypatch
) -> None:
    from summarizer.evals import runner

    article = tmp_path / "a.txt"
    article.write_text(SEED_TEXT, encoding="utf-8")
    suite = tmp_path / "one.yaml"
    suite.write_text(f"name: one\ncases:\n  - id: a\n    article: {article}\n    facts: [Blinken]\n", encoding="utf-8")
    model = fake_model("evals-memo")
    model.reset()
    model.queue(json.dumps(GOOD))
    code, first, err = cli("eval", "run", str(suite), "--model", "fake:evals-memo")
    assert code == 0, err

    def no_scoring(rows, settings):
        raise AssertionError("a remembered case was scored again")

    scored = runner.score_rows
    monkeypatch.setattr(runner, "score_rows", no_scoring)
    code, again, err = cli("eval", "run", str(suite), "--model", "fake:evals-memo")
    assert code == 0, err
    assert len(model.calls) == 1
    assert first.splitlines()[1:] == again.splitlines()[1:]  # the same table, read back

    monkeypatch.setattr(runner, "score_rows", scored)
    suite.write_text(suite.read_text(encoding="utf-8").replace("[Blinken]", "[Blinken, Lavrov]"), encoding="utf-8")
    code, _, err = cli("eval", "run", str(suite), "--model", "fake:evals-memo")
    assert code == 0, err
    assert len(model.calls) == 1  # new expectations: scored again, the reply still cached
    article.write_text(SEED_TEXT.replace("Thursday", "Friday"), encoding="utf-8")
    model.queue(json.dumps(GOOD))
    code, _, err = cli("eval", "run", str(suite), "--model", "fake:evals-memo")
    assert code == 0, err
    assert len(model.calls) == 2  # a changed article is briefed again


def test_the_report_links_a_failing_sentence_to_the_source_it_was_checked_against(cli, tmp_path: Path) -> None:
    bad = json.loads(json.dumps(GOOD))
    bad["summary"][2] = "China called the session to highlight the quest for accountability in Ukraine."
    model = fake_model("evals-report")
    model.reset()
    model.queue(json.dumps(bad))
    code, _, err = cli("eval", "run", "--model", "fake:evals-report")
    assert code == 0, err
    html = tmp_path / "report.html"
    code, _, err = cli("eval", "report", "latest", "--html", str(html))
    assert code == 0, err
    page = html.read_text(encoding="utf-8")
    start = SEED_TEXT.index("France, the current head of the Security Council")
    assert f"checked against <a href='#ev-0-{start}'>source 1</a>" in page
    assert f"<a class='ev' id='ev-0-{start}'></a>France, the current head" in page
    assert "summary[2]: China called the session" in page


def test_a_failing_case_is_recorded_and_the_run_goes_on(cli, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    code, out, err = cli("eval", "run", "--model", "openai:gone", "--no-cache")
    assert code == 0 and "error in seed" in err and "model backend is unavailable" in err
    code, out, _ = cli("eval", "list")
    assert "1 results" in out


def test_the_dev_suite_skips_clearly_without_the_dev_set(cli, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SUMMARIZER_DEV_DATA", str(tmp_path / "absent"))
    code, _, err = cli("eval", "run", "dev", "--model", "fake:x")
    assert code == 1 and "set SUMMARIZER_DEV_DATA" in err
    code, _, err = cli("eval", "run", "nosuch")
    assert code == 1 and "known: cnndm, default, dev" in err


def test_a_suite_whose_glob_names_a_missing_repository_folder_is_an_error_not_a_skip(tmp_path: Path) -> None:
    from summarizer.errors import UserError
    from summarizer.evals.suite import load

    suite = tmp_path / "mine.yaml"
    suite.write_text("cases:\n  - glob: seeds/nosuch/*.txt\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"case 1: no such folder .*seeds/nosuch"):
        load(str(suite))


def test_a_suite_names_factuality_articles_and_takes_their_highlights_as_reference(tmp_path: Path, monkeypatch) -> None:
    from summarizer.article import parse
    from summarizer.evals.suite import load
    from summarizer.quotes import extract

    folder = tmp_path / "factuality"
    folder.mkdir()
    text = (
        "Harbour Ferry Fares Rise\n\n"
        "Ferry fares across the harbour will rise by a fifth in March, the operator said on Monday.\n\n"
        '"We held prices for three years, and fuel has doubled since," said Maria Lopez, the operator\'s chief '
        "executive.\n\n"
        'Commuters were unimpressed. "It is the only way I can get to work," said Tom Reilly, a nurse.\n'
    )
    (folder / "F900_abc.txt").write_text(text, encoding="utf-8")
    highlights = ["Harbour ferry fares will rise by a fifth in March.", "Commuters say they have no other way."]
    (folder / "F900_abc.json").write_text(json.dumps({"reference_summary_sentences": highlights}), encoding="utf-8")
    suite = tmp_path / "unseen.yaml"
    suite.write_text(
        "name: unseen\ncases:\n  - article: factuality:F900_abc.txt\n    gold: factuality:F900_abc.json\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SUMMARIZER_FACTUALITY_DATA", str(folder))
    (case,) = load(str(suite)).cases
    assert case.id == "F900" and case.article == folder / "F900_abc.txt"
    table = extract(parse(text))
    gold = checks.gold_quotes(case.gold, table)
    assert {g.speaker for g in gold} == {"Maria Lopez", "Tom Reilly"}
    assert checks.reference_summary(case.gold) == "\n".join(highlights)

    monkeypatch.setenv("SUMMARIZER_FACTUALITY_DATA", str(tmp_path / "absent"))
    loaded = load(str(suite))
    assert (
        not loaded.cases
        and loaded.skipped
        == f"{tmp_path / 'absent'} not found; set SUMMARIZER_FACTUALITY_DATA to the factuality articles"
    )


def test_remote_models_run_cases_concurrently_within_the_bound(cli, tmp_path: Path, monkeypatch) -> None:
    from openai_stub import OpenAIStub

    from summarizer.llm_fake import minimal

    suite = tmp_path / "four.yaml"
    cases = "".join(
        f"  - id: seed{i}\n    article: seeds/blinken-putin-un-security-council.txt\n    gold: extractor\n"
        for i in range(4)
    )
    suite.write_text(f"name: four\ncases:\n{cases}", encoding="utf-8")

    def reply(body: dict) -> str:
        fmt = body["response_format"]
        return json.dumps(minimal(fmt.get("schema") or fmt["json_schema"]["schema"]))

    with OpenAIStub(reply=reply) as stub:
        stub.delay = 0.3
        monkeypatch.setenv("OPENAI_BASE_URL", stub.url)
        code, out, err = cli("eval", "run", str(suite), "--model", "openai:stub", "--concurrency", "2", "--no-cache")
        assert code == 0, err
        assert stub.max_active == 2 and len([r for r in stub.requests if "chat" in r["path"]]) == 4


def test_the_dev_suite_has_a_case_per_dev_article_with_its_gold(dev_articles) -> None:
    from summarizer.evals.suite import load

    suite = load("dev")
    assert len(suite.cases) == len(dev_articles) and suite.skipped is None
    assert all(c.gold is not None and c.gold.is_file() and c.id.startswith("D") for c in suite.cases)


def test_a_sentence_that_only_adds_an_attribution_to_an_earlier_one_repeats_it() -> None:
    from summarizer.article import parse
    from summarizer.readability import problems

    article = parse(SEED_TEXT)
    kept = "Ruth Marlow feared for her son, a novice sailor, but trusted his sturdy boat."
    framed = (
        "Ruth Marlow told the BBC's Ann Gale that she feared for her son, a novice sailor, but trusted his sturdy boat."
    )
    more = "Ruth Marlow feared for her son, a novice sailor, and the coast guard searched the bay for nine days."
    found = problems([kept, framed, more], article)
    assert [(p.index, p.kind) for p in found] == [(1, "duplicate")]


def test_an_item_that_is_a_sentence_of_an_earlier_item_repeats_it() -> None:
    from summarizer.article import parse
    from summarizer.readability import problems

    article = parse(SEED_TEXT)
    two = (
        "The harbour board voted on Monday to close the old pier to ferries. Piet Vos said the closure would cost "
        "forty jobs at the yard."
    )
    other = "The mayor said the city would pay for a new pier by 2026."
    again = "Piet Vos said the closure would cost forty jobs at the yard."
    more = (
        "Piet Vos said the closure would cost forty jobs at the yard. The yard's owner said the pier had lost money "
        "for a decade."
    )
    found = problems([two, other, again, more], article)
    assert [(p.index, p.kind, p.detail) for p in found] == [(2, "duplicate", "repeats sentence 1")]


def test_a_photo_caption_is_not_a_summary_sentence() -> None:
    from summarizer.article import parse
    from summarizer.readability import problems

    article = parse(SEED_TEXT)
    found = problems(
        [
            "The new ferry docked at the pier on Monday (above) in Hull, after a week of trials.",
            "Mr Vos (pictured left) spent a decade campaigning for the new ferry service.",
            "Residents are the most likely to complain about noise (file image), the survey found.",
            "The left wing of the party (about a third of its members) voted against the ferry plan.",
            "The mayor said the right to appeal the decision was upheld.",
        ],
        article,
    )
    assert [(p.index, p.kind) for p in found] == [(0, "caption"), (1, "caption"), (2, "caption")]


def test_a_baseline_that_ran_more_prompts_is_compared_prompt_by_prompt() -> None:
    from summarizer.evals import runs
    from summarizer.evals.runner import regressions

    def row(case: str, version: str, passed: bool) -> runs.Row:
        check = {"check": "balance", "passed": passed, "score": float(passed), "reason": f"{case} {version}"}
        return runs.Row(case, version, "m", "a.txt", None, {}, None, None, 1.0, [check])

    def run(rows: list[runs.Row]) -> runs.Run:
        return runs.Run("r", "dev", "", sorted({r.variant for r in rows}), {}, 1.0, None, rows)

    # v1 balanced both articles, v2 one of them: v2 run again with the same result is no regression
    baseline = run([row("D1", "v1", True), row("D2", "v1", True), row("D1", "v2", True), row("D2", "v2", False)])
    assert regressions(run([row("D1", "v2", True), row("D2", "v2", False)]), baseline, 0.0) == []
    [worse] = regressions(run([row("D1", "v2", False), row("D2", "v2", False)]), baseline, 0.0)
    assert worse.startswith("balance: pass rate 50% -> 0% (cases: D1;")
    # a new prompt shares no variant: it is held to the whole baseline
    [new] = regressions(run([row("D1", "v3", True), row("D2", "v3", False)]), baseline, 0.0)
    assert new.startswith("balance: pass rate 75% -> 50% (cases: D2;")


def test_a_headline_in_the_summary_is_a_fragment() -> None:
    from summarizer.article import parse
    from summarizer.readability import problems

    found = problems(
        [
            "Mayor Wins Budget Vote, Leaving Rivals Behind",  # title case, no full stop
            "The mayor won the budget vote on Tuesday.",
            "The Harbor Board Meets On Friday.",  # a sentence, for all its capitals
            "Harbor Board Meets",  # a fragment already: said once
        ],
        parse(SEED_TEXT),
    )
    assert [(p.index, p.kind) for p in found] == [(0, "fragment"), (3, "fragment")]
    assert found[0].detail.startswith("a headline, not a sentence") and found[1].detail.startswith("3 word(s)")


def test_a_sentence_that_says_part_of_an_earlier_one_repeats_it() -> None:
    from summarizer.article import parse
    from summarizer.readability import problems

    article = parse(SEED_TEXT)
    first = (
        "The groundskeeper has admitted to taking the mower and selling its engine, after which police say the "
        "Ohio native left the state."
    )
    part = "The groundskeeper admitted to taking the mower and selling the motor."  # all but one of its words
    number = "The groundskeeper admitted to selling 3 engines."  # all its words but a number the first lacks
    found = problems([first, part, number], article)
    assert [(p.index, p.kind, p.detail) for p in found] == [(1, "duplicate", "repeats sentence 1")]
