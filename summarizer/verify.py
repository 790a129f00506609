"""Check what a model wrote against the source, so nothing it made up is shown as a quote.

Any text the model puts in quotation marks is looked up in the article (after normalising quote marks and
whitespace only): found verbatim, it is replaced by the exact source text; a near match (a retyped word or
two) is snapped to the source span and reported; anything else loses its quotation marks and is reported.
A real quote credited to the wrong person removes the sentence that credits it. Shared by `brief`, `ask` and
the eval checks.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache

from summarizer.article import is_abbreviation
from summarizer.briefing import InlineQuote, Issue
from summarizer.quotes import QuoteTable, Speaker, title_case

SNAP_RATIO = 0.85  # similarity above which a retyped quote is taken to mean the source span
_QUOTED = re.compile(
    r"“(?P<a>[^“”\n]{1,800})”"
    r'|"(?P<b>[^"\n]{1,800})"'
    r"|«\s?(?P<c>[^«»\n]{1,800}?)\s?»"
    r"|„(?P<d>[^„“\n]{1,800})“"
    # single marks: an apostrophe inside a word ("That's", "I'm") does not close the quote
    r"|(?<![\w'’])['‘](?P<e>(?:[^'‘’\n]|(?<=\w)['’](?=\w)){1,800}?)['’](?![\w])"
)
_NORM_CHARS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"})
_EDGE = " \t\n,.;:!?…-–—\"'“”‘’«»"
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"[^\w'’]+")


def normalise(text: str) -> tuple[str, list[int]]:
    """`text` with quote marks made straight and whitespace runs made one space, plus a map from each
    character of the result back to its offset in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text.translate(_NORM_CHARS)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        offsets.append(i)
    return "".join(out), offsets


@dataclass
class Source:
    """An article's text, indexed for verbatim and near-verbatim lookups, with its quote table."""

    text: str
    table: QuoteTable
    norm: str = field(init=False)
    offsets: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.norm, self.offsets = normalise(self.text)
        self._words = [(m.start(), m.end()) for m in _WORD.finditer(self.norm)]
        self._grams: frozenset[str] | None = None
        self._found: dict[str, tuple[int, int, bool] | None] = {}

    def find(self, needle: str) -> tuple[int, int, bool] | None:
        """Span of `needle` in the source: (start, end, exact) or None. Remembered per needle: a streamed
        briefing checks the same quoted words again each time a piece of the draft is finished."""
        if needle not in self._found:
            self._found[needle] = self._find(needle)
        return self._found[needle]

    def _find(self, needle: str) -> tuple[int, int, bool] | None:
        norm, _ = normalise(needle.strip(_EDGE))
        if not norm.strip():
            return None
        at = self.norm.find(norm)
        if at >= 0:
            return (*self._span(at, at + len(norm)), True)
        near = self._near(norm)
        return (*near, False) if near else None

    def _span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end - 1] + 1

    def _near(self, norm: str) -> tuple[int, int] | None:
        words = _WORD.findall(norm)
        if len(words) < 4:
            return None  # a short phrase must match exactly
        first = {w.lower() for w in words[:3]}
        best, best_span = 0.0, None
        target = norm.lower()
        for i, (s, _) in enumerate(self._words):
            if self.norm[s : self._words[i][1]].lower() not in first:
                continue
            for n in range(max(1, len(words) - 2), len(words) + 3):
                j = min(len(self._words), i + n) - 1
                cand = self.norm[s : self._words[j][1]]
                matcher = SequenceMatcher(None, target, cand.lower(), autojunk=False)
                if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
                    continue  # upper bounds of ratio(): this candidate cannot beat the best so far
                ratio = matcher.ratio()
                if ratio > best:
                    best, best_span = ratio, (s, self._words[j][1])
        if best >= SNAP_RATIO and best_span:
            return self._span(*best_span)
        return None

    def quote_grams(self) -> frozenset[str]:
        """Every run of COPY_RUN words (lowercase) inside a quote of the table."""
        if self._grams is None:
            grams = set()
            for q in self.table.quotes:
                words = [w.lower() for w in _WORD.findall(q.text)]
                grams |= {" ".join(words[i : i + COPY_RUN]) for i in range(len(words) - COPY_RUN + 1)}
            self._grams = frozenset(grams)
        return self._grams

    def speaker_at(self, start: int, end: int) -> Speaker | None:
        """The speaker of the table quote that contains the span, if any."""
        for q in self.table.quotes:
            if q.start <= start and end <= q.end:
                return self.table.speaker(q.speaker_id)
        return None

    def said_again_by(self, start: int, end: int, speaker: Speaker) -> tuple[int, int] | None:
        """Where else the words at [start, end) stand in a quote of `speaker`: the same words credited to two
        people ('Lesbians4Hillary said: "..."', then a caption: 'King said: "..."') are each one's."""
        norm, _ = normalise(self.text[start:end])
        at = self.norm.find(norm)
        while at >= 0:
            span = self._span(at, at + len(norm))
            owner = self.speaker_at(*span)
            if owner is not None and owner.id == speaker.id:
                return span
            at = self.norm.find(norm, at + 1)
        return None


@dataclass
class Checked:
    text: str | None  # None: nothing verifiable was left
    inline: list[InlineQuote] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def mentions(text: str, speaker: Speaker, ignore_case: bool = False) -> list[int]:
    """Offsets where `speaker` is named in `text` (full name, alias or surname)."""
    names = {speaker.name, *speaker.aliases}
    names |= {n.split()[-1] for n in list(names) if " " in n}
    names |= {n[0].upper() + n[1:] for n in list(names) if n[:1].islower()}  # "tenants" opening a sentence
    flags = re.IGNORECASE if ignore_case else 0
    found = []
    for name in names:
        found += [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text, flags)]
    return found


_STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being it its this that
    these those he she they we i you his her their our my your him them us me who whom which what when where why
    how not no do does did has have had will would can could should may might must said says say told also than
    then there here about into over after before such so very just more most some any all each other""".split()
)


def content_words(text: str) -> set[str]:
    """Lowercase words that carry meaning, with a plural or possessive "s" taken off."""
    words = {w.lower() for w in _WORD.findall(text) if len(w) > 1}
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words - _STOPWORDS}


def citation_support(claim: str, sentence: str) -> float:
    """Share of the claim's content words that the cited sentence contains (1.0 for an empty claim)."""
    wanted = content_words(claim)
    if not wanted:
        return 1.0
    return len(wanted & content_words(sentence)) / len(wanted)


def _claimed(text: str, before: int, table: QuoteTable) -> Speaker | None:
    """The speaker named last before offset `before` in the same sentence of `text`."""
    sentence_start = max(text.rfind(". ", 0, before), text.rfind("; ", 0, before)) + 1
    best, best_at = None, -1
    for s in table.speakers:
        for at in mentions(text[sentence_start:before], s):
            if at > best_at:
                best, best_at = s, at
    return best


def check_text(text: str, where: str, source: Source, speaker_id: str | None = None) -> Checked:
    """Verify every quoted stretch of `text`; `speaker_id` is who the text speaks for, if anyone."""
    out = Checked(text=None)
    kept = [_check_sentence(sentence, where, source, speaker_id, out) for sentence in sentences(text)]
    out.text = " ".join(s.strip() for s in kept if s and s.strip()) or None
    return out


def sentences(text: str) -> list[str]:
    """Sentences of model prose; a full stop inside a quotation or after an abbreviation does not end one."""
    protected = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    cuts = [0]
    for m in re.finditer(r"[.!?]+[\"”’']?\s+(?=[A-Z“\"‘'(])", text):
        if any(s < m.end() - 1 < e for s, e in protected) or is_abbreviation(text, cuts[-1], m.start()):
            continue  # "Kansas Gov. Sam Brownback" goes on
        cuts.append(m.end())
    cuts.append(len(text))
    return [text[a:b] for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


def _check_sentence(sentence: str, where: str, source: Source, speaker_id: str | None, out: Checked) -> str | None:
    """The sentence with its quotes verified (findings added to `out`), or None when it must go."""
    pieces: list[str] = []
    inline: list[InlineQuote] = []
    issues: list[Issue] = []
    pos = 0
    for m in _QUOTED.finditer(sentence):
        inner = next(g for g in m.groups() if g is not None)
        pieces.append(sentence[pos : m.start()])
        pos = m.end()
        found = source.find(inner)
        if found is None and not re.search(r"\w", inner):  # empty marks quote nothing: dropped silently
            pieces[-1] = pieces[-1].rstrip()
            continue
        if found is None:
            pieces.append(inner)
            issues.append(
                Issue(
                    kind="unverified_quote",
                    field=where,
                    text=inner,
                    detail="not in the source; quotation marks removed",
                )
            )
            continue
        start, end, exact = found
        verbatim = source.text[start:end]
        owner = source.speaker_at(start, end)
        claimed = source.table.speaker(speaker_id) if speaker_id else _claimed(sentence, m.start(), source.table)
        again = source.said_again_by(start, end, claimed) if owner and claimed and owner.id != claimed.id else None
        if again is not None:
            (start, end), owner = again, claimed
        if owner and claimed and owner.id != claimed.id:
            out.issues.append(
                Issue(
                    kind="misattributed_quote",
                    field=where,
                    text=verbatim,
                    detail=f"said by {owner.name}, not {claimed.name}; sentence removed",
                )
            )
            return None
        if not exact:
            issues.append(
                Issue(
                    kind="snapped_quote",
                    field=where,
                    text=inner,
                    detail=f"retyped; replaced by the source text at {start}-{end}",
                )
            )
        tail = inner[len(inner.rstrip(".,;:!?")) :] if not verbatim.endswith(tuple(".,;:!?")) else ""
        if sentence[m.end() : m.end() + 1] in tuple(".,;:!?"):  # '“... community.”, “We ...”': the sentence's own
            tail = ""
        pieces.append(f"“{verbatim}”{tail}")
        inline.append(
            InlineQuote(field=where, text=verbatim, start=start, end=end, speaker_id=owner.id if owner else None)
        )
    pieces.append(sentence[pos:])
    rebuilt = _mark_copied("".join(pieces), where, source, speaker_id, inline, issues)
    if rebuilt is None:
        out.issues += [i for i in issues if i.kind != "snapped_quote"]
        return None
    out.inline += inline
    out.issues += issues
    return rebuilt


COPY_RUN = 6  # words of a source quote repeated without quotation marks that make it a quotation
MIN_WHOLE_COPY = 5  # a shorter sentence that is all a quote's words is one too ("Republicans want a photo op.")


def _mark_copied(
    sentence: str, where: str, source: Source, speaker_id: str | None, inline: list[InlineQuote], issues: list[Issue]
) -> str | None:
    """Put quotation marks around a source quote the model copied as its own words, if the sentence credits
    the right speaker; a copied quote credited to nobody or to someone else removes the sentence."""
    grams = source.quote_grams()
    blank = strip_quoted(sentence)
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(blank)]
    runs: list[tuple[int, int]] = []
    i = 0
    while i + COPY_RUN <= len(words):
        if " ".join(w for w, _, _ in words[i : i + COPY_RUN]) not in grams:
            i += 1
            continue
        j = i + COPY_RUN
        while j < len(words) and " ".join(w for w, _, _ in words[j - COPY_RUN + 1 : j + 1]) in grams:
            j += 1
        runs.append((words[i][1], words[j - 1][2]))
        i = j
    whole = None
    if not runs and MIN_WHOLE_COPY <= len(words) < COPY_RUN:  # a sentence too short for a run: all of it
        whole = (words[0][1], words[-1][2])
        runs.append(whole)
    for start, end in reversed(runs):
        start, end = _whole_words(sentence, start, end)
        if end - start < 2:
            continue
        found = source.find(sentence[start:end])
        if found is None:
            continue
        owner = source.speaker_at(found[0], found[1])
        if whole is not None and owner is None:
            continue  # the article's own words, not a quote
        claimed = source.table.speaker(speaker_id) if speaker_id else _named(sentence, source.table)
        again = source.said_again_by(*found[:2], claimed) if owner and claimed and owner.id != claimed.id else None
        if again is not None:
            found, owner = (*again, found[2]), claimed
        verbatim = source.text[found[0] : found[1]]
        if owner is not None and (claimed is None or claimed.id != owner.id):
            who = f"not {claimed.name}" if claimed else "but the sentence does not say so"
            issues.append(
                Issue(
                    kind="unattributed_quote" if claimed is None else "misattributed_quote",
                    field=where,
                    text=verbatim,
                    detail=f"copied from {owner.name}'s quote, {who}; sentence removed",
                )
            )
            return None
        inline.append(
            InlineQuote(
                field=where, text=verbatim, start=found[0], end=found[1], speaker_id=owner.id if owner else None
            )
        )
        sentence = f"{sentence[:start]}“{verbatim}”{sentence[end:]}"
    return sentence


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A run of copied words moved inward to whole words: an apostrophe splits "doesn’t" into two words, and a
    run that starts at its "t" (or ends at its "doesn") must not put a quotation mark inside it."""
    if start >= 2 and text[start - 1] in "'’" and text[start - 2].isalnum():
        gap = _NON_WORD.search(text, start, end)
        start = gap.end() if gap else end
    if end + 1 < len(text) and text[end] in "'’" and text[end + 1].isalnum():
        gaps = list(_NON_WORD.finditer(text, start, end))
        end = gaps[-1].start() if gaps else start
    return start, max(start, end)


def _named(sentence: str, table: QuoteTable) -> Speaker | None:
    """The speaker named first in the sentence, if any."""
    found = [(at, s) for s in table.speakers for at in mentions(sentence, s)]
    return min(found, key=lambda f: f[0])[1] if found else None


def leaks(text: str, secret: str, run: int = 8) -> bool:
    """True if `text` repeats `run` consecutive words of `secret` (a system prompt)."""
    words = [w.lower() for w in _WORD.findall(secret)]
    grams = {" ".join(words[i : i + run]) for i in range(len(words) - run + 1)}
    got = [w.lower() for w in _WORD.findall(text)]
    return any(" ".join(got[i : i + run]) in grams for i in range(len(got) - run + 1))


def quoted(text: str) -> list[str]:
    """The stretches of `text` inside quotation marks, marks included: what `strip_quoted` blanks out."""
    return [m.group() for m in _QUOTED.finditer(text)]


def strip_quoted(text: str) -> str:
    """`text` with quoted stretches blanked out (same length), for checks that apply outside quotes."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


_TERM = re.compile(r"(?<![\w.])(?:[A-Z][\w'’-]{2,}|\d(?:[\d.,:/]*\d)?)(?![\w])")


def ungrounded_terms(text: str, source_text: str) -> list[str]:
    """Names (capitalised words) and numbers in `text`, outside quotation marks, that the source never uses:
    what a model brings in from elsewhere ("Kiev" for an article that says "Kyiv", a date it made up). In a
    headline in Title Case, where every word has a capital, a word the source has in another form is no name
    ("Warren Grills Bank Chief" for an article where she "grilled" him), nor is a common word that, read in lower
    case, is no noun ("Boy Saved From Pit", "Warns Against"); a noun may be a name there ("in Kiev"). Names
    joined by a hyphen that the source has apart ("the Pacquiao-Mayweather fight") are the source's names."""
    from summarizer.support import stem

    words = {w.lower() for w in _WORD.findall(source_text)}
    lowered = source_text.lower()
    found: list[str] = []
    blank = strip_quoted(text)
    titled = title_case(blank, most=None)
    stems = {stem(w) for w in words} if titled else set()
    unnamed: set[int] | None = None  # parsed only if a Title Case word would be flagged
    for m in _TERM.finditer(blank):
        term = re.sub(r"['’]s$", "", m.group()).rstrip("'’")
        if term[0].isdigit():
            missing = any(part not in words for part in re.findall(r"\d+", term))
        else:
            parts = term.lower().split("-")
            missing = term.lower() not in lowered and not (len(parts) > 1 and all(p in words for p in parts))
            before = blank[: m.start()].rstrip()
            starts_name = re.match(r"\s+[A-Z]", blank[m.end() :]) is not None  # "Bill Clinton"
            if missing and (not before or before[-1] in ".!?:;") and not starts_name and term.lower() in common_words():
                missing = False  # a capital that only starts a sentence: an ordinary word
            if missing and stem(term.lower()) in stems:
                missing = False
            if missing and titled and term.lower() in common_words():
                unnamed = _not_nouns(blank) if unnamed is None else unnamed
                missing = m.start() not in unnamed  # "Boy Saved From Cheetah Pit": a verb's capital says nothing
        if missing and term not in found:
            found.append(term)
    return found


def _not_nouns(text: str) -> set[int]:
    """Offsets of the words of a Title Case line that, read in lower case, are no nouns: verbs, adjectives,
    adverbs, prepositions ("saved", "against"), which a capital there does not make names."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return set()
    from summarizer.nlp import pipeline

    return {t.idx for t in pipeline()(lowered) if not t.tag_.startswith("NN")}


@cache
def common_words() -> frozenset[str]:
    """Whole words of the bundled MiniLM tokenizer's vocabulary: a list of common English words, offline."""
    import json
    from pathlib import Path

    vocab = json.loads((Path(__file__).parent / "data" / "minilm-tokenizer.json").read_text(encoding="utf-8"))
    return frozenset(w for w in vocab["model"]["vocab"] if w.isalpha())
