"""What a JSON reply that is still being written already holds, for showing its finished parts early.

`parse(text)` reads the longest prefix of `text` that ends after a complete value, closes what is still open,
and marks each container it had to close: an object gets the key `OPEN`, a list ends with `OPEN`. A string,
number or word that is still being written is left out, so nothing half-written is ever returned as done.
"""

from __future__ import annotations

import json
from typing import Any

OPEN = "\u0000open"
CLOSERS = frozenset('"]}')  # the characters that can finish a string, list or object: a reply's next piece
_OPEN_JSON = json.dumps(OPEN)
_WORD_END = set(",]} \t\r\n")


def parse(text: str) -> Any:
    """The finished part of a JSON text being written, or None before its first complete piece."""
    cut = _safe_end(text)
    if cut is None:
        return None
    end, stack = cut
    # Each container but the innermost holds the open one as an item, so its mark follows a comma.
    closers = "".join(
        ("," if items or depth < len(stack) - 1 else "") + (f"{_OPEN_JSON}:1}}" if kind == "{" else f"{_OPEN_JSON}]")
        for depth, (kind, items) in reversed(list(enumerate(stack)))
    )
    try:
        return one_line(json.loads(text[:end] + closers, strict=False))
    except json.JSONDecodeError:
        return None


def one_line(value: Any) -> Any:
    """`value` with every run of whitespace in its strings (a raw tab or line break the model wrote inside one)
    made one space."""
    if isinstance(value, str):
        return " ".join(value.split()) if any(c in value for c in "\t\n\r\f\v") else value
    if isinstance(value, dict):
        return {k: one_line(v) for k, v in value.items()}
    if isinstance(value, list):
        return [one_line(v) for v in value]
    return value


def is_open(value: Any) -> bool:
    """True for an object or list that the writer had not closed yet."""
    if isinstance(value, dict):
        return OPEN in value
    if isinstance(value, list):
        return bool(value) and value[-1] == OPEN
    return False


def finished(items: list[Any]) -> list[Any]:
    """The items of a list that are complete (not the closing mark, not a still-open object or list)."""
    return [x for x in items if x != OPEN and not is_open(x)]


def _safe_end(text: str) -> tuple[int, list[tuple[str, int]]] | None:
    """The last position after a complete value (or an opening bracket), with the containers open there."""
    stack: list[list[Any]] = []  # [kind, items, state]; state: key, colon, value, after
    safe: tuple[int, list[tuple[str, int]]] | None = None
    i, n = 0, len(text)

    def done(end: int) -> None:
        nonlocal safe
        if stack:
            stack[-1][1] += 1
            stack[-1][2] = "after"
        safe = (end, [(k, c) for k, c, _ in stack])

    while i < n:
        ch = text[i]
        if ch in " \t\r\n":
            i += 1
        elif ch == '"':
            j, closed = i + 1, False
            while j < n:
                if text[j] == "\\":
                    j += 2
                    continue
                if text[j] == '"':
                    closed = True
                    break
                j += 1
            if not closed:
                break
            if stack and stack[-1][0] == "{" and stack[-1][2] == "key":
                stack[-1][2] = "colon"
            else:
                done(j + 1)
            i = j + 1
        elif ch in "{[":
            stack.append([ch, 0, "key" if ch == "{" else "value"])
            safe = (i + 1, [(k, c) for k, c, _ in stack])
            i += 1
        elif ch in "}]":
            if not stack:
                break
            stack.pop()
            done(i + 1)
            i += 1
        elif ch == ":":
            if stack:
                stack[-1][2] = "value"
            i += 1
        elif ch == ",":
            if stack:
                stack[-1][2] = "key" if stack[-1][0] == "{" else "value"
            i += 1
        else:  # a number or true/false/null: complete only once something follows it
            j = i
            while j < n and text[j] not in _WORD_END:
                j += 1
            if j == n:
                break
            done(j)
            i = j
    return safe
