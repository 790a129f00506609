"""`ask` with the fake model: verbatim citations, dropped ids, "does not say", several articles, a session."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import SEED, read_exact

from summarizer.ask import NOT_FOUND, Context, ask, reply_schema
from summarizer.config import load_settings
from summarizer.ingest import open_article
from summarizer.store import Store

SEED_TEXT = read_exact(SEED)
S14 = (
    "France, the current head of the Security Council, called the session to highlight the quest for "
    "accountability in Ukraine."
)


def reply(answer: str, *evidence: str) -> str:
    return json.dumps({"evidence": list(evidence), "answer": answer})


def run(question: str, *paths: Path, **settings: object):
    cfg = load_settings(**{"chat_model": "fake:live", **settings})
    store = Store(cfg)
    arts = [open_article(str(p), store) for p in (paths or (SEED,))]
    return ask(question, arts, store, cfg)


def test_citations_are_rendered_verbatim(model, cli) -> None:
    model.queue(reply("France called the session.", "S14"))
    code, out, err = cli("ask", str(SEED), "Who called the session?", "--model", "fake:live", "--format", "text")
    assert code == 0, err
    assert out.splitlines()[0] == "France called the session. [S14]"
    assert f"  [S14] {S14}" in out.splitlines()
    assert SEED_TEXT.find(S14) == 1778


def test_json_has_answer_citations_spans_and_scores(model, cli) -> None:
    model.queue(reply("France called it.", "S14"))
    code, out, _ = cli("ask", str(SEED), "Who called the session?", "--model", "fake:live", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["answered"] is True
    c = doc["citations"][0]
    assert (c["sentence_id"], c["start"], c["end"]) == ("S14", 1778, 1900) and SEED_TEXT[c["start"] : c["end"]] == c[
        "text"
    ]
    assert c["supported"] and all(r["score"] is not None for r in doc["retrieval"] if r["via"] == "vector")


def test_the_local_grammar_ends_an_answer_only_after_a_sentence() -> None:
    import re

    from llama_cpp.llama_grammar import json_schema_to_gbnf

    schema = reply_schema(Context([], [], 0), local=True)
    pattern = schema["properties"]["answer"]["pattern"]

    def allowed(answer: str) -> bool:  # llama.cpp reads the pattern against the JSON text, escapes included
        return re.fullmatch(pattern, json.dumps(answer, ensure_ascii=False)[1:-1]) is not None

    assert all(
        allowed(a)
        for a in (
            "France called the session.",
            'He said "no nation can redraw the borders of another by force."',
            "Did it? Yes! ",
            "Mark MacDougall (his lawyer).",
            NOT_FOUND,
        )
    )
    assert not any(
        allowed(a) for a in ("The top US diplomat said it was critical to show that", "France", 'He said "no')
    )
    assert "[.!?]" in json_schema_to_gbnf(json.dumps(schema))  # the converter takes the pattern as written
    # Other backends read a pattern against the decoded string, where it would forbid quotation marks.
    assert "pattern" not in reply_schema(Context([], [], 0))["properties"]["answer"]


def test_out_of_context_ids_are_dropped(model) -> None:
    model.queue(reply("France called the session [S14][S99], Blinken said [S4, S77].", "S14", "S98"))
    a = run("Who called the session?")
    assert a.dropped == ["S98", "S99", "S77"] and [c.id for c in a.citations] == ["S4", "S14"]
    assert a.answer == "France called the session, Blinken said. [S4][S14]"
    fmt = model.options[0]["response_format"]
    schema = fmt.get("schema") or fmt["json_schema"]["schema"]
    assert schema["properties"]["evidence"]["items"]["enum"][:3] == ["S1", "S2", "S3"]  # only ids shown


def test_unanswerable_question_says_so_and_cites_nothing(model) -> None:
    model.queue(reply(NOT_FOUND, "S14"))
    a = run("What did Zelensky say?")
    assert not a.answered and a.answer == "The article does not mention Zelensky." and a.citations == []
    model.queue(reply(NOT_FOUND, "S14"))
    a = run("What did the council's critics say about the vote?")
    assert not a.answered and a.answer == NOT_FOUND and a.citations == []


def test_an_answer_without_valid_citations_is_withheld(model) -> None:
    model.queue(reply("Blinken said Ukraine would win [S400]."))  # citing nothing it was shown
    a = run("What did Blinken say?")
    assert not a.answered and a.answer == NOT_FOUND and a.dropped == ["S400"]


def test_an_answer_naming_someone_the_article_never_mentions_is_withheld(model) -> None:
    model.queue(reply("Zelensky said the session was critical.", "S10"))
    a = run("What did Zelensky say?")
    assert not a.answered and a.ungrounded == ["Zelensky"] and a.citations == []


def test_initials_the_model_spaces_out_are_written_as_the_article_writes_them(model) -> None:
    model.queue(reply("The U. S. Secretary of State accused Putin of adding fuel to the fire.", "S7"))
    a = run("Whom did Blinken accuse?")
    assert a.answered and a.answer.startswith("The U.S. Secretary of State accused Putin")


def test_quotation_marks_in_an_answer_are_verified(model) -> None:
    model.queue(reply('Lavrov said "the West will fall" and spoke of "Russophobia".', "S12"))
    a = run("What was said about Ukraine?")
    assert a.answer == "Lavrov said the West will fall and spoke of “Russophobia”. [S12]"
    # asked what Lavrov said, the made-up half leaves too little of his sentence: his sentence is the answer
    model.queue(reply('Lavrov said "the West will fall" and spoke of "Russophobia".', "S12"))
    a = run("What did Lavrov say?")
    assert a.answer.startswith('He accused Ukraine of "Russophobia,"') and a.answer.endswith("[S12]")


def test_citations_that_share_nothing_with_their_claim_are_flagged(model) -> None:
    model.queue(reply("Colonna said the weather was sunny.", "S14"))
    a = run("How was the weather?")
    assert a.answered and a.unsupported == ["S14"] and not a.citations[0].supported


def test_questions_naming_a_speaker_retrieve_their_quotes(model) -> None:
    a = run("What did Lavrov say?", ask_k=1, ask_prompt="v1")  # v1 shows retrieved sentences only
    vias = {r.via for r in a.retrieval}
    assert "quotes:Sergei Lavrov" in vias or all(r.start <= 1347 < r.end for r in a.retrieval if r.via == "vector")
    context = model.calls[0][-1]["content"]
    assert "[S11]" in context and "[S13]" in context  # Lavrov's quoted sentences were shown to the model


def test_several_articles_carry_article_ids(model, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Budget Vote Delayed\n\nThe city council delayed its budget vote to March.\n", encoding="utf-8")
    cfg = load_settings(chat_model="fake:live")
    store = Store(cfg)
    seed, second = open_article(str(SEED), store), open_article(str(other), store)
    model.queue(
        reply("France called the session and the vote moved to March.", f"{seed.id[:6]}:S14", f"{second.id[:6]}:S2")
    )
    a = ask("What happened?", [seed, second], store, cfg)
    assert {(c.article_id, c.sentence_id) for c in a.citations} == {(seed.id, "S14"), (second.id, "S2")}
    assert a.article_ids == [seed.id, second.id]


def test_interactive_session_reads_questions_until_eof(model, cli, monkeypatch) -> None:
    code, _, _ = cli("ingest", str(SEED))
    model.queue(reply("France called it.", "S14"), reply(NOT_FOUND))
    monkeypatch.setattr("sys.stdin", io.StringIO("Who called the session?\n\nWhat did Zelensky say?\n"))
    code, out, err = cli("ask", str(SEED), "--model", "fake:live", "--format", "text")
    assert code == 0, err
    assert out.splitlines()[0] == "France called it. [S14]"
    assert "The article does not mention Zelensky." in out.splitlines()
    assert len(model.calls) == 2 and "Ctrl-D" in err


def test_ask_all_and_argument_errors(model, cli) -> None:
    code, _, err = cli("ask", "--all", "Who?", "--model", "fake:live")
    assert code == 1 and "no articles stored yet" in err
    cli("ingest", str(SEED))
    model.queue(reply("France called it.", "S14"))
    code, out, err = cli("ask", "--all", "Who called the session?", "--model", "fake:live", "--format", "text")
    assert code == 0 and out.startswith("France called it. [S14]")  # one stored article: labels stay S14
    code, _, err = cli("ask", "--model", "fake:live")
    assert code == 1 and "ask needs an ARTICLE" in err


@pytest.mark.model
def test_local_model_answers_from_the_seed_and_admits_what_it_does_not_say() -> None:
    cfg = load_settings()
    store = Store(cfg)
    art = open_article(str(SEED), store)
    a = ask("Who called the Security Council session?", [art], store, cfg)
    assert a.answered and "S14" in [c.sentence_id for c in a.citations], a.answer
    assert "France" in a.answer
    b = ask("What did Zelensky say about the session?", [art], store, cfg)
    assert not b.answered and b.citations == [], b.answer


def test_answers_stream_from_an_openai_compatible_endpoint(monkeypatch) -> None:
    from openai_stub import OpenAIStub

    with OpenAIStub(reply=reply("France called the session.", "S14")) as stub:
        monkeypatch.setenv("OPENAI_BASE_URL", stub.url)
        cfg = load_settings(chat_model="openai:stub-model")
        store = Store(cfg)
        tokens: list[str] = []
        a = ask("Who called the session?", [open_article(str(SEED), store)], store, cfg, on_token=tokens.append)
        assert stub.streamed == 1 and len(tokens) > 1 and "".join(tokens) == "France called the session."
        assert a.answered and a.answer == "France called the session. [S14]"


def test_a_verified_quote_cites_the_sentence_it_comes_from(model) -> None:
    model.queue(reply('Colonna told reporters "there is no peace without justice".', "S15"))
    a = run("What did Colonna tell reporters?")
    assert [c.id for c in a.citations] == ["S15"]
    assert a.answer == "Colonna told reporters “There is no peace without justice”. [S15]"


def test_a_question_about_what_a_speaker_said_is_answered_from_their_own_sentences(model) -> None:
    # S14 says what Colonna's country did, not what she told reporters: the schema offers only S15, her quote
    model.queue(reply("France called the session to highlight the quest for accountability.", "S14"))
    a = run("What did Catherine Colonna tell reporters?")
    fmt = model.options[0]["response_format"]
    schema = fmt.get("schema") or fmt["json_schema"]["schema"]
    assert schema["properties"]["evidence"]["items"]["enum"] == ["S15"]
    assert not a.answered and a.dropped == ["S14"]  # a backend that ignored the schema is held to it here
    # "according to" asks for the speaker's words too
    model.queue(reply("A catalog of cruelty.", "S16"))
    run("What has the UN rights body seen, according to Guterres?")
    fmt = model.options[1]["response_format"]
    assert (fmt.get("schema") or fmt["json_schema"]["schema"])["properties"]["evidence"]["items"]["enum"] == ["S16"]
    # an answer that cites her sentence but says something else gives her sentence instead
    model.queue(reply("Catherine Colonna called the session to highlight the quest for accountability.", "S15"))
    a = run("What did Catherine Colonna tell reporters?")
    s15 = '"There is no peace without justice," French Foreign Minister Catherine Colonna told reporters.'
    assert a.answered and a.answer == f"{s15} [S15]" and SEED_TEXT.count(s15) == 1
    # one that says what her sentence says is kept (her words in it are quoted, as always)
    model.queue(reply("Colonna told reporters there is no peace without justice.", "S15"))
    a = run("What did Catherine Colonna tell reporters?")
    assert a.answer == "Colonna told reporters “There is no peace without justice”. [S15]"


def test_an_answer_that_says_the_article_lacks_it_is_the_refusal(model) -> None:
    model.queue(reply("Blinken spoke at the session, and his salary is not mentioned in the article.", "S4"))
    a = run("What is Blinken's salary?")
    assert not a.answered and a.answer == NOT_FOUND and a.citations == []
    model.queue(reply("The article doesn't say how many soldiers Russia lost.", "S4"))
    assert not run("How many soldiers has Russia lost?").answered


def test_only_a_name_the_quote_table_holds_narrows_the_question() -> None:
    from summarizer.article import parse
    from summarizer.asked import asked_for
    from summarizer.quotes import extract

    text = (
        "Ferry Fares\n\n"
        'Hana Ruiz, the ferry board\'s chair, said fares would rise in May. "We have no choice," Ruiz said. '
        "Critics have accused Ruiz of ignoring island families. Officials said the board meets on Monday."
    )
    article = parse(text)
    table = extract(article)

    def whose(question: str) -> tuple[str | None, list[str]] | None:
        found = asked_for(question, article, table)
        return None if found is None else (found.speaker.name if found.speaker else None, found.sentences)

    assert whose("What did Hana Ruiz say about fares?") == ("Hana Ruiz", ["S2", "S3"])  # not the critics' S4
    assert whose("What does Ruiz think?") == whose("What did Mrs. Ruiz say?") == ("Hana Ruiz", ["S2", "S3"])
    assert whose("What did Tom Ruiz say about fares?") == (None, [])  # another Ruiz, whom the article never names
    assert whose("What criticism has Ruiz faced?") is None  # not a question about her words
    assert whose("Who said the board meets on Monday?") is None
    assert whose("What did the critics say?") is None
    assert whose("When does the board meet?") is None


FERRY = (
    "Ferry Fares\n\n"
    "The ferry board met on Monday. Islanders said the new fares were unfair to families.\n\n"
    '"Islanders want cheap fares. We all do. But the boats are old," said Hana Ruiz, the board\'s chair.\n'
)


def test_asked_what_a_speaker_said_the_answer_speaks_for_them_and_falls_back_on_whole_quotes(
    model, tmp_path: Path
) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(FERRY, encoding="utf-8")
    # her words, though the answer names the islanders (a speaker too): quoted as hers, not removed as unattributed
    model.queue(reply("Islanders want cheap fares. We all do. But the boats are old.", "S4"))
    a = run("What did Hana Ruiz say islanders want?", article)
    assert a.answer == "Islanders want cheap fares. We all do. “But the boats are old”. [S4][S6]"
    # an answer that says something else: every sentence of her quote, not the one cited alone
    model.queue(reply("Hana Ruiz said the board met on Monday.", "S6"))
    a = run("What did Hana Ruiz say islanders want?", article)
    quote = '"Islanders want cheap fares. We all do. But the boats are old," said Hana Ruiz, the board\'s chair.'
    assert a.answer == f"{quote} [S4][S5][S6]"


def test_asked_what_someone_the_article_never_names_said_the_model_may_cite_nothing(model) -> None:
    model.queue(reply("Bill Blinken said the session was critical.", "S10"))
    a = run("What did Bill Blinken say about the session?")
    fmt = model.options[0]["response_format"]
    evidence = (fmt.get("schema") or fmt["json_schema"]["schema"])["properties"]["evidence"]
    assert evidence["maxItems"] == 0 and "enum" not in evidence["items"]
    assert not a.answered and a.answer == "The article does not mention Bill Blinken." and a.dropped == ["S10"]


def test_a_sentence_that_carries_the_answer_is_cited_when_the_model_missed_it(model) -> None:
    model.queue(reply("France, head of the Security Council, called the session on accountability.", "S4"))
    a = run("Who called the session?")
    assert a.added == ["S14"] and [c.id for c in a.citations] == ["S4", "S14"]


def test_an_answer_with_numbers_the_article_never_gives_is_withheld(model) -> None:
    model.queue(reply("Russia has lost 50,000 soldiers, Blinken said.", "S4"))
    a = run("How many soldiers has Russia lost?")
    assert not a.answered and a.ungrounded == ["50,000"]


def test_an_answer_in_the_named_speakers_words_is_quoted_not_withheld(model) -> None:
    model.queue(reply("The UN rights body has seen a catalog of cruelty -- summary executions and torture.", "S16"))
    a = run("What has the UN rights body seen, according to Guterres?")
    assert a.answered and "“a catalog of cruelty -- summary executions”" in a.answer


def test_a_supported_answer_to_a_question_about_something_the_article_never_names_is_withheld(model) -> None:
    # the answer's words are all in S10, but nothing about Iowa or 2021 can be: the article names neither
    model.queue(reply("Lavrov arrived at the session late.", "S10"))
    a = run("How many diplomats from Iowa spoke in 2021?")
    assert not a.answered and a.answer == "The article does not mention Iowa or 2021." and a.citations == []
    model.queue(reply("Lavrov arrived at the session late.", "S10"))
    assert run("What did Bernie Sanders' aide say?").answer == "The article does not mention Bernie Sanders."


def test_an_answer_that_states_a_speakers_claim_as_fact_is_given_its_speaker(model) -> None:
    # S12 is Lavrov's accusation, not the article's own finding; the answer names no one
    model.queue(reply("Ukraine imposed Ukrainian language rules out of Russophobia.", "S12"))
    a = run("What did Ukraine do?")
    assert a.answered and a.answer.startswith("According to Sergei Lavrov, Ukraine imposed Ukrainian language")
    model.queue(reply("Lavrov said Ukraine imposed Ukrainian language rules out of Russophobia.", "S12"))
    assert run("What did Ukraine do?").answer.startswith("Lavrov said Ukraine imposed")  # names its speaker
    model.queue(reply("France called the session to highlight the quest for accountability.", "S14"))
    assert run("Who called the session?").answer.startswith("France called the session")  # the article's own


def test_an_answer_that_copies_a_statement_cut_from_its_cue_is_told_whole(model) -> None:
    model.queue(reply("Ukraine of Russophobia, including through its imposition of Ukrainian language rules.", "S12"))
    a = run("What did Lavrov accuse Ukraine of?")
    assert a.answered
    assert a.answer.startswith('Sergei Lavrov accused Ukraine of "Russophobia," including through its imposition')


def test_a_sentence_of_an_answer_that_says_nothing_new_goes(model) -> None:
    model.queue(reply("France called the session to highlight accountability. France called the session.", "S14"))
    assert run("Who called the session?").answer == "France called the session to highlight accountability. [S14]"
