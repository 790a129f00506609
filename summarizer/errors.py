"""Errors a user can act on: one line that names the problem and the fix."""


class UserError(Exception):
    """Raised for bad input or configuration; the CLI prints the message alone, never a traceback."""


class ArticleError(UserError):
    """An article that cannot be read or parsed; in a batch it is reported and skipped."""


class NotFound(UserError):
    """A stored article (or other named thing) that does not exist."""


def backend_failure(exc: BaseException) -> str | None:
    """A one-line description if `exc` means the model backend could not be reached or failed, else None."""
    name = type(exc).__name__
    detail = str(exc).splitlines()[0] if str(exc) else "no detail"
    try:
        import openai

        status = getattr(exc, "status_code", None)
        if isinstance(exc, openai.APIConnectionError) or (
            isinstance(exc, openai.APIStatusError) and status is not None and (status >= 500 or status == 429)
        ):
            return f"the model backend is unavailable ({name}: {detail})"
    except ImportError:  # pragma: no cover - openai is a dependency
        pass
    module = type(exc).__module__
    if module.startswith(("httpx", "httpcore")) or isinstance(exc, (ConnectionError, TimeoutError)):
        return f"the model backend is unavailable ({name}: {detail})"
    return None
