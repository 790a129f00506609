"""Sentences a reader should not be shown: fragments, copies of the headline or standfirst, photo captions,
duplicates, run-ons.

One function for the briefing's repairs and the eval's `readability` check. A fragment is a sentence under
five words, one with no verb (a bare noun phrase such as "The U.S." or "Concerns over the deal"; the verb
test uses the parser's tags), or a headline in Title Case with no full stop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.article import Article, ended
from summarizer.quotes import title_case
from summarizer.support import STOP, stem, words
from summarizer.verify import sentences as split_sentences
from summarizer.verify import strip_quoted

MIN_WORDS = 5
MAX_WORDS = 50
COPY = 0.8  # share of a sentence's content words found in the headline or standfirst, both ways
FRAME_WORDS = 3  # content words a sentence may add to an earlier one and still repeat it ("X told CNN that ...")
DUPLICATE = 0.8


@dataclass(frozen=True)
class Problem:
    index: int
    kind: str  # fragment | headline_copy | caption | duplicate | too_long
    detail: str
    twin: int | None = None  # for a duplicate of one earlier sentence as a whole: that sentence


# Where someone stands in the photo, or what kind of picture it is: words that only a photo caption has ("...
# the Colima volcano (above) in Mexico", "Mr Cervantes (shown above)", "(file image)").
_CAPTION = re.compile(
    r"\((?:(?:pictured|shown|seen)\s+)?(?:(?:far|second|top|bottom)\s+)?(?:left|right|centre|center|above|below|"
    r"inset|pictured)\)|\((?:file|stock|library)\s+(?:photo|picture|image|pic)\)|\bpictured\s+(?:above|below)\b",
    re.IGNORECASE,
)


def _content(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w not in STOP}


def _overlap(a: set[str], b: set[str]) -> float:
    """The smaller of the two containment shares: high only when each mostly holds the other."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return min(shared / len(a), shared / len(b))


def _headline_case(text: str) -> bool:
    """Title Case with no full stop: "Mayor Wins Vote, Leaving Rivals Behind" is a headline, not a sentence."""
    return not text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'")) and title_case(text, most=None)


def looped(text: str) -> str | None:
    """The run of words a sentence goes round in, where the model wrote it over and over ("said this is
    outsourcing responsibility, said Eve Geddie, ... said this is outsourcing responsibility, said Eve Geddie,
    ..."): four words three times or more, or eight twice, outside quotation marks (a speaker may say "I don't
    want the ..." three times over). Prose never does."""
    words = re.findall(r"[\w'’-]+", strip_quoted(text).lower())
    for n, times in ((8, 2), (4, 3)):
        counts: dict[tuple[str, ...], int] = {}
        for k in range(len(words) - n + 1):
            run = tuple(words[k : k + n])
            counts[run] = counts.get(run, 0) + 1
            if counts[run] >= times:
                return " ".join(run)
    return None


def _repeats(later: set[str], earlier: set[str]) -> bool:
    """A sentence says the same as an earlier one: each mostly holds the other; or one holds all but one of the
    other's words and adds at most FRAME_WORDS of its own (an attribution: "Ruiz told the BBC that ..."); or it
    holds nothing but all but one of the earlier one's words (the earlier one says it and more: "Lund admitted to
    taking the files, after which she fled", then "Lund admitted to taking files"). The word apart is never a
    number."""
    if _overlap(later, earlier) >= DUPLICATE:
        return True
    small, large = sorted((later, earlier), key=len)
    if len(small) >= MIN_WORDS and _within(small, large) and len(large - small) <= FRAME_WORDS:
        return True
    return len(later) >= MIN_WORDS and _within(later, earlier)


def _within(a: set[str], b: set[str]) -> bool:
    """All of `a` but at most one word is in `b`, and that one is not a number ("seven" where `b` has "eight")."""
    extra = a - b
    return len(extra) <= 1 and not any(w[:1].isdigit() for w in extra)


def fuller(later: str, earlier: str) -> bool:
    """Whether a sentence that repeats an earlier one says all the earlier one says and more ("Democrats called
    the citation a ploy" after "The citation a ploy"): the one to keep."""
    mine, theirs = _content(later), _content(earlier)
    return theirs < mine


def unrepeated(sentences: Sequence[str]) -> tuple[list[str], list[str]]:
    """The sentences of one position or summary item without those that repeat an earlier one, and those."""
    kept: list[tuple[str, set[str]]] = []
    repeated = []
    for text in sentences:
        mine = _content(text)
        if any(_repeats(mine, c) for _, c in kept):
            repeated.append(text)
        else:
            kept.append((text, mine))
    return [t for t, _ in kept], repeated


def unended(article: Article) -> list[str]:
    """Sentences of the body that end without a full stop, question or exclamation mark: a related-link headline
    or a photo caption flattened into the copy ("Why Turkey won't say the G-word when it comes to the Armenians"),
    not something the article says."""
    return [
        x.text
        for x in article.sentences
        if len(x.text.split()) >= 4 and not ended(x.text) and not x.text.rstrip().endswith(('"', "”", "’", "'", ":"))
    ]


def standfirst(article: Article) -> list[str]:
    """The headline, and a subheading: a short paragraph before the body proper that does not end a sentence."""
    out = [p.text for p in article.paragraphs if p.kind in ("title", "heading")][:2]
    first = next((p for p in article.paragraphs if p.kind == "body"), None)
    ends = (".", "!", "?", '"', "”")
    if first is not None and len(first.text.split()) <= 40 and not first.text.rstrip().endswith(ends):
        out.append(first.text)
    if article.title and article.title not in out:
        out.insert(0, article.title)
    return out


def has_verb(texts: Sequence[str]) -> list[bool]:
    """Whether each text has a verb; a text parsed before (a streamed briefing checks its first sentences
    again with each new one) is not parsed again."""
    from summarizer.nlp import pipeline

    new = list(dict.fromkeys(t for t in texts if t not in _VERBS))
    if len(_VERBS) + len(new) > 4096:
        # emptied before, not while, this call's texts go in: all of them must be there to answer
        _VERBS.clear()
        _CUT.clear()
        new = list(dict.fromkeys(texts))
    for text, doc in zip(new, pipeline().pipe(new), strict=True):
        _VERBS[text] = any(_verb(t) for t in doc)
        _CUT[text] = _cut_after_that(doc)
    return [_VERBS[t] for t in texts]


def _verb(tok) -> bool:
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def _cut_after_that(doc) -> str | None:
    """ "Nexon declined to say ..., saying only that Nexon.": "that" after a verb followed by a bare noun phrase and
    nothing else, the clause's verb gone with the quote the model cut away; the words from "that" on."""
    last = next((t for t in reversed(doc) if t.text == "that" and t.tag_ == "IN"), None)
    if last is None:
        return None
    before = next((t for t in reversed(doc[: last.i]) if t.tag_ != "RB"), None)  # "saying only that"
    rest = [t for t in doc[last.i + 1 :] if not t.is_punct and not t.is_space]
    if before is None or not before.tag_.startswith("VB") or not rest:
        return None
    return None if any(t.tag_ not in _NOUN_PHRASE for t in rest) else doc[last.i :].text.strip()


_NOUN_PHRASE = frozenset({"DT", "PDT", "PRP$", "POS", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "HYPH"})


_VERBS: dict[str, bool] = {}
_CUT: dict[str, str | None] = {}


def problems(sentences: Sequence[str], article: Article) -> list[Problem]:
    """What is wrong with each sentence, in order; a sentence may have several problems."""
    out: list[Problem] = []
    verbs = has_verb(sentences)
    tops = [(t, _content(t)) for t in standfirst(article)]
    links = [(t, _content(t)) for t in unended(article)]
    seen: list[tuple[int, set[str]]] = []
    seen_parts: list[tuple[int, set[str]]] = []  # each sentence of the items seen
    for i, (text, verb) in enumerate(zip(sentences, verbs, strict=True)):
        n = len(text.split())
        first = text.lstrip(" “\"‘'(")
        if n < MIN_WORDS:
            out.append(Problem(i, "fragment", f"{n} word(s): {text}"))
        elif not verb:
            out.append(Problem(i, "fragment", f"no verb: {text}"))
        elif first[:1].islower() and not any(ch.isupper() for ch in first.split()[0]):
            out.append(Problem(i, "fragment", f"starts mid-sentence: {text}"))  # "and he was also known ..."
        elif (cut := _CUT.get(text)) is not None:
            out.append(Problem(i, "fragment", f"a clause with no verb (“{cut}”): {text[:80]}"))
        elif (loop := looped(text)) is not None:
            out.append(Problem(i, "fragment", f"repeats itself (“{loop} …”): {text[:80]}"))
        if n > MAX_WORDS:
            out.append(Problem(i, "too_long", f"{n} words; at most {MAX_WORDS}"))
        mine = _content(text)
        copied = next((t for t, c in tops if _overlap(mine, c) >= COPY), None)
        linked = next((t for t, c in links if _overlap(mine, c) >= COPY), None) if copied is None else None
        if copied is not None:
            out.append(Problem(i, "headline_copy", f"copies the headline or standfirst: {copied[:80]}"))
        elif linked is not None:
            why = "copies a caption or link of the article (no full stop there)"
            out.append(Problem(i, "caption", f"{why}: {linked[:80]}"))
        elif (marker := _CAPTION.search(text)) is not None:
            out.append(Problem(i, "caption", f"a photo caption ({marker.group()}): {text[:80]}"))
        elif _headline_case(text) and not any(p.index == i for p in out):
            out.append(Problem(i, "fragment", f"a headline, not a sentence: {text}"))
        parts = [_content(x) for x in split_sentences(text) if x.strip()]
        twin = next((j for j, c in seen if _repeats(mine, c)), None)
        whole = twin is not None  # the same as one earlier item, not pieces of several
        if twin is None:
            # every sentence of it is one of an earlier item's ("A. B." and then "B.")
            found = [next((j for j, c in seen_parts if _repeats(part, c)), None) for part in parts]
            twin = found[0] if parts and None not in found else None
        if twin is not None:
            out.append(Problem(i, "duplicate", f"repeats sentence {twin + 1}", twin if whole else None))
        seen.append((i, mine))
        seen_parts += [(i, part) for part in parts]
    return out
