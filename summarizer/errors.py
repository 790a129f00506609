"""Errors a user can act on: one line that names the problem and the fix."""


class UserError(Exception):
    """Raised for bad input or configuration; the CLI prints the message alone, never a traceback."""


class ArticleError(UserError):
    """An article that cannot be read or parsed; in a batch it is reported and skipped."""
