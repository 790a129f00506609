"""The `summarizer` command: one Typer app, one module per command group, errors as one line."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer

from summarizer.errors import UserError, backend_failure

app = typer.Typer(
    name="summarizer",
    help="Neutral, source-grounded briefings of news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _global_options(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Store, caches and logs [env: SUMMARIZER_DATA_DIR].")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="Settings file (TOML) [env: SUMMARIZER_CONFIG].")
    ] = None,
    embedding_model: Annotated[
        str | None,
        typer.Option("--embedding-model", help="e.g. local:minilm [env: SUMMARIZER_EMBEDDING_MODEL]."),
    ] = None,
    chroma_url: Annotated[
        str | None,
        typer.Option("--chroma-url", help="Chroma server, http://host:port [env: SUMMARIZER_CHROMA_URL]."),
    ] = None,
) -> None:
    ctx.obj = {
        "config_file": config,
        "data_dir": data_dir,
        "embedding_model": embedding_model,
        "chroma_url": chroma_url,
    }


def _register() -> None:
    from summarizer.cli import articles, ask, brief, ingest, logs, quotes, serve
    from summarizer.cli import eval as eval_cli

    app.command(name="ingest")(ingest.ingest_command)
    app.command(name="quotes")(quotes.quotes_command)
    app.command(name="brief")(brief.brief_command)
    app.command(name="ask")(ask.ask_command)
    app.command(name="serve")(serve.serve_command)
    app.command(name="logs")(logs.logs_command)
    app.add_typer(articles.app, name="articles")
    app.add_typer(eval_cli.app, name="eval")


_register()


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM ends a run like Ctrl-C: finished work stays, the current item is dropped


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; errors a user can fix are printed as one line."""
    try:
        result = app(args=argv, prog_name="summarizer", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:  # Ctrl-C or SIGTERM inside a command
        print("interrupted", file=sys.stderr)
        return 130
    except typer.TyperException as exc:  # usage errors: message and usage line
        exc.show()
        return exc.exit_code
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        down = backend_failure(exc)
        if down:
            print(f"error: {down}; check the endpoint (OPENAI_BASE_URL) or try again", file=sys.stderr)
            return 1
        print(f"error: {type(exc).__name__}: {exc} (set SUMMARIZER_DEBUG=1 to see the traceback)", file=sys.stderr)
        return 1
    if result == 130:  # Click's answer to Ctrl-C (and our SIGTERM) inside a command, in non-standalone mode
        print("interrupted", file=sys.stderr)
    return result if isinstance(result, int) else 0


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    code = run()
    if code == 130:
        # Interrupted: a local model may still be evaluating a prompt on another thread (llama.cpp stops only
        # between tokens), and freeing it under that thread at exit crashed the process. Finished work is
        # already stored and the unfinished item is dropped, so leave without the interpreter's teardown.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    sys.exit(code)
