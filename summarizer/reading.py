"""Turn files and stdin into decoded article text, refusing what is not an article with a clear reason."""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ArticleError, UserError

ARTICLE_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
STDIN = "-"


@dataclass(frozen=True)
class RawArticle:
    """Decoded text of one input, before parsing. `text` is what every offset refers to."""

    text: str
    source: str  # resolved path, or "-" for stdin
    format: str  # text | markdown | html
    encoding: str


def collect(paths: list[str]) -> list[str]:
    """Expand the user's arguments into article paths: files as given, folders searched recursively."""
    found: list[str] = []
    for raw in paths:
        if raw == STDIN:
            found.append(STDIN)
            continue
        path = Path(raw)
        if not path.exists():
            raise UserError(f"no such file or directory: {raw}")
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not inside:
                raise UserError(f"{raw} holds no articles: expected .txt, .md or .html files (searched recursively)")
            found.extend(str(p) for p in inside)
        else:
            found.append(str(path))
    return found


def missing_path(ref: str) -> UserError | None:
    """The error for a reference that names a file which is not there (a path, or a name ending .txt/.md/.html).

    An id or id prefix of a stored article looks like neither; for those the store's own message stands."""
    if ref == STDIN or Path(ref).exists():
        return None
    if "/" in ref or "\\" in ref or Path(ref).suffix.lower() in ARTICLE_SUFFIXES:
        return UserError(f"no such file: {ref}; check the path, or give a stored article id (summarizer articles list)")
    return None


def read(source: str, max_bytes: int) -> RawArticle:
    """Read one article from a path or stdin ("-")."""
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        label, fmt = "stdin", None
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise ArticleError(
                    f"{source} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit; "
                    "split it or raise SUMMARIZER_MAX_ARTICLE_MB"
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise ArticleError(f"no such file: {source}") from None
        except IsADirectoryError:
            raise ArticleError(f"{source} is a directory; pass it to ingest to read the articles inside") from None
        except PermissionError:
            raise ArticleError(f"cannot read {source}: permission denied") from None
        label, fmt = source, ARTICLE_SUFFIXES.get(path.suffix.lower())
        source = str(path.resolve())
    if len(data) > max_bytes:
        raise ArticleError(
            f"{label} is over the {max_bytes / 1e6:g} MB limit; split it or raise SUMMARIZER_MAX_ARTICLE_MB"
        )
    text, encoding = decode(data, label)
    if fmt is None:
        fmt = sniff_format(text)
    return RawArticle(text=text, source=source, format=fmt, encoding=encoding)


def decode(data: bytes, label: str) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16/32 with BOM, or Windows-1252/Latin-1."""
    if not data:
        raise ArticleError(f"{label} is empty; give it the article text")
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise ArticleError(
                    f"{label} starts with a {enc} byte-order mark but is not valid {enc}; re-save it as UTF-8"
                ) from None
            return _checked(text, label), enc
    if b"\x00" in data:
        raise ArticleError(
            f"{label} looks like a binary file (it contains NUL bytes); give a text, Markdown or HTML article"
        )
    try:
        return _checked(data.decode("utf-8"), label), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(
            f"cannot decode {label}: it is not UTF-8, UTF-16 or Latin-1/Windows-1252 text; re-save it as UTF-8"
        ) from None
    return _checked(text, label, legacy=True), "cp1252"


def _checked(text: str, label: str, legacy: bool = False) -> str:
    if not text.strip():
        raise ArticleError(f"{label} holds only whitespace; give it the article text")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(2, len(text) // 100):
        hint = "cannot decode" if legacy else "looks like a binary file:"
        raise ArticleError(
            f"{label} {hint} too many control characters for text; give a text, Markdown or HTML article saved as UTF-8"
        )
    return text


def sniff_format(text: str) -> str:
    """Guess the format of stdin input from its first characters."""
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<p>" in head or "<div" in head):
        return "html"
    if head.startswith("# "):
        return "markdown"
    return "text"
