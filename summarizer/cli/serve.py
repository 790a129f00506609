"""`summarizer serve`: the HTTP service."""

from __future__ import annotations

from typing import Annotated

import typer

from summarizer.cli import common


def serve_command(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option(help="Address to listen on; anything but loopback needs API keys.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
) -> int:
    """Serve the web reader at / and briefings, questions and quotes over a JSON API (OpenAPI at /openapi.json).

    Example: SUMMARIZER_API_KEYS=k1,k2 summarizer serve --host 0.0.0.0 --port 8000
    """
    from summarizer.errors import UserError

    cfg = common.settings(ctx)
    try:
        import uvicorn

        from summarizer.server import create_app, is_loopback
    except ImportError:
        raise UserError("the HTTP service needs its extra; install it with: pip install 'summarizer[server]'") from None
    if not is_loopback(host) and not cfg.api_keys:
        raise UserError(
            f"refusing to listen on {host} without an API key; set SUMMARIZER_API_KEYS (comma-separated) or use "
            "--host 127.0.0.1"
        )
    common.err().print(
        f"serving the web reader at http://{host}:{port}/ and the API (OpenAPI at /openapi.json; "
        f"{'API keys required' if cfg.api_keys else 'no API keys'})",
        markup=False,
    )
    uvicorn.run(create_app(cfg), host=host, port=port, log_level="info")
    return 0
