"""A briefing shown as it is made: the partial-JSON reader, checked events in order, cancelling, the CLI
views, server-sent events, and the log of what was made."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
from conftest import SEED
from live_server import LiveServer, store_seed
from test_brief import draft

from summarizer import partial_json
from summarizer.brief import brief
from summarizer.config import load_settings
from summarizer.ingest import open_article
from summarizer.saved import SavedBriefings, path_for
from summarizer.store import Store
from summarizer.streaming import Cancelled

# --- reading JSON that is still being written --------------------------------------------------------------


def test_only_finished_values_are_read_from_a_reply_being_written() -> None:
    full = '{"headline": "A b", "summary": ["one.", "two \\" x.", {"text": "t", "support": ["S1"]}], "n": 12}'
    assert partial_json.parse(full) == json.loads(full)
    assert partial_json.parse("") is None and partial_json.parse('{"headl') == {partial_json.OPEN: 1}
    cut = partial_json.parse(full[: full.index("two") + 5])  # inside the second sentence
    assert cut["headline"] == "A b" and partial_json.finished(cut["summary"]) == ["one."]
    assert partial_json.is_open(cut) and partial_json.is_open(cut["summary"])
    inside = partial_json.parse(full[: full.index('["S1"]') + 3])  # an object half written
    assert partial_json.finished(inside["summary"]) == ["one.", 'two " x.']
    assert partial_json.is_open(inside["summary"][2])
    assert "n" not in partial_json.parse(full[:-2])  # 1 of 12: a number is done only once something follows it
    whole = json.loads(full)["summary"]
    for end in range(len(full) + 1):  # every prefix reads, and never gives a half-written item
        value = partial_json.parse(full[:end])
        assert value is None or all(x in whole for x in partial_json.finished(value.get("summary", [])))


def test_the_checks_wake_only_when_a_piece_may_be_finished(monkeypatch) -> None:
    from summarizer import streaming

    read: list[str] = []
    real = streaming.partial_draft

    def reading(text: str):
        read.append(text)
        return real(text)

    monkeypatch.setattr(streaming, "partial_draft", reading)
    composed: list = []

    class Shown:
        def publish(self, done, positions, headline) -> None:
            composed.append(done)

    stream = streaming.DraftStream(lambda d: d, Shown())
    reply = '{"headline": "Talks stall", "summary": ["Envoys met in Geneva on Monday for a third round.'
    for end in range(1, len(reply) + 1):  # one character a token, as a slow model writes
        stream.feed(reply[:end])
        time.sleep(0.001)
    stream.feed(reply + '"')  # the first sentence is finished
    time.sleep(0.2)
    stream.close()
    # Only texts that had just closed a string, list or object were read: not one per token.
    assert read and len(read) <= reply.count('"') + 1 < len(reply) // 10
    assert [d.summary for d in composed][-1] == ["Envoys met in Geneva on Monday for a third round."]


# --- brief with events ---------------------------------------------------------------------------------------


def briefed(model, **options):
    cfg = load_settings(chat_model="fake:live")
    store = Store(cfg)
    art = open_article(str(SEED), store)
    seen: list[tuple[str, dict]] = []
    b = brief(art, store, cfg, on_event=lambda name, data: seen.append((name, data)), **options)
    return b, seen


def test_events_come_checked_and_in_order_quote_table_first(model) -> None:
    model.queue(
        draft(
            summary=[
                "Blinken said Putin must be held to account for abuses in Ukraine.",
                "The U.S.",  # a fragment: never sent
                "Lavrov blasted the West for covering up crimes of the Kyiv government.",  # loaded: replaced first
            ]
        )
    )
    b, seen = briefed(model)
    names = [n for n, _ in seen]
    assert names[0] == "quotes" and len(model.calls) == 1
    assert names.index("headline") < names.index("sentence") < names.index("position")
    quotes = seen[0][1]
    assert [s["name"] for s in quotes["speakers"] if s["quote_ids"]] == [s.name for s in b.speakers]
    sentences = [d for n, d in seen if n == "sentence"]
    assert [d["text"] for d in sentences] == b.summary  # exactly what the finished briefing shows
    assert all("blasted" not in d["text"] for d in sentences) and "The U.S." not in b.summary
    assert [d["index"] for d in sentences] == list(range(len(b.summary)))
    assert sentences[0]["support"]["field"] == "summary[0]"
    positions = [d for n, d in seen if n == "position"]
    assert [p["speaker_id"] for p in positions] == [s.speaker_id for s in b.speakers]
    assert all(p["quotes"] and p["quotes"][0]["text"] for p in positions)


def test_the_stream_shows_sentences_before_the_reply_is_finished(model) -> None:
    model.queue(draft())
    model.delay = 1.0  # the reply arrives in pieces over a second
    cfg = load_settings(chat_model="fake:live")
    store = Store(cfg)
    art = open_article(str(SEED), store)
    seen: list[tuple[str, dict, float]] = []
    started = time.monotonic()
    brief(art, store, cfg, on_event=lambda name, data: seen.append((name, data, time.monotonic() - started)))
    first_sentence = next(t for n, _, t in seen if n == "sentence")
    checking = next(t for n, d, t in seen if n == "stage" and d["stage"] == "checking")
    first_position = next(t for n, _, t in seen if n == "position")
    # The first sentence came while the reply was still streaming: before its last piece (the final check
    # starts only then) and before any position.
    assert first_sentence < checking and first_sentence < first_position


def test_no_draft_is_checked_twice_the_final_one_is_the_streams_last(model, monkeypatch) -> None:
    from summarizer import brief as pipeline

    composed: list = []
    real = pipeline.compose

    def counting(d, *args, **kwargs):
        composed.append(d)
        return real(d, *args, **kwargs)

    monkeypatch.setattr(pipeline, "compose", counting)
    model.queue(draft(contested=[]) + " " * 40)  # the model's last tokens finish nothing
    model.delay = 0.5
    b, _ = briefed(model)
    assert composed[-1].summary == json.loads(draft())["summary"] and b.summary
    assert all(a != b for i, a in enumerate(composed) for b in composed[i + 1 :])


def test_the_first_sentence_is_sent_before_the_headline_the_model_writes_after_it(model) -> None:
    doc = json.loads(draft())
    model.queue(json.dumps({"summary": doc["summary"], **{k: v for k, v in doc.items() if k != "summary"}}))
    model.delay = 0.5  # streamed in pieces, spread over half a second
    b, seen = briefed(model)
    names = [n for n, _ in seen]
    assert names.index("sentence") < names.index("headline")
    assert [d["text"] for n, d in seen if n == "headline"] == [b.headline] == [doc["headline"]]


def test_a_cancelled_briefing_stops_and_saves_nothing(model, cli) -> None:
    model.queue(draft())
    model.delay = 2.0
    cancel = threading.Event()
    cfg = load_settings(chat_model="fake:live")
    store = Store(cfg)
    art = open_article(str(SEED), store)

    def on_event(name: str, data: dict) -> None:
        if name == "headline":
            cancel.set()

    with pytest.raises(Cancelled):
        brief(art, store, cfg, on_event=on_event, cancel=cancel)
    code, out, _ = cli("logs", "--format", "json")
    assert code == 0 and json.loads(out) == []


# --- the CLI -------------------------------------------------------------------------------------------------


def test_piped_brief_prints_the_quote_table_first_then_lines_as_they_come(model, cli) -> None:
    model.queue(draft())
    code, out, err = cli("brief", str(SEED), "--model", "fake:live")
    assert code == 0
    assert out.index("SPEAKERS") < out.index("Antony Blinken (US Secretary of State): 5 quotes")
    assert out.index("5 quotes") < out.index("* Blinken said Putin must be held to account")
    assert out.index("* Guterres said") < out.index("SPEAKER POSITIONS") < out.index("CONTESTED")
    assert out.count("* Blinken said Putin must be held to account") == 1  # shown once, not again at the end
    assert "writing" in err and "checking" in err  # the stages, on stderr


def test_a_headline_written_after_the_summary_is_labelled_not_printed_as_the_next_sections_title(model, cli) -> None:
    doc = json.loads(draft())
    model.queue(json.dumps({"summary": doc["summary"], **doc}))  # the order the briefing prompt asks for
    model.delay = 0.5  # streamed in pieces: the summary's sentences are out before the headline is written
    code, out, _ = cli("brief", str(SEED), "--model", "fake:live")
    assert code == 0
    assert out.index("SUMMARY") < out.index("* Blinken said") < out.index("HEADLINE: Blinken and Lavrov clash")
    assert out.index("HEADLINE: ") < out.index("SPEAKER POSITIONS")
    assert "=" * 20 not in out


def test_jsonl_gives_one_event_a_line_ending_with_the_briefing(model, cli) -> None:
    model.queue(draft())
    code, out, _ = cli("brief", str(SEED), "--model", "fake:live", "--format", "jsonl")
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and events[0]["event"] == "quotes" and events[-1]["event"] == "briefing"
    assert [e["event"] for e in events].count("quotes") == 1
    final = events[-1]["data"]
    assert [e["data"]["text"] for e in events if e["event"] == "sentence"] == final["summary"]


def test_logs_list_what_was_made_with_the_checks_changes(model, cli) -> None:
    model.queue(draft(summary=["Lavrov blasted the West over Ukraine at the council.", "The U.S."]))
    assert cli("brief", str(SEED), "--model", "fake:live", "--format", "json")[0] == 0
    model.queue(json.dumps({"evidence": ["S14"], "answer": "France called the session."}))
    assert cli("ask", str(SEED), "Who called the session?", "--model", "fake:live")[0] == 0
    code, out, _ = cli("logs")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert " brief " in lines[0] and f"fake:live  {load_settings().brief_prompt}  1 call" in lines[0]
    assert "1 replaced word" in lines[0] and "1 fragment" in lines[0]
    assert " ask " in lines[1] and "9e935184" in lines[1]
    entries = json.loads(cli("logs", "--format", "json", "--article", "9e9351")[1])
    assert [e["kind"] for e in entries] == ["brief", "ask"] and entries[0]["tokens_in"] > 0
    assert {"kind": "replaced_word", "field": "summary[0]"}.items() <= entries[0]["changes"][0].items()
    assert json.loads(cli("logs", "--format", "json", "--article", "ffff")[1]) == []
    shown = json.loads(cli("logs", "--show", str(entries[1]["id"]))[1])
    assert shown["question"] == "Who called the session?"
    code, _, err = cli("logs", "--show", "999")
    assert code == 1 and "no log entry 999" in err


# --- server-sent events ----------------------------------------------------------------------------------------


def sse(response: httpx.Response):
    name = None
    for line in response.iter_lines():
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            yield name, json.loads(line[5:])


def test_brief_streams_server_sent_events_and_saves_the_finished_briefing(model) -> None:
    model.queue(draft())
    with LiveServer(load_settings(chat_model="fake:live")) as live:
        aid = store_seed(live.url)
        with httpx.stream("POST", f"{live.url}/articles/{aid}/brief", json={"stream": True}, timeout=30) as r:
            assert r.headers["content-type"].startswith("text/event-stream")
            events = list(sse(r))
        names = [n for n, _ in events]
        assert names[0] == "quotes" and names[-1] == "briefing" and "sentence" in names
        final = events[-1][1]
        again = httpx.post(f"{live.url}/articles/{aid}/brief", json={"reuse": True}, timeout=30).json()
        assert again == final  # saved, and served without the model
        assert len(model.calls) == 1


def test_a_client_that_goes_away_stops_the_briefing_and_nothing_is_saved(model) -> None:
    model.queue(draft())
    model.delay = 60.0  # the reply would take a minute
    cfg = load_settings(chat_model="fake:live")
    with LiveServer(cfg) as live:
        aid = store_seed(live.url)
        with httpx.stream("POST", f"{live.url}/articles/{aid}/brief", json={"stream": True}, timeout=30) as r:
            for name, _ in sse(r):
                if name == "quotes":
                    break  # the reader closes the page
        # The model is free again at once, not a minute later: another briefing runs and finishes well inside
        # that. (A whole briefing with the fake model took up to 9 s on a loaded CI machine, so the bound is
        # half the slow reply, not a speed target.)
        started = time.monotonic()
        r = httpx.post(f"{live.url}/articles/{aid}/brief", json={"model": "fake:quick"}, timeout=90)
        assert r.status_code == 200 and time.monotonic() - started < 30
        log = SavedBriefings(path_for(cfg.data_dir)).logged()
        assert [e["model"] for e in log] == ["fake:quick"]  # the interrupted one left nothing
        model.delay = 0.0  # the slow reply has made its point
        kept = httpx.post(f"{live.url}/articles/{aid}/brief", json={"reuse": True, "stream": True}, timeout=30)
        assert len(model.calls) == 2 and "event: quotes" in kept.text  # nothing saved: briefed afresh


def test_the_run_stops_when_the_connection_ends_even_while_its_event_stream_is_still_held() -> None:
    # Cancelling the response leaves its event generator suspended at a `yield`, so the generator's own
    # clean-up only runs once the generator is garbage-collected: from a second to most of a minute later,
    # with the model held all that time. Here something still holds the stream, so only the response's end
    # can stop the run.
    import anyio
    from starlette.requests import Request

    from summarizer.server import _sse_response

    stopped = threading.Event()

    def run(emit, cancel):
        emit("quotes", {"quotes": []})
        emit("stage", {"stage": "writing"})
        if cancel.wait(10):
            stopped.set()
            raise Cancelled
        raise AssertionError("never cancelled")

    scope = {"type": "http", "method": "POST", "path": "/articles/x/brief", "headers": [], "query_string": b""}
    scope["asgi"] = {"version": "3.0", "spec_version": "2.3"}

    async def main() -> tuple[list[bytes], bool]:
        sent: list[bytes] = []
        first = anyio.Event()

        async def receive() -> dict:
            await first.wait()
            return {"type": "http.disconnect"}  # the reader closes the page after the first event

        async def send(message: dict) -> None:
            if message["type"] == "http.response.body":
                sent.append(message["body"])
                first.set()
                await anyio.sleep(1)  # the network is slow: the disconnect lands while this piece is being sent

        response = _sse_response(Request(scope, receive), run, "briefing", None)
        held.append(response)  # e.g. a middleware or a traceback still refers to the response and its stream
        await response(scope, receive, send)
        return sent, await anyio.to_thread.run_sync(stopped.wait, 5)  # before the loop closes its generators

    held: list = []
    sent, was_stopped = anyio.run(main)
    assert sent and sent[0].startswith(b"event: quotes")
    assert was_stopped


def test_the_terminal_view_draws_pieces_as_they_come_then_the_whole_briefing(model) -> None:
    import io

    from rich.console import Console

    from summarizer.cli.live import Live

    model.queue(draft())
    screen = io.StringIO()
    view = Live(Console(file=screen, force_terminal=True, width=100))
    cfg = load_settings(chat_model="fake:live")
    store = Store(cfg)
    b = brief(open_article(str(SEED), store), store, cfg, on_event=view)
    drawn_live = screen.getvalue()
    view.finish(b)
    assert "Blinken said Putin must be held to account" in drawn_live  # drawn while it was being made
    assert view.sentences and [s["text"] for s in view.sentences] == b.summary
    final = screen.getvalue()[len(drawn_live) :]
    assert b.headline in final and "Speaker positions" in final  # then replaced by the whole briefing


def test_ctrl_c_during_a_streamed_briefing_stops_it_and_leaves_nothing(tmp_path, cli) -> None:
    import os
    import signal
    import subprocess
    import sys

    from openai_stub import OpenAIStub

    with OpenAIStub(reply=draft()) as stub:
        stub.delay = 60.0  # the model would take a minute
        env = {**os.environ, "OPENAI_BASE_URL": stub.url, "OPENAI_API_KEY": "unused"}
        command = [sys.executable, "-m", "summarizer", "brief", str(SEED), "--model", "openai:stub"]
        # As from a shell: Ctrl-C's default action (a process started with SIGINT ignored, as some test runners
        # leave it, would ignore it for good).
        run = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        assert run.stdout is not None
        assert run.stdout.readline().startswith("SPEAKERS")  # the quote table is up; the model is writing
        while not stub.requests:
            time.sleep(0.05)
        run.send_signal(signal.SIGINT)
        out, err = run.communicate(timeout=40)
    assert run.returncode == 130 and err.strip().endswith("interrupted")
    assert "Traceback" not in err and "* " not in out  # no summary sentence came, nothing raw
    code, logged, _ = cli("logs", "--format", "json")
    assert code == 0 and json.loads(logged) == []  # nothing made, nothing logged


@pytest.mark.model
def test_ctrl_c_while_the_local_model_reads_the_article_ends_the_run_cleanly(cli) -> None:
    import os
    import signal
    import subprocess
    import sys

    run = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "brief", str(SEED)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert run.stderr is not None
    for line in run.stderr:  # the model is loaded and evaluating the prompt, which it cannot stop mid-way
        if line.rstrip().endswith("writing"):
            break
    time.sleep(1.0)
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=60)
    # it once freed the model under the thread still evaluating it, and died of a segmentation fault
    assert run.returncode == 130 and err.strip().endswith("interrupted"), (run.returncode, err[-500:])
    code, logged, _ = cli("logs", "--format", "json")
    assert code == 0 and json.loads(logged) == []


def test_ctrl_c_during_a_question_stops_it_and_logs_nothing(cli) -> None:
    import os
    import signal
    import subprocess
    import sys

    from openai_stub import OpenAIStub

    reply = json.dumps({"evidence": ["S14"], "answer": "France called the session."})
    with OpenAIStub(reply=reply) as stub:
        stub.delay = 60.0  # the model would take a minute
        env = {**os.environ, "OPENAI_BASE_URL": stub.url, "OPENAI_API_KEY": "unused"}
        command = [sys.executable, "-m", "summarizer", "ask", str(SEED), "Who called the session?"]
        run = subprocess.Popen(
            [*command, "--model", "openai:stub"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as from a shell
        )
        while not stub.requests:
            time.sleep(0.05)
        sent = time.monotonic()
        run.send_signal(signal.SIGINT)
        out, err = run.communicate(timeout=50)
    # It stops at once, not when the reply comes (the bound is room for a loaded machine, not a speed target).
    assert run.returncode == 130 and err.strip().endswith("interrupted") and time.monotonic() - sent < 20
    assert "Traceback" not in err and "France called" not in out
    code, logged, _ = cli("logs", "--format", "json")
    assert code == 0 and json.loads(logged) == []  # an unanswered question is not logged


def test_the_local_model_passes_tokens_on_in_batches_that_end_where_a_piece_may_end(monkeypatch) -> None:
    from langchain_core.messages import HumanMessage

    from summarizer import llm_local

    tokens = ['{"', "summary", '":', ' ["', "Envoys", " met", " in", " Geneva", '."', ",", ' "', "Talks", " stall"]
    tokens.append('."]}')

    class Llama:
        def create_chat_completion(self, **request):
            assert request["stream"]
            return iter({"choices": [{"delta": {"content": t}, "finish_reason": None}]} for t in tokens)

    model = llm_local.LocalChatModel(model_path="m.gguf", model_name="m")
    monkeypatch.setattr(llm_local.LocalChatModel, "llama", lambda self: Llama())
    monkeypatch.setattr(llm_local.LocalChatModel, "_prepare", lambda self, llama, messages: (10, 0))
    pieces = [c.message.content for c in model._stream([HumanMessage("hi")]) if c.message.content]
    assert "".join(pieces) == "".join(tokens)
    assert pieces == ['{"', 'summary":', ' ["', 'Envoys met in Geneva."', ', "', 'Talks stall."]}']
    assert len(pieces) < len(tokens)
    monkeypatch.setattr(llm_local, "BATCH_SECONDS", 0.0)  # a slow model: every token goes on as it comes
    assert [c.message.content for c in model._stream([HumanMessage("hi")]) if c.message.content] == tokens


def test_a_position_sent_before_a_later_check_changed_it_is_printed_again_as_it_stands(model, capsys) -> None:
    from summarizer.cli.live import Plain

    model.queue(draft())
    cfg = load_settings(chat_model="fake:live")
    store = Store(cfg)
    b = brief(open_article(str(SEED), store), store, cfg)
    capsys.readouterr()
    view = Plain()
    first = b.speakers[0]
    stale = "Antony Blinken argued what a check on the whole reply later removed."
    view("position", {**first.model_dump(), "position": stale, "support": None})
    for s in b.speakers[1:]:
        view("position", {**s.model_dump(), "support": None})  # these came out as they stand
    view.finish(b)
    out = capsys.readouterr().out
    from summarizer import render

    after = out[out.index("SPEAKER POSITIONS (as finally checked)") :]
    assert out.index(stale) < out.index("SPEAKER POSITIONS (as finally checked)")
    assert stale not in after
    heads = [render.text_position(b, s)[0] for s in b.speakers]
    assert [h for h in heads if f"\n{h}\n" in after] == heads[:1]  # only the one that changed
