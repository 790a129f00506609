"""The web reader: a few server-rendered pages (Jinja2) whose plain JavaScript calls the service's JSON API.

There is no build step and no third-party front-end code: the templates, one stylesheet and four plain
JavaScript modules (one per page and a shared API helper) ship inside the package, and every page is served
with a Content-Security-Policy that allows this origin only, so the reader makes no request to any other host.

When the service has API keys, a browser signs in once with a key at /login and gets a session cookie:
HttpOnly, SameSite=Strict, holding an HMAC of the key rather than the key itself. The API accepts that
cookie in place of the Bearer header, so the pages and scripts are held to the same keys as any client.
"""

from __future__ import annotations

import hmac
from hashlib import sha256
from pathlib import Path
from urllib.parse import parse_qs, quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

HERE = Path(__file__).parent
DOCS_ASSETS = "/docs-assets"
COOKIE = "summarizer_session"
PAGE_PATHS = ("/", "/runs")  # plus /read/<id>; /login and /logout are open
# Pages: scripts, styles, images and requests to this origin only; never framed.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# The eval report is one self-contained document with inline styles and no scripts.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'"


def session_token(key: bytes) -> str:
    """The cookie value for an API key: derived from it, never the key itself."""
    return hmac.new(key, b"summarizer web session v1", sha256).hexdigest()


def cookie_matches(request: Request, keys: list[bytes]) -> bool:
    given = request.cookies.get(COOKIE, "").encode()
    matches = [hmac.compare_digest(given, session_token(k).encode()) for k in keys]  # no early exit
    return bool(given) and any(matches)


def is_open(path: str) -> bool:
    """Paths served without a key: signing in and out, and the static assets (which hold no data)."""
    return path in ("/login", "/logout") or path.startswith(("/static/", DOCS_ASSETS + "/"))


def is_page(path: str) -> bool:
    """Pages a browser opens: without a session they redirect to /login rather than answer 401."""
    return path in PAGE_PATHS or path.startswith("/read/")


def login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


def _environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))


def _safe_next(value: str) -> str:
    """Only a path on this site: never another host (//evil.example, /\\evil.example, https://...)."""
    if not value.startswith("/") or value.startswith("//") or value.startswith("/\\"):
        return "/"
    return value


def mount(app: FastAPI, keys: list[bytes]) -> None:
    """Add the pages, the sign-in routes and the static assets to `app`."""
    env = _environment()

    def page(request: Request, name: str, status: int = 200, **values: object) -> HTMLResponse:
        signed_in = bool(keys) and cookie_matches(request, keys)
        html = env.get_template(name).render(signed_in=signed_in, **values)
        return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": PAGE_CSP})

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/", include_in_schema=False)
    def index(request: Request) -> HTMLResponse:
        return page(request, "index.html", title="Articles")

    @app.get("/read/{article_id}", include_in_schema=False)
    def read(request: Request, article_id: str) -> HTMLResponse:
        return page(request, "article.html", title="Article", article_id=article_id)

    @app.get("/runs", include_in_schema=False)
    def eval_runs(request: Request) -> HTMLResponse:
        return page(request, "runs.html", title="Eval runs")

    @app.get("/login", include_in_schema=False)
    def login_form(request: Request, next: str = "/") -> Response:
        if not keys:
            return RedirectResponse(_safe_next(next), status_code=303)
        return page(request, "login.html", title="Sign in", next=_safe_next(next), error=None)

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        given = (form.get("key") or [""])[0].strip().encode()
        target = _safe_next((form.get("next") or ["/"])[0])
        matches = [hmac.compare_digest(given, k) for k in keys]
        if not keys or not given or not any(matches):
            return page(request, "login.html", status=401, title="Sign in", next=target, error="That key is not valid.")
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(
            COOKIE,
            session_token(keys[matches.index(True)]),
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/",
        )
        return response

    @app.post("/logout", include_in_schema=False)
    def logout() -> Response:
        response = RedirectResponse("/login" if keys else "/", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response


def mount_docs(app: FastAPI) -> None:
    """The API docs (Swagger UI at /docs) from files served here, not from a CDN.

    The files come from the fastapi-offline package (read as data); FastAPI's own page loads them from
    jsdelivr, and so shows nothing on a machine without internet. There is no /redoc: ReDoc fetches its logo
    from redoc.ly whatever it is given.
    """
    from importlib.resources import files

    from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html

    assets = Path(str(files("fastapi_offline") / "static"))
    app.mount(DOCS_ASSETS, StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title=f"{app.title} API",
            oauth2_redirect_url="/docs/oauth2-redirect",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon.png",
        )

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    def swagger_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()
