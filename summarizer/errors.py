"""Errors a user can act on: one line that names the problem and the fix."""


class UserError(Exception):
    """Raised for bad input or configuration; the CLI prints the message alone, never a traceback."""


class ArticleError(UserError):
    """An article that cannot be read or parsed; in a batch it is reported and skipped."""


class NotFound(UserError):
    """A stored article (or other named thing) that does not exist."""


def backend_failure(exc: BaseException) -> str | None:
    """A one-line description if `exc` means the model backend could not be reached or failed, else None."""
    name, module = type(exc).__name__, type(exc).__module__
    known = module.startswith(("openai", "langchain_openai", "httpx", "httpcore"))
    transient = name.endswith(
        (
            "ConnectionError",
            "ConnectError",
            "TimeoutError",
            "Timeout",
            "InternalServerError",
            "RateLimitError",
            "APIStatusError",
            "RemoteProtocolError",
            "ReadTimeout",
        )
    )
    if (known and transient) or isinstance(exc, (ConnectionError, TimeoutError)):
        return f"the model backend is unavailable ({name}: {str(exc).splitlines()[0] if str(exc) else 'no detail'})"
    return None
