"""Find the regions of a paragraph that sit inside quotation marks.

Handles curly and straight double quotes, the NYT's doubled apostrophes (''), guillemets, low-9 openers and
single quotes used as the main quote mark (Daily Mail style): curly ones always, straight ones (') in an
article that opens far more quotes with them than it has double quote marks. A region left open at the
end of a paragraph runs to the paragraph's end and is flagged, as news copy does for quotes that continue."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Tokens, longest first: two apostrophes stand for one double quote in some wire copy.
_TOKEN = re.compile(r"''|[\"“”«»„‘’]")
_LETTER = re.compile(r"\w", re.UNICODE)
_DOUBLES = re.compile(r"''|[\"“”«»„]")
_SINGLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=\w)")


@dataclass(frozen=True)
class QuotedRegion:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ends inside the quote
    single: bool = False  # delimited by single quotes
    reopened: bool = False  # left open where a new mark after a full stop goes on with it (a lost paragraph break)

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
            if straight and _closes_shape(before, after):
                continue  # 'at dawn," he said' with no double quote open: the closer of a quote opened with ‘
            open_at, open_len, nested = m.start(), len(mark), False
            continue
        # a “ glued to the word before it and followed by a space is a closer set with the wrong mark: 'an
        # “expedited review“ of the pipes'
        typo = mark == "“" and before and not before.isspace() and (not after or after.isspace() or after in ".,;:!?)")
        opener = (mark in "“«„" and not typo) or (straight and (not before or before.isspace()) and _is_word(after))
        if opener and not nested:
            if _after_sentence_end(text, open_at + open_len, m.start()):
                # Reopened after a full stop: the quote continues in what was a new paragraph.
                out.append(
                    QuotedRegion(
                        open_at + open_len, _rstrip(text, open_at + open_len, m.start()), open_at, None, reopened=True
                    )
                )
                open_at, open_len = m.start(), len(mark)
            elif (stop := _first_sentence_end(text, open_at + open_len, m.start())) is not None:
                # A new quote opened sentences after one that never closed ('in "Green Days, which mocked the
                # trade. In 1958 he wrote "More Honesty,"'): the mark left open is a lost one, and what it
                # quotes is unknown past its own sentence.
                out.append(QuotedRegion(open_at + open_len, stop, open_at, None))
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
    straight = _straight_singles(text)
    # A straight double mark the paragraph never pairs may close a quote opened with a single one: sloppy copy
    # opens with ‘ and closes with " ('‘I have never seen it," he said').
    stray = text.count('"', start, end) % 2 == 1
    inner: int | None = None  # the closing mark of a short quote inside the open one
    for m in re.finditer("[‘’'\"]" if straight else '[‘’"]', text[:end]):
        i = m.start()
        if i < start:
            continue
        if i == inner:
            inner = None
            continue
        before = text[i - 1] if i > start else ""
        after = text[i + 1] if i + 1 < end else ""
        if m.group() == '"':
            if stray and open_at is not None and _closes_shape(before, after):
                out.append(QuotedRegion(open_at + 1, i, open_at, i, single=True))
                open_at = None
            continue
        # a mark before a comma or full stop closes ('as "the enemy"', the paper reported'), never opens
        # nor an 's right after a word's last character ("Downey Jr.'s character"): a possessive
        glued_s = after in "sS" and before and not before.isspace() and (i + 2 >= end or not text[i + 2].isalpha())
        opens = (
            not _is_word(before)
            and after
            and not after.isspace()
            and after not in ",.;:!?)"
            and not glued_s
            and not _elided_year(text, i, end)
        )
        if (m.group() == "‘" and not _elided_year(text, i, end)) or (m.group() == "'" and opens):
            if open_at is None and opens:
                open_at = i
            elif open_at is not None and opens and _after_sentence_end(text, open_at, i):
                # Reopened after a full stop: the quote continues in what was a new paragraph.
                out.append(
                    QuotedRegion(open_at + 1, _rstrip(text, open_at + 1, i), open_at, None, single=True, reopened=True)
                )
                open_at = i
            elif open_at is not None and opens and _SAYS_BEFORE.search(text, max(start, i - 12), i):
                stop = _first_sentence_end(text, open_at + 1, i)
                if stop is not None and not _told_in_first_person(text, open_at + 1, i):
                    # as for double marks: "She added: '...", a new quote after a lost closing mark; not "I said,
                    # 'Do you know ...'", a quote inside the quote
                    out.append(QuotedRegion(open_at + 1, stop, open_at, None, single=True))
                    open_at = i
            elif open_at is not None and opens and _first_sentence_end(text, open_at + 1, i) is None:
                # "... boasting that he sent his 'soldiers' to the house ...", in the open quote's first sentence
                inner = _inner_close(text, i, end)
        elif open_at is not None and not _is_word(after) and before and not before.isspace():
            possessive = before in "sS" and after == " " and _plural_possessive(text, i, end, m.group())
            if possessive and not _short_quote_closes(text, open_at, i, end, m.group()):
                continue
            out.append(QuotedRegion(open_at + 1, i, open_at, i, single=True))
            open_at = None
    if open_at is not None and open_at + 1 < end:
        out.append(QuotedRegion(open_at + 1, _rstrip(text, open_at + 1, end), open_at, None, single=True))
    return out


def _inner_close(text: str, i: int, end: int) -> int | None:
    """The closing mark of a quote of a few words opened at `i` inside another quote with the same marks ("'his
    Facebook status, boasting that he sent his 'soldiers' to the house, showed ...'"), if it closes before the
    sentence ends; else None."""
    m = re.compile(r"['’](?!\w)").search(text, i + 1, min(end, i + 60))
    if m is None:
        return None
    inside = text[i + 1 : m.start()]
    if len(inside.split()) > 4 or re.search(r"[.!?]", inside) or not inside[-1:].isalnum():
        return None
    return m.start()


def _elided_year(text: str, i: int, end: int) -> bool:
    """ "Feb 24, '90", "the ’60s": an apostrophe for a year's first two digits, not a quotation mark (but
    "'90% full'", "'90 per cent'" open a quote)."""
    return bool(re.match(r"\d\d(?![\d%]| per)", text[i + 1 : min(end, i + 8)]))


def _closes_shape(before: str, after: str) -> bool:
    """A straight mark right after a sentence's or clause's punctuation, before a space: a closer's shape."""
    return bool(before) and before in ".,!?;" and (not after or after.isspace())


def _after_sentence_end(text: str, start: int, i: int) -> bool:
    j = _rstrip(text, start, i)
    return j > start and text[j - 1] in ".!?"


_SAYS_BEFORE = re.compile(r"[:,]\s*$")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’]*\s[A-Z])")


def _told_in_first_person(text: str, start: int, i: int) -> bool:
    """The clause before a mark at `i` opens with I or we: the speaker of the open quote telling what was said."""
    ends = list(_SENTENCE_END.finditer(text, start, i))
    clause = text[ends[-1].end() if ends else start : i]
    return re.match(r"[\s'‘\"“]*(?:I|We)\b", clause) is not None


def _first_sentence_end(text: str, start: int, end: int) -> int | None:
    """One past the full stop that ends the first sentence in text[start:end], if another sentence follows."""
    m = _SENTENCE_END.search(text, start, end)
    return m.end() if m else None


def _plural_possessive(text: str, i: int, end: int, mark: str = "’") -> bool:
    """`players’ union`: an apostrophe after s followed by a lower-case word is not a closing quote, unless that
    word cannot follow a possessive (`‘constitutional crisis’ at Westminster`, `‘patriotic Scots’ and back`)."""
    rest = text[i + 2 : min(end, i + 40)]
    if not rest or not rest[0].islower() or mark not in text[i + 1 : end]:
        return False
    word = re.match(r"[a-z]+", rest)
    return not (word and word.group() in _NOT_AFTER_POSSESSIVE)


def _short_quote_closes(text: str, open_at: int, i: int, end: int, mark: str) -> bool:
    """`'end of days' group brawling with ... . The family ...`: an apostrophe after s that a quote of a few words
    opened just before ends, since as a possessive it would leave that quote open past the end of a sentence
    (not `'the players' day,' he said`, which closes in the same sentence) or past the opening of another
    (`a 'them and us' culture ... 'at all costs'`)."""
    if len(text[open_at + 1 : i].split()) > 4:
        return False
    if _opens_next(text, i, end):
        return True
    closer = re.compile(rf"{re.escape(mark)}(?!\w)")
    nxt = closer.search(text, i + 1, end)
    stop = nxt.start() if nxt else end
    return re.search(r"[.!?]\s+[A-Z‘'“\"]", text[i + 1 : stop]) is not None


def _opens_next(text: str, i: int, end: int) -> bool:
    """`'them and us' culture ... 'at all costs'`: the next single mark after `i` in the paragraph opens a quote, so
    the one at `i` closes the quote before it (a quote inside a quote takes the other kind of mark)."""
    nxt = re.compile(r"['‘’]").search(text, i + 1, end)
    if nxt is None:
        return False
    j = nxt.start()
    return text[j - 1].isspace() and j + 1 < end and _is_word(text[j + 1])


# Words that start what follows a closing quote, never the noun a plural possessive needs.
_NOT_AFTER_POSSESSIVE = frozenset(
    "a an the at to in on of for from by with as and or but nor than that which who when where while if "
    "about into onto over under after before against across through during since until within without between "
    "among around towards toward upon via amid despite because so yet not also he she it they we you "
    "is are was were be been has have had will would can could should may might said says told added".split()
)


@lru_cache(maxsize=8)
def _straight_singles(text: str) -> bool:
    """True when straight single quotes are the article's quote marks: more of them open a word than twice its
    double quote marks (of any kind), so a double-quoted article's '90s or rock 'n' roll never opens a quote,
    while single-quoted copy with a double-quoted quote nested inside still does."""
    if "'" not in text:
        return False
    return len(_SINGLE_OPENER.findall(text)) > 2 * len(_DOUBLES.findall(text))


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
