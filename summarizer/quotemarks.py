"""Find the regions of a paragraph that sit inside quotation marks.

Handles curly and straight double quotes, the NYT's doubled apostrophes (''), guillemets, low-9 openers and
curly single quotes used as the main quote mark (Daily Mail style). A region left open at the end of a
paragraph runs to the paragraph's end and is flagged, as news copy does for quotes that continue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens, longest first: two apostrophes stand for one double quote in some wire copy.
_TOKEN = re.compile(r"''|[\"“”«»„‘’]")
_LETTER = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class QuotedRegion:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ends inside the quote
    single: bool = False  # delimited by single quotes

    @property
    def terminated(self) -> bool:
        return self.close_mark is not None


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_LETTER.match(ch))


def quoted_regions(text: str, start: int = 0, end: int | None = None) -> list[QuotedRegion]:
    """Quoted regions in text[start:end] (one paragraph). Never raises, whatever the marks."""
    end = len(text) if end is None else end
    doubles = _double_regions(text, start, end)
    singles = [r for r in _single_regions(text, start, end) if not any(d.start <= r.open_mark < d.end for d in doubles)]
    return sorted(doubles + singles, key=lambda r: r.open_mark)


def _double_regions(text: str, start: int, end: int) -> list[QuotedRegion]:
    out: list[QuotedRegion] = []
    open_at: int | None = None
    open_len = 0
    nested = False  # a quote inside the open one (e.g. a title) is part of it
    for m in _TOKEN.finditer(text, start, end):
        mark = m.group()
        if mark in "‘’":
            continue
        before = text[m.start() - 1] if m.start() > start else ""
        after = text[m.end()] if m.end() < end else ""
        straight = mark in ('"', "''")
        if open_at is None:
            if mark in "”»":
                continue  # a stray closer: nothing to close
            if straight and _is_word(before) and after and not after.isspace():
                continue  # 12" or a word-internal mark: not an opener
            open_at, open_len, nested = m.start(), len(mark), False
            continue
        opener = mark in "“«„" or (straight and (not before or before.isspace()) and _is_word(after))
        if opener and not nested:
            if _after_sentence_end(text, open_at + open_len, m.start()):
                # Reopened after a full stop: the quote continues in what was a new paragraph.
                out.append(
                    QuotedRegion(open_at + open_len, _rstrip(text, open_at + open_len, m.start()), open_at, None)
                )
                open_at, open_len = m.start(), len(mark)
            else:
                nested = True
            continue
        if nested:
            nested = False
            continue
        out.append(QuotedRegion(open_at + open_len, m.start(), open_at, m.start()))
        open_at = None
    if open_at is not None:
        out.append(QuotedRegion(open_at + open_len, _rstrip(text, open_at + open_len, end), open_at, None))
    return out


def _single_regions(text: str, start: int, end: int) -> list[QuotedRegion]:
    """Curly single quotes as quote marks: ‘ opens at a word start, ’ closes where no letter follows."""
    out: list[QuotedRegion] = []
    open_at: int | None = None
    for m in re.finditer("[‘’]", text[:end]):
        i = m.start()
        if i < start:
            continue
        before = text[i - 1] if i > start else ""
        after = text[i + 1] if i + 1 < end else ""
        if m.group() == "‘":
            opens = not _is_word(before) and after and not after.isspace()
            if open_at is None and opens:
                open_at = i
            elif open_at is not None and opens and _after_sentence_end(text, open_at, i):
                # Reopened after a full stop: the quote continues in what was a new paragraph.
                out.append(QuotedRegion(open_at + 1, _rstrip(text, open_at + 1, i), open_at, None, single=True))
                open_at = i
        elif open_at is not None and not _is_word(after) and before and not before.isspace():
            if before in "sS" and after == " " and _plural_possessive(text, i, end):
                continue
            out.append(QuotedRegion(open_at + 1, i, open_at, i, single=True))
            open_at = None
    if open_at is not None and open_at + 1 < end:
        out.append(QuotedRegion(open_at + 1, _rstrip(text, open_at + 1, end), open_at, None, single=True))
    return out


def _after_sentence_end(text: str, start: int, i: int) -> bool:
    j = _rstrip(text, start, i)
    return j > start and text[j - 1] in ".!?"


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """`players’ union`: an apostrophe after s followed by a lower-case word is not a closing quote."""
    rest = text[i + 2 : min(end, i + 40)]
    return bool(rest) and rest[0].islower() and "’" in text[i + 1 : end]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
