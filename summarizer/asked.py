"""Whose words a question asks for: "What did Colonna tell reporters?" is answered from what Colonna said.

A question whose speech verb ("say", "tell", "argue", "think", ...) has a speaker of the quote table as its
subject, or that asks "according to" one, asks for that speaker's words, so the answer may cite only the
sentences that hold their quotes and statements: the reply's schema is narrowed to them, and the model
cannot answer from someone else's sentence ("Colonna called the session ..." is the article's report of
what she did, not what she told reporters). The subject must name the speaker and nobody else: "Bill
Clinton" is not "Hillary Clinton".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer import speech
from summarizer.article import Article
from summarizer.quotes import QuoteTable, Speaker

_NAME = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_TITLES = frozenset("mr mrs ms dr sir rep sen gov prof gen president senator minister secretary".split())


@dataclass(frozen=True)
class Asked:
    """Whose words a question asks for: a speaker of the quote table and the ids of the sentences that hold
    their words, or no speaker and no sentences where the article never uses the name."""

    speaker: Speaker | None
    sentences: list[str]


def asked_for(question: str, article: Article, table: QuoteTable) -> Asked | None:
    """Whose words `question` asks for: the one quoted speaker the subject of its speech verb names, or nobody
    the article names (asked what "Bill Clinton" said, an article without a "Bill" cannot say); None where it
    asks for no named person's words."""
    for words in _names_asked(question):
        found = _speakers(words, table)
        if len(found) == 1:
            return Asked(found[0], sentences_of(found[0], table, article))
        if not found and any(not re.search(rf"\b{re.escape(w)}\b", article.text) for w in words.values()):
            return Asked(None, [])
    return None


def _names_asked(question: str) -> list[dict[str, str]]:
    """The names whose words `question` asks for, each as {lowercased word: word as written}, titles left out."""
    from summarizer.nlp import pipeline

    out = []
    for tok in pipeline()(question):
        if tok.lower_ == "according":  # "..., according to Guterres?"
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            subject = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        elif speech.is_cue(tok):
            subject = speech.subject(tok)
        else:
            continue
        if subject is None or not subject.text[:1].isupper() or not subject.tag_.startswith("NN"):
            continue  # a name, not "Who" or "the minister"
        name = [t for t in subject.subtree if (t.dep_ in ("compound", "flat") or t == subject) and t.text[:1].isupper()]
        words = {w.lower().strip("."): w.strip(".") for t in name for w in _NAME.findall(t.text)}
        words = {k: v for k, v in words.items() if k not in _TITLES}
        if words:
            out.append(words)
    return out


def _speakers(words: dict[str, str], table: QuoteTable) -> list[Speaker]:
    return [s for s in table.speakers if (s.quote_ids or s.statement_ids) and _names(set(words), s)]


def sentences_of(speaker: Speaker, table: QuoteTable, article: Article) -> list[str]:
    """The ids of the article sentences that hold `speaker`'s quotes and statements."""
    spans = [(q.start, q.end) for q in table.quotes if q.id in speaker.quote_ids]
    spans += [(s, e) for a in table.attributions if a.id in speaker.statement_ids for s, e in a.spans]
    return [x.id for x in article.sentences if any(x.start < e and s < x.end for s, e in spans)]


def _words(name: str) -> set[str]:
    return {w.lower().strip(".") for w in _NAME.findall(name)} - _TITLES


def _names(words: set[str], speaker: Speaker) -> bool:
    """Every word of the subject is in one of the speaker's names ("Colonna", "Catherine Colonna")."""
    return bool(words) and any(words <= _words(n) for n in (speaker.name, *speaker.aliases))
