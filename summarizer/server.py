"""The HTTP service: the CLI's operations as a JSON API (FastAPI), with keys, limits and a model queue.

Response bodies are the same pydantic models the CLI prints with `--format json`. Requests that run the chat
model pass through one gate: one at a time (llama.cpp in-process is not re-entrant), a bounded number
waiting, 429 beyond that. Errors are JSON `{"error": ...}` with the status a client can act on, never a
traceback; API keys are compared in constant time and never logged.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import json
import logging
import queue
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Literal

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer import __version__, prompts, web
from summarizer.ask import Answer
from summarizer.briefing import Briefing
from summarizer.errors import ArticleError, NotFound, UserError, backend_failure
from summarizer.quotes import Attribution, Quote, Speaker
from summarizer.saved import SavedBriefings
from summarizer.saved import key as saved_key
from summarizer.saved import path_for as saved_path
from summarizer.store import ArticleRecord
from summarizer.streaming import Cancelled

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.config import Settings
    from summarizer.quotes import QuoteTable
    from summarizer.store import Store

log = logging.getLogger("summarizer.server")
ARTICLE_CACHE = 64  # parsed articles and quote tables kept in memory
OPEN_PATHS = frozenset({"/healthz", "/openapi.json", "/docs", "/docs/oauth2-redirect"})


# --- request and response bodies ------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleIn(_Model):
    text: str = Field(min_length=1, description="The article: plain text, Markdown or HTML (see format).")
    title: str | None = Field(default=None, max_length=500, description="Prepended as the first line if given.")
    format: Literal["text", "markdown", "html"] = "text"


class Ingested(_Model):
    status: Literal["stored", "unchanged", "replaced"]
    article: ArticleRecord


class ParagraphSpan(_Model):
    index: int
    kind: Literal["title", "caption", "heading", "body"]
    start: int
    end: int


class SentenceSpan(_Model):
    id: str = Field(description="S1, S2, ... in reading order: the ids `ask` cites.")
    paragraph: int
    start: int
    end: int


class ArticleText(_Model):
    article: ArticleRecord
    text: str = Field(description="The exact text; every offset in the API indexes it by Unicode code point.")
    paragraphs: list[ParagraphSpan]
    sentences: list[SentenceSpan]


class Quotes(_Model):
    article_id: str
    quotes: list[Quote]
    speakers: list[Speaker]
    attributions: list[Attribution]  # direct (the quotes) and indirect statements, with content spans


_MODEL_PATTERN = r"^[a-z][a-z0-9_-]*:[A-Za-z0-9._:@-]*$"  # provider:name, never a file path


class BriefIn(_Model):
    length: Literal["short", "medium", "long"] = "medium"
    model: str | None = Field(default=None, pattern=_MODEL_PATTERN, max_length=200)
    prompt_version: str | None = Field(default=None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,40}$")
    reuse: bool = Field(
        default=False,
        description="Return the briefing this service saved for the same article, model, prompt file and length, "
        "if there is one, instead of running the model again.",
    )
    stream: bool = Field(
        default=False,
        description="Server-sent events as the briefing is made: quotes, stage, headline, sentence, position, then "
        "one briefing event (or error). Each piece is checked before it is sent.",
    )


class AskIn(_Model):
    question: str = Field(min_length=1, max_length=2000)
    stream: bool = Field(
        default=False, description="Server-sent events: stage and token events, then one answer event (or error)."
    )
    model: str | None = Field(default=None, pattern=_MODEL_PATTERN, max_length=200)
    k: int | None = Field(default=None, ge=1, le=50)


class EvalRun(_Model):
    id: str
    suite: str
    created: str
    variants: list[str]
    cases: int
    baselines: list[str] = Field(description="Baseline names that point at this run.")


class Health(_Model):
    status: str
    version: str


class Ready(_Model):
    status: Literal["ready", "not ready"]
    store: str
    model: str


class ErrorOut(_Model):
    error: str


# --- the model gate -------------------------------------------------------------------------------


class Busy(Exception):
    pass


class ModelGate:
    """`running` model calls at a time; at most `waiting` more queued; beyond that, Busy."""

    def __init__(self, waiting: int, running: int = 1) -> None:
        self._run = threading.Semaphore(running)
        self._count = threading.Lock()
        self._waiting = 0
        self.limit = waiting + running

    def acquire(self) -> None:
        with self._count:
            if self._waiting >= self.limit:
                raise Busy
            self._waiting += 1
        self._run.acquire()

    def release(self) -> None:
        self._run.release()
        with self._count:
            self._waiting -= 1


# --- the app --------------------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_app(settings: Settings) -> FastAPI:
    from summarizer.store import Store

    app = FastAPI(
        title="summarizer",
        version=__version__,
        description="Neutral, source-grounded briefings of news articles, and questions answered with citations.",
        responses={401: {"model": ErrorOut}, 413: {"model": ErrorOut}, 422: {"model": ErrorOut}},
        docs_url=None,  # served from local files by web.mount_docs
        redoc_url=None,
    )
    # llama.cpp in-process runs one call at a time whatever is set; remote endpoints can take more.
    running = 1 if settings.chat_model.startswith("local:") else settings.server_concurrency
    gate = ModelGate(settings.server_queue, running)
    keys = [k.get_secret_value().encode() for k in settings.api_keys]
    saved = SavedBriefings(saved_path(settings.data_dir))
    store_box: dict[str, Store] = {}
    store_lock = threading.Lock()

    def store() -> Store:
        with store_lock:
            if "store" not in store_box:
                store_box["store"] = Store(settings)
            return store_box["store"]

    parsed: OrderedDict[str, tuple[Article, QuoteTable]] = OrderedDict()
    parsing: dict[str, threading.Lock] = {}  # one lock per article being parsed

    def stored(ref: str) -> tuple[Article, QuoteTable]:
        """An article and its quote table; ids are content hashes, so both are cached by id."""
        from summarizer.article import parse
        from summarizer.quotes import extract

        s = store()
        record = s.resolve(ref)
        with store_lock:
            if record.id in parsed:
                parsed.move_to_end(record.id)
                return parsed[record.id]
            building = parsing.setdefault(record.id, threading.Lock())
        with building:  # a page asks for an article's text and quotes at once: parse and extract once
            with store_lock:
                if record.id in parsed:
                    return parsed[record.id]
            art = parse(s.text(record.id), "markdown" if record.format == "markdown" else "text", record.source)
            entry = (art, extract(art))
            with store_lock:
                parsed[record.id] = entry
                parsing.pop(record.id, None)
                while len(parsed) > ARTICLE_CACHE:
                    parsed.popitem(last=False)
        return entry

    counted: dict[str, tuple[int, int]] = {}  # quote counts of records stored without them, by article id

    def with_counts(record: ArticleRecord) -> ArticleRecord:
        """The record with its quoted-speaker and quote counts: computed on first need and saved in the store."""
        from dataclasses import replace

        if record.quotes is not None:
            return record
        if record.id not in counted:
            counted[record.id] = stored(record.id)[1].counts()
            with contextlib.suppress(UserError):  # a store busy with another writer: saved next time
                store().save_counts(record.id, *counted[record.id])
        speakers, quotes = counted[record.id]
        return replace(record, speakers=speakers, quotes=quotes)

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        path = request.url.path
        if keys and path not in OPEN_PATHS and not web.is_open(path):
            header = request.headers.get("authorization", "")
            scheme, _, token = header.partition(" ")
            given = token.strip().encode()
            matches = [hmac.compare_digest(given, k) for k in keys]  # every key compared: no early exit
            signed_in = web.cookie_matches(request, keys)
            if not signed_in and web.is_page(path) and request.method == "GET":
                return web.login_redirect(request)
            if not signed_in and (scheme.lower() != "bearer" or not any(matches)):
                return JSONResponse(
                    {"error": "missing or invalid API key; send Authorization: Bearer <key>"},
                    status_code=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
        limit = int(settings.max_request_mb * 1_000_000)
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            return _too_large(limit)
        if request.method in ("POST", "PUT", "PATCH") and length is None:
            body = b""
            async for piece in request.stream():
                body += piece
                if len(body) > limit:
                    return _too_large(limit)
            request._body = body  # read once, within the limit; the handler reads it from here
        try:
            return await call_next(request)
        except Exception as exc:  # anything the handlers below did not turn into a response
            return _error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e["loc"] if p != "body") or "body"
            problems.append(f"{where}: {e['msg']}")
        return JSONResponse({"error": "invalid request: " + "; ".join(problems)}, status_code=422)

    @app.exception_handler(UserError)
    async def user_error(request: Request, exc: UserError) -> JSONResponse:
        return _error_response(request, exc)

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy) -> JSONResponse:
        return _error_response(request, exc)

    # --- health ---------------------------------------------------------------------------------

    @app.get("/healthz", response_model=Health, tags=["health"])
    def healthz() -> Health:
        """Liveness: the process answers."""
        return Health(status="ok", version=__version__)

    @app.get("/readyz", response_model=Ready, responses={503: {"model": Ready}}, tags=["health"])
    def readyz() -> Any:
        """Readiness: the store answers and the chat model can be loaded."""
        from summarizer.models import chat_model

        state = {"store": "ok", "model": "ok"}
        try:
            store().articles()
        except Exception as exc:
            state["store"] = _status(exc)[1]
        try:
            chat_model(settings.chat_model, settings)
        except Exception as exc:
            state["model"] = _status(exc)[1]
        ok = state["store"] == state["model"] == "ok"
        body = Ready(status="ready" if ok else "not ready", **state)
        return body if ok else JSONResponse(body.model_dump(), status_code=503)

    # --- articles -------------------------------------------------------------------------------

    article_body = {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": ArticleIn.model_json_schema()},
                "text/plain": {"schema": {"type": "string", "minLength": 1}},
                "text/markdown": {"schema": {"type": "string", "minLength": 1}},
                "text/html": {"schema": {"type": "string", "minLength": 1}},
            },
        }
    }

    @app.post(
        "/articles",
        response_model=Ingested,
        status_code=201,
        openapi_extra=article_body,
        responses={200: {"model": Ingested, "description": "Already stored (same text)"}, 415: {"model": ErrorOut}},
        tags=["articles"],
    )
    async def post_article(request: Request, response: Response) -> Ingested:
        """Store an article (idempotent: the same text gives the same id and 200)."""
        from starlette.concurrency import run_in_threadpool

        art = _article_from(await request.body(), request.headers.get("content-type", ""), settings)
        existing, record = await run_in_threadpool(_store_article, store(), art)
        if existing:
            response.status_code = 200
        return Ingested(status="unchanged" if existing else "stored", article=record)

    @app.get("/articles", response_model=list[ArticleRecord], tags=["articles"])
    def list_articles() -> list[ArticleRecord]:
        """Every stored article, oldest first, with its counts of quoted speakers and direct quotes."""
        records = store().articles()
        return [with_counts(r) for r in records]

    @app.get(
        "/articles/{article_id}", response_model=ArticleText, responses={404: {"model": ErrorOut}}, tags=["articles"]
    )
    def get_article(article_id: str) -> ArticleText:
        """An article's record, exact text, and the spans of its paragraphs and sentences (id or a unique prefix
        of 4+ characters)."""
        record = store().resolve(article_id)
        art, _ = stored(record.id)
        return ArticleText(
            article=with_counts(record),
            text=art.text,
            paragraphs=[ParagraphSpan(index=p.index, kind=p.kind, start=p.start, end=p.end) for p in art.paragraphs],
            sentences=[SentenceSpan(id=x.id, paragraph=x.paragraph, start=x.start, end=x.end) for x in art.sentences],
        )

    @app.delete("/articles/{article_id}", status_code=204, responses={404: {"model": ErrorOut}}, tags=["articles"])
    def delete_article(article_id: str) -> Response:
        """Remove an article and its chunks."""
        s = store()
        record = s.resolve(article_id)
        s.remove(record.id)
        saved.forget(record.id)
        return Response(status_code=204)

    @app.get(
        "/articles/{article_id}/quotes", response_model=Quotes, responses={404: {"model": ErrorOut}}, tags=["articles"]
    )
    def get_quotes(article_id: str) -> Quotes:
        """Every direct quote with its span and speaker, and every statement (parser and rules, no model)."""
        art, table = stored(article_id)
        return Quotes(article_id=art.id, quotes=table.quotes, speakers=table.speakers, attributions=table.attributions)

    model_errors = {404: {"model": ErrorOut}, 429: {"model": ErrorOut}, 503: {"model": ErrorOut}}

    @app.post(
        "/articles/{article_id}/brief",
        response_model=Briefing,
        responses={**model_errors, 200: {"content": {"text/event-stream": {}}, "model": Briefing}},
        tags=["briefings"],
    )
    def post_brief(article_id: str, request: Request, options: BriefIn | None = None) -> Any:
        """A briefing: headline, summary, speaker positions with verbatim quotes, contested points, checks;
        `stream` sends it piece by piece as server-sent events. Only a finished briefing is saved."""
        from summarizer.brief import brief

        options = options or BriefIn()
        cfg = _with(settings, chat_model=options.model, brief_prompt=options.prompt_version)
        s = store()
        art, _ = stored(article_id)
        key = saved_key(
            art.id, cfg.chat_model, prompts.files(cfg.prompts_dir, "brief", cfg.brief_prompt), options.length
        )
        kept = saved.get(key) if options.reuse else None
        if kept is not None and not options.stream:
            return kept

        def made(emit: Any, cancel: threading.Event | None) -> Briefing:
            if kept is not None:
                return kept
            result = brief(art, s, cfg, length=options.length, on_event=emit, cancel=cancel)
            saved.put(key, result)
            saved.log(result)
            return result

        return _respond(request, made, "briefing", options.stream, gate if kept is None else None)

    @app.post(
        "/articles/{article_id}/ask",
        response_model=Answer,
        responses={**model_errors, 200: {"content": {"text/event-stream": {}}, "model": Answer}},
        tags=["questions"],
    )
    def post_ask(article_id: str, body: AskIn, request: Request) -> Any:
        """An answer with cited sentences, or "The article does not say."; `stream` sends SSE."""
        from summarizer.ask import ask

        cfg = _with(settings, chat_model=body.model, ask_k=body.k)
        s = store()
        art, _ = stored(article_id)

        def answered(emit: Any, cancel: threading.Event | None) -> Answer:
            on_token = (lambda t: emit("token", {"text": t})) if emit else None
            result = ask(body.question, [art], s, cfg, on_token=on_token, cancel=cancel)
            saved.log(result)
            return result

        return _respond(request, answered, "answer", body.stream, gate)

    @app.get("/evals/runs", response_model=list[EvalRun], tags=["evals"])
    def list_runs() -> list[EvalRun]:
        """Stored eval runs (from `summarizer eval run`), oldest first."""
        from summarizer.evals import runs

        path = runs.path_for(settings.data_dir)
        if not path.exists():
            return []
        named = runs.baselines(path)
        return [
            EvalRun(id=i, suite=suite, created=created, variants=json.loads(v), cases=n, baselines=named.get(i, []))
            for i, suite, created, v, n in runs.listing(path)
        ]

    @app.get(
        "/evals/runs/{run_id}/report",
        responses={
            200: {"content": {"text/html": {"schema": {"type": "string"}}}},
            404: {"model": ErrorOut},
        },
        tags=["evals"],
    )
    def run_report(run_id: str) -> HTMLResponse:
        """An eval run's self-contained HTML report (id, prefix, baseline name or latest)."""
        from summarizer.evals import report, runs

        path = runs.path_for(settings.data_dir)
        if not path.exists():
            raise NotFound("no eval runs stored yet; start one with: summarizer eval run")
        run = runs.load(path, run_id)
        return HTMLResponse(report.html(run), headers={"Content-Security-Policy": web.REPORT_CSP})

    web.mount(app, keys)
    web.mount_docs(app)
    return app


def _store_article(store: Store, art: Article) -> tuple[bool, Any]:
    from summarizer.ingest import ensure_stored

    existing = store.record(art.id)
    if existing is not None:
        return True, existing
    ensure_stored(art, store)
    return False, store.record(art.id)


def _respond(request: Request, run: Any, final: str, stream: bool, gate: ModelGate | None) -> Any:
    """`run(emit, cancel)` holding the model gate (None: it needs no model): its result as one reply, or its
    events as server-sent events when `stream`."""
    if gate is not None:
        gate.acquire()
    if not stream:
        try:
            return run(None, None)
        finally:
            if gate is not None:
                gate.release()
    return _sse_response(request, run, final, gate)


def _sse_response(request: Request, run: Any, final: str, gate: ModelGate | None) -> StreamingResponse:
    """Start `run(emit, cancel)` in a thread now (it releases the gate when done, even if nobody reads), and
    answer with its events as server-sent events, then `final` (its result) or `error`. A client that goes
    away cancels the run: the model stops at its next token and nothing half-made is saved."""
    import anyio

    events: queue.Queue[tuple[str, Any]] = queue.Queue()
    cancel = threading.Event()

    def work() -> None:
        try:
            result = run(lambda name, data: events.put((name, data)), cancel)
            events.put((final, json.loads(result.model_dump_json())))
        except Cancelled:
            log.info("%s %s: the client went away; stopped", request.method, request.url.path)
        except Exception as exc:
            events.put(("error", {"error": _status(exc)[1]}))
        finally:
            if gate is not None:
                gate.release()
            events.put(("end", None))

    threading.Thread(target=work, daemon=True).start()

    async def stream() -> Any:
        while True:
            try:
                kind, data = await anyio.to_thread.run_sync(events.get, True, 0.5)
            except queue.Empty:
                if await request.is_disconnected():
                    return
                continue
            if kind == "end":
                return
            yield f"event: {kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"

    return _EventStream(stream(), cancel)


class _EventStream(StreamingResponse):
    """Server-sent events whose run is cancelled when the response ends, however it ends (after the end this
    changes nothing; before it, the run stops). Not in the generator's own clean-up: a client that goes away
    cancels the response while the generator is suspended at a `yield`, and that clean-up then waits for the
    garbage collector: seconds to a minute, with the model held all that time."""

    def __init__(self, content: Any, cancel: threading.Event) -> None:
        super().__init__(content, media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
        self.cancel = cancel

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.cancel.set()


def _error_response(request: Request, exc: Exception) -> JSONResponse:
    status, message, headers = _status(exc)
    if status >= 500:
        log.error("%s %s failed: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse(
        {"error": f"request body over the {limit / 1e6:g} MB limit; send less or raise SUMMARIZER_MAX_REQUEST_MB"},
        status_code=413,
    )


def _with(settings: Settings, **changes: Any) -> Settings:
    changes = {k: v for k, v in changes.items() if v is not None}
    return settings.model_copy(update=changes) if changes else settings


def _article_from(data: bytes, content_type: str, settings: Settings) -> Article:
    from summarizer import article as article_mod
    from summarizer.reading import decode

    if len(data) > settings.max_article_bytes:
        raise _TooLarge(f"article over the {settings.max_article_mb:g} MB limit; raise SUMMARIZER_MAX_ARTICLE_MB")
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            doc = ArticleIn.model_validate_json(data)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from None
        text = doc.text if not doc.title else f"{doc.title.strip()}\n\n{doc.text}"
        fmt = doc.format
        if not text.strip():
            raise ArticleError("the article text holds only whitespace; send the article text")
    elif kind in ("text/plain", "text/markdown", "text/html", ""):
        text, _ = decode(data, "the request body")
        fmt = {"text/markdown": "markdown", "text/html": "html"}.get(kind, "text")
    else:
        raise _Unsupported(
            f"unsupported content type '{kind}'; send application/json, text/plain, text/markdown or text/html"
        )
    # Sent text has no file behind it: each article is its own source, never replacing another.
    return article_mod.parse(text, fmt, f"api:{article_mod.article_id(text)}")


class _TooLarge(UserError):
    pass


class _Unsupported(UserError):
    pass


def _status(exc: Exception) -> tuple[int, str, dict[str, str]]:
    """HTTP status, one-line message and headers for an exception."""
    if isinstance(exc, Busy):
        return 429, "the model is busy with other requests; retry shortly", {"Retry-After": "2"}
    if isinstance(exc, NotFound):
        return 404, str(exc), {}
    if isinstance(exc, _TooLarge):
        return 413, str(exc), {}
    if isinstance(exc, _Unsupported):
        return 415, str(exc), {}
    if isinstance(exc, ArticleError):
        return 422, str(exc), {}
    if isinstance(exc, UserError):
        message = str(exc)
        if message.startswith("model ") or "answered with" in message:  # the backend answered, but badly
            return 503, message, {"Retry-After": "5"}
        return 400, message, {}
    down = backend_failure(exc)
    if down:
        return 503, f"{down}; retry later", {"Retry-After": "10"}
    return 500, f"internal error ({type(exc).__name__}); see the server log", {}
